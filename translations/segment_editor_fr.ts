<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AdvertisersCommand</name>
    <message>
        <source>Lists the advertisers your credentials reach: id and name, tab-separated, one per line. Use an id with “segmentctl pull --advertiser ID”.</source>
        <translation>Liste les annonceurs accessibles avec vos identifiants&#xa0;: ID et nom, séparés par une tabulation, un par ligne. Utilisez un ID avec «&#xa0;segmentctl pull --advertiser ID&#xa0;».</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, name} instead.</source>
        <translation>Afficher plutôt un tableau JSON de {id, name}.</translation>
    </message>
    <message>
        <source>Cannot list the advertisers of %1: %2</source>
        <translation>Impossible d&apos;obtenir la liste des annonceurs (%1)&#xa0;: %2</translation>
    </message>
</context>
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
    <name>AudienceSearchJob</name>
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
    <name>ChangeSet</name>
    <message>
        <source>This is not a change set of Segment Editor (“format”: “%1” is missing).</source>
        <translation>Ce fichier n’est pas un lot de modifications de Segment Editor («&#xa0;format&#xa0;»&#xa0;: «&#xa0;%1&#xa0;» manquant).</translation>
    </message>
    <message>
        <source>This change set was made by a newer version of Segment Editor.</source>
        <translation>Ce lot de modifications a été créé par une version plus récente de Segment Editor.</translation>
    </message>
    <message>
        <source>This is not a change set: it needs the columns id, field, old and new.</source>
        <translation>Ce fichier n’est pas un lot de modifications&#xa0;: il lui faut les colonnes id, field, old et new.</translation>
    </message>
    <message>
        <source>No segment %1 in the working set.</source>
        <translation>Le segment %1 n’est pas dans l’ensemble de travail.</translation>
    </message>
    <message>
        <source>Segment %1 is of type %2 here, %3 in the change set.</source>
        <translation>Le segment %1 est de type %2 ici, mais %3 dans le lot de modifications.</translation>
    </message>
    <message>
        <source>The field “%1” cannot be changed here.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>%1 of segment %2 changed since the change set was made (it was %3 there, it is %4 here): not applied.</source>
        <translation>%1 du segment %2 a changé depuis la création du lot de modifications (%3 dans le lot, %4 ici)&#xa0;: non appliqué.</translation>
    </message>
    <message>
        <source>change set</source>
        <translation>lot de modifications</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks the edits of a working set before anything is sent: one line per problem (segment id, field path, message, tab-separated). Exit status 1 if any problem is an error, 0 if there are only warnings or none. Excluded segments are not checked.</source>
        <translation>Vérifie les modifications d&apos;un ensemble de travail avant tout envoi&#xa0;: une ligne par problème (ID du segment, chemin du champ, message, séparés par des tabulations). Code de sortie 1 si au moins un problème est une erreur, 0 s&apos;il n&apos;y a que des avertissements ou aucun problème. Les segments exclus ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>The working set to check.</source>
        <translation>Ensemble de travail à vérifier.</translation>
    </message>
    <message>
        <source>Name the working set to check: segmentctl check FILE.</source>
        <translation>Indiquez l&apos;ensemble de travail à vérifier&#xa0;: segmentctl check FILE.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>No problems in %n changed segment(s).</source>
        <translation>
            <numerusform>Aucun problème dans %n segment modifié.</numerusform>
            <numerusform>Aucun problème dans les %n segments modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors: %1, warnings: %2, in %n segment(s).</source>
        <translation>
            <numerusform>Erreurs&#xa0;: %1, avertissements&#xa0;: %2, dans %n segment.</numerusform>
            <numerusform>Erreurs&#xa0;: %1, avertissements&#xa0;: %2, dans %n segments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded segment(s) not checked.</source>
        <translation>
            <numerusform>%n segment exclu non vérifié.</numerusform>
            <numerusform>%n segments exclus non vérifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>A new segment needs a name.</source>
        <translation>Un nouveau segment doit avoir un nom.</translation>
    </message>
    <message>
        <source>A new in-market segment needs a country.</source>
        <translation>Un nouveau segment in-market doit avoir un pays.</translation>
    </message>
    <message>
        <source>A new location segment needs at least one point of interest.</source>
        <translation>Un nouveau segment de localisation doit avoir au moins un point d&apos;intérêt.</translation>
    </message>
    <message>
        <source>A new location segment needs a radius.</source>
        <translation>Un nouveau segment de localisation doit avoir un rayon.</translation>
    </message>
    <message>
        <source>A new prospecting segment needs its users type.</source>
        <translation>Un nouveau segment de prospection doit indiquer son type d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>A new retargeting segment needs its visitors type.</source>
        <translation>Un nouveau segment de reciblage doit indiquer son type de visiteurs.</translation>
    </message>
    <message>
        <source>A new retargeting segment needs the fewest days since the last visit.</source>
        <translation>Un nouveau segment de reciblage doit indiquer le nombre minimal de jours depuis la dernière visite.</translation>
    </message>
    <message>
        <source>A new retargeting segment needs the most days since the last visit.</source>
        <translation>Un nouveau segment de reciblage doit indiquer le nombre maximal de jours depuis la dernière visite.</translation>
    </message>
    <message>
        <source>A new lookalike segment needs the segment it looks like (its seed).</source>
        <translation>Un nouveau segment similaire doit indiquer le segment auquel il ressemble (sa source).</translation>
    </message>
    <message>
        <source>Segments of this type cannot be created with Segment Editor.</source>
        <translation>Les segments de ce type ne peuvent pas être créés avec Segment Editor.</translation>
    </message>
</context>
<context>
    <name>CliCommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>--%1 attend un nombre compris entre %2 et %3, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Run “segmentctl %1 --help” for the options.</source>
        <translation>Exécutez «&#xa0;segmentctl %1 --help&#xa0;» pour afficher les options.</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>Client id of your Criteo API application (default: the environment variable CRITEO_CLIENT_ID). The secret comes from CRITEO_CLIENT_SECRET or the keychain, never from the command line.</source>
        <translation>ID client de votre application API Criteo (par défaut&#xa0;: la variable d&apos;environnement CRITEO_CLIENT_ID). Le secret client provient de CRITEO_CLIENT_SECRET ou du trousseau, jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the bearer token held in the environment variable VAR instead of a client id and secret.</source>
        <translation>Utiliser le jeton d&apos;accès (bearer) contenu dans la variable d&apos;environnement VAR au lieu d&apos;un ID client et d&apos;un secret client.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Address of the API (default: the working set&apos;s, else https://api.criteo.com).</source>
        <translation>Adresse de l&apos;API (par défaut&#xa0;: celle de l&apos;ensemble de travail, sinon https://api.criteo.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API version (default: the working set&apos;s, else 2025-10).</source>
        <translation>Version de l&apos;API (par défaut&#xa0;: celle de l&apos;ensemble de travail, sinon 2025-10).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>segmentctl never takes a client secret or a token on the command line, where other users of this computer can read it. Set the environment variable CRITEO_CLIENT_SECRET, store the secret in the keychain, or put a token in an environment variable and pass --token-env VAR.</source>
        <translation>segmentctl n&apos;accepte jamais de secret client ni de jeton sur la ligne de commande, où d&apos;autres utilisateurs de cet ordinateur peuvent les lire. Définissez la variable d&apos;environnement CRITEO_CLIENT_SECRET, enregistrez le secret client dans le trousseau, ou placez un jeton dans une variable d&apos;environnement et passez --token-env VAR.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>The working set&apos;s base URL %1 cannot be used: %2 Pass --base-url URL.</source>
        <translation>L&apos;URL de base %1 de l&apos;ensemble de travail est inutilisable&#xa0;: %2 Passez --base-url URL.</translation>
    </message>
    <message>
        <source>--api-version needs a version such as 2025-10.</source>
        <translation>--api-version attend une version, par exemple 2025-10.</translation>
    </message>
    <message>
        <source>--token-env needs the name of an environment variable.</source>
        <translation>--token-env attend le nom d&apos;une variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Use either --client-id or --token-env, not both.</source>
        <translation>Utilisez --client-id ou --token-env, mais pas les deux.</translation>
    </message>
    <message>
        <source>No credentials. Pass --client-id ID or set the environment variable CRITEO_CLIENT_ID, with the secret in CRITEO_CLIENT_SECRET or the keychain; or put a bearer token in an environment variable and pass --token-env VAR.</source>
        <translation>Aucun identifiant. Passez --client-id ID ou définissez la variable d&apos;environnement CRITEO_CLIENT_ID, avec le secret client dans CRITEO_CLIENT_SECRET ou dans le trousseau&#xa0;; ou placez un jeton d&apos;accès (bearer) dans une variable d&apos;environnement et passez --token-env VAR.</translation>
    </message>
    <message>
        <source>the token in $%1 at %2</source>
        <translation>jeton de $%1 sur %2</translation>
    </message>
    <message>
        <source>client %1 at %2</source>
        <translation>client %1 sur %2</translation>
    </message>
    <message>
        <source>The connection is not configured.</source>
        <translation>La connexion n&apos;est pas configurée.</translation>
    </message>
    <message>
        <source>The environment variable %1 (named by --token-env) is not set or empty. Put a bearer token in it, or use --client-id.</source>
        <translation>La variable d&apos;environnement %1 (indiquée par --token-env) n&apos;est pas définie ou est vide. Placez-y un jeton d&apos;accès (bearer) ou utilisez --client-id.</translation>
    </message>
    <message>
        <source>No client secret for client id “%1”. Set the environment variable CRITEO_CLIENT_SECRET, or store the secret in the system keychain (service “Segment Editor”, account “%1”; Segment Editor&apos;s Connect dialog does this), or pass --token-env VAR with a bearer token in VAR. The keychain said: %2</source>
        <translation>Aucun secret client pour l&apos;ID client «&#xa0;%1&#xa0;». Définissez la variable d&apos;environnement CRITEO_CLIENT_SECRET, enregistrez le secret client dans le trousseau du système (service «&#xa0;Segment Editor&#xa0;», compte «&#xa0;%1&#xa0;»&#xa0;; la boîte de dialogue de connexion de Segment Editor le fait pour vous) ou passez --token-env VAR avec un jeton d&apos;accès (bearer) dans VAR. Réponse du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>the secret is empty.</source>
        <translation>le secret client est vide.</translation>
    </message>
    <message>
        <source>Cannot sign in to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Calls a minute to keep to (default: 250, Criteo&apos;s limit, or the limit the server&apos;s x-ratelimit-limit header states; 0: no pacing, for a server without a limit).</source>
        <translation>Nombre d’appels par minute à respecter (par défaut&#xa0;: 250, la limite de Criteo, ou celle qu’indique l’en-tête x-ratelimit-limit du serveur&#xa0;; 0&#xa0;: aucune limitation de cadence, pour un serveur sans limite).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--calls-per-minute needs a number from 0 to 1000000.</source>
        <translation>--calls-per-minute attend un nombre compris entre 0 et 1000000.</translation>
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
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ComputeSizesJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Keep All Mine</source>
        <translation>Conserver toutes mes valeurs</translation>
    </message>
    <message>
        <source>Take All Server&apos;s</source>
        <translation>Prendre toutes les valeurs du serveur</translation>
    </message>
    <message>
        <source>Conflict with the server&apos;s copy</source>
        <translation>Conflit avec la version du serveur</translation>
    </message>
    <message>
        <source>Someone changed these fields on the server after you loaded the segment, and you changed them too. Choose the value the next send keeps: the segment is not sent until every field is decided.</source>
        <translation>Quelqu&apos;un a modifié ces champs sur le serveur après le chargement du segment, et vous les avez aussi modifiés. Choisissez la valeur que conservera le prochain envoi&#xa0;: le segment ne sera envoyé qu&apos;une fois un choix fait pour chaque champ.</translation>
    </message>
    <message>
        <source>Your values stay, and the next send writes them over the server&apos;s</source>
        <translation>Vos valeurs sont conservées et remplaceront celles du serveur au prochain envoi</translation>
    </message>
    <message>
        <source>The server&apos;s values replace yours in every field listed</source>
        <translation>Les valeurs du serveur remplacent les vôtres dans tous les champs listés</translation>
    </message>
    <message>
        <source>Changed on the server too: 1 field to decide</source>
        <translation>Modifié aussi sur le serveur&#xa0;: 1 champ en attente de votre choix</translation>
    </message>
    <message>
        <source>Changed on the server too: %1 fields to decide</source>
        <translation>Modifié aussi sur le serveur&#xa0;: %1 champs en attente de votre choix</translation>
    </message>
    <message>
        <source>%1 as loaded</source>
        <translation>Valeur au chargement pour le champ %1</translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation>Votre valeur pour le champ %1</translation>
    </message>
    <message>
        <source>The server&apos;s %1</source>
        <translation>Valeur du serveur pour le champ %1</translation>
    </message>
    <message>
        <source>As loaded:</source>
        <translation>Au chargement&#xa0;:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Votre valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Server&apos;s:</source>
        <translation>Valeur du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conserver ma valeur</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Conserver ma valeur pour le champ %1</translation>
    </message>
    <message>
        <source>Take Server&apos;s</source>
        <translation>Prendre la valeur du serveur</translation>
    </message>
    <message>
        <source>Take the server&apos;s %1</source>
        <translation>Prendre la valeur du serveur pour le champ %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Mémoriser le secret client dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect to Criteo</source>
        <translation>Se connecter à Criteo</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Criteo retires an API version about every quarter. The audience segments did not change in 2026-01 and 2027-01.</source>
        <translation>Criteo retire une version de l&apos;API environ chaque trimestre. Les segments d&apos;audience n&apos;ont pas changé dans les versions 2026-01 et 2027-01.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>The client id and address are remembered in the settings; the secret only ever in the system keychain.</source>
        <translation>L&apos;ID client et l&apos;adresse sont mémorisés dans les paramètres&#xa0;; le secret client l&apos;est uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Check the credentials with the API without connecting</source>
        <translation>Vérifier les identifiants auprès de l&apos;API sans se connecter</translation>
    </message>
    <message>
        <source>Use the client id and secret of an application you created in the Criteo developer portal (client credentials).</source>
        <translation>Utilisez l&apos;ID client et le secret client d&apos;une application que vous avez créée dans le portail développeur Criteo (client credentials).</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the API address, for example https://api.criteo.com.</source>
        <translation>Saisissez l&apos;adresse de l&apos;API, par exemple https://api.criteo.com.</translation>
    </message>
    <message>
        <source>Enter the API version, for example 2025-10.</source>
        <translation>Saisissez la version de l&apos;API, par exemple 2025-10.</translation>
    </message>
    <message>
        <source>Enter the client id of your Criteo application.</source>
        <translation>Saisissez l&apos;ID client de votre application Criteo.</translation>
    </message>
    <message>
        <source>Enter the client secret of your Criteo application.</source>
        <translation>Saisissez le secret client de votre application Criteo.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
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
        <translation>%1 (code absent de la liste)</translation>
    </message>
</context>
<context>
    <name>DemoApi</name>
    <message>
        <source>Invalid request body</source>
        <translation>Corps de requête non valide</translation>
    </message>
    <message>
        <source>Unsupported media type</source>
        <translation>Type de média non pris en charge</translation>
    </message>
    <message>
        <source>Send the body as application/json, not “%1”.</source>
        <translation>Envoyez le corps de la requête au format application/json, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at %2.</source>
        <translation>Le corps de la requête n&apos;est pas du JSON&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>API version retired</source>
        <translation>Version de l&apos;API retirée</translation>
    </message>
    <message>
        <source>Version %1 of the API is not served; use %2.</source>
        <translation>La version %1 de l&apos;API n&apos;est pas proposée&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is no resource at %1.</source>
        <translation>Aucune ressource à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>Authorization token missing</source>
        <translation>Jeton d&apos;autorisation manquant</translation>
    </message>
    <message>
        <source>Send an access token in the Authorization header (Bearer).</source>
        <translation>Envoyez un jeton d&apos;accès dans l&apos;en-tête Authorization (Bearer).</translation>
    </message>
    <message>
        <source>Authorization token invalid</source>
        <translation>Jeton d&apos;autorisation non valide</translation>
    </message>
    <message>
        <source>The access token is unknown or has expired; request a new one.</source>
        <translation>Le jeton d&apos;accès est inconnu ou a expiré&#xa0;; demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>More than %1 calls in a minute; try again after %2.</source>
        <translation>Plus de %1 appels en une minute&#xa0;; réessayez après %2.</translation>
    </message>
    <message>
        <source>The token endpoint only accepts POST.</source>
        <translation>Le point de terminaison des jetons n&apos;accepte que POST.</translation>
    </message>
    <message>
        <source>Send the parameters as application/x-www-form-urlencoded.</source>
        <translation>Envoyez les paramètres au format application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>The grant_type parameter is missing.</source>
        <translation>Le paramètre grant_type est absent.</translation>
    </message>
    <message>
        <source>Only the client_credentials grant is supported.</source>
        <translation>Seul le type d&apos;autorisation client_credentials est pris en charge.</translation>
    </message>
    <message>
        <source>The client_id and client_secret parameters are required.</source>
        <translation>Les paramètres client_id et client_secret sont obligatoires.</translation>
    </message>
    <message>
        <source>The client id or secret is wrong.</source>
        <translation>L&apos;ID client ou le secret client est incorrect.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>%1 accepts %2 only.</source>
        <translation>%1 n&apos;accepte que %2.</translation>
    </message>
    <message>
        <source>Demo application served by segmentctl serve-demo; no real account.</source>
        <translation>Application de démonstration fournie par segmentctl serve-demo&#xa0;; aucun compte réel.</translation>
    </message>
    <message>
        <source>Wrong type of value</source>
        <translation>Type de valeur incorrect</translation>
    </message>
    <message>
        <source>%1 must be an integer, not “%2”.</source>
        <translation>%1 doit être un entier, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>Valeur hors limites</translation>
    </message>
    <message>
        <source>limit must be between 0 and 100, not %1.</source>
        <translation>limit doit être compris entre 0 et 100, et non %1.</translation>
    </message>
    <message>
        <source>offset must not be negative (%1).</source>
        <translation>offset ne doit pas être négatif (%1).</translation>
    </message>
    <message>
        <source>Unknown property</source>
        <translation>Propriété inconnue</translation>
    </message>
    <message>
        <source>“%1” is not a search filter.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un filtre de recherche.</translation>
    </message>
    <message>
        <source>data must be an object.</source>
        <translation>data doit être un objet.</translation>
    </message>
    <message>
        <source>data/attributes must be an object.</source>
        <translation>data/attributes doit être un objet.</translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation>%1 doit être un tableau de chaînes.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 doit être une chaîne.</translation>
    </message>
    <message>
        <source>Value not allowed</source>
        <translation>Valeur non autorisée</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs %2.</translation>
    </message>
    <message>
        <source>Advertiser not accessible</source>
        <translation>Annonceur inaccessible</translation>
    </message>
    <message>
        <source>Advertiser %1 is not among the advertisers these credentials reach; its segments are left out.</source>
        <translation>L&apos;annonceur %1 ne fait pas partie des annonceurs accessibles avec ces identifiants&#xa0;; ses segments sont ignorés.</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Valeur obligatoire manquante</translation>
    </message>
    <message>
        <source>The advertiser-id parameter is required.</source>
        <translation>Le paramètre advertiser-id est obligatoire.</translation>
    </message>
    <message>
        <source>The country parameter is required.</source>
        <translation>Le paramètre country est obligatoire.</translation>
    </message>
    <message>
        <source>Invalid country code</source>
        <translation>Code pays non valide</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>Advertiser %1 is not among the advertisers these credentials reach.</source>
        <translation>L&apos;annonceur %1 ne fait pas partie des annonceurs accessibles avec ces identifiants.</translation>
    </message>
    <message>
        <source>data must be an array of segments.</source>
        <translation>data doit être un tableau de segments.</translation>
    </message>
    <message>
        <source>“%1” is not part of a bulk request.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie d&apos;une requête groupée.</translation>
    </message>
</context>
<context>
    <name>DemoFault</name>
    <message>
        <source>“%1”: expected kind=value, e.g. 5xx=1</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: type=valeur attendu, p. ex. 5xx=1</translation>
    </message>
    <message>
        <source>“%1”: latency takes milliseconds, e.g. latency=200</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: latency s&apos;exprime en millisecondes, p. ex. latency=200</translation>
    </message>
    <message>
        <source>“%1”: a share is between 0 and 1, e.g. 0.1</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une proportion est comprise entre 0 et 1, p. ex. 0.1</translation>
    </message>
    <message>
        <source>“%1”: give the Nth request (1, 2…) or a share (0.1)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: indiquez la n-ième requête (1, 2…) ou une proportion (0.1)</translation>
    </message>
    <message>
        <source>“%1”: expected option=value after “:”</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: option=valeur attendu après «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <source>“%1”: count is 0 (no bound) or more</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: count vaut 0 (sans limite) ou plus</translation>
    </message>
    <message>
        <source>“%1”: status must be 500 to 599</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: status doit être compris entre 500 et 599</translation>
    </message>
    <message>
        <source>“%1”: unknown option “%2”</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: option «&#xa0;%2&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>“%1”: unknown fault; use latency, 5xx, reset, hang, malformed, truncated, html, expire-token, renew-fail, 429, bad-index, drop-ids or apply-drop</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: défaut inconnu&#xa0;; utilisez latency, 5xx, reset, hang, malformed, truncated, html, expire-token, renew-fail, 429, bad-index, drop-ids ou apply-drop</translation>
    </message>
</context>
<context>
    <name>DemoInsights</name>
    <message>
        <source>Invalid request body</source>
        <translation>Corps de requête non valide</translation>
    </message>
    <message>
        <source>Unsupported media type</source>
        <translation>Type de média non pris en charge</translation>
    </message>
    <message>
        <source>Send the body as application/json, not “%1”.</source>
        <translation>Envoyez le corps de la requête au format application/json, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Unknown property</source>
        <translation>Propriété inconnue</translation>
    </message>
    <message>
        <source>“%1” is not part of this request.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de cette requête.</translation>
    </message>
    <message>
        <source>An in-market segment without brands or interests cannot be sized.</source>
        <translation>La taille d&apos;un segment in-market sans marques ni centres d&apos;intérêt ne peut pas être calculée.</translation>
    </message>
    <message>
        <source>A location segment needs points of interest and a radius to be sized.</source>
        <translation>Un segment de localisation a besoin de points d&apos;intérêt et d&apos;un rayon pour que sa taille soit calculée.</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>Valeur hors limites</translation>
    </message>
    <message>
        <source>limit must be an integer between 0 and 100.</source>
        <translation>limit doit être un entier entre 0 et 100.</translation>
    </message>
    <message>
        <source>offset must be an integer, not negative.</source>
        <translation>offset doit être un entier positif ou nul.</translation>
    </message>
    <message>
        <source>Too few matched users to compute a size.</source>
        <translation>Trop peu d&apos;utilisateurs reconnus pour calculer une taille.</translation>
    </message>
    <message>
        <source>Size calculation is not supported for this type of segment.</source>
        <translation>Le calcul de la taille n&apos;est pas pris en charge pour ce type de segment.</translation>
    </message>
    <message>
        <source>data must be an array of segments.</source>
        <translation>data doit être un tableau de segments.</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Valeur obligatoire manquante</translation>
    </message>
    <message>
        <source>Each item needs the id of a segment.</source>
        <translation>Chaque élément doit indiquer l&apos;ID d&apos;un segment.</translation>
    </message>
    <message>
        <source>Segment not found</source>
        <translation>Segment introuvable</translation>
    </message>
    <message>
        <source>There is no segment %1.</source>
        <translation>Il n&apos;existe pas de segment %1.</translation>
    </message>
    <message>
        <source>Segment not accessible</source>
        <translation>Segment inaccessible</translation>
    </message>
    <message>
        <source>Segment %1 belongs to an advertiser these credentials do not reach.</source>
        <translation>Le segment %1 appartient à un annonceur auquel ces identifiants n&apos;ont pas accès.</translation>
    </message>
    <message>
        <source>Size cannot be computed</source>
        <translation>Taille impossible à calculer</translation>
    </message>
    <message>
        <source>advertiserId is required.</source>
        <translation>advertiserId est obligatoire.</translation>
    </message>
    <message>
        <source>Advertiser not accessible</source>
        <translation>Annonceur inaccessible</translation>
    </message>
    <message>
        <source>Advertiser %1 is not among the advertisers these credentials reach.</source>
        <translation>L&apos;annonceur %1 ne fait pas partie des annonceurs accessibles avec ces identifiants.</translation>
    </message>
    <message>
        <source>Give exactly one definition: inMarket or location.</source>
        <translation>Donnez exactement une définition&#xa0;: inMarket ou location.</translation>
    </message>
    <message>
        <source>inMarket needs a country.</source>
        <translation>inMarket doit indiquer un pays.</translation>
    </message>
    <message>
        <source>location needs pointsOfInterest and radiusInKm.</source>
        <translation>location doit indiquer pointsOfInterest et radiusInKm.</translation>
    </message>
    <message>
        <source>Point %1 needs a latitude (-90 to 90) and a longitude (-180 to 180).</source>
        <translation>Le point %1 doit avoir une latitude (-90 à 90) et une longitude (-180 à 180).</translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation>%1 doit être un tableau de chaînes.</translation>
    </message>
</context>
<context>
    <name>DemoLifecycleProcessor</name>
    <message>
        <source>Invalid resource</source>
        <translation>Ressource invalide</translation>
    </message>
    <message>
        <source>Each item must be {&quot;type&quot;: &quot;AudienceSegment&quot;, &quot;attributes&quot;: {…}}.</source>
        <translation>Chaque élément doit être {&quot;type&quot;: &quot;AudienceSegment&quot;, &quot;attributes&quot;: {…}}.</translation>
    </message>
    <message>
        <source>Unknown property</source>
        <translation>Propriété inconnue</translation>
    </message>
    <message>
        <source>“%1” is not part of a segment to create.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie d&apos;un segment à créer.</translation>
    </message>
    <message>
        <source>Required field</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <source>advertiserId is required.</source>
        <translation>advertiserId est obligatoire.</translation>
    </message>
    <message>
        <source>Advertiser not accessible</source>
        <translation>Annonceur inaccessible</translation>
    </message>
    <message>
        <source>These credentials cannot create segments for advertiser %1.</source>
        <translation>Ces identifiants ne permettent pas de créer des segments pour l&apos;annonceur %1.</translation>
    </message>
    <message>
        <source>name is required.</source>
        <translation>name est obligatoire.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Nom vide</translation>
    </message>
    <message>
        <source>The name of a segment cannot be empty.</source>
        <translation>Le nom d&apos;un segment ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Nom déjà utilisé</translation>
    </message>
    <message>
        <source>Advertiser %1 already has a segment named “%2”.</source>
        <translation>L&apos;annonceur %1 a déjà un segment nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Segment type</source>
        <translation>Type de segment</translation>
    </message>
    <message>
        <source>A segment to create has exactly one of inMarket, location, prospecting, retargeting, lookalike or contactList.</source>
        <translation>Un segment à créer a exactement un des objets inMarket, location, prospecting, retargeting, lookalike ou contactList.</translation>
    </message>
    <message>
        <source>%1.%2 is required to create a segment.</source>
        <translation>%1.%2 est obligatoire pour créer un segment.</translation>
    </message>
    <message>
        <source>Seed not found</source>
        <translation>Source introuvable</translation>
    </message>
    <message>
        <source>Advertiser %1 has no segment %2 to look like.</source>
        <translation>L&apos;annonceur %1 n&apos;a pas de segment %2 auquel ressembler.</translation>
    </message>
    <message>
        <source>Each item must be {&quot;id&quot;: &quot;…&quot;, &quot;type&quot;: &quot;AudienceSegment&quot;}.</source>
        <translation>Chaque élément doit être {&quot;id&quot;: &quot;…&quot;, &quot;type&quot;: &quot;AudienceSegment&quot;}.</translation>
    </message>
    <message>
        <source>Segment not found</source>
        <translation>Segment introuvable</translation>
    </message>
    <message>
        <source>There is no segment %1.</source>
        <translation>Il n&apos;existe pas de segment %1.</translation>
    </message>
    <message>
        <source>Segment not accessible</source>
        <translation>Segment inaccessible</translation>
    </message>
    <message>
        <source>These credentials cannot delete segment %1.</source>
        <translation>Ces identifiants ne permettent pas de supprimer le segment %1.</translation>
    </message>
</context>
<context>
    <name>DemoPatchProcessor</name>
    <message>
        <source>Wrong type of value</source>
        <translation>Type de valeur incorrect</translation>
    </message>
    <message>
        <source>Unknown property</source>
        <translation>Propriété inconnue</translation>
    </message>
    <message>
        <source>Property cannot be changed</source>
        <translation>Propriété non modifiable</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Valeur obligatoire manquante</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>Valeur hors limites</translation>
    </message>
    <message>
        <source>Value not allowed</source>
        <translation>Valeur non autorisée</translation>
    </message>
    <message>
        <source>Value listed twice</source>
        <translation>Valeur en double</translation>
    </message>
    <message>
        <source>Invalid country code</source>
        <translation>Code pays non valide</translation>
    </message>
    <message>
        <source>Unknown brand</source>
        <translation>Marque inconnue</translation>
    </message>
    <message>
        <source>Unknown interest</source>
        <translation>Centre d&apos;intérêt inconnu</translation>
    </message>
    <message>
        <source>Minimum greater than maximum</source>
        <translation>Minimum supérieur au maximum</translation>
    </message>
    <message>
        <source>Name is empty</source>
        <translation>Nom vide</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Nom déjà utilisé</translation>
    </message>
    <message>
        <source>Settings do not match the segment type</source>
        <translation>Paramètres incompatibles avec le type de segment</translation>
    </message>
    <message>
        <source>Segment is read-only</source>
        <translation>Segment en lecture seule</translation>
    </message>
    <message>
        <source>Segment sent twice in one request</source>
        <translation>Segment envoyé deux fois dans la même requête</translation>
    </message>
    <message>
        <source>Wrong resource type</source>
        <translation>Type de ressource incorrect</translation>
    </message>
    <message>
        <source>Segment not found</source>
        <translation>Segment introuvable</translation>
    </message>
    <message>
        <source>Segment not accessible</source>
        <translation>Segment inaccessible</translation>
    </message>
    <message>
        <source>at index %1</source>
        <translation>à l&apos;index %1</translation>
    </message>
    <message>
        <source>Segment %1: “%2” cannot be changed by an update.</source>
        <translation>Segment %1&#xa0;: «&#xa0;%2&#xa0;» ne peut pas être modifié par une mise à jour.</translation>
    </message>
    <message>
        <source>Segment %1: “%2” is not a property of this object.</source>
        <translation>Segment %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une propriété de cet objet.</translation>
    </message>
    <message>
        <source>Segment %1: %2 is outside %3 to %4.</source>
        <translation>Segment %1&#xa0;: %2 est en dehors de la plage %3 à %4.</translation>
    </message>
    <message>
        <source>Segment %1: “%2” is not one of %3.</source>
        <translation>Segment %1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie des valeurs %3.</translation>
    </message>
    <message>
        <source>Segment %1: “%2” is listed more than once; this list is a set.</source>
        <translation>Segment %1&#xa0;: «&#xa0;%2&#xa0;» figure plusieurs fois&#xa0;; cette liste ne peut pas contenir de doublons.</translation>
    </message>
    <message>
        <source>Segment %1: expected %2, found %3.</source>
        <translation>Segment %1&#xa0;: attendu %2, trouvé %3.</translation>
    </message>
    <message>
        <source>Segment %1: “%2” is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>Segment %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un code pays ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>Segment %1: there is no brand %2.</source>
        <translation>Segment %1&#xa0;: la marque %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Segment %1: there is no interest %2.</source>
        <translation>Segment %1&#xa0;: le centre d&apos;intérêt %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Segment %1: a point of interest needs its %2.</source>
        <translation>Segment %1&#xa0;: un point d&apos;intérêt doit avoir une valeur %2.</translation>
    </message>
    <message>
        <source>Segment %1: %2 %3 is outside -%4 to %4.</source>
        <translation>Segment %1&#xa0;: %2 %3 est en dehors de la plage -%4 à %4.</translation>
    </message>
    <message>
        <source>Segment %1: at least %2 days but at most %3 days.</source>
        <translation>Segment %1&#xa0;: au moins %2 jours mais au plus %3 jours.</translation>
    </message>
    <message>
        <source>Item %1 has no segment id.</source>
        <translation>L&apos;élément %1 n&apos;a pas d&apos;ID de segment.</translation>
    </message>
    <message>
        <source>Segment %1: the resource type must be “AudienceSegment”.</source>
        <translation>Segment %1&#xa0;: le type de ressource doit être «&#xa0;AudienceSegment&#xa0;».</translation>
    </message>
    <message>
        <source>Segment %1 appears more than once in this request; only its first occurrence is considered.</source>
        <translation>Le segment %1 apparaît plusieurs fois dans cette requête&#xa0;; seule sa première occurrence est prise en compte.</translation>
    </message>
    <message>
        <source>There is no segment %1; nothing was updated.</source>
        <translation>Le segment %1 n&apos;existe pas&#xa0;; rien n&apos;a été mis à jour.</translation>
    </message>
    <message>
        <source>Segment %1 belongs to advertiser %2, which these credentials cannot manage.</source>
        <translation>Le segment %1 appartient à l&apos;annonceur %2, que ces identifiants ne permettent pas de gérer.</translation>
    </message>
    <message>
        <source>Segment %1: the item has no attributes.</source>
        <translation>Segment %1&#xa0;: l&apos;élément n&apos;a pas d&apos;attributs.</translation>
    </message>
    <message>
        <source>Segment %1 is a read-only contact list shared with this advertiser.</source>
        <translation>Le segment %1 est une liste de contacts en lecture seule partagée avec cet annonceur.</translation>
    </message>
    <message>
        <source>Segment %1: a segment needs a name.</source>
        <translation>Segment %1&#xa0;: un segment doit avoir un nom.</translation>
    </message>
    <message>
        <source>Segment %1: segment %2 of advertiser %3 is already named “%4”.</source>
        <translation>Segment %1&#xa0;: le segment %2 de l&apos;annonceur %3 porte déjà le nom «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Segment %1 is of type %2; “%3” settings do not apply to it.</source>
        <translation>Le segment %1 est de type %2&#xa0;; les paramètres «&#xa0;%3&#xa0;» ne s&apos;y appliquent pas.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Service unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <source>The demo server was told to fail this request (fault injection).</source>
        <translation>Le serveur de démonstration avait pour consigne de faire échouer cette requête (injection de pannes).</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>The demo server was told to refuse this request with 429 and no rate-limit header (fault injection).</source>
        <translation>Le serveur de démonstration a reçu l’ordre de refuser cette requête par un 429 sans en-tête de limite de débit (injection de défauts).</translation>
    </message>
    <message>
        <source>The client id or secret is no longer valid (fault injection).</source>
        <translation>L’identifiant ou le secret client n’est plus valide (injection de défauts).</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>%1 (%2) “%3”</source>
        <comment>segment id (type) “name”</comment>
        <translation>%1 (%2) «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: not sent: excluded (remove “excluded” from the file to send it).</source>
        <translation>%1&#xa0;: non envoyé&#xa0;: exclu (supprimez «&#xa0;excluded&#xa0;» du fichier pour l&apos;envoyer).</translation>
    </message>
    <message numerus="yes">
        <source>%1: not sent: %n error(s); “segmentctl check %2” lists them.</source>
        <translation>
            <numerusform>%1&#xa0;: non envoyé&#xa0;: %n erreur&#xa0;; «&#xa0;segmentctl check %2&#xa0;» la détaille.</numerusform>
            <numerusform>%1&#xa0;: non envoyé&#xa0;: %n erreurs&#xa0;; «&#xa0;segmentctl check %2&#xa0;» les détaille.</numerusform>
        </translation>
    </message>
    <message>
        <source>The working set.</source>
        <translation>Ensemble de travail.</translation>
    </message>
    <message>
        <source>Segments per request with --json (default 50).</source>
        <translation>Segments par requête avec --json (50 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name the working set: segmentctl diff FILE.</source>
        <translation>Indiquez l&apos;ensemble de travail&#xa0;: segmentctl diff FILE.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Rien à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send in %1 request(s).</source>
        <translation>
            <numerusform>%n modification à envoyer en %1 requête(s).</numerusform>
            <numerusform>%n modifications à envoyer en %1 requête(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) “%3”: delete</source>
        <comment>segment id (type) “name”: delete</comment>
        <translation>%1 (%2) «&#xa0;%3&#xa0;»&#xa0;: suppression</translation>
    </message>
    <message>
        <source>%1 (%2) “%3”: create</source>
        <comment>temporary id (type) “name”: create</comment>
        <translation>%1 (%2) «&#xa0;%3&#xa0;»&#xa0;: création</translation>
    </message>
    <message>
        <source>Shows what “segmentctl push FILE” would send: per segment, each changed field as “old -&gt; new”, and the segments to create or delete; with --json, the exact request bodies, one per request, in the order push sends them (deletes, PATCH updates, creates). Excluded and invalid segments are not sent; they are named on stderr.</source>
        <translation>Montre ce que «&#xa0;segmentctl push FILE&#xa0;» enverrait&#xa0;: par segment, chaque champ modifié sous la forme «&#xa0;ancien -&gt; nouveau&#xa0;», et les segments à créer ou à supprimer&#xa0;; avec --json, les corps exacts des requêtes, un par requête, dans l&apos;ordre où push les envoie (suppressions, mises à jour PATCH, créations). Les segments exclus et invalides ne sont pas envoyés&#xa0;; ils sont nommés sur stderr.</translation>
    </message>
    <message>
        <source>Print the request bodies as a JSON array.</source>
        <translation>Afficher les corps des requêtes sous forme de tableau JSON.</translation>
    </message>
    <message>
        <source>%1 (unchanged; required with this change)</source>
        <translation>%1 (inchangé&#xa0;; requis avec cette modification)</translation>
    </message>
</context>
<context>
    <name>FieldDecorator</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>“%1”</source>
        <comment>a quoted text value</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: old value → new value</comment>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>points of interest, after the first names</comment>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1: %2</source>
        <comment>points added: count, names</comment>
        <translation>+%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <comment>points removed: count, names</comment>
        <translation>−%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>moved %1: %2</source>
        <comment>points with new coordinates: count, points</comment>
        <translation>déplacés %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the same points in another order</source>
        <translation>les mêmes points dans un autre ordre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: what changed</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (unchanged; the API needs it with this change)</source>
        <comment>field: value</comment>
        <translation>%1&#xa0;: %2 (inchangé&#xa0;; l’API l’exige avec cette modification)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search segments</source>
        <translation>Rechercher des segments</translation>
    </message>
    <message>
        <source>Id, name or description</source>
        <translation>ID, nom ou description</translation>
    </message>
    <message>
        <source>Segment type filter</source>
        <translation>Filtre par type de segment</translation>
    </message>
    <message>
        <source>Advertiser filter</source>
        <translation>Filtre par annonceur</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre par état</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All advertisers</source>
        <translation>Tous les annonceurs</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Only modified</source>
        <translation>Modifiés uniquement</translation>
    </message>
    <message>
        <source>Only invalid</source>
        <translation>Non valides uniquement</translation>
    </message>
    <message>
        <source>Only failed</source>
        <translation>Échecs uniquement</translation>
    </message>
    <message>
        <source>Only warned</source>
        <translation>Avec avertissements uniquement</translation>
    </message>
    <message>
        <source>Only updated</source>
        <translation>Mis à jour uniquement</translation>
    </message>
    <message>
        <source>Only in conflict</source>
        <translation>En conflit uniquement</translation>
    </message>
    <message>
        <source>Only unchanged</source>
        <translation>Inchangés uniquement</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Ad&amp;vertiser:</source>
        <translation>A&amp;nnonceur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Éta&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Only not sent</source>
        <translation>Non envoyés uniquement</translation>
    </message>
    <message>
        <source>Quick filters:</source>
        <translation>Filtres rapides&#xa0;:</translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>quick filter</comment>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Segments with changes to send</source>
        <translation>Segments ayant des modifications à envoyer</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>quick filter</comment>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Segments the last send did not update, or whose answer was lost</source>
        <translation>Segments que le dernier envoi n’a pas mis à jour, ou dont la réponse a été perdue</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <comment>quick filter</comment>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Segments changed on the server too: resolve before sending</source>
        <translation>Segments modifiés aussi sur le serveur&#xa0;: à résoudre avant l’envoi</translation>
    </message>
    <message>
        <source>Not sent</source>
        <comment>quick filter</comment>
        <translation>Non envoyés</translation>
    </message>
    <message>
        <source>Segments a cancelled send did not reach</source>
        <translation>Segments qu’un envoi annulé n’a pas atteints</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>quick filter</comment>
        <translation>Non valides</translation>
    </message>
    <message>
        <source>Segments with problems to fix before they can be sent</source>
        <translation>Segments comportant des problèmes à corriger avant de pouvoir être envoyés</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Noms</translation>
    </message>
    <message>
        <source>&amp;Descriptions</source>
        <translation>&amp;Descriptions</translation>
    </message>
    <message>
        <source>&amp;Case-sensitive</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Whole w&amp;ords only</source>
        <translation>&amp;Mots entiers uniquement</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected segments (%n)</source>
        <translation>
            <numerusform>&amp;Segment sélectionné (%n)</numerusform>
            <numerusform>&amp;Segments sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All loaded segments (%n)</source>
        <translation>
            <numerusform>&amp;Tous les segments chargés (%n)</numerusform>
            <numerusform>&amp;Tous les segments chargés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation>Après remplacement</translation>
    </message>
    <message>
        <source>Preview of the replacements</source>
        <translation>Aperçu des remplacements</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Aucune correspondance.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes in %1 segments; the first %2 are listed.</source>
        <translation>
            <numerusform>%n modification dans %1 segments&#xa0;; les %2 premières sont affichées.</numerusform>
            <numerusform>%n modifications dans %1 segments&#xa0;; les %2 premières sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change in 1 segment.</source>
        <translation>1 modification dans 1 segment.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes in 1 segment.</source>
        <translation>
            <numerusform>%n modification dans 1 segment.</numerusform>
            <numerusform>%n modifications dans 1 segment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes in %1 segments.</source>
        <translation>
            <numerusform>%n modification dans %1 segments.</numerusform>
            <numerusform>%n modifications dans %1 segments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace “%1” with “%2” in 1 segment</source>
        <translation>Remplacement de «&#xa0;%1&#xa0;» par «&#xa0;%2&#xa0;» dans 1 segment</translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n segments</source>
        <translation>
            <numerusform>Remplacement de «&#xa0;%1&#xa0;» par «&#xa0;%2&#xa0;» dans %n segment</numerusform>
            <numerusform>Remplacement de «&#xa0;%1&#xa0;» par «&#xa0;%2&#xa0;» dans %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormControls</name>
    <message>
        <source>Mixed values</source>
        <translation>Valeurs différentes</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(valeurs différentes)</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source> or </source>
        <comment>between two shortcuts</comment>
        <translation> ou </translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>a shortcut after a command</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Prise en main&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Connect&lt;/b&gt; with your Criteo API client id and secret (File › Connect). To try the editor without an account, start it with &lt;code&gt;--demo&lt;/code&gt;.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Connectez-vous&lt;/b&gt; avec l’identifiant client et le secret de votre API Criteo (Fichier › Se connecter). Pour essayer l’éditeur sans compte, lancez-le avec &lt;code&gt;--demo&lt;/code&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Load&lt;/b&gt; the segments of one or more advertisers%1. They stay on this computer: you can edit offline and save the working set (File › Save).&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Chargez&lt;/b&gt; les segments d’un ou de plusieurs annonceurs%1. Ils restent sur cet ordinateur&#xa0;: vous pouvez les modifier hors ligne et enregistrer l’ensemble de travail (Fichier › Enregistrer).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Edit&lt;/b&gt;: select one segment or several and change them in the form beside the table, or rename in the table. Paste points of interest from a spreadsheet into a Location segment. Every change can be undone%1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Modifiez&lt;/b&gt;&#xa0;: sélectionnez un ou plusieurs segments et changez-les dans le formulaire à côté du tableau, ou renommez-les dans le tableau. Collez des points d’intérêt depuis un tableur dans un segment Localisation. Chaque modification peut être annulée%1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Check&lt;/b&gt;%1 what the server would refuse: each problem sits next to its field, and Next Problem%2 takes you there.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Vérifiez&lt;/b&gt;%1 ce que le serveur refuserait&#xa0;: chaque problème s’affiche à côté de son champ, et Problème suivant%2 vous y mène.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Preview&lt;/b&gt;%1 exactly what will be sent, and leave out what should wait.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Prévisualisez&lt;/b&gt;%1 exactement ce qui sera envoyé, et laissez de côté ce qui doit attendre.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Send&lt;/b&gt;%1 every change at once. Each row then says Updated, Warned or Failed; fix what failed and choose Retry Failed%2. The Send History (View) keeps every send.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Envoyez&lt;/b&gt;%1 toutes les modifications en une fois. Chaque ligne indique ensuite Mis à jour, Avertissement ou Échec&#xa0;; corrigez ce qui a échoué et choisissez Renvoyer les échecs%2. L’historique des envois (Affichage) garde chaque envoi.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Help › Keyboard Shortcuts lists every key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aide › Raccourcis clavier liste toutes les touches.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Segment table</source>
        <translation>Tableau des segments</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Points of interest</source>
        <translation>Points d&apos;intérêt</translation>
    </message>
    <message>
        <source>Rename the current segment</source>
        <translation>Renommer le segment courant</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>Go to the next or previous field</source>
        <translation>Aller au champ suivant ou précédent</translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation>Tab ou Maj+Tab</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Aller à un champ</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la lettre soulignée</translation>
    </message>
    <message>
        <source>Paste points from a spreadsheet</source>
        <translation>Coller des points depuis un tableur</translation>
    </message>
    <message>
        <source>Remove the selected points</source>
        <translation>Retirer les points sélectionnés</translation>
    </message>
    <message>
        <source>Edit a cell</source>
        <translation>Modifier une cellule</translation>
    </message>
    <message>
        <source>Dialogs and edits</source>
        <translation>Boîtes de dialogue et saisies</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>The send history to read (default: the one Segment Editor and segmentctl push write).</source>
        <translation>Historique des envois à lire (par défaut&#xa0;: celui qu’écrivent Segment Editor et segmentctl push).</translation>
    </message>
    <message>
        <source>HISTORY.sqlite</source>
        <translation>HISTORY.sqlite</translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation>(non terminé)</translation>
    </message>
    <message numerus="yes">
        <source>Send %1 by %2, %3 to %4 (API version %5); %n HTTP request(s)</source>
        <translation>
            <numerusform>Envoi %1 par %2, %3 vers %4 (version de l’API %5)&#xa0;; %n requête HTTP</numerusform>
            <numerusform>Envoi %1 par %2, %3 vers %4 (version de l’API %5)&#xa0;; %n requêtes HTTP</numerusform>
        </translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation>, annulé</translation>
    </message>
    <message>
        <source>(trace id %1)</source>
        <translation>(ID de trace %1)</translation>
    </message>
    <message>
        <source>  whole send: %1</source>
        <translation>  tout l’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lists the sends that Segment Editor and segmentctl push made, newest first: when (UTC), where, how many requests, what became of each segment. With ID, shows one send: per segment the fields sent with their values before and after, the outcome and every problem with its code and trace id. The history keeps no secret and no token.</source>
        <translation>Liste les envois effectués par Segment Editor et segmentctl push, du plus récent au plus ancien&#xa0;: quand (UTC), où, combien de requêtes, ce qu’il est advenu de chaque segment. Avec ID, affiche un envoi&#xa0;: pour chaque segment, les champs envoyés avec leurs valeurs avant et après, le résultat et chaque problème avec son code et son ID de trace. L’historique ne conserve ni secret client ni jeton.</translation>
    </message>
    <message>
        <source>The send to show.</source>
        <translation>Envoi à afficher.</translation>
    </message>
    <message>
        <source>Only sends with this segment (an id, or a part of a name); with ID and --diagnostics, the report about this segment only.</source>
        <translation>Uniquement les envois comportant ce segment (un ID ou une partie d’un nom)&#xa0;; avec ID et --diagnostics, uniquement le rapport concernant ce segment.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only sends with a segment of this outcome: updated, warned, failed, not-sent or unknown.</source>
        <translation>Uniquement les envois comportant un segment ayant ce résultat&#xa0;: updated, warned, failed, not-sent ou unknown.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>Only sends with segments of this advertiser.</source>
        <translation>Uniquement les envois comportant des segments de cet annonceur.</translation>
    </message>
    <message>
        <source>Only sends to this server.</source>
        <translation>Uniquement les envois vers ce serveur.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>At most N sends (the newest).</source>
        <translation>Au plus N envois (les plus récents).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Afficher du JSON pour les scripts.</translation>
    </message>
    <message>
        <source>With ID: print the send as CSV, one line per field.</source>
        <translation>Avec ID&#xa0;: afficher l’envoi au format CSV, une ligne par champ.</translation>
    </message>
    <message>
        <source>With ID: print the support report (trace ids, HTTP status, the JSON sent and answered; never a token).</source>
        <translation>Avec ID&#xa0;: afficher le rapport pour le support (ID de trace, statut HTTP, JSON envoyé et reçu en réponse&#xa0;; jamais de jeton).</translation>
    </message>
    <message>
        <source>Keep at most the last N sends from now on (the oldest go).</source>
        <translation>Désormais, ne conserver que les N derniers envois au plus (les plus anciens sont supprimés).</translation>
    </message>
    <message>
        <source>--outcome must be updated, warned, failed, not-sent or unknown.</source>
        <translation>--outcome doit valoir updated, warned, failed, not-sent ou unknown.</translation>
    </message>
    <message>
        <source>Choose one of --json, --csv and --diagnostics.</source>
        <translation>Choisissez une seule option parmi --json, --csv et --diagnostics.</translation>
    </message>
    <message>
        <source>A send is named by its number, as “segmentctl history” lists them.</source>
        <translation>Un envoi se désigne par son numéro, tel que l’affiche «&#xa0;segmentctl history&#xa0;».</translation>
    </message>
    <message>
        <source>--csv and --diagnostics need the send: segmentctl history ID.</source>
        <translation>--csv et --diagnostics nécessitent l’envoi&#xa0;: segmentctl history ID.</translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n send(s).</source>
        <translation>
            <numerusform>L’historique conserve %n envoi&#xa0;: le dernier.</numerusform>
            <numerusform>L’historique conserve les %n derniers envois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 has no segment %2.</source>
        <translation>L’envoi %1 ne comporte pas de segment %2.</translation>
    </message>
    <message>
        <source>No send recorded yet in %1.</source>
        <translation>Aucun envoi enregistré pour l’instant dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoes a send of the history in the working set FILE (made when it does not exist): each field the send applied goes back to its value before the send, a segment it created is marked for deletion; a segment it deleted cannot come back. The server&apos;s current copies are checked first: a field changed there since the send is a conflict, never overwritten; resolve it in the window or with “segmentctl push --overwrite”. Nothing is sent: “segmentctl diff” and “segmentctl push” do that.</source>
        <translation>Annule un envoi de l’historique dans l’ensemble de travail FILE (créé s’il n’existe pas)&#xa0;: chaque champ appliqué par l’envoi reprend sa valeur d’avant l’envoi, un segment qu’il a créé est marqué pour suppression&#xa0;; un segment qu’il a supprimé ne peut pas être rétabli. Les versions actuelles du serveur sont d’abord vérifiées&#xa0;: un champ modifié sur le serveur depuis l’envoi est un conflit, jamais écrasé&#xa0;; résolvez-le dans la fenêtre ou avec «&#xa0;segmentctl push --overwrite&#xa0;». Rien n’est envoyé&#xa0;: c’est le rôle de «&#xa0;segmentctl diff&#xa0;» et de «&#xa0;segmentctl push&#xa0;».</translation>
    </message>
    <message>
        <source>The working set to write the reverse edits into.</source>
        <translation>Ensemble de travail dans lequel écrire les modifications qui annulent l’envoi.</translation>
    </message>
    <message>
        <source>The send to undo, as “segmentctl history” lists it.</source>
        <translation>Envoi à annuler, tel que l’affiche «&#xa0;segmentctl history&#xa0;».</translation>
    </message>
    <message>
        <source>Print what was done as JSON for scripts.</source>
        <translation>Afficher ce qui a été fait au format JSON pour les scripts.</translation>
    </message>
    <message>
        <source>Name the working set: segmentctl revert FILE --send ID.</source>
        <translation>Indiquez l’ensemble de travail&#xa0;: segmentctl revert FILE --send ID.</translation>
    </message>
    <message>
        <source>--send needs the number of a send, as “segmentctl history” lists them.</source>
        <translation>--send attend le numéro d’un envoi, tel que l’affiche «&#xa0;segmentctl history&#xa0;».</translation>
    </message>
    <message>
        <source>Send %1 went to %2, but %3 is a working set of %4: undo it in a working set of that server.</source>
        <translation>L’envoi %1 a été fait vers %2, mais %3 est un ensemble de travail de %4&#xa0;: annulez-le dans un ensemble de travail de ce serveur.</translation>
    </message>
    <message>
        <source>Send %1 went to %2: connect to that server to undo it.</source>
        <translation>L’envoi %1 a été fait vers %2&#xa0;: connectez-vous à ce serveur pour l’annuler.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s copies of send %1 on %2…</source>
        <translation>Vérification des versions du serveur pour l’envoi %1 sur %2…</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation>Vérifier l’importation</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n segment(s) to review, with %3 changed field(s).</source>
        <comment>file (format): counts</comment>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %n segment à vérifier, champs modifiés&#xa0;: %3.</numerusform>
            <numerusform>%1 (%2)&#xa0;: %n segments à vérifier, champs modifiés&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) change nothing.</source>
        <translation>
            <numerusform>%n ligne ne change rien.</numerusform>
            <numerusform>%n lignes ne changent rien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: nothing of them will be applied.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;: rien n’en sera appliqué.</numerusform>
            <numerusform>%n lignes refusées&#xa0;: rien n’en sera appliqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed since the change set was made: not applied.</source>
        <translation>
            <numerusform>%n champ modifié depuis la création du lot de modifications&#xa0;: non appliqué.</numerusform>
            <numerusform>%n champs modifiés depuis la création du lot de modifications&#xa0;: non appliqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported changes</source>
        <translation>Modifications importées</translation>
    </message>
    <message>
        <source>Segment and field</source>
        <translation>Segment et champ</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Imported value</source>
        <translation>Valeur importée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>segment name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 segment, line %2</source>
        <translation>Segment %1, ligne %2</translation>
    </message>
    <message>
        <source>Changed since the change set was made: it was %1 there. Not applied.</source>
        <translation>Modifié depuis la création du lot de modifications&#xa0;: la valeur y était %1. Non appliqué.</translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation>%1 (non appliqué)</translation>
    </message>
    <message>
        <source>Rows not imported and warnings</source>
        <translation>Lignes non importées et avertissements</translation>
    </message>
    <message>
        <source>&amp;Accept All</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>&amp;Reject All</source>
        <translation>Tout &amp;refuser</translation>
    </message>
    <message>
        <source>A&amp;pply Accepted</source>
        <translation>A&amp;ppliquer les modifications acceptées</translation>
    </message>
    <message>
        <source>&amp;Not imported, and warnings:</source>
        <translation>Lignes &amp;non importées et avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;pply %1 Accepted</source>
        <translation>A&amp;ppliquer les modifications acceptées (%1)</translation>
    </message>
</context>
<context>
    <name>InMarketForm</name>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size (users)</source>
        <translation>Taille (utilisateurs)</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Centre d&apos;intérêt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>In-market settings</source>
        <translation>Paramètres des intentionnistes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type a country&apos;s name or its two-letter code</source>
        <translation>Saisissez le nom d&apos;un pays ou son code à deux lettres</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Refres&amp;h lists</source>
        <translation>Actualiser les &amp;listes</translation>
    </message>
    <message>
        <source>Ask the server again for the brands and interests of this advertiser and country</source>
        <translation>Redemander au serveur les marques et les centres d&apos;intérêt de cet annonceur et de ce pays</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Search brands by name or id</source>
        <translation>Rechercher des marques par nom ou ID</translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation>Rechercher des marques</translation>
    </message>
    <message>
        <source>&amp;Brands:</source>
        <translation>&amp;Marques&#xa0;:</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Search interests</source>
        <translation>Rechercher des centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation>&amp;Centres d&apos;intérêt&#xa0;:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Not set (any gender)</source>
        <translation>Non défini (tous les genres)</translation>
    </message>
    <message>
        <source>“Not set” clears the gender on the server (sent as null)</source>
        <translation>«&#xa0;Non défini&#xa0;» efface le genre sur le serveur (envoyé comme null)</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>Buying power %1</source>
        <translation>Pouvoir d&apos;achat %1</translation>
    </message>
    <message>
        <source>Add buying power “%1”</source>
        <translation>Ajout du pouvoir d&apos;achat «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove buying power “%1”</source>
        <translation>Suppression du pouvoir d&apos;achat «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Price range %1</source>
        <translation>Gamme de prix %1</translation>
    </message>
    <message>
        <source>Add price range “%1”</source>
        <translation>Ajout de la gamme de prix «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove price range “%1”</source>
        <translation>Suppression de la gamme de prix «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>B&amp;uying power:</source>
        <translation>Pou&amp;voir d&apos;achat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Price range:</source>
        <translation>Gamme de pri&amp;x&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown brand %1</source>
        <translation>Marque inconnue %1</translation>
    </message>
    <message>
        <source>The brand list of this advertiser and country does not have this id; it is kept as it is.</source>
        <translation>La liste des marques de cet annonceur et de ce pays ne contient pas cet ID&#xa0;; il est conservé tel quel.</translation>
    </message>
    <message>
        <source>Unknown interest %1</source>
        <translation>Centre d&apos;intérêt inconnu %1</translation>
    </message>
    <message>
        <source>The interest list of this advertiser and country does not have this id; it is kept as it is.</source>
        <translation>La liste des centres d&apos;intérêt de cet annonceur et de ce pays ne contient pas cet ID&#xa0;; il est conservé tel quel.</translation>
    </message>
    <message>
        <source>Choose a country to list its brands and interests.</source>
        <translation>Choisissez un pays pour afficher ses marques et ses centres d&apos;intérêt.</translation>
    </message>
    <message>
        <source>Loading the brands and interests of %1…</source>
        <translation>Chargement des marques et des centres d&apos;intérêt pour %1…</translation>
    </message>
    <message>
        <source>Brands: %1, interests: %2 (advertiser %3, %4).</source>
        <translation>Marques&#xa0;: %1, centres d&apos;intérêt&#xa0;: %2 (annonceur %3, %4).</translation>
    </message>
    <message>
        <source>The lists could not be refreshed; the ones shown are from before. %1</source>
        <translation>Impossible d&apos;actualiser les listes&#xa0;; celles affichées sont les précédentes. %1</translation>
    </message>
    <message>
        <source>The brands and interests could not be loaded: %1 Use Refresh lists to try again.</source>
        <translation>Impossible de charger les marques et les centres d&apos;intérêt&#xa0;: %1 Utilisez Actualiser les listes pour réessayer.</translation>
    </message>
    <message>
        <source>Unknown (kept as the server sent it)</source>
        <translation>Inconnu (conservé tel que le serveur l&apos;a envoyé)</translation>
    </message>
    <message>
        <source>Add brand “%1”</source>
        <translation>Ajout de la marque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove brand “%1”</source>
        <translation>Suppression de la marque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Search interests by name or id</source>
        <translation>Rechercher des centres d’intérêt par nom ou par ID</translation>
    </message>
    <message>
        <source>Names from the Google product taxonomy (its German edition; English for the categories added since). The API gives the ids only.</source>
        <translation>Noms issus de la taxonomie des produits Google (son édition allemande&#xa0;; en anglais pour les catégories ajoutées depuis). L’API ne donne que les ID.</translation>
    </message>
    <message>
        <source>Names from the Google product taxonomy. The API gives the ids only.</source>
        <translation>Noms issus de la taxonomie des produits Google. L’API ne donne que les ID.</translation>
    </message>
    <message>
        <source>Names from the Google product taxonomy, in English: it has no edition in your language. The API gives the ids only.</source>
        <translation>Noms issus de la taxonomie des produits Google, en anglais&#xa0;: elle n’a pas d’édition dans votre langue. L’API ne donne que les ID.</translation>
    </message>
    <message>
        <source>Named from the brand list of one of the segments&apos; advertisers and countries.</source>
        <translation>Nom tiré de la liste des marques de l’un des annonceurs et pays des segments.</translation>
    </message>
    <message>
        <source>Id %1 (name not available)</source>
        <translation>ID %1 (nom non disponible)</translation>
    </message>
    <message>
        <source>Brand names are not available without a connection.</source>
        <translation>Les noms des marques ne sont pas disponibles hors connexion.</translation>
    </message>
    <message>
        <source>The brand list of these segments is not loaded.</source>
        <translation>La liste des marques de ces segments n’est pas chargée.</translation>
    </message>
    <message>
        <source>None of the brand lists of these segments&apos; advertisers and countries has this id.</source>
        <translation>Aucune des listes de marques des annonceurs et pays de ces segments ne contient cet ID.</translation>
    </message>
    <message>
        <source> › </source>
        <comment>between the names of an interest path</comment>
        <translation> › </translation>
    </message>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (absent de la liste)</translation>
    </message>
    <message>
        <source>This id is not in the Google product taxonomy; it is kept as it is.</source>
        <translation>Cet ID ne figure pas dans la taxonomie des produits Google&#xa0;; il est conservé tel quel.</translation>
    </message>
    <message>
        <source>Brand names are not available without a connection: brands are listed by id, interests by their names in the Google product taxonomy.</source>
        <translation>Les noms des marques ne sont pas disponibles hors connexion&#xa0;: les marques sont listées par ID, les centres d’intérêt par leur nom dans la taxonomie des produits Google.</translation>
    </message>
    <message>
        <source>The segments belong to different advertisers: only the brands and interests they carry are listed, the brands named from each advertiser&apos;s list.</source>
        <translation>Les segments appartiennent à des annonceurs différents&#xa0;: seuls les marques et centres d’intérêt qu’ils portent sont listés, les marques nommées d’après la liste de chaque annonceur.</translation>
    </message>
    <message>
        <source>The segments target different countries: only the brands and interests they carry are listed, the brands named from each country&apos;s list.</source>
        <translation>Les segments ciblent des pays différents&#xa0;: seuls les marques et centres d’intérêt qu’ils portent sont listés, les marques nommées d’après la liste de chaque pays.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>This id is not in the Google product taxonomy; it is shown by its id.</source>
        <translation>Cet ID ne figure pas dans la taxonomie des produits Google&#xa0;; il est affiché par son ID.</translation>
    </message>
    <message>
        <source>%1 (some segments)</source>
        <translation>%1 (certains segments)</translation>
    </message>
    <message>
        <source>No brand ticked.</source>
        <translation>Aucune marque cochée.</translation>
    </message>
    <message>
        <source>No interest ticked.</source>
        <translation>Aucun centre d’intérêt coché.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of ticked items</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n brands ticked: %1</source>
        <translation>
            <numerusform>%n marque cochée&#xa0;: %1</numerusform>
            <numerusform>%n marques cochées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interests ticked: %1</source>
        <translation>
            <numerusform>%n centre d’intérêt coché&#xa0;: %1</numerusform>
            <numerusform>%n centres d’intérêt cochés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add interest “%1”</source>
        <translation>Ajouter le centre d’intérêt «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove interest “%1”</source>
        <translation>Retirer le centre d’intérêt «&#xa0;%1&#xa0;»</translation>
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
    <name>LifecycleCommands</name>
    <message>
        <source>%1: no such segment in the working set.</source>
        <translation>%1&#xa0;: ce segment n&apos;est pas dans le jeu de travail.</translation>
    </message>
    <message>
        <source>Adds a new segment to a working set; “segmentctl push” creates it on Criteo. Its temporary id (new-1, new-2…) is printed; the server&apos;s id replaces it when it is created. Settings the options do not cover are edited in the file (jq) like any other edit.</source>
        <translation>Ajoute un nouveau segment à un jeu de travail&#xa0;; «&#xa0;segmentctl push&#xa0;» le crée chez Criteo. Son ID temporaire (new-1, new-2…) est affiché&#xa0;; l&apos;ID du serveur le remplace à la création. Les réglages que les options ne couvrent pas se modifient dans le fichier (jq) comme toute autre modification.</translation>
    </message>
    <message>
        <source>The working set.</source>
        <translation>Ensemble de travail.</translation>
    </message>
    <message>
        <source>The advertiser it belongs to.</source>
        <translation>L&apos;annonceur auquel il appartient.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>InMarket, Location, Prospecting, Retargeting or Lookalike.</source>
        <translation>InMarket, Location, Prospecting, Retargeting ou Lookalike.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Its name, unique within the advertiser.</source>
        <translation>Son nom, unique pour l&apos;annonceur.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Its description.</source>
        <translation>Sa description.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>InMarket: the country (two letters).</source>
        <translation>InMarket&#xa0;: le pays (deux lettres).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Location: the points of interest, read like “segmentctl pois” reads them (“-”: standard input).</source>
        <translation>Location&#xa0;: les points d&apos;intérêt, lus comme les lit «&#xa0;segmentctl pois&#xa0;» («&#xa0;-&#xa0;»&#xa0;: entrée standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Location: the radius in km (default 5).</source>
        <translation>Location&#xa0;: le rayon en km (5 par défaut).</translation>
    </message>
    <message>
        <source>KM</source>
        <translation>KM</translation>
    </message>
    <message>
        <source>Lookalike: the segment it looks like.</source>
        <translation>Lookalike&#xa0;: le segment auquel il ressemble.</translation>
    </message>
    <message>
        <source>Print {&quot;id&quot;: …} instead of the id alone.</source>
        <translation>Afficher {&quot;id&quot;: …} au lieu de l&apos;ID seul.</translation>
    </message>
    <message>
        <source>Name the working set: segmentctl new FILE …</source>
        <translation>Nommez le jeu de travail&#xa0;: segmentctl new FILE …</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--type must be InMarket, Location, Prospecting, Retargeting or Lookalike.</source>
        <translation>--type doit être InMarket, Location, Prospecting, Retargeting ou Lookalike.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was added: fix the points of interest first.</source>
        <translation>Rien n&apos;a été ajouté&#xa0;: corrigez d&apos;abord les points d&apos;intérêt.</translation>
    </message>
    <message>
        <source>This segment cannot be created.</source>
        <translation>Ce segment ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1: to fill in before pushing: %2</source>
        <translation>%1&#xa0;: à remplir avant l&apos;envoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>Adds a copy of each segment (its edited version) under a unique name, “… (copy)”; “segmentctl push” creates the copies. Prints one line per copy: the segment&apos;s id and the copy&apos;s temporary id, tab-separated.</source>
        <translation>Ajoute une copie de chaque segment (sa version modifiée) sous un nom unique, «&#xa0;… (copie)&#xa0;»&#xa0;; «&#xa0;segmentctl push&#xa0;» crée les copies. Affiche une ligne par copie&#xa0;: l&apos;ID du segment et l&apos;ID temporaire de la copie, séparés par une tabulation.</translation>
    </message>
    <message>
        <source>The segments to copy.</source>
        <translation>Les segments à copier.</translation>
    </message>
    <message>
        <source>Print [{&quot;from&quot;: …, &quot;id&quot;: …, &quot;name&quot;: …}].</source>
        <translation>Afficher [{&quot;from&quot;: …, &quot;id&quot;: …, &quot;name&quot;: …}].</translation>
    </message>
    <message>
        <source>Name the working set and the segments: segmentctl duplicate FILE ID...</source>
        <translation>Nommez le jeu de travail et les segments&#xa0;: segmentctl duplicate FILE ID...</translation>
    </message>
    <message>
        <source>%1: segments of this type cannot be duplicated.</source>
        <translation>%1&#xa0;: les segments de ce type ne peuvent pas être dupliqués.</translation>
    </message>
    <message>
        <source>Marks segments for deletion: “segmentctl push” deletes them on Criteo, and they leave the working set when the server confirms. A new segment never pushed is removed at once. --keep takes the mark away.</source>
        <translation>Marque des segments pour suppression&#xa0;: «&#xa0;segmentctl push&#xa0;» les supprime chez Criteo, et ils quittent le jeu de travail quand le serveur le confirme. Un nouveau segment jamais envoyé est retiré aussitôt. --keep enlève la marque.</translation>
    </message>
    <message>
        <source>The segments.</source>
        <translation>Les segments.</translation>
    </message>
    <message>
        <source>Keep the segments after all: take the mark away.</source>
        <translation>Garder les segments finalement&#xa0;: enlever la marque.</translation>
    </message>
    <message>
        <source>Print {&quot;marked&quot;: N} (or &quot;kept&quot;) for scripts.</source>
        <translation>Afficher {&quot;marked&quot;: N} (ou &quot;kept&quot;) pour les scripts.</translation>
    </message>
    <message>
        <source>Name the working set and the segments: segmentctl delete FILE ID...</source>
        <translation>Nommez le jeu de travail et les segments&#xa0;: segmentctl delete FILE ID...</translation>
    </message>
    <message>
        <source>Marked for deletion: %1; the next push deletes them.</source>
        <translation>Marqués pour suppression&#xa0;: %1&#xa0;; le prochain envoi les supprime.</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Gardés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>LoadDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Load segments</source>
        <translation>Charger des segments</translation>
    </message>
    <message>
        <source>Advertisers</source>
        <translation>Annonceurs</translation>
    </message>
    <message>
        <source>Segment types</source>
        <translation>Types de segments</translation>
    </message>
    <message>
        <source>&amp;Advertisers:</source>
        <translation>&amp;Annonceurs&#xa0;:</translation>
    </message>
    <message>
        <source>Segment &amp;types:</source>
        <translation>&amp;Types de segments&#xa0;:</translation>
    </message>
    <message>
        <source>None checked: every type.</source>
        <translation>Aucun type coché&#xa0;: tous les types.</translation>
    </message>
    <message>
        <source>Asking the API which advertisers you can use…</source>
        <translation>Demande à l&apos;API des annonceurs accessibles…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>advertiser name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These credentials reach no advertiser. Ask your Criteo contact to grant the application access to one.</source>
        <translation>Ces identifiants ne donnent accès à aucun annonceur. Demandez à votre contact Criteo d&apos;accorder à l&apos;application l&apos;accès à un annonceur.</translation>
    </message>
    <message>
        <source>Check the advertisers whose segments you want to edit.</source>
        <translation>Cochez les annonceurs dont vous souhaitez modifier les segments.</translation>
    </message>
    <message>
        <source>Select a&amp;ll advertisers</source>
        <translation>Sélectionner tous &amp;les annonceurs</translation>
    </message>
</context>
<context>
    <name>LocationForm</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Paste points…</source>
        <translation>&amp;Coller des points…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Location settings</source>
        <translation>Paramètres de localisation</translation>
    </message>
    <message>
        <source>Radius in kilometres</source>
        <translation>Rayon en kilomètres</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>One radius applies to all points.</source>
        <translation>Un même rayon s&apos;applique à tous les points.</translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation>&amp;Rayon&#xa0;:</translation>
    </message>
    <message>
        <source>Add a point of interest at the end of the list</source>
        <translation>Ajouter un point d&apos;intérêt en fin de liste</translation>
    </message>
    <message>
        <source>Remove the selected points (Delete)</source>
        <translation>Supprimer les points sélectionnés (Delete)</translation>
    </message>
    <message>
        <source>Add a copy of each selected point</source>
        <translation>Ajouter une copie de chaque point sélectionné</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Trier</translation>
    </message>
    <message>
        <source>Sort the table (the list sent is a set: its order does not matter)</source>
        <translation>Trier le tableau (la liste envoyée est un ensemble&#xa0;: l&apos;ordre n&apos;a pas d&apos;importance)</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>Par &amp;nom</translation>
    </message>
    <message>
        <source>By &amp;latitude</source>
        <translation>Par &amp;latitude</translation>
    </message>
    <message>
        <source>By l&amp;ongitude</source>
        <translation>Par l&amp;ongitude</translation>
    </message>
    <message>
        <source>In list o&amp;rder</source>
        <translation>Dans l&apos;o&amp;rdre de la liste</translation>
    </message>
    <message>
        <source>Read points from the clipboard (rows copied from a spreadsheet or text) and review them before they are added</source>
        <translation>Lire des points dans le presse-papiers (lignes copiées depuis un tableur ou du texte) et les vérifier avant de les ajouter</translation>
    </message>
    <message>
        <source>Read points from a CSV or text file and review them before they are added</source>
        <translation>Lire des points dans un fichier CSV ou texte et les vérifier avant de les ajouter</translation>
    </message>
    <message>
        <source>Points of interest</source>
        <translation>Points d&apos;intérêt</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Remove selected points</source>
        <translation>Supprimer les points sélectionnés</translation>
    </message>
    <message>
        <source>Duplicate selected points</source>
        <translation>Dupliquer les points sélectionnés</translation>
    </message>
    <message>
        <source>Paste points…</source>
        <translation>Coller des points…</translation>
    </message>
    <message>
        <source>P&amp;oints of interest:</source>
        <translation>P&amp;oints d&apos;intérêt&#xa0;:</translation>
    </message>
    <message>
        <source>Map preview (to scale):</source>
        <translation>Aperçu cartographique (à l&apos;échelle)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected segments have different points of interest. Select one segment to edit its list; points pasted or imported here are added to every list, or replace them all.</source>
        <translation>
            <numerusform>Le %n segment sélectionné a des points d&apos;intérêt différents. Sélectionnez un seul segment pour modifier sa liste&#xa0;; les points collés ou importés ici sont ajoutés à chaque liste, ou les remplacent toutes.</numerusform>
            <numerusform>Les %n segments sélectionnés ont des points d&apos;intérêt différents. Sélectionnez un seul segment pour modifier sa liste&#xa0;; les points collés ou importés ici sont ajoutés à chaque liste, ou les remplacent toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 point, the same in every selected segment</source>
        <translation>1 point, identique dans tous les segments sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>%n points, the same in every selected segment</source>
        <translation>
            <numerusform>%n point, identique dans tous les segments sélectionnés</numerusform>
            <numerusform>%n points, identiques dans tous les segments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>New point %1</source>
        <translation>Nouveau point %1</translation>
    </message>
    <message>
        <source>Point %1 (copy)</source>
        <translation>Point %1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read points from. Copy rows from a spreadsheet or a list of coordinates first.</source>
        <translation>Le presse-papiers ne contient aucun texte à partir duquel lire des points. Copiez d&apos;abord des lignes d&apos;un tableur ou une liste de coordonnées.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>Import Points of Interest</source>
        <translation>Importer des points d&apos;intérêt</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add point “%1” to %2</source>
        <translation>Ajouter le point «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>Remove point “%1” from %2</source>
        <translation>Retirer le point «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n points from %1</source>
        <translation>
            <numerusform>Retirer %n point de %1</numerusform>
            <numerusform>Retirer %n points de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate point “%1” in %2</source>
        <translation>Dupliquer le point «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n points in %1</source>
        <translation>
            <numerusform>Dupliquer %n point dans %1</numerusform>
            <numerusform>Dupliquer %n points dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n points from “%1” into %2</source>
        <translation>
            <numerusform>Importer %n point de «&#xa0;%1&#xa0;» dans %2</numerusform>
            <numerusform>Importer %n points de «&#xa0;%1&#xa0;» dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the points of %1 with %n pasted points</source>
        <translation>
            <numerusform>Remplacer les points de %1 par %n point collé</numerusform>
            <numerusform>Remplacer les points de %1 par %n points collés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n points into %1</source>
        <translation>
            <numerusform>Coller %n point dans %1</numerusform>
            <numerusform>Coller %n points dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookalikeForm</name>
    <message>
        <source>Lookalike settings</source>
        <translation>Paramètres lookalike</translation>
    </message>
    <message>
        <source>Target size</source>
        <translation>Taille cible</translation>
    </message>
    <message>
        <source>How many users the lookalike segment should reach</source>
        <translation>Nombre d&apos;utilisateurs que le segment similaire doit atteindre</translation>
    </message>
    <message>
        <source>&amp;Target size (users):</source>
        <translation>&amp;Taille cible (utilisateurs)&#xa0;:</translation>
    </message>
    <message>
        <source>Seed segment</source>
        <translation>Segment source</translation>
    </message>
    <message>
        <source>The seed is fixed when a lookalike segment is created</source>
        <translation>Le segment source est fixé à la création d&apos;un segment similaire</translation>
    </message>
    <message>
        <source>&amp;Seed segment:</source>
        <translation>&amp;Segment source&#xa0;:</translation>
    </message>
    <message>
        <source>Segment %1 (not loaded)</source>
        <translation>Segment %1 (non chargé)</translation>
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
        <translation>La réponse du serveur est illisible&#xa0;: «&#xa0;data&#xa0;» n&apos;est pas une liste.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working sets (*.json);;All files (*)</source>
        <translation>Ensembles de travail (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connect to the Criteo API with your client id and secret</source>
        <translation>Se connecter à l&apos;API Criteo avec votre ID client et votre secret client</translation>
    </message>
    <message>
        <source>&amp;Load Segments…</source>
        <translation>&amp;Charger des segments…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Load the segments of one or more advertisers (Ctrl+L)</source>
        <translation>Charger les segments d&apos;un ou de plusieurs annonceurs (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Reload Selected</source>
        <translation>&amp;Recharger la sélection</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the selected segments from the server again; your edits are kept (F5)</source>
        <translation>Relire les segments sélectionnés sur le serveur&#xa0;; vos modifications sont conservées (F5)</translation>
    </message>
    <message>
        <source>&amp;Open Working Set…</source>
        <translation>&amp;Ouvrir un ensemble de travail…</translation>
    </message>
    <message>
        <source>&amp;Save Working Set</source>
        <translation>&amp;Enregistrer l&apos;ensemble de travail</translation>
    </message>
    <message>
        <source>Save Working Set &amp;As…</source>
        <translation>Enregistrer l&apos;ensemble de travail &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Re&amp;vert Selected Segments</source>
        <translation>Res&amp;taurer les segments sélectionnés</translation>
    </message>
    <message>
        <source>Return the selected segments to the server&apos;s version (Ctrl+Shift+R; undoable)</source>
        <translation>Remettre les segments sélectionnés à la version du serveur (Ctrl+Shift+R&#xa0;; peut être annulé)</translation>
    </message>
    <message>
        <source>E&amp;xclude From Send</source>
        <translation>E&amp;xclure de l&apos;envoi</translation>
    </message>
    <message>
        <source>Leave the selected segments out of the next send, or take them back in</source>
        <translation>Exclure les segments sélectionnés du prochain envoi, ou les y inclure à nouveau</translation>
    </message>
    <message>
        <source>Keep &amp;My Values</source>
        <translation>Conserver &amp;mes valeurs</translation>
    </message>
    <message>
        <source>For the selected segments in conflict: your values stay and will overwrite the server&apos;s on the next send</source>
        <translation>Pour les segments sélectionnés en conflit&#xa0;: vos valeurs sont conservées et remplaceront celles du serveur au prochain envoi</translation>
    </message>
    <message>
        <source>Take the Server&apos;s &amp;Values</source>
        <translation>Prendre les &amp;valeurs du serveur</translation>
    </message>
    <message>
        <source>For the selected segments in conflict: the server&apos;s values replace yours in the fields both changed</source>
        <translation>Pour les segments sélectionnés en conflit&#xa0;: les valeurs du serveur remplacent les vôtres dans les champs modifiés des deux côtés</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>C&amp;heck Changes</source>
        <translation>&amp;Vérifier les modifications</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check every change before sending (F7)</source>
        <translation>Vérifier toutes les modifications avant l&apos;envoi (F7)</translation>
    </message>
    <message>
        <source>&amp;Preview Send…</source>
        <translation>&amp;Aperçu de l&apos;envoi…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>See exactly what would be sent, and leave segments out (Ctrl+Shift+P)</source>
        <translation>Voir exactement ce qui serait envoyé et exclure des segments (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Send Changes</source>
        <translation>&amp;Envoyer les modifications</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send every valid change to Criteo (Ctrl+Return)</source>
        <translation>Envoyer toutes les modifications valides à Criteo (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>&amp;Renvoyer les échecs</translation>
    </message>
    <message>
        <source>Send again only the segments that failed or were not sent (Ctrl+Shift+Return)</source>
        <translation>Renvoyer uniquement les segments en échec ou non envoyés (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop loading or sending; what is under way finishes first</source>
        <translation>Arrêter le chargement ou l&apos;envoi&#xa0;; les opérations en cours se terminent d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>P&amp;revious Problem</source>
        <translation>Problème &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;About Segment Editor</source>
        <translation>À &amp;propos de Segment Editor</translation>
    </message>
    <message>
        <source>About Segment Editor</source>
        <translation>À propos de Segment Editor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segment Editor %1&lt;/h3&gt;&lt;p&gt;Edit Criteo audience segments offline and send every change in one bulk update.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segment Editor %1&lt;/h3&gt;&lt;p&gt;Modifiez vos segments d&apos;audience Criteo hors connexion et envoyez toutes les modifications en une seule mise à jour groupée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segments</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>&amp;Open a working set…</source>
        <translation>&amp;Ouvrir un ensemble de travail…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>As loaded</source>
        <translation>Tel que chargé</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Connected: %1. Load segments to start.</source>
        <translation>Connecté&#xa0;: %1. Chargez des segments pour commencer.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Segments loaded: %1.</source>
        <translation>Segments chargés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Loading stopped: %1 %2</source>
        <translation>Chargement interrompu&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Loading cancelled. %1</source>
        <translation>Chargement annulé. %1</translation>
    </message>
    <message>
        <source>Reloaded from the server: %1. Your edits are kept.</source>
        <translation>Rechargés depuis le serveur&#xa0;: %1. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Not found on the server any more: %1.</source>
        <translation>Plus présents sur le serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reloading stopped: %1 %2</source>
        <translation>Rechargement interrompu&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Opening a working set replaces the segments shown.</source>
        <translation>L&apos;ouverture d&apos;un ensemble de travail remplace les segments affichés.</translation>
    </message>
    <message>
        <source>Open Working Set</source>
        <translation>Ouvrir un ensemble de travail</translation>
    </message>
    <message>
        <source>Loading replaces the segments shown.</source>
        <translation>Le chargement remplace les segments affichés.</translation>
    </message>
    <message>
        <source>Loading could not start: another operation is under way.</source>
        <translation>Impossible de lancer le chargement&#xa0;: une autre opération est en cours.</translation>
    </message>
    <message>
        <source>Loading segments…</source>
        <translation>Chargement des segments…</translation>
    </message>
    <message>
        <source>Reloading segments: %1…</source>
        <translation>Rechargement des segments&#xa0;: %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>advertiser name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opened %1 (segments: %2, with changes: %3).</source>
        <translation>%1 ouvert (segments&#xa0;: %2, dont modifiés&#xa0;: %3).</translation>
    </message>
    <message>
        <source>It was loaded from %1 (API %2); you are connected to %3 (API %4).</source>
        <translation>Il a été chargé depuis %1 (API %2)&#xa0;; vous êtes connecté à %3 (API %4).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Save Working Set</source>
        <translation>Enregistrer l&apos;ensemble de travail</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are neither saved nor sent.</source>
        <translation>Vous avez des modifications qui ne sont ni enregistrées ni envoyées.</translation>
    </message>
    <message>
        <source>Save them in a working set first?</source>
        <translation>Les enregistrer d&apos;abord dans un ensemble de travail&#xa0;?</translation>
    </message>
    <message>
        <source>A send is under way. Cancel it and wait for the requests in flight before closing, so that every segment ends in a known state.</source>
        <translation>Un envoi est en cours. Annulez-le et attendez la fin des requêtes en cours avant de fermer, afin que chaque segment se termine dans un état connu.</translation>
    </message>
    <message>
        <source>Closing the window loses them.</source>
        <translation>Si vous fermez la fenêtre, elles seront perdues.</translation>
    </message>
    <message>
        <source>Nothing to check: no segment has a change.</source>
        <translation>Rien à vérifier&#xa0;: aucun segment n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Check passed: every changed segment (%1) is ready to send.</source>
        <translation>Vérification réussie&#xa0;: tous les segments modifiés (%1) sont prêts à être envoyés.</translation>
    </message>
    <message>
        <source>Invalid: %1 of %2 changed segments. They will not be sent until fixed (or excluded). Press F8 for the next one.</source>
        <translation>Non valides&#xa0;: %1 segments modifiés sur %2. Ils ne seront pas envoyés tant qu&apos;ils ne seront pas corrigés (ou exclus). Appuyez sur F8 pour passer au suivant.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <source>The filter hides every row with a problem.</source>
        <translation>Le filtre masque toutes les lignes qui ont un problème.</translation>
    </message>
    <message>
        <source>Not connected: connect to Criteo before sending.</source>
        <translation>Non connecté&#xa0;: connectez-vous à Criteo avant d&apos;envoyer.</translation>
    </message>
    <message>
        <source>Nothing can be sent: every changed segment is invalid (%1). Fix them first (F8 goes to the next one).</source>
        <translation>Aucun envoi possible&#xa0;: tous les segments modifiés sont non valides (%1). Corrigez-les d&apos;abord (F8 passe au suivant).</translation>
    </message>
    <message>
        <source>Nothing to send: no segment has a change to send.</source>
        <translation>Rien à envoyer&#xa0;: aucun segment n&apos;a de modification à envoyer.</translation>
    </message>
    <message>
        <source>Nothing to retry: no segment failed.</source>
        <translation>Rien à renvoyer&#xa0;: aucun segment n&apos;est en échec.</translation>
    </message>
    <message>
        <source>Nothing to retry yet: the segments that failed are invalid or excluded. Fix them first.</source>
        <translation>Rien à renvoyer pour l&apos;instant&#xa0;: les segments en échec sont non valides ou exclus. Corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>The send could not start: another operation is under way.</source>
        <translation>Impossible de lancer l&apos;envoi&#xa0;: une autre opération est en cours.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s copies…</source>
        <translation>Vérification des versions du serveur…</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s copies could not be checked. %1</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: impossible de vérifier les versions du serveur. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s copies changed since you loaded them, in fields you changed too (segments: %1). Choose Keep My Values or Take the Server&apos;s Values for each, then send again.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: les versions du serveur ont changé depuis leur chargement, dans des champs que vous avez aussi modifiés (segments&#xa0;: %1). Choisissez Conserver mes valeurs ou Prendre les valeurs du serveur pour chacun, puis renvoyez.</translation>
    </message>
    <message>
        <source>Nothing to send: the server already has these values.</source>
        <translation>Rien à envoyer&#xa0;: le serveur a déjà ces valeurs.</translation>
    </message>
    <message>
        <source>Retrying segments: %1…</source>
        <translation>Nouvel envoi des segments&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Sending changes: %1…</source>
        <translation>Envoi des modifications&#xa0;: %1…</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>%1 avec avertissements</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 non envoyé(s)</translation>
    </message>
    <message>
        <source>Send cancelled: %1.</source>
        <translation>Envoi annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Send finished: %1.</source>
        <translation>Envoi terminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not sent because the server&apos;s copies changed in fields you changed too: %1. Choose Keep My Values or Take the Server&apos;s Values for each, then send again.</source>
        <translation>Non envoyés, car les versions du serveur ont changé dans des champs que vous avez aussi modifiés&#xa0;: %1. Choisissez Conserver mes valeurs ou Prendre les valeurs du serveur pour chacun, puis renvoyez.</translation>
    </message>
    <message>
        <source>Problems about the whole send: %1.</source>
        <translation>Problèmes concernant tout l&apos;envoi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Renvoyer les échecs</translation>
    </message>
    <message>
        <source>Cancelling: requests under way finish first…</source>
        <translation>Annulation&#xa0;: les requêtes en cours se terminent d&apos;abord…</translation>
    </message>
    <message>
        <source>Reverted: %1.</source>
        <translation>Modifications abandonnées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing to revert.</source>
        <translation>Aucune modification à abandonner.</translation>
    </message>
    <message>
        <source>Conflicts resolved: %1.</source>
        <translation>Conflits résolus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No selected segment is in conflict.</source>
        <translation>Aucun segment sélectionné n&apos;est en conflit.</translation>
    </message>
    <message>
        <source>%1 loaded · %2 modified · %3 invalid · %4 failed · %5 warned</source>
        <translation>Chargés&#xa0;: %1 · Modifiés&#xa0;: %2 · Non valides&#xa0;: %3 · Échecs&#xa0;: %4 · Avertissements&#xa0;: %5</translation>
    </message>
    <message>
        <source> · %1 not sent</source>
        <translation> · Non envoyés&#xa0;: %1</translation>
    </message>
    <message>
        <source> · %1 unknown</source>
        <translation> · Inconnus&#xa0;: %1</translation>
    </message>
    <message>
        <source> · %1 in conflict</source>
        <translation> · En conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source> · %1 excluded</source>
        <translation> · Exclus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors connexion</translation>
    </message>
    <message>
        <source>Not connected: working sets can be opened, edited and saved.</source>
        <translation>Non connecté&#xa0;: les ensembles de travail peuvent être ouverts, modifiés et enregistrés.</translation>
    </message>
    <message>
        <source>Connected to %1.
Load segments to start, or open a working set.</source>
        <translation>Connecté&#xa0;: %1.
Chargez des segments pour commencer, ou ouvrez un ensemble de travail.</translation>
    </message>
    <message>
        <source>&amp;Load segments…</source>
        <translation>&amp;Charger des segments…</translation>
    </message>
    <message>
        <source>Connect and load segments, or open a working set.</source>
        <translation>Connectez-vous et chargez des segments, ou ouvrez un ensemble de travail.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — Segment Editor</source>
        <translation>%1[*] — Segment Editor</translation>
    </message>
    <message>
        <source>Reconcile &amp;Unknown Segments</source>
        <translation>Rapprocher les segments &amp;inconnus</translation>
    </message>
    <message>
        <source>Read the segments whose send answer was lost from the server, and see whether your change is there</source>
        <translation>Relire sur le serveur les segments dont la réponse à l&apos;envoi a été perdue, et vérifier si votre modification y figure</translation>
    </message>
    <message>
        <source>Connected: %1. Whether Criteo applied the last send of %2 segments is unknown: reconcile them before sending again.</source>
        <translation>Connecté&#xa0;: %1. Impossible de savoir si Criteo a appliqué le dernier envoi de %2 segments&#xa0;: rapprochez-les avant de les renvoyer.</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Connecté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not open %1: %2 The file was left as it is.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2 Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Nothing was sent: the server no longer has segments %1.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: les segments %1 ne sont plus sur le serveur.</translation>
    </message>
    <message>
        <source>Nothing was sent: the server already had your changes of segments %1, whose answer was lost before. They are updated.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: le serveur avait déjà vos modifications des segments %1, dont la réponse avait été perdue. Ces segments sont mis à jour.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 Free some disk space, or save your work in a working set, and send again.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: %1 Libérez de l&apos;espace disque ou enregistrez votre travail dans un ensemble de travail, puis renvoyez.</translation>
    </message>
    <message>
        <source>%1 unknown (reconcile them before sending again)</source>
        <translation>%1 inconnu(s) (à rapprocher avant tout nouvel envoi)</translation>
    </message>
    <message>
        <source>Already on the server, from a send whose answer was lost: %1.</source>
        <translation>Déjà appliqués sur le serveur lors d&apos;un envoi dont la réponse avait été perdue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No longer on the server: %1.</source>
        <translation>Plus présents sur le serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your work is not autosaved in this window: %1 Save it in a working set from time to time.</source>
        <translation>Votre travail n&apos;est pas sauvegardé automatiquement dans cette fenêtre&#xa0;: %1 Enregistrez-le régulièrement dans un ensemble de travail.</translation>
    </message>
    <message>
        <source>The autosave %1 can be neither read nor moved aside: %2 It is left as it is, and this window does not autosave: save your work in a working set.</source>
        <translation>La sauvegarde automatique %1 ne peut être ni lue ni mise de côté&#xa0;: %2 Elle est laissée telle quelle et cette fenêtre ne fait pas de sauvegarde automatique&#xa0;: enregistrez votre travail dans un ensemble de travail.</translation>
    </message>
    <message>
        <source>Autosave failed: %1 Save your work in a working set to be safe.</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: %1 Par précaution, enregistrez votre travail dans un ensemble de travail.</translation>
    </message>
    <message>
        <source>The autosave of the last session could not be read: %1 It is kept as %2; nothing was written over it.</source>
        <translation>Impossible de lire la sauvegarde automatique de la dernière session&#xa0;: %1 Elle est conservée sous %2&#xa0;; rien n&apos;a été écrit par-dessus.</translation>
    </message>
    <message>
        <source>The send journal of the last session could not be read: %1 It is kept as %2. Reload the segments you sent last before sending them again.</source>
        <translation>Impossible de lire le journal d&apos;envoi de la dernière session&#xa0;: %1 Il est conservé sous %2. Rechargez les derniers segments envoyés avant de les renvoyer.</translation>
    </message>
    <message>
        <source>A send was under way when Segment Editor stopped, and there is no autosave to restore: whether Criteo applied the changes of segments %1 is unknown. Load them to see what the server holds.</source>
        <translation>Un envoi était en cours lorsque Segment Editor s&apos;est arrêté, et il n&apos;y a aucune sauvegarde automatique à restaurer&#xa0;: impossible de savoir si Criteo a appliqué les modifications des segments %1. Chargez-les pour voir ce que contient le serveur.</translation>
    </message>
    <message>
        <source>The autosave from %1 holds %2 segments, %3 of them with changes.</source>
        <translation>La sauvegarde automatique du %1 contient %2 segments, dont %3 modifiés.</translation>
    </message>
    <message>
        <source>They come from the working set %1.</source>
        <translation>Ils proviennent de l&apos;ensemble de travail %1.</translation>
    </message>
    <message>
        <source>%1 of them were being sent: whether Criteo applied them is unknown until you reconcile them.</source>
        <translation>%1 d&apos;entre eux étaient en cours d&apos;envoi&#xa0;: impossible de savoir si Criteo les a appliqués tant que vous ne les aurez pas rapprochés.</translation>
    </message>
    <message>
        <source>Restore it to go on where you stopped, or discard it.</source>
        <translation>Restaurez-la pour reprendre là où vous vous êtes arrêté, ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Restore Your Work</source>
        <translation>Restaurer votre travail</translation>
    </message>
    <message>
        <source>Segment Editor stopped before your work was saved or sent.</source>
        <translation>Segment Editor s&apos;est arrêté avant que votre travail soit enregistré ou envoyé.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Restored %1 segments (%2 with changes) from the autosave of %3.</source>
        <translation>%1 segments restaurés (dont %2 modifiés) depuis la sauvegarde automatique du %3.</translation>
    </message>
    <message>
        <source>%1 segments were being sent when Segment Editor stopped: whether Criteo applied them is unknown. Reconcile them before sending again.</source>
        <translation>%1 segments étaient en cours d&apos;envoi lorsque Segment Editor s&apos;est arrêté&#xa0;: impossible de savoir si Criteo les a appliqués. Rapprochez-les avant de les renvoyer.</translation>
    </message>
    <message>
        <source>The work of the last session was discarded.</source>
        <translation>Le travail de la dernière session a été abandonné.</translation>
    </message>
    <message>
        <source>Nothing to reconcile: every send has its answer.</source>
        <translation>Rien à rapprocher&#xa0;: tous les envois ont reçu leur réponse.</translation>
    </message>
    <message>
        <source>Connect to Criteo to reconcile the %1 unknown segments.</source>
        <translation>Connectez-vous à Criteo pour rapprocher les %1 segments inconnus.</translation>
    </message>
    <message>
        <source>Reconciling could not start: another operation is under way.</source>
        <translation>Impossible de lancer le rapprochement&#xa0;: une autre opération est en cours.</translation>
    </message>
    <message>
        <source>Reconciling segments: %1…</source>
        <translation>Rapprochement des segments&#xa0;: %1…</translation>
    </message>
    <message>
        <source>%1 applied, now updated</source>
        <translation>%1 appliqué(s), désormais à jour</translation>
    </message>
    <message>
        <source>%1 not applied, to send again</source>
        <translation>%1 non appliqué(s), à renvoyer</translation>
    </message>
    <message>
        <source>%1 no longer on the server</source>
        <translation>%1 plus présent(s) sur le serveur</translation>
    </message>
    <message>
        <source>Reconciled: %1.</source>
        <translation>Rapprochement terminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Changed on the server in fields you changed too: %1. Choose Keep My Values or Take the Server&apos;s Values for each.</source>
        <translation>Modifiés sur le serveur dans des champs que vous avez aussi modifiés&#xa0;: %1. Choisissez Conserver mes valeurs ou Prendre les valeurs du serveur pour chacun.</translation>
    </message>
    <message>
        <source>Reconciling stopped: %1 Still unknown: %2.</source>
        <translation>Rapprochement interrompu&#xa0;: %1 Toujours inconnus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Find and Re&amp;place…</source>
        <translation>Rechercher et rem&amp;placer…</translation>
    </message>
    <message>
        <source>Find and replace text in the names and descriptions of the selected segments or of all of them (Ctrl+H)</source>
        <translation>Rechercher et remplacer du texte dans les noms et descriptions des segments sélectionnés ou de tous les segments (Ctrl+H)</translation>
    </message>
    <message>
        <source>%1 The send stops after the requests under way; what was not sent keeps its edit.</source>
        <translation>%1 L&apos;envoi s&apos;arrête après les requêtes en cours&#xa0;; ce qui n&apos;a pas été envoyé garde sa modification.</translation>
    </message>
    <message>
        <source>Send cancelled; nothing was sent.</source>
        <translation>Envoi annulé&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 The send stopped there.</source>
        <translation>%1 L&apos;envoi s&apos;est arrêté là.</translation>
    </message>
    <message>
        <source>What was not sent keeps its edit: Retry Failed sends it.</source>
        <translation>Ce qui n&apos;a pas été envoyé garde sa modification&#xa0;: «&#xa0;Renvoyer les échecs&#xa0;» l&apos;envoie.</translation>
    </message>
    <message>
        <source> · %1 new</source>
        <translation> · %1 nouveaux</translation>
    </message>
    <message>
        <source> · %1 to delete</source>
        <translation> · %1 à supprimer</translation>
    </message>
    <message>
        <source>&amp;New Segment…</source>
        <translation>&amp;Nouveau segment…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Add a segment, created on Criteo by the next send (Ctrl+N; undoable)</source>
        <translation>Ajouter un segment, créé chez Criteo par le prochain envoi (Ctrl+N&#xa0;; annulable)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the selected segments under new names; the copies are created by the next send (Ctrl+D; undoable)</source>
        <translation>Copier les segments sélectionnés sous de nouveaux noms&#xa0;; les copies sont créées par le prochain envoi (Ctrl+D&#xa0;; annulable)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Mark the selected segments for deletion by the next send, or keep them after all (Delete; undoable)</source>
        <translation>Marquer les segments sélectionnés pour suppression par le prochain envoi, ou les garder finalement (Suppr&#xa0;; annulable)</translation>
    </message>
    <message>
        <source>Load or open segments first: a new segment belongs to one of their advertisers.</source>
        <translation>Chargez ou ouvrez d&apos;abord des segments&#xa0;: un nouveau segment appartient à l&apos;un de leurs annonceurs.</translation>
    </message>
    <message>
        <source>New segment added: fill in its settings, then send to create it on Criteo.</source>
        <translation>Nouveau segment ajouté&#xa0;: remplissez ses réglages, puis envoyez pour le créer chez Criteo.</translation>
    </message>
    <message>
        <source>These segments cannot be duplicated: contact lists and behavioral segments are not created here.</source>
        <translation>Ces segments ne peuvent pas être dupliqués&#xa0;: les listes de contacts et les segments comportementaux ne sont pas créés ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n copies added: they are created on Criteo by the next send.</source>
        <translation>
            <numerusform>%n copie ajoutée&#xa0;: elle est créée chez Criteo par le prochain envoi.</numerusform>
            <numerusform>%n copies ajoutées&#xa0;: elles sont créées chez Criteo par le prochain envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments marked for deletion: the next send deletes them from Criteo. Undo keeps them.</source>
        <translation>
            <numerusform>%n segment marqué pour suppression&#xa0;: le prochain envoi le supprime chez Criteo. Annuler le garde.</numerusform>
            <numerusform>%n segments marqués pour suppression&#xa0;: le prochain envoi les supprime chez Criteo. Annuler les garde.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep (Do Not Delete)</source>
        <translation>&amp;Garder (ne pas supprimer)</translation>
    </message>
    <message>
        <source>Nothing was sent: segments %1 were already deleted on the server. They are gone from the table.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: les segments %1 étaient déjà supprimés sur le serveur. Ils ont quitté le tableau.</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 créés</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 supprimés</translation>
    </message>
    <message>
        <source>Already deleted on the server: %1.</source>
        <translation>Déjà supprimés sur le serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the MIT licence: you may use, copy, change and share it, without any warranty. Show Details… gives the full text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Logiciel libre sous licence MIT&#xa0;: vous pouvez l&apos;utiliser, le copier, le modifier et le partager, sans aucune garantie. «&#xa0;Montrer les détails…&#xa0;» en donne le texte complet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking which audiences use the segments…</source>
        <translation>Recherche des audiences qui utilisent les segments…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>En attente de votre réponse…</translation>
    </message>
    <message>
        <source>Nothing was sent. Your changes are kept: keep the segments in use, or send when their audiences no longer need them.</source>
        <translation>Rien n’a été envoyé. Vos modifications sont conservées&#xa0;: gardez les segments utilisés, ou envoyez quand leurs audiences n’en auront plus besoin.</translation>
    </message>
    <message>
        <source>%1 The send goes on; it is not in the history.</source>
        <translation>%1 L’envoi se poursuit, mais il ne figurera pas dans l’historique.</translation>
    </message>
    <message>
        <source>Send History</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>Copier le &amp;diagnostic</translation>
    </message>
    <message>
        <source>Copy a support report of the selected segment&apos;s last send: trace ids, HTTP status, problems and the JSON sent and answered; no token or secret.</source>
        <translation>Copier un rapport pour le support sur le dernier envoi du segment sélectionné&#xa0;: ID de trace, statut HTTP, problèmes et JSON envoyé et reçu&#xa0;; sans jeton ni secret client.</translation>
    </message>
    <message>
        <source>%1 Sends are not recorded.</source>
        <translation>%1 Les envois ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>No send of segment %1 is in the history.</source>
        <translation>Aucun envoi du segment %1 ne figure dans l’historique.</translation>
    </message>
    <message>
        <source>The support report of segment %1 (send %2) is on the clipboard: paste it into your support ticket.</source>
        <translation>Le rapport pour le support du segment %1 (envoi %2) est dans le presse-papiers&#xa0;: collez-le dans votre demande d’assistance.</translation>
    </message>
    <message>
        <source>Send %1 went to %2: connect to it to undo the send.</source>
        <translation>L’envoi %1 a été fait vers %2&#xa0;: connectez-vous à ce serveur pour annuler l’envoi.</translation>
    </message>
    <message>
        <source>E&amp;xport Sheet…</source>
        <translation>E&amp;xporter une feuille de calcul…</translation>
    </message>
    <message>
        <source>Write the selected segments (or those in view) to a CSV sheet for Excel or LibreOffice</source>
        <translation>Écrire les segments sélectionnés (ou ceux affichés) dans une feuille de calcul CSV pour Excel ou LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Import Sheet or Change Set…</source>
        <translation>&amp;Importer une feuille de calcul ou un lot de modifications…</translation>
    </message>
    <message>
        <source>Read an edited sheet or a colleague&apos;s change set, and review its changes</source>
        <translation>Lire une feuille de calcul modifiée ou le lot de modifications d’un collègue, et en vérifier les modifications</translation>
    </message>
    <message>
        <source>Export &amp;Change Set…</source>
        <translation>Exporter un &amp;lot de modifications…</translation>
    </message>
    <message>
        <source>Write the pending edits (of the selection, or all) to a small file to review or pass on</source>
        <translation>Écrire les modifications non envoyées (de la sélection, ou toutes) dans un petit fichier à relire ou à transmettre</translation>
    </message>
    <message>
        <source>Export Sheet</source>
        <translation>Exporter une feuille de calcul</translation>
    </message>
    <message>
        <source>CSV sheets (*.csv);;All files (*)</source>
        <translation>Feuilles de calcul CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>segments.csv</source>
        <comment>default file name</comment>
        <translation>segments.csv</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 segments to %2.</source>
        <translation>%1 segments exportés vers %2.</translation>
    </message>
    <message>
        <source>Their points of interest are in %1.</source>
        <translation>Leurs points d’intérêt sont dans %1.</translation>
    </message>
    <message>
        <source>Edit the sheet in your spreadsheet (leave a cell empty to keep its value, write [clear] to clear it), save it as CSV and import it.</source>
        <translation>Modifiez la feuille dans votre tableur (laissez une cellule vide pour conserver sa valeur, écrivez [clear] pour l’effacer), enregistrez-la au format CSV et importez-la.</translation>
    </message>
    <message>
        <source>Import Sheet or Change Set</source>
        <translation>Importer une feuille de calcul ou un lot de modifications</translation>
    </message>
    <message>
        <source>Sheets and change sets (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Feuilles de calcul et lots de modifications (*.csv *.tsv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not import %1: %2 Nothing was changed.</source>
        <translation>Impossible d’importer %1&#xa0;: %2 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 changes nothing: every value is the one in the working set.</source>
        <translation>%1&#xa0;: rien à modifier, toutes les valeurs sont déjà celles de l’ensemble de travail.</translation>
    </message>
    <message>
        <source>Imported changes to %1 segments (one step to undo). Check them, then send.</source>
        <translation>Modifications importées pour %1 segments (annulables en une seule étape). Vérifiez-les, puis envoyez-les.</translation>
    </message>
    <message>
        <source>Export Change Set</source>
        <translation>Exporter un lot de modifications</translation>
    </message>
    <message>
        <source>Change sets (*.json);;Change sets as CSV (*.csv)</source>
        <translation>Lots de modifications (*.json);;Lots de modifications au format CSV (*.csv)</translation>
    </message>
    <message>
        <source>changes.json</source>
        <comment>default file name</comment>
        <translation>modifications.json</translation>
    </message>
    <message>
        <source>Exported %1 changed fields to %2: a colleague can import it into their working set and review it.</source>
        <translation>%1 champs modifiés exportés vers %2&#xa0;: un collègue peut importer ce fichier dans son ensemble de travail et le vérifier.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
    <message numerus="yes">
        <source>%n of them need a fix first: the Problems panel says what; then choose Retry Failed.</source>
        <translation>
            <numerusform>%n d’entre eux doit d’abord être corrigé&#xa0;: le panneau Problèmes dit quoi&#xa0;; choisissez ensuite Renvoyer les échecs.</numerusform>
            <numerusform>%n d’entre eux doivent d’abord être corrigés&#xa0;: le panneau Problèmes dit quoi&#xa0;; choisissez ensuite Renvoyer les échecs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was unavailable for %n of them, also when tried again: they need no fix; retry later.</source>
        <translation>
            <numerusform>Le serveur était indisponible pour %n d’entre eux, même au nouvel essai&#xa0;: rien à corriger&#xa0;; réessayez plus tard.</numerusform>
            <numerusform>Le serveur était indisponible pour %n d’entre eux, même au nouvel essai&#xa0;: rien à corriger&#xa0;; réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was unavailable for %n of them: they need no fix; retry later.</source>
        <translation>
            <numerusform>Le serveur était indisponible pour %n d’entre eux&#xa0;: rien à corriger&#xa0;; réessayez plus tard.</numerusform>
            <numerusform>Le serveur était indisponible pour %n d’entre eux&#xa0;: rien à corriger&#xa0;; réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits are kept.</source>
        <translation>Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Prise en main</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>As the &amp;System Says</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claire</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&lt;p&gt;Made with Qt %1 (LGPL 3) and QtKeychain (BSD licence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Réalisé avec Qt %1 (LGPL 3) et QtKeychain (licence BSD).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The names of the in-market interests come from the Google product taxonomy, published by Google (English edition of %1, German edition of %2). It has no French edition: French and every language but German show the English names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les noms des centres d’intérêt in-market proviennent de la taxonomie des produits Google, publiée par Google (édition anglaise du %1, édition allemande du %2). Elle n’a pas d’édition française&#xa0;: le français et toutes les langues sauf l’allemand affichent les noms anglais.&lt;/p&gt;</translation>
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
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <comment>close the message</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>MixedTypesForm</name>
    <message>
        <source>&amp;Find and replace in names and descriptions…</source>
        <translation>&amp;Rechercher et remplacer dans les noms et descriptions…</translation>
    </message>
    <message>
        <source>Selected segments</source>
        <translation>Segments sélectionnés</translation>
    </message>
    <message>
        <source>Settings differ by type: select segments of one type to edit them together.</source>
        <translation>Les paramètres dépendent du type&#xa0;: sélectionnez des segments d&apos;un même type pour les modifier ensemble.</translation>
    </message>
    <message>
        <source>%1: 1 segment</source>
        <comment>type: count</comment>
        <translation>%1&#xa0;: 1 segment</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n segments</source>
        <comment>type: count</comment>
        <translation>
            <numerusform>%1&#xa0;: %n segment</numerusform>
            <numerusform>%1&#xa0;: %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewSegmentDialog</name>
    <message>
        <source>&amp;Looks like:</source>
        <translation>&amp;Ressemble à&#xa0;:</translation>
    </message>
    <message>
        <source>New Segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>Unique within the advertiser</source>
        <translation>Unique pour l&apos;annonceur</translation>
    </message>
    <message>
        <source>The segment is created on Criteo by the next send. Fill in its settings in the form first; Undo takes it away again.</source>
        <translation>Le segment est créé chez Criteo par le prochain envoi. Remplissez d&apos;abord ses réglages dans le formulaire&#xa0;; Annuler le retire.</translation>
    </message>
    <message>
        <source>&amp;Advertiser:</source>
        <translation>&amp;Annonceur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Add Segment</source>
        <translation>Ajouter le segment</translation>
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
        <translation>Vérifier les points d&apos;intérêt</translation>
    </message>
    <message>
        <source>Text to read points from</source>
        <translation>Texte à partir duquel lire les points</translation>
    </message>
    <message>
        <source>Points that will be applied</source>
        <translation>Points qui seront appliqués</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Rejected and suspicious lines</source>
        <translation>Lignes rejetées et suspectes</translation>
    </message>
    <message>
        <source>&amp;Replace the existing points</source>
        <translation>&amp;Remplacer les points existants</translation>
    </message>
    <message>
        <source>&amp;Replace the existing point</source>
        <translation>&amp;Remplacer le point existant</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the %n existing points</source>
        <translation>
            <numerusform>&amp;Remplacer le %n point existant</numerusform>
            <numerusform>&amp;Remplacer les %n points existants</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchecked: the points are added to the list</source>
        <translation>Si la case est décochée, les points sont ajoutés à la liste</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Text from %1 (edit it to fix a line):</source>
        <translation>&amp;Texte lu dans %1 (modifiez-le pour corriger une ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Acce&amp;pted points:</source>
        <translation>Points a&amp;cceptés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Messages&#xa0;:</translation>
    </message>
    <message>
        <source>Already in the list; it is not added again.</source>
        <translation>Déjà dans la liste&#xa0;; il n&apos;est pas ajouté une seconde fois.</translation>
    </message>
    <message>
        <source>At the same place as an unnamed point of the list.</source>
        <translation>Au même endroit qu&apos;un point sans nom de la liste.</translation>
    </message>
    <message>
        <source>At the same place as “%1” of the list.</source>
        <translation>Au même endroit que «&#xa0;%1&#xa0;» de la liste.</translation>
    </message>
    <message>
        <source>Rejected · %1</source>
        <translation>Rejetée · %1</translation>
    </message>
    <message>
        <source>Warning · %1</source>
        <translation>Avertissement · %1</translation>
    </message>
    <message>
        <source>No points recognised yet.</source>
        <translation>Aucun point reconnu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Read as: %1.</source>
        <translation>Format détecté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>1 point will replace the list</source>
        <translation>1 point remplacera la liste</translation>
    </message>
    <message numerus="yes">
        <source>%n points will replace the list</source>
        <translation>
            <numerusform>%n point remplacera la liste</numerusform>
            <numerusform>%n points remplaceront la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>1 point will be added</source>
        <translation>1 point sera ajouté</translation>
    </message>
    <message numerus="yes">
        <source>%n points will be added</source>
        <translation>
            <numerusform>%n point sera ajouté</numerusform>
            <numerusform>%n points seront ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>1 line rejected</source>
        <translation>1 ligne rejetée</translation>
    </message>
    <message numerus="yes">
        <source>%n lines rejected</source>
        <translation>
            <numerusform>%n ligne rejetée</numerusform>
            <numerusform>%n lignes rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning to check</source>
        <translation>1 avertissement à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings to check</source>
        <translation>
            <numerusform>%n avertissement à vérifier</numerusform>
            <numerusform>%n avertissements à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list</source>
        <translation>
            <numerusform>%n déjà dans la liste</numerusform>
            <numerusform>%n déjà dans la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between parts of a summary</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>PoiListModel</name>
    <message>
        <source>Name</source>
        <comment>point of interest</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
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
    <name>PoiScatterView</name>
    <message>
        <source>Map preview of the points of interest</source>
        <translation>Aperçu cartographique des points d&apos;intérêt</translation>
    </message>
    <message>
        <source>Each point with its radius, to scale. Click a point to select its row.</source>
        <translation>Chaque point avec son rayon, à l&apos;échelle. Cliquez sur un point pour sélectionner sa ligne.</translation>
    </message>
    <message>
        <source>No points of interest</source>
        <translation>Aucun point d&apos;intérêt</translation>
    </message>
    <message>
        <source>No point has valid coordinates</source>
        <translation>Aucun point n&apos;a de coordonnées valides</translation>
    </message>
    <message>
        <source>Lat.</source>
        <translation>Lat.</translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation>Long.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
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
        <translation>1 point sans coordonnées valides n&apos;est pas affiché</translation>
    </message>
    <message numerus="yes">
        <source>%n points without valid coordinates are not shown</source>
        <translation>
            <numerusform>%n point sans coordonnées valides n&apos;est pas affiché</numerusform>
            <numerusform>%n points sans coordonnées valides ne sont pas affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoisCommand</name>
    <message>
        <source>Reads points of interest from text pasted or exported from a spreadsheet or another tool (tab, semicolon or comma columns, a header row or none, decimal commas, degrees-minutes-seconds, hemisphere letters) and prints them normalised as CSV “name,latitude,longitude”, or as JSON with --json. Each rejected or suspicious line is reported on stderr as “line N: message”. Exit status 1 if any line was rejected.</source>
        <translation>Lit des points d&apos;intérêt dans un texte collé ou exporté depuis un tableur ou un autre outil (colonnes séparées par des tabulations, des points-virgules ou des virgules, avec ou sans ligne d&apos;en-tête, virgules décimales, degrés-minutes-secondes, lettres d&apos;hémisphère) et les affiche normalisés au format CSV «&#xa0;name,latitude,longitude&#xa0;», ou au format JSON avec --json. Chaque ligne rejetée ou suspecte est signalée sur stderr sous la forme «&#xa0;ligne N&#xa0;: message&#xa0;». Code de sortie 1 si au moins une ligne a été rejetée.</translation>
    </message>
    <message>
        <source>The text to read; “-” or nothing reads standard input.</source>
        <translation>Texte à lire&#xa0;; «&#xa0;-&#xa0;» ou rien pour lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Print a JSON array of {name, latitude, longitude}, the pointsOfInterest of a Location segment.</source>
        <translation>Afficher un tableau JSON de {name, latitude, longitude}, les pointsOfInterest d&apos;un segment Localisation.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Preview of the send</source>
        <translation>Aperçu de l&apos;envoi</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <source>In this send</source>
        <translation>Dans cet envoi</translation>
    </message>
    <message>
        <source>Segment and change</source>
        <translation>Segment et modification</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>&amp;Changes (uncheck a segment to leave it out):</source>
        <translation>&amp;Modifications (décochez un segment pour l&apos;exclure)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Request body:</source>
        <translation>Corps de la &amp;requête&#xa0;:</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>segment id and name</comment>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Left out: invalid</source>
        <translation>Exclu&#xa0;: non valide</translation>
    </message>
    <message>
        <source>Left out: being sent</source>
        <translation>Exclu&#xa0;: en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>This segment has errors; fix them before it can be sent.</source>
        <translation>Ce segment contient des erreurs&#xa0;; corrigez-les pour pouvoir l&apos;envoyer.</translation>
    </message>
    <message>
        <source>This segment is being sent already.</source>
        <translation>Ce segment est déjà en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Nothing to send: no segment has a change.</source>
        <translation>Rien à envoyer&#xa0;: aucun segment n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Changed segments: %1</source>
        <translation>Segments modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>in this send: %1</source>
        <translation>dans cet envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>left out by you: %1</source>
        <translation>exclus par vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid, left out until fixed: %1</source>
        <translation>non valides, exclus jusqu&apos;à correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>PATCH requests: %1 (up to %2 segments each)</source>
        <translation>Requêtes PATCH&#xa0;: %1 (jusqu&apos;à %2 segments chacune)</translation>
    </message>
    <message>
        <source>PATCH %1 of %2 (segments: %3)</source>
        <translation>PATCH %1 sur %2 (segments&#xa0;: %3)</translation>
    </message>
    <message>
        <source>(nothing would be sent)</source>
        <translation>(rien ne serait envoyé)</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>New: “%1”</source>
        <translation>Nouveau&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete: %1</source>
        <translation>Suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>create requests: %1</source>
        <translation>requêtes de création&#xa0;: %1</translation>
    </message>
    <message>
        <source>delete requests: %1</source>
        <translation>requêtes de suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>POST delete %1 of %2 (segments: %3)</source>
        <translation>POST delete %1 sur %2 (segments&#xa0;: %3)</translation>
    </message>
    <message>
        <source>POST create %1 of %2 (segments: %3)</source>
        <translation>POST create %1 sur %2 (segments&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problems of the shown segments</source>
        <translation>Problèmes des segments affichés</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>server answer</source>
        <translation>réponse du serveur</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>ID de trace %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Problems panel)</source>
        <translation>
            <numerusform>… et %n autre (voir le panneau Problèmes)</numerusform>
            <numerusform>… et %n autres (voir le panneau Problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>all: %1</source>
        <comment>every problem listed is this one</comment>
        <translation>toutes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <comment>of problems</comment>
        <translation>
            <numerusform>%n sorte</numerusform>
            <numerusform>%n sortes</numerusform>
        </translation>
    </message>
    <message>
        <source>found on this computer, before sending</source>
        <translation>trouvé sur cet ordinateur, avant l’envoi</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>%1 “%2”</source>
        <comment>segment id and name</comment>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>(whole send)</source>
        <translation>(tout l&apos;envoi)</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>problem severity</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>problem severity</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>ID de trace</translation>
    </message>
</context>
<context>
    <name>ProblemMapper</name>
    <message>
        <source>Answer unclear</source>
        <translation>Réponse ambiguë</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not say for sure which segments it created. Segment Editor looks for this one by name before sending anything again.</source>
        <translation>La réponse du serveur ne dit pas avec certitude quels segments il a créés. Segment Editor cherche celui-ci par son nom avant de renvoyer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Non créé</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not list this segment as created and gives no reason. Send it again.</source>
        <translation>La réponse du serveur ne cite pas ce segment comme créé et ne donne pas de raison. Envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>Not in the answer</source>
        <translation>Absent de la réponse</translation>
    </message>
    <message>
        <source>The server&apos;s answer neither lists this segment as updated nor gives a reason, so whether the change was applied is unknown. It is reloaded and reconciled before anything is sent again.</source>
        <translation>La réponse du serveur n’indique ni que ce segment a été mis à jour ni pourquoi il ne l’a pas été&#xa0;: on ne sait donc pas si la modification a été appliquée. Il est rechargé et réconcilié avant tout nouvel envoi.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>No problems. Check (F7) and Send list what needs a look here.</source>
        <translation>Aucun problème. Vérifier (F7) et Envoyer signalent ici ce qui demande votre attention.</translation>
    </message>
</context>
<context>
    <name>ProspectingForm</name>
    <message>
        <source>Prospecting settings</source>
        <translation>Paramètres de prospection</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;inimum days since last visit:</source>
        <translation>Jours depuis la dernière visite (m&amp;in.)&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum days since last visit:</source>
        <translation>Jours depuis la dernière visite (ma&amp;x.)&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Minimum days since last visit</source>
        <translation>Jours depuis la dernière visite (min.)</translation>
    </message>
    <message>
        <source>Maximum days since last visit</source>
        <translation>Jours depuis la dernière visite (max.)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Sent as null: the segment has no limit on this side</source>
        <translation>Envoyé comme null&#xa0;: le segment n&apos;a pas de limite de ce côté</translation>
    </message>
    <message>
        <source>Unknown (kept as the server sent it)</source>
        <translation>Inconnu (conservé tel que le serveur l&apos;a envoyé)</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <source>Loads segments from the API into a new working set FILE, which you can edit (by hand, with jq, or in Segment Editor), check, diff and push. The filters are combined: segments of these advertisers, of these types, with these ids. Each option may be repeated or take a comma-separated list.</source>
        <translation>Charge des segments depuis l&apos;API dans un nouvel ensemble de travail FILE, que vous pouvez modifier (à la main, avec jq ou dans Segment Editor), puis passer à check, diff et push. Les filtres se combinent&#xa0;: segments de ces annonceurs, de ces types, avec ces ID. Chaque option peut être répétée ou recevoir une liste séparée par des virgules.</translation>
    </message>
    <message>
        <source>An advertiser id (see “segmentctl advertisers”).</source>
        <translation>ID d&apos;un annonceur (voir «&#xa0;segmentctl advertisers&#xa0;»).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A segment type: %1.</source>
        <translation>Type de segment&#xa0;: %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>A segment id.</source>
        <translation>ID d&apos;un segment.</translation>
    </message>
    <message>
        <source>The working set to write.</source>
        <translation>Ensemble de travail à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Overwrite FILE even if it has unsent edits or is not a working set.</source>
        <translation>Écraser FILE même s&apos;il contient des modifications non envoyées ou n&apos;est pas un ensemble de travail.</translation>
    </message>
    <message>
        <source>Unknown segment type “%1”. Valid types: %2.</source>
        <translation>Type de segment «&#xa0;%1&#xa0;» inconnu. Types valides&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Say which segments to load: --advertiser ID (see “segmentctl advertisers”) or --id ID.</source>
        <translation>Indiquez les segments à charger&#xa0;: --advertiser ID (voir «&#xa0;segmentctl advertisers&#xa0;») ou --id ID.</translation>
    </message>
    <message>
        <source>Say where to write the working set: -o FILE.</source>
        <translation>Indiquez où écrire l&apos;ensemble de travail&#xa0;: -o FILE.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be read as a working set (%2). Choose another file, or pass --force to overwrite it.</source>
        <translation>%1 existe et ne peut pas être lu comme un ensemble de travail (%2). Choisissez un autre fichier ou passez --force pour l&apos;écraser.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has unsent edits in %n segment(s). Push them first (“segmentctl push %1”), write to another file, or pass --force to overwrite them.</source>
        <translation>
            <numerusform>%1 contient des modifications non envoyées dans %n segment. Envoyez-les d&apos;abord («&#xa0;segmentctl push %1&#xa0;»), écrivez dans un autre fichier ou passez --force pour les écraser.</numerusform>
            <numerusform>%1 contient des modifications non envoyées dans %n segments. Envoyez-les d&apos;abord («&#xa0;segmentctl push %1&#xa0;»), écrivez dans un autre fichier ou passez --force pour les écraser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %n segment(s)…</source>
        <translation>
            <numerusform>Chargés&#xa0;: %1 sur %n segment…</numerusform>
            <numerusform>Chargés&#xa0;: %1 sur %n segments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n segment(s)…</source>
        <translation>
            <numerusform>%n segment chargé…</numerusform>
            <numerusform>%n segments chargés…</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading stopped: %1 %2 was not written.</source>
        <translation>Chargement interrompu&#xa0;: %1 %2 n&apos;a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n segment(s) to %1.</source>
        <translation>
            <numerusform>%n segment écrit dans %1.</numerusform>
            <numerusform>%n segments écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading segments from %1…</source>
        <translation>Chargement des segments (%1)…</translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message>
        <source>An interrupted push left %1: a real push first reloads the segments it sent without an answer and reconciles them.</source>
        <translation>Un envoi interrompu a laissé %1&#xa0;: un envoi réel recharge d&apos;abord les segments envoyés restés sans réponse, puis les rapproche.</translation>
    </message>
    <message numerus="yes">
        <source>A real push first reloads the %n segment(s) whose last answer was lost and reconciles them.</source>
        <translation>
            <numerusform>Un envoi réel recharge d&apos;abord le %n segment dont la dernière réponse a été perdue, puis le rapproche.</numerusform>
            <numerusform>Un envoi réel recharge d&apos;abord les %n segments dont la dernière réponse a été perdue, puis les rapproche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) would be sent in %1 request(s); nothing was sent or written.</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n modification serait envoyée en %1 requête(s)&#xa0;; rien n&apos;a été envoyé ni écrit.</numerusform>
            <numerusform>Simulation&#xa0;: %n modifications seraient envoyées en %1 requête(s)&#xa0;; rien n&apos;a été envoyé ni écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The working set to push.</source>
        <translation>Ensemble de travail à envoyer.</translation>
    </message>
    <message>
        <source>Segments per request (default 50).</source>
        <translation>Segments par requête (50 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write what became of each segment to this JSON file.</source>
        <translation>Écrire le résultat de chaque segment dans ce fichier JSON.</translation>
    </message>
    <message>
        <source>REPORT.json</source>
        <translation>REPORT.json</translation>
    </message>
    <message>
        <source>Print what would be sent; send nothing, write nothing, need no credentials.</source>
        <translation>Afficher ce qui serait envoyé, sans rien envoyer ni écrire et sans identifiants.</translation>
    </message>
    <message>
        <source>Name the working set to push: segmentctl push FILE.</source>
        <translation>Indiquez l&apos;ensemble de travail à envoyer&#xa0;: segmentctl push FILE.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report attend un nom de fichier.</translation>
    </message>
    <message>
        <source>Stopped. %1 records the requests still in flight; the next push reconciles them.</source>
        <translation>Arrêté. %1 enregistre les requêtes encore en cours&#xa0;; le prochain envoi les rapprochera.</translation>
    </message>
    <message>
        <source>Send your values even for fields that were changed on the server since the pull (without it, such segments are reported as conflicts and not sent).</source>
        <translation>Envoyer vos valeurs même pour les champs modifiés sur le serveur depuis le pull (sinon, ces segments sont signalés comme conflits et ne sont pas envoyés).</translation>
    </message>
    <message>
        <source>Sends the changes of a working set with the bulk PATCH and writes each segment&apos;s outcome back into FILE: updated segments take the server&apos;s version, failed and unsent ones keep your edit and say why. Excluded and invalid segments are not sent. FILE.journal records every request before it leaves and its answer after, and FILE is written before the first request, every few seconds while answers come and at the end, so an interrupted push is reconciled by the next one: nothing is sent twice.

Exit status: 0 every change was applied; 2 some failed, were not sent, or the push was cancelled; 1 a usage, file, credentials or connection error.</source>
        <translation>Envoie les modifications d&apos;un ensemble de travail avec le PATCH groupé et réécrit dans FILE le résultat de chaque segment&#xa0;: les segments mis à jour reprennent la version du serveur, ceux en échec ou non envoyés conservent votre modification et en indiquent la raison. Les segments exclus et non valides ne sont pas envoyés. FILE.journal enregistre chaque requête avant son départ et sa réponse ensuite, et FILE est écrit avant la première requête, toutes les quelques secondes pendant que les réponses arrivent et à la fin, de sorte qu&apos;un envoi interrompu est rapproché par le suivant&#xa0;: rien n&apos;est envoyé deux fois.

Code de sortie&#xa0;: 0 toutes les modifications ont été appliquées&#xa0;; 2 certaines ont échoué, n&apos;ont pas été envoyées, ou l&apos;envoi a été annulé&#xa0;; 1 une erreur d&apos;utilisation, de fichier, d&apos;identifiants ou de connexion.</translation>
    </message>
    <message>
        <source>Delete, or make reach fewer people, segments that audiences use (they are listed first). Without it, a push with such a change sends nothing.</source>
        <translation>Supprimer, ou restreindre, des segments utilisés par des audiences (ils sont d’abord listés). Sans cette option, un envoi comportant un tel changement n’envoie rien.</translation>
    </message>
    <message>
        <source>Record the push in this send history (default: the one Segment Editor uses).</source>
        <translation>Enregistrer l’envoi dans cet historique des envois (par défaut&#xa0;: celui qu’utilise Segment Editor).</translation>
    </message>
    <message>
        <source>HISTORY.sqlite</source>
        <translation>HISTORY.sqlite</translation>
    </message>
    <message>
        <source>Do not record the push in the send history.</source>
        <translation>Ne pas enregistrer l’envoi dans l’historique des envois.</translation>
    </message>
</context>
<context>
    <name>PushRunner</name>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Cancelling: no new requests; the ones in flight finish and are written to %1. Press Ctrl+C again to stop at once.</source>
        <translation>Annulation&#xa0;: aucune nouvelle requête&#xa0;; celles en cours se terminent et sont enregistrées dans %1. Appuyez de nouveau sur Ctrl+C pour arrêter immédiatement.</translation>
    </message>
    <message>
        <source>%1 Move it away to push without reconciling; the changes of an interrupted push may then be sent a second time.</source>
        <translation>%1 Déplacez-le pour envoyer sans rapprochement&#xa0;; les modifications d&apos;un envoi interrompu risquent alors d&apos;être envoyées une seconde fois.</translation>
    </message>
    <message numerus="yes">
        <source>Reloading %n segment(s) that an earlier push sent without a recorded answer, to find out whether their changes were applied…</source>
        <translation>
            <numerusform>Rechargement de %n segment envoyé lors d&apos;un envoi précédent sans réponse enregistrée, pour savoir si ses modifications ont été appliquées…</numerusform>
            <numerusform>Rechargement de %n segments envoyés lors d&apos;un envoi précédent sans réponse enregistrée, pour savoir si leurs modifications ont été appliquées…</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: the change was applied; now updated.</source>
        <translation>  %1&#xa0;: la modification a été appliquée&#xa0;; segment mis à jour.</translation>
    </message>
    <message>
        <source>  %1: the change was not applied; it is sent now.</source>
        <translation>  %1&#xa0;: la modification n&apos;a pas été appliquée&#xa0;; elle est envoyée maintenant.</translation>
    </message>
    <message>
        <source>  %1: no longer on the server; marked failed.</source>
        <translation>  %1&#xa0;: n&apos;est plus sur le serveur&#xa0;; marqué en échec.</translation>
    </message>
    <message numerus="yes">
        <source>Reconciled %n segment(s) from an interrupted push:</source>
        <translation>
            <numerusform>%n segment rapproché après un envoi interrompu&#xa0;:</numerusform>
            <numerusform>%n segments rapprochés après un envoi interrompu&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconciled %n segment(s) whose last push got no answer:</source>
        <translation>
            <numerusform>%n segment rapproché dont le dernier envoi est resté sans réponse&#xa0;:</numerusform>
            <numerusform>%n segments rapprochés dont le dernier envoi est resté sans réponse&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded from the push</source>
        <translation>Exclu de l&apos;envoi</translation>
    </message>
    <message>
        <source>Remove “excluded” from the working set to send this change.</source>
        <translation>Supprimez «&#xa0;excluded&#xa0;» de l&apos;ensemble de travail pour envoyer cette modification.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Rien à envoyer.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n segment(s) in %1 s: %2</source>
        <translation>
            <numerusform>Nouvelle tentative pour %n segment dans %1 s&#xa0;: %2</numerusform>
            <numerusform>Nouvelle tentative pour %n segments dans %1 s&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered %1 of %n change(s).</source>
        <translation>
            <numerusform>Réponses reçues&#xa0;: %1 sur %n modification.</numerusform>
            <numerusform>Réponses reçues&#xa0;: %1 sur %n modifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) in %1 request(s) to %2…</source>
        <translation>
            <numerusform>Envoi de %n modification en %1 requête(s) (%2)…</numerusform>
            <numerusform>Envoi de %n modifications en %1 requête(s) (%2)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem of the whole push: %1</source>
        <translation>Problème concernant tout l&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated: %1, warned: %2, failed: %3, not sent: %4, unknown: %5.</source>
        <translation>Mis à jour&#xa0;: %1, avec avertissements&#xa0;: %2, en échec&#xa0;: %3, non envoyés&#xa0;: %4, inconnus&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Segments marked unknown were sent but their answer was lost; the next push reloads them before sending anything.</source>
        <translation>Les segments marqués comme inconnus ont été envoyés, mais leur réponse a été perdue&#xa0;; le prochain envoi les rechargera avant d&apos;envoyer quoi que ce soit.</translation>
    </message>
    <message numerus="yes">
        <source>Reloading %n segment(s) to check that nobody changed them since the pull…</source>
        <translation>
            <numerusform>Rechargement de %n segment pour vérifier que personne ne l&apos;a modifié depuis le pull…</numerusform>
            <numerusform>Rechargement de %n segments pour vérifier que personne ne les a modifiés depuis le pull…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server since the pull</source>
        <translation>Modifié sur le serveur depuis le pull</translation>
    </message>
    <message>
        <source>%1 was “%2” when pulled; yours is “%3”, the server now has “%4”. Pull again to take the server&apos;s value, or push with --overwrite to send yours.</source>
        <translation>%1 valait «&#xa0;%2&#xa0;» au pull&#xa0;; votre valeur est «&#xa0;%3&#xa0;», le serveur a maintenant «&#xa0;%4&#xa0;». Refaites un pull pour prendre la valeur du serveur, ou un push avec --overwrite pour envoyer la vôtre.</translation>
    </message>
    <message>
        <source>  %1: conflict in %2; not sent.</source>
        <translation>  %1&#xa0;: conflit sur %2&#xa0;; non envoyé.</translation>
    </message>
    <message>
        <source>  %1: changed on the server in other fields; your edit is sent on top of it.</source>
        <translation>  %1&#xa0;: modifié sur le serveur dans d&apos;autres champs&#xa0;; votre modification est envoyée par-dessus.</translation>
    </message>
    <message>
        <source>  %1: conflict in %2; sending yours (--overwrite).</source>
        <translation>  %1&#xa0;: conflit sur %2&#xa0;; envoi de vos valeurs (--overwrite).</translation>
    </message>
    <message>
        <source>%1 Stopping after the requests in flight.</source>
        <translation>%1 Arrêt après les requêtes en cours.</translation>
    </message>
    <message>
        <source>Cannot reload the segments before sending: %1 Nothing was sent; %2 and its journal are unchanged. Run the push again.</source>
        <translation>Impossible de recharger les segments avant l&apos;envoi&#xa0;: %1 Rien n&apos;a été envoyé&#xa0;; %2 et son journal sont inchangés. Relancez l&apos;envoi.</translation>
    </message>
    <message>
        <source>  %1: the change was not applied, and the server&apos;s copy changed in fields you changed too; not sent.</source>
        <translation>  %1&#xa0;: la modification n&apos;a pas été appliquée, et la copie du serveur a changé dans des champs que vous avez modifiés aussi&#xa0;; non envoyé.</translation>
    </message>
    <message>
        <source>created (was %1)</source>
        <translation>créé (était %1)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Of them created: %1, deleted: %2.</source>
        <translation>Dont créés&#xa0;: %1, supprimés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Looking up which audiences use the segments this push deletes or narrows…</source>
        <translation>Recherche des audiences qui utilisent les segments que cet envoi supprime ou restreint…</translation>
    </message>
    <message>
        <source>Nothing was sent. Push again with --confirm-used to make these changes anyway, or keep those segments (segmentctl delete --keep, or undo the edit) and push the rest.</source>
        <translation>Rien n’a été envoyé. Relancez l’envoi avec --confirm-used pour faire ces changements malgré tout, ou gardez ces segments (segmentctl delete --keep, ou annulez la modification) et envoyez le reste.</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n segment(s) that audiences use (--confirm-used):</source>
        <translation>
            <numerusform>Modification de %n segment utilisé par des audiences (--confirm-used)&#xa0;:</numerusform>
            <numerusform>Modification de %n segments utilisés par des audiences (--confirm-used)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This push changes %n segment(s) that audiences use:</source>
        <translation>
            <numerusform>Cet envoi modifie %n segment utilisé par des audiences&#xa0;:</numerusform>
            <numerusform>Cet envoi modifie %n segments utilisés par des audiences&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>narrowed (%1)</source>
        <translation>restreint (%1)</translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation>  %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>    where it is used could not be checked: %1</source>
        <translation>    impossible de vérifier où il est utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>    used by audience %1 %2 (ad sets: %3)</source>
        <translation>    utilisé par l’audience %1 %2 (ensembles de publicités&#xa0;: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 The push goes on without it.</source>
        <translation>%1 L’envoi se poursuit sans historique.</translation>
    </message>
    <message>
        <source>Recorded in the send history as send %1 (“segmentctl history %1” shows it).</source>
        <translation>Enregistré dans l’historique des envois sous le numéro %1 («&#xa0;segmentctl history %1&#xa0;» l’affiche).</translation>
    </message>
</context>
<context>
    <name>ReadOnlySettingsForm</name>
    <message>
        <source>Lifestyles</source>
        <translation>Styles de vie</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Événements de vie</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Saisonnier</translation>
    </message>
    <message>
        <source>Buying patterns</source>
        <translation>Habitudes d&apos;achat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 settings (read-only)</source>
        <translation>Paramètres du type %1 (lecture seule)</translation>
    </message>
    <message>
        <source>The members of a contact list are managed elsewhere; only its name and description can be changed here.</source>
        <translation>Les membres d&apos;une liste de contacts sont gérés ailleurs&#xa0;; seuls son nom et sa description peuvent être modifiés ici.</translation>
    </message>
    <message>
        <source>Read-only list:</source>
        <translation>Liste en lecture seule&#xa0;:</translation>
    </message>
    <message>
        <source>Behavioral segments are provided by Criteo; only their name and description can be changed.</source>
        <translation>Les segments comportementaux sont fournis par Criteo&#xa0;; seuls leur nom et leur description peuvent être modifiés.</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>This segment&apos;s type is not known to this version of the editor. It is shown read-only and is never sent.</source>
        <translation>Le type de ce segment est inconnu de cette version de l&apos;éditeur. Il est affiché en lecture seule et n&apos;est jamais envoyé.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>Every autosave place in %1 is taken by another Segment Editor window.</source>
        <translation>Tous les emplacements de sauvegarde automatique de %1 sont occupés par d&apos;autres fenêtres de Segment Editor.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of Segment Editor.</source>
        <translation>il a été écrit par une version plus récente de Segment Editor.</translation>
    </message>
    <message>
        <source>it is not an autosave of Segment Editor.</source>
        <translation>ce n&apos;est pas une sauvegarde automatique de Segment Editor.</translation>
    </message>
    <message>
        <source>%1: entries are missing before it.</source>
        <translation>%1&#xa0;: des entrées manquent avant celle-ci.</translation>
    </message>
    <message>
        <source>%1: segment %2 appears twice.</source>
        <translation>%1&#xa0;: le segment %2 apparaît deux fois.</translation>
    </message>
    <message>
        <source>it holds %1 of its %2 segments.</source>
        <translation>il ne contient que %1 de ses %2 segments.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RetargetingForm</name>
    <message>
        <source>Retargeting settings</source>
        <translation>Paramètres de reciblage</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Visiteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum days since last visit</source>
        <translation>Jours depuis la dernière visite (min.)</translation>
    </message>
    <message>
        <source>Maximum days since last visit</source>
        <translation>Jours depuis la dernière visite (max.)</translation>
    </message>
    <message>
        <source>M&amp;inimum days since last visit:</source>
        <translation>Jours depuis la dernière visite (m&amp;in.)&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum days since last visit:</source>
        <translation>Jours depuis la dernière visite (ma&amp;x.)&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Unknown (kept as the server sent it)</source>
        <translation>Inconnu (conservé tel que le serveur l&apos;a envoyé)</translation>
    </message>
</context>
<context>
    <name>SegmentCtl</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: %1 &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run a local server that behaves like the Criteo API</source>
        <translation>Lancer un serveur local qui se comporte comme l&apos;API Criteo</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>List the advertisers you can reach</source>
        <translation>Lister les annonceurs accessibles</translation>
    </message>
    <message>
        <source>Load segments into a working set file</source>
        <translation>Charger des segments dans un fichier d&apos;ensemble de travail</translation>
    </message>
    <message>
        <source>Validate the edits of a working set</source>
        <translation>Valider les modifications d&apos;un ensemble de travail</translation>
    </message>
    <message>
        <source>Show what a push would send</source>
        <translation>Afficher ce qu&apos;enverrait la commande push</translation>
    </message>
    <message>
        <source>Send the changes and record each segment&apos;s outcome</source>
        <translation>Envoyer les modifications et enregistrer le résultat de chaque segment</translation>
    </message>
    <message>
        <source>Normalise points of interest from pasted text</source>
        <translation>Normaliser des points d&apos;intérêt à partir d&apos;un texte collé</translation>
    </message>
    <message>
        <source>Add a new segment to a working set, for push to create</source>
        <translation>Ajouter un nouveau segment à un jeu de travail, que push créera</translation>
    </message>
    <message>
        <source>Add copies of segments under new names</source>
        <translation>Ajouter des copies de segments sous de nouveaux noms</translation>
    </message>
    <message>
        <source>Mark segments for push to delete them on Criteo</source>
        <translation>Marquer des segments pour que push les supprime chez Criteo</translation>
    </message>
    <message>
        <source>Print current sizes, and estimates of edited ones</source>
        <translation>Afficher les tailles actuelles et les estimations des modifications</translation>
    </message>
    <message>
        <source>Print the audiences and ad sets that use segments</source>
        <translation>Afficher les audiences et ensembles d&apos;annonces qui utilisent des segments</translation>
    </message>
    <message>
        <source>Credentials: --client-id ID or CRITEO_CLIENT_ID, with the secret in
  CRITEO_CLIENT_SECRET or the keychain (never on the command line);
  or --token-env VAR with a bearer token in the variable VAR.
Exit status: 0 done; 1 a usage, file, credentials or connection error;
  2 push: some changes were not applied (see its report); import: some
  rows were refused or in conflict.

Run “%1 &lt;command&gt; --help” for the options of a command.</source>
        <translation>Identifiants&#xa0;: --client-id ID ou CRITEO_CLIENT_ID, avec le secret client dans
  CRITEO_CLIENT_SECRET ou le trousseau (jamais sur la ligne de commande)&#xa0;;
  ou --token-env VAR avec un jeton d’accès (bearer) dans la variable VAR.
Code de sortie&#xa0;: 0 terminé&#xa0;; 1 erreur d’utilisation, de fichier, d’identifiants
  ou de connexion&#xa0;; 2 push&#xa0;: certaines modifications n’ont pas été appliquées
  (voir son rapport)&#xa0;; import&#xa0;: certaines lignes ont été refusées ou sont
  en conflit.

Exécutez «&#xa0;%1 &lt;commande&gt; --help&#xa0;» pour afficher les options d’une commande.</translation>
    </message>
    <message>
        <source>List the sends made, show one, export it or report it</source>
        <translation>Lister les envois effectués, en afficher un, l’exporter ou en faire un rapport</translation>
    </message>
    <message>
        <source>Write the reverse edits of a send into a working set</source>
        <translation>Écrire dans un ensemble de travail les modifications qui annulent un envoi</translation>
    </message>
    <message>
        <source>Write segments to a CSV sheet, or edits to a change set</source>
        <translation>Écrire des segments dans une feuille de calcul CSV, ou des modifications dans un lot de modifications</translation>
    </message>
    <message>
        <source>Read an edited sheet or a change set as edits</source>
        <translation>Lire les modifications d’une feuille de calcul modifiée ou d’un lot de modifications</translation>
    </message>
</context>
<context>
    <name>SegmentDetailsPanel</name>
    <message>
        <source>unknown</source>
        <comment>date</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Select a segment to see its settings.</source>
        <translation>Sélectionnez un segment pour afficher ses paramètres.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: count</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Created %1 · last updated on the server %2</source>
        <translation>Création&#xa0;: %1 · dernière mise à jour sur le serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>R&amp;evert all changes of this segment</source>
        <translation>Abandonner &amp;toutes les modifications de ce segment</translation>
    </message>
    <message>
        <source>Every field of this segment back to the server&apos;s value (one undo step)</source>
        <translation>Rend à chaque champ de ce segment la valeur du serveur (une seule étape d&apos;annulation)</translation>
    </message>
    <message numerus="yes">
        <source>%n segments selected (%1)</source>
        <comment>count (type)</comment>
        <translation>
            <numerusform>%n segment sélectionné (%1)</numerusform>
            <numerusform>%n segments sélectionnés (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments selected (different types)</source>
        <translation>
            <numerusform>%n segment sélectionné (types différents)</numerusform>
            <numerusform>%n segments sélectionnés (types différents)</numerusform>
        </translation>
    </message>
    <message>
        <source>None modified</source>
        <translation>Aucun modifié</translation>
    </message>
    <message>
        <source>%1 · a change applies to all of them</source>
        <comment>state counts</comment>
        <translation>%1 · une modification s&apos;applique à tous</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Edit name of “%1”</source>
        <translation>Modification du nom de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit description of “%1”</source>
        <translation>Modification de la description de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”: %2</source>
        <comment>segment name: field label</comment>
        <translation>Modification de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n segments</source>
        <translation>
            <numerusform>Modification de %n segment</numerusform>
            <numerusform>Modification de %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert “%1”</source>
        <translation>Abandon des modifications de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n segments</source>
        <translation>
            <numerusform>Abandon des modifications de %n segment</numerusform>
            <numerusform>Abandon des modifications de %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert “%1”: %2</source>
        <comment>segment name: field label</comment>
        <translation>Abandon de la modification de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Take the server’s %1 for “%2”</source>
        <comment>field label, segment name</comment>
        <translation>Choix de la valeur du serveur pour le champ %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Keep your %1 for “%2”</source>
        <comment>field label, segment name</comment>
        <translation>Conservation de votre valeur pour le champ %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Take the server’s values for “%1”</source>
        <translation>Choix des valeurs du serveur pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Take the server’s values for %n segments</source>
        <translation>
            <numerusform>Choix des valeurs du serveur pour %n segment</numerusform>
            <numerusform>Choix des valeurs du serveur pour %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep your values for “%1”</source>
        <translation>Conservation de vos valeurs pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Keep your values for %n segments</source>
        <translation>
            <numerusform>Conservation de vos valeurs pour %n segment</numerusform>
            <numerusform>Conservation de vos valeurs pour %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude “%1” from the send</source>
        <translation>Exclusion de «&#xa0;%1&#xa0;» de l&apos;envoi</translation>
    </message>
    <message>
        <source>Include “%1” in the send again</source>
        <translation>Réintégration de «&#xa0;%1&#xa0;» dans l&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n segments from the send</source>
        <translation>
            <numerusform>Exclusion de %n segment de l&apos;envoi</numerusform>
            <numerusform>Exclusion de %n segments de l&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n segments in the send again</source>
        <translation>
            <numerusform>Réintégration de %n segment dans l&apos;envoi</numerusform>
            <numerusform>Réintégration de %n segments dans l&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>name of a duplicated segment</comment>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <comment>name of a duplicated segment, its number</comment>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>New segment “%1”</source>
        <translation>Nouveau segment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n new segments</source>
        <translation>
            <numerusform>%n nouveau segment</numerusform>
            <numerusform>%n nouveaux segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n segments</source>
        <translation>
            <numerusform>Dupliquer %n segment</numerusform>
            <numerusform>Dupliquer %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>Garder «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n segments</source>
        <translation>
            <numerusform>Supprimer %n segment</numerusform>
            <numerusform>Supprimer %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n segments</source>
        <translation>
            <numerusform>Garder %n segment</numerusform>
            <numerusform>Garder %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Annonceur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Buying power</source>
        <translation>Pouvoir d&apos;achat</translation>
    </message>
    <message>
        <source>Price range</source>
        <translation>Gamme de prix</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Points of interest</source>
        <translation>Points d&apos;intérêt</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Radius (km)</source>
        <translation>Rayon (km)</translation>
    </message>
    <message>
        <source>Registry type</source>
        <translation>Type de registre</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Minimum days since last visit</source>
        <translation>Jours depuis la dernière visite (min.)</translation>
    </message>
    <message>
        <source>Maximum days since last visit</source>
        <translation>Jours depuis la dernière visite (max.)</translation>
    </message>
    <message>
        <source>Seed segment</source>
        <translation>Segment source</translation>
    </message>
    <message>
        <source>Target size</source>
        <translation>Taille cible</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>In-market settings</source>
        <translation>Paramètres des intentionnistes</translation>
    </message>
    <message>
        <source>Location settings</source>
        <translation>Paramètres de localisation</translation>
    </message>
    <message>
        <source>Prospecting settings</source>
        <translation>Paramètres de prospection</translation>
    </message>
    <message>
        <source>Retargeting settings</source>
        <translation>Paramètres de reciblage</translation>
    </message>
    <message>
        <source>Lookalike settings</source>
        <translation>Paramètres lookalike</translation>
    </message>
    <message>
        <source>Contact list settings</source>
        <translation>Paramètres de liste de contacts</translation>
    </message>
    <message>
        <source>Behavioral settings</source>
        <translation>Paramètres comportementaux</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>position in a list</comment>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source> › </source>
        <comment>between parts of a field</comment>
        <translation> › </translation>
    </message>
    <message>
        <source>In-market</source>
        <comment>segment type</comment>
        <translation>Intentionnistes</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <comment>segment type</comment>
        <translation>Prospection</translation>
    </message>
    <message>
        <source>Contact list</source>
        <comment>segment type</comment>
        <translation>Liste de contacts</translation>
    </message>
    <message>
        <source>Location</source>
        <comment>segment type</comment>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Behavioral</source>
        <comment>segment type</comment>
        <translation>Comportemental</translation>
    </message>
    <message>
        <source>Retargeting</source>
        <comment>segment type</comment>
        <translation>Reciblage</translation>
    </message>
    <message>
        <source>Lookalike</source>
        <comment>segment type</comment>
        <translation>Similaires</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>segment type</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>a cleared value or an empty list</comment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <comment>an empty text</comment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a value this version of the editor does not know</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>gender</comment>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>gender</comment>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>buying power or price range</comment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>buying power or price range</comment>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <comment>buying power or price range</comment>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Very high</source>
        <comment>buying power</comment>
        <translation>Très élevé</translation>
    </message>
    <message>
        <source>Prospects</source>
        <comment>prospecting users</comment>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Prospects or non-buyers</source>
        <comment>prospecting users</comment>
        <translation>Prospects ou non-acheteurs</translation>
    </message>
    <message>
        <source>All visitors</source>
        <comment>retargeting visitors</comment>
        <translation>Tous les visiteurs</translation>
    </message>
    <message>
        <source>Buyers</source>
        <comment>retargeting visitors</comment>
        <translation>Acheteurs</translation>
    </message>
    <message>
        <source>Non-buyers</source>
        <comment>retargeting visitors</comment>
        <translation>Non-acheteurs</translation>
    </message>
    <message>
        <source>Points of interest</source>
        <comment>location registry type</comment>
        <translation>Points d&apos;intérêt</translation>
    </message>
    <message>
        <source>Lifestyles</source>
        <comment>behavioral category</comment>
        <translation>Styles de vie</translation>
    </message>
    <message>
        <source>Life events</source>
        <comment>behavioral category</comment>
        <translation>Événements de vie</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <comment>behavioral category</comment>
        <translation>Saisonnier</translation>
    </message>
    <message>
        <source>Buying patterns</source>
        <comment>behavioral category</comment>
        <translation>Habitudes d&apos;achat</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <comment>a point of interest</comment>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>point of interest: name (latitude, longitude)</comment>
        <translation>%1 (%2 ; %3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>read-only</comment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <comment>read-only</comment>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>&amp;Rechercher et remplacer…</translation>
    </message>
    <message>
        <source>Find and replace text in the names and descriptions of the shown segments</source>
        <translation>Rechercher et remplacer du texte dans les noms et descriptions des segments affichés</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Remove the description on the server (sent as null). Revert leaves it as it was.</source>
        <translation>Supprimer la description sur le serveur (envoyée comme null). Abandonner la modification la laisse telle qu’elle était.</translation>
    </message>
    <message>
        <source>Clear description</source>
        <translation>Effacer la description</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted segment name</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;b&gt;No segment selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun segment sélectionné&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 segment · id %2 · advertiser %3 · %4</source>
        <comment>type, id, advertiser, state</comment>
        <translation>Segment %1 · ID %2 · annonceur %3 · %4</translation>
    </message>
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
            <numerusform>%n segment de types différents</numerusform>
            <numerusform>%n segments de types différents</numerusform>
        </translation>
    </message>
    <message>
        <source>none modified</source>
        <translation>aucun modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <comment>segments</comment>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; a change applies to all of them</source>
        <comment>modified count</comment>
        <translation>%1&#xa0;; une modification s&apos;applique à tous</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(effacée)</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(aucune description)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>segment: message</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <comment>segment name: field label</comment>
        <translation>Modification de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 in %n segments</source>
        <translation>
            <numerusform>Modification de %1 dans %n segment</numerusform>
            <numerusform>Modification de %1 dans %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revert %1 in %n segments</source>
        <translation>
            <numerusform>Abandon de %1 dans %n segment</numerusform>
            <numerusform>Abandon de %1 dans %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear description of %1</source>
        <translation>Effacement de la description de %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear description of %n segments</source>
        <translation>
            <numerusform>Effacement de la description de %n segment</numerusform>
            <numerusform>Effacement de la description de %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert field: back to the server&apos;s %1</source>
        <translation>Abandonner la modification&#xa0;: reprendre la valeur du serveur pour %1</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>Abandonner la modification de %1</translation>
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
    <name>SegmentInsights</name>
    <message>
        <source>%1 k</source>
        <translation>%1&#xa0;k</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1&#xa0;M</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1&#xa0;Md</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>size cannot be computed</comment>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>size request failed</comment>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>current size → estimate of the edit</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The size of your edit has not been estimated yet (Estimate Size, or wait a moment after typing).</source>
        <translation>La taille de votre modification n&apos;a pas encore été estimée (Estimer la taille, ou attendez un instant après la saisie).</translation>
    </message>
    <message>
        <source>The size has not been computed yet (Compute Sizes).</source>
        <translation>La taille n&apos;a pas encore été calculée (Calculer les tailles).</translation>
    </message>
    <message>
        <source>Estimating the size of your edit…</source>
        <translation>Estimation de la taille de votre modification…</translation>
    </message>
    <message>
        <source>Computing the size…</source>
        <translation>Calcul de la taille…</translation>
    </message>
    <message>
        <source>Estimated size of your edit: %1 (asked %2).</source>
        <translation>Taille estimée de votre modification&#xa0;: %1 (demandée le %2).</translation>
    </message>
    <message>
        <source>Size: %1 (computed %2).</source>
        <translation>Taille&#xa0;: %1 (calculée le %2).</translation>
    </message>
    <message>
        <source>The edit has changed since: estimate again.</source>
        <translation>La modification a changé depuis&#xa0;: estimez à nouveau.</translation>
    </message>
    <message>
        <source>The segment has changed since: compute it again.</source>
        <translation>Le segment a changé depuis&#xa0;: recalculez sa taille.</translation>
    </message>
    <message>
        <source>The size of your edit cannot be estimated.</source>
        <translation>La taille de votre modification ne peut pas être estimée.</translation>
    </message>
    <message>
        <source>The size of this segment cannot be computed.</source>
        <translation>La taille de ce segment ne peut pas être calculée.</translation>
    </message>
    <message>
        <source>The estimate could not be asked for.</source>
        <translation>L&apos;estimation n&apos;a pas pu être demandée.</translation>
    </message>
    <message>
        <source>The size could not be asked for.</source>
        <translation>La taille n&apos;a pas pu être demandée.</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>where-used search failed</comment>
        <translation>échec</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>1 audience</source>
        <translation>1 audience</translation>
    </message>
    <message>
        <source>%1 audiences</source>
        <translation>%1 audiences</translation>
    </message>
    <message>
        <source>1 ad set</source>
        <translation>1 ensemble d&apos;annonces</translation>
    </message>
    <message>
        <source>%1 ad sets</source>
        <translation>%1 ensembles d&apos;annonces</translation>
    </message>
    <message>
        <source>Not looked up yet (Find Where Used).</source>
        <translation>Pas encore recherché (Trouver les utilisations).</translation>
    </message>
    <message>
        <source>Looking for the audiences that use this segment…</source>
        <translation>Recherche des audiences qui utilisent ce segment…</translation>
    </message>
    <message>
        <source>The audiences could not be searched.</source>
        <translation>Les audiences n&apos;ont pas pu être recherchées.</translation>
    </message>
    <message>
        <source>No audience uses this segment (looked up %1).</source>
        <translation>Aucune audience n&apos;utilise ce segment (recherché le %1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>audience name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Used by (looked up %1):</source>
        <translation>Utilisé par (recherché le %1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SegmentInsightsController</name>
    <message>
        <source>Compute Si&amp;zes</source>
        <translation>Calculer les tai&amp;lles</translation>
    </message>
    <message>
        <source>Es&amp;timate Size of Edits</source>
        <translation>Es&amp;timer la taille des modifications</translation>
    </message>
    <message>
        <source>Find &amp;Where Used</source>
        <translation>Trouver les &amp;utilisations</translation>
    </message>
    <message>
        <source>Ask Criteo for the current sizes of the selected segments, or of those in view (Ctrl+Alt+S)</source>
        <translation>Demander à Criteo la taille actuelle des segments sélectionnés, ou de ceux affichés (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <source>Ask Criteo how many people the edited definitions of the selected in-market and location segments would reach</source>
        <translation>Demander à Criteo combien de personnes toucheraient les définitions modifiées des segments in-market et de localisation sélectionnés</translation>
    </message>
    <message>
        <source>Look up the audiences and ad sets that use the selected segments, or those in view (Ctrl+Alt+U)</source>
        <translation>Rechercher les audiences et ensembles d&apos;annonces qui utilisent les segments sélectionnés, ou ceux affichés (Ctrl+Alt+U)</translation>
    </message>
    <message>
        <source>Computing the size of 1 segment…</source>
        <translation>Calcul de la taille d&apos;un segment…</translation>
    </message>
    <message>
        <source>Computing the sizes of %1 segments…</source>
        <translation>Calcul de la taille de %1 segments…</translation>
    </message>
    <message>
        <source>No saved segment to size.</source>
        <translation>Aucun segment enregistré dont calculer la taille.</translation>
    </message>
    <message>
        <source>Estimating 1 edited definition…</source>
        <translation>Estimation d&apos;une définition modifiée…</translation>
    </message>
    <message>
        <source>Estimating %1 edited definitions…</source>
        <translation>Estimation de %1 définitions modifiées…</translation>
    </message>
    <message>
        <source>No selected in-market or location segment has an edited definition to estimate.</source>
        <translation>Aucun segment in-market ou de localisation sélectionné n&apos;a de définition modifiée à estimer.</translation>
    </message>
    <message>
        <source>Looking up where 1 segment is used…</source>
        <translation>Recherche des utilisations d&apos;un segment…</translation>
    </message>
    <message>
        <source>Looking up where %1 segments are used…</source>
        <translation>Recherche des utilisations de %1 segments…</translation>
    </message>
</context>
<context>
    <name>SegmentInsightsFetcher</name>
    <message>
        <source>Not connected: connect to Criteo first.</source>
        <translation>Non connecté&#xa0;: connectez-vous d&apos;abord à Criteo.</translation>
    </message>
    <message>
        <source>Criteo returned no size for it.</source>
        <translation>Criteo n&apos;a renvoyé aucune taille pour ce segment.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>SegmentInsightsSection</name>
    <message>
        <source>Compute si&amp;ze</source>
        <translation>Calculer la tai&amp;lle</translation>
    </message>
    <message>
        <source>Ask Criteo for the current size of this segment</source>
        <translation>Demander à Criteo la taille actuelle de ce segment</translation>
    </message>
    <message>
        <source>Es&amp;timate the edit</source>
        <translation>Es&amp;timer la modification</translation>
    </message>
    <message>
        <source>Ask Criteo how many people your edited definition would reach</source>
        <translation>Demander à Criteo combien de personnes toucherait votre définition modifiée</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Find &amp;where used</source>
        <translation>Trouver les &amp;utilisations</translation>
    </message>
    <message>
        <source>Look up the audiences and ad sets that use this segment</source>
        <translation>Rechercher les audiences et ensembles d&apos;annonces qui utilisent ce segment</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Utilisé par&#xa0;:</translation>
    </message>
    <message>
        <source>Audiences using this segment</source>
        <translation>Audiences qui utilisent ce segment</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Ad sets</source>
        <translation>Ensembles d&apos;annonces</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Pas encore calculée</translation>
    </message>
    <message>
        <source>Not looked up yet</source>
        <translation>Pas encore recherché</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No audience uses this segment: changing or deleting it affects no campaign.</source>
        <translation>Aucune audience n&apos;utilise ce segment&#xa0;: le modifier ou le supprimer n&apos;affecte aucune campagne.</translation>
    </message>
    <message>
        <source>%1 (looked up %2)</source>
        <comment>audiences and ad sets (time)</comment>
        <translation>%1 (recherché le %2)</translation>
    </message>
    <message>
        <source>Ad sets: %1</source>
        <translation>Ensembles d&apos;annonces&#xa0;: %1</translation>
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
    <name>SegmentNarrowing</name>
    <message>
        <source>the country changed from %1 to %2</source>
        <translation>le pays passe de %1 à %2</translation>
    </message>
    <message>
        <source>1 brand removed</source>
        <translation>1 marque retirée</translation>
    </message>
    <message>
        <source>%1 brands removed</source>
        <translation>%1 marques retirées</translation>
    </message>
    <message>
        <source>1 interest removed</source>
        <translation>1 centre d&apos;intérêt retiré</translation>
    </message>
    <message>
        <source>%1 interests removed</source>
        <translation>%1 centres d&apos;intérêt retirés</translation>
    </message>
    <message>
        <source>fewer buying powers</source>
        <translation>moins de pouvoirs d&apos;achat</translation>
    </message>
    <message>
        <source>fewer price ranges</source>
        <translation>moins de gammes de prix</translation>
    </message>
    <message>
        <source>limited to one gender</source>
        <translation>limité à un genre</translation>
    </message>
    <message>
        <source>1 point of interest removed or moved</source>
        <translation>1 point d&apos;intérêt retiré ou déplacé</translation>
    </message>
    <message>
        <source>%1 points of interest removed or moved</source>
        <translation>%1 points d&apos;intérêt retirés ou déplacés</translation>
    </message>
    <message>
        <source>the radius shrank from %1 km to %2 km</source>
        <translation>le rayon passe de %1&#xa0;km à %2&#xa0;km</translation>
    </message>
    <message>
        <source>a shorter window of days since the last visit</source>
        <translation>une période plus courte depuis la dernière visite</translation>
    </message>
    <message>
        <source>a different kind of segment</source>
        <translation>un autre type de segment</translation>
    </message>
    <message>
        <source>prospects only, no more non-buyers</source>
        <translation>prospects seulement, plus de non-acheteurs</translation>
    </message>
    <message>
        <source>fewer kinds of visitors</source>
        <translation>moins de types de visiteurs</translation>
    </message>
    <message>
        <source>a smaller target size</source>
        <translation>une taille cible plus petite</translation>
    </message>
</context>
<context>
    <name>SegmentSheet</name>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs %2.</translation>
    </message>
    <message>
        <source>“%1” is negative; a whole number of 0 or more is expected.</source>
        <translation>«&#xa0;%1&#xa0;» est négatif&#xa0;; un nombre entier supérieur ou égal à 0 est attendu.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2025-12-31.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez-la sous la forme 2025-12-31.</translation>
    </message>
    <message>
        <source>The points of interest are not a JSON array of {name, latitude, longitude}.</source>
        <translation>Les points d’intérêt ne sont pas un tableau JSON de {name, latitude, longitude}.</translation>
    </message>
    <message>
        <source>A point of interest has no latitude or longitude.</source>
        <translation>Un point d’intérêt n’a pas de latitude ou de longitude.</translation>
    </message>
    <message>
        <source>This field cannot be cleared; leave the cell empty to keep its value.</source>
        <translation>Ce champ ne peut pas être vidé&#xa0;; laissez la cellule vide pour conserver sa valeur.</translation>
    </message>
    <message>
        <source>The id is missing.</source>
        <translation>L’ID est manquant.</translation>
    </message>
    <message>
        <source>“%1” is an id that a spreadsheet turned into a number in scientific notation, losing digits: format the column as text and type the id again, or export the sheet again.</source>
        <translation>«&#xa0;%1&#xa0;» est un ID qu’un tableur a converti en nombre en notation scientifique, en perdant des chiffres&#xa0;: mettez la colonne au format texte et saisissez de nouveau l’ID, ou exportez de nouveau la feuille de calcul.</translation>
    </message>
    <message>
        <source>“%1” is not an id (ids are digits).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID (un ID ne contient que des chiffres).</translation>
    </message>
    <message>
        <source>a formula whose cells were deleted</source>
        <translation>une formule dont les cellules ont été supprimées</translation>
    </message>
    <message>
        <source>a formula with a value of the wrong kind</source>
        <translation>une formule avec une valeur du mauvais type</translation>
    </message>
    <message>
        <source>a lookup that found nothing</source>
        <translation>une recherche qui n’a rien trouvé</translation>
    </message>
    <message>
        <source>a formula with an unknown name</source>
        <translation>une formule avec un nom inconnu</translation>
    </message>
    <message>
        <source>a division by zero</source>
        <translation>une division par zéro</translation>
    </message>
    <message>
        <source>an impossible number</source>
        <translation>un nombre impossible</translation>
    </message>
    <message>
        <source>a formula with an empty range</source>
        <translation>une formule avec une plage vide</translation>
    </message>
    <message>
        <source>“%1” is a spreadsheet error (%2), not a value: fix the formula or type the value.</source>
        <translation>«&#xa0;%1&#xa0;» est une erreur de tableur (%2), pas une valeur&#xa0;: corrigez la formule ou saisissez la valeur.</translation>
    </message>
    <message>
        <source>“%1” is a spreadsheet error, not a value: fix the formula or type the value.</source>
        <translation>«&#xa0;%1&#xa0;» est une erreur de tableur, pas une valeur&#xa0;: corrigez la formule ou saisissez la valeur.</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Excluded</source>
        <comment>left out of the next send</comment>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>%1, excluded</source>
        <comment>state word, left out of the next send</comment>
        <translation>%1, exclu</translation>
    </message>
    <message>
        <source>Invalid:</source>
        <translation>Non valide&#xa0;:</translation>
    </message>
    <message>
        <source>Problem on send:</source>
        <translation>Problème lors de l&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix this before sending, or exclude the segment from the send.</source>
        <translation>Corrigez ce problème avant l&apos;envoi ou excluez le segment de l&apos;envoi.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Updated on the server.</source>
        <translation>Mis à jour sur le serveur.</translation>
    </message>
    <message>
        <source>Updated with warnings:</source>
        <translation>Mis à jour avec des avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Failed on send:</source>
        <translation>Échec de l&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Not updated. Your edit is kept: fix it and send again.</source>
        <translation>Non mis à jour. Votre modification est conservée&#xa0;: corrigez-la et envoyez-la à nouveau.</translation>
    </message>
    <message>
        <source>Not sent: the send stopped before this segment. Your edit is kept.</source>
        <translation>Non envoyé&#xa0;: l&apos;envoi s&apos;est arrêté avant ce segment. Votre modification est conservée.</translation>
    </message>
    <message>
        <source>Not sent:</source>
        <translation>Non envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Your edit is kept.</source>
        <translation>Votre modification est conservée.</translation>
    </message>
    <message>
        <source>Unknown outcome: sent, but the answer was lost.</source>
        <translation>Résultat inconnu&#xa0;: envoyé, mais la réponse a été perdue.</translation>
    </message>
    <message>
        <source>Excluded from the next send.</source>
        <translation>Exclu du prochain envoi.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>advertiser name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Annonceur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>row state</comment>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Modified</source>
        <comment>row state</comment>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>row state</comment>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>row state</comment>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>row state</comment>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>row state: updated with warnings</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>row state</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not sent</source>
        <comment>row state</comment>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>row state: sent, answer lost</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Conflict on %1: yours “%2”, the server’s “%3” (it was “%4” when you loaded it).</source>
        <comment>field label, the user&apos;s value, the server&apos;s value, the value loaded</comment>
        <translation>Conflit sur %1&#xa0;: votre valeur «&#xa0;%2&#xa0;», celle du serveur «&#xa0;%3&#xa0;» («&#xa0;%4&#xa0;» lors du chargement).</translation>
    </message>
    <message>
        <source>Conflict: changed on the server since you loaded it, and by you: %1.</source>
        <translation>Conflit&#xa0;: modifié sur le serveur depuis le chargement, et par vous&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Keep yours or take the server’s for each field; the segment is not sent until then.</source>
        <translation>Conservez votre valeur ou prenez celle du serveur pour chaque champ&#xa0;; d&apos;ici là, le segment n&apos;est pas envoyé.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <comment>row state: changed on the server and by the user</comment>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Reconcile it (Segments › Reconcile Unknown Segments) to see whether the server has your change.</source>
        <translation>Rapprochez-le (Segments › Rapprocher les segments inconnus) pour savoir si le serveur contient votre modification.</translation>
    </message>
    <message>
        <source>(new)</source>
        <comment>id of a segment not created yet</comment>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>New: created by the next send.</source>
        <translation>Nouveau&#xa0;: créé par le prochain envoi.</translation>
    </message>
    <message>
        <source>Created on the server, as segment %1.</source>
        <translation>Créé sur le serveur, comme segment %1.</translation>
    </message>
    <message>
        <source>To delete: the next send deletes it from Criteo. Undo, or Delete again, keeps it.</source>
        <translation>À supprimer&#xa0;: le prochain envoi le supprime chez Criteo. Annuler, ou Supprimer à nouveau, le garde.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>New</source>
        <comment>row state: created by the next send</comment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>To delete</source>
        <comment>row state: deleted by the next send</comment>
        <translation>À supprimer</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>row state: created by the last send</comment>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Not computed yet: Segments ▸ Compute Sizes.</source>
        <translation>Pas encore calculée&#xa0;: Segments ▸ Calculer les tailles.</translation>
    </message>
    <message>
        <source>%1, edited since</source>
        <comment>state word of a sent row edited again</comment>
        <translation>%1, modifié depuis</translation>
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
    <name>SendDiagnostics</name>
    <message>
        <source>(never)</source>
        <translation>(jamais)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>champ&#xa0;: %1</translation>
    </message>
    <message>
        <source>trace id: %1</source>
        <translation>ID de trace&#xa0;: %1</translation>
    </message>
    <message>
        <source>instance: %1</source>
        <translation>instance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Segment Editor support report</source>
        <translation>Rapport pour le support de Segment Editor</translation>
    </message>
    <message>
        <source>Send %1, started %2, ended %3</source>
        <translation>Envoi %1, début&#xa0;: %2, fin&#xa0;: %3</translation>
    </message>
    <message>
        <source>Server: %1; API version: %2</source>
        <translation>Serveur&#xa0;: %1&#xa0;; version de l’API&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 request sent %2, never answered</source>
        <translation>Requête %1 envoyée le %2, restée sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (API version %3): HTTP %4 after %n attempt(s), sent %5, answered %6</source>
        <translation>
            <numerusform>%1 %2 (version de l’API %3)&#xa0;: HTTP %4 après %n tentative, envoyée le %5, réponse le %6</numerusform>
            <numerusform>%1 %2 (version de l’API %3)&#xa0;: HTTP %4 après %n tentatives, envoyée le %5, réponse le %6</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun statut</translation>
    </message>
    <message>
        <source>Segment %1 “%2” (advertiser %3): %4 %5</source>
        <translation>Segment %1 «&#xa0;%2&#xa0;» (annonceur %3)&#xa0;: %4 %5</translation>
    </message>
    <message>
        <source>temporary id: %1</source>
        <translation>ID temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>never sent</source>
        <translation>jamais envoyé</translation>
    </message>
    <message>
        <source>trace ids: %1</source>
        <translation>ID de trace&#xa0;: %1</translation>
    </message>
    <message>
        <source>problems:</source>
        <translation>problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>sent:</source>
        <translation>envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>answer about it:</source>
        <translation>réponse le concernant&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Requests: %1 (%n HTTP request(s), retries included)</source>
        <translation>
            <numerusform>Requêtes&#xa0;: %1 (%n requête HTTP, nouvelles tentatives comprises)</numerusform>
            <numerusform>Requêtes&#xa0;: %1 (%n requêtes HTTP, nouvelles tentatives comprises)</numerusform>
        </translation>
    </message>
    <message>
        <source>The send was cancelled.</source>
        <translation>L’envoi a été annulé.</translation>
    </message>
    <message>
        <source>Problems about the whole send:</source>
        <translation>Problèmes concernant tout l’envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Applied without a problem: %1</source>
        <translation>Appliqués sans problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SendHistory</name>
    <message>
        <source>The send history could not be written: %1</source>
        <translation>Impossible d’écrire dans l’historique des envois&#xa0;: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The send history %1 could not be read (%2). It is kept as %3; a new history starts.</source>
        <translation>Impossible de lire l’historique des envois %1 (%2). Il est conservé sous %3&#xa0;; un nouvel historique commence.</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>ce n’est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>The send history %1 cannot be read and cannot be moved aside.</source>
        <translation>L’historique des envois %1 est illisible et ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>The send history %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir l’historique des envois %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The send history %1 was written by a newer version of Segment Editor; this one does not change it.</source>
        <translation>L’historique des envois %1 a été écrit par une version plus récente de Segment Editor&#xa0;; cette version ne le modifie pas.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>The send history %1 cannot be written: %2</source>
        <translation>Impossible d’écrire dans l’historique des envois %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The send history could not be read: %1</source>
        <translation>Impossible de lire l’historique des envois&#xa0;: %1</translation>
    </message>
    <message>
        <source>The send history has no send %1.</source>
        <translation>L’historique des envois ne contient pas d’envoi %1.</translation>
    </message>
</context>
<context>
    <name>SendHistoryPanel</name>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Avec avertissements</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>history change</comment>
        <translation>Création</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>history change</comment>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>history change</comment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Copy Send &amp;Diagnostics</source>
        <translation>Copier le &amp;diagnostic de l’envoi</translation>
    </message>
    <message>
        <source>Copy Segment D&amp;iagnostics</source>
        <translation>Copier le diagnostic du &amp;segment</translation>
    </message>
    <message>
        <source>&amp;Undo This Send…</source>
        <translation>&amp;Annuler cet envoi…</translation>
    </message>
    <message>
        <source>Segment id or name</source>
        <translation>ID ou nom du segment</translation>
    </message>
    <message>
        <source>Filter sends by segment</source>
        <translation>Filtrer les envois par segment</translation>
    </message>
    <message>
        <source>Filter sends by outcome</source>
        <translation>Filtrer les envois par résultat</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Sends kept in the history</source>
        <translation>Envois conservés dans l’historique</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Segments of the send</source>
        <translation>Segments de l’envoi</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Fields (before → after)</source>
        <translation>Champs (avant → après)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Copy a support report of the whole send: requests, HTTP status, trace ids, problems and the JSON sent and answered. It holds no token or secret.</source>
        <translation>Copier un rapport pour le support sur tout l’envoi&#xa0;: requêtes, statut HTTP, ID de trace, problèmes et JSON envoyé et reçu. Il ne contient ni jeton ni secret client.</translation>
    </message>
    <message>
        <source>Copy a support report of the selected segment.</source>
        <translation>Copier un rapport pour le support sur le segment sélectionné.</translation>
    </message>
    <message>
        <source>Prepare the reverse edits of this send, checked against the server&apos;s current copies, for you to preview and send.</source>
        <translation>Préparer les modifications qui annulent cet envoi, vérifiées par rapport aux versions actuelles du serveur, pour que vous puissiez les prévisualiser et les envoyer.</translation>
    </message>
    <message>
        <source>Sends &amp;kept:</source>
        <translation>Envois co&amp;nservés&#xa0;:</translation>
    </message>
    <message>
        <source>No send history: it could not be opened.</source>
        <translation>Aucun historique des envois&#xa0;: il n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1, cancelled</source>
        <translation>%1, annulé</translation>
    </message>
    <message>
        <source>%1, interrupted</source>
        <translation>%1, interrompu</translation>
    </message>
    <message>
        <source>%1, API version %2, from %3</source>
        <translation>%1, version de l’API %2, depuis %3</translation>
    </message>
    <message>
        <source>No send yet.</source>
        <translation>Aucun envoi pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n envoi</numerusform>
            <numerusform>%n envois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, trace id %3)</source>
        <translation>%1 (%2, ID de trace %3)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Send as CSV</source>
        <translation>Exporter l’envoi en CSV</translation>
    </message>
    <message>
        <source>Export Send as JSON</source>
        <translation>Exporter l’envoi en JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Send %1 exported to %2.</source>
        <translation>Envoi %1 exporté vers %2.</translation>
    </message>
    <message>
        <source>The support report of send %1 is on the clipboard.</source>
        <translation>Le rapport pour le support de l’envoi %1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The support report of segment %1 in send %2 is on the clipboard.</source>
        <translation>Le rapport pour le support du segment %1 dans l’envoi %2 est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>SendJournal</name>
    <message>
        <source>Cannot write the send journal %1: %2</source>
        <translation>Impossible d&apos;écrire le journal d&apos;envoi %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the send journal %1: %2</source>
        <translation>Impossible de lire le journal d&apos;envoi %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a send journal.</source>
        <translation>%1 n&apos;est pas un journal d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Segment Editor.</source>
        <translation>%1 a été écrit par une version plus récente de Segment Editor.</translation>
    </message>
</context>
<context>
    <name>SendRevert</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Undo send %1</source>
        <translation>Annulation de l’envoi %1</translation>
    </message>
    <message>
        <source>Send %1 could not be undone: %2</source>
        <translation>Impossible d’annuler l’envoi %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reverse edits of send %1 are pending for %n segment(s): %2. Preview and send them to undo it.</source>
        <translation>
            <numerusform>Les modifications qui annulent l’envoi %1 sont en attente pour %n segment&#xa0;: %2. Prévisualisez-les et envoyez-les pour annuler l’envoi.</numerusform>
            <numerusform>Les modifications qui annulent l’envoi %1 sont en attente pour %n segments&#xa0;: %2. Prévisualisez-les et envoyez-les pour annuler l’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server since the send, in fields it changed: %1. They are in conflict: choose Keep My Values or Take the Server&apos;s Values for each before sending.</source>
        <translation>Modifiés sur le serveur depuis l’envoi, dans des champs qu’il avait modifiés&#xa0;: %1. Ils sont en conflit&#xa0;: choisissez Conserver mes valeurs ou Prendre les valeurs du serveur pour chacun avant d’envoyer.</translation>
    </message>
    <message>
        <source>Created by the send, now marked for deletion: %1.</source>
        <translation>Créés par l’envoi, désormais marqués pour suppression&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Deleted by the send: %1. A deleted segment cannot come back; create it again if you need it.</source>
        <translation>Supprimés par l’envoi&#xa0;: %1. Un segment supprimé ne peut pas être rétabli&#xa0;; recréez-le si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Already back to their values from before the send: %1.</source>
        <translation>Déjà revenus à leurs valeurs d’avant l’envoi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No longer on the server, nothing to undo: %1.</source>
        <translation>Plus présents sur le serveur, rien à annuler&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Whether the send applied these is unknown, so they are left alone: %1. Reconcile them first.</source>
        <translation>Impossible de savoir si l’envoi les a appliqués&#xa0;; ils sont donc laissés tels quels&#xa0;: %1. Rapprochez-les d’abord.</translation>
    </message>
    <message>
        <source>Send %1 changed nothing that could be undone.</source>
        <translation>L’envoi %1 n’a rien modifié qui puisse être annulé.</translation>
    </message>
</context>
<context>
    <name>SendWorkflow</name>
    <message>
        <source>The send was cancelled.</source>
        <translation>L&apos;envoi a été annulé.</translation>
    </message>
    <message>
        <source>The send journal %1 could not be written.</source>
        <translation>Le journal d&apos;envoi %1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(en mémoire)</translation>
    </message>
    <message>
        <source>The answer did not say what became of this segment: whether Criteo applied the change is unknown. Reconcile it before sending again.</source>
        <translation>La réponse ne dit pas ce qu&apos;il est advenu de ce segment&#xa0;: impossible de savoir si Criteo a appliqué la modification. Rapprochez le segment avant de le renvoyer.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>The send stopped before this change was sent; the next send sends it.</source>
        <translation>L&apos;envoi s&apos;est arrêté avant que cette modification soit envoyée&#xa0;; le prochain envoi s&apos;en chargera.</translation>
    </message>
    <message>
        <source>Segment Editor stopped while this change was being sent: whether Criteo applied it is unknown. Reconcile it before sending again.</source>
        <translation>Segment Editor s&apos;est arrêté pendant l&apos;envoi de cette modification&#xa0;: impossible de savoir si Criteo l&apos;a appliquée. Rapprochez le segment avant de le renvoyer.</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Non créé</translation>
    </message>
    <message>
        <source>Criteo has no segment of this name for the advertiser: the create did not happen. The next send creates it.</source>
        <translation>Criteo n&apos;a aucun segment de ce nom pour l&apos;annonceur&#xa0;: la création n&apos;a pas eu lieu. Le prochain envoi le crée.</translation>
    </message>
    <message>
        <source>Nothing was sent: changing segments that audiences use was not confirmed.</source>
        <translation>Rien n’a été envoyé&#xa0;: la modification de segments utilisés par des audiences n’a pas été confirmée.</translation>
    </message>
    <message>
        <source>Where it is used is not known.</source>
        <translation>On ne sait pas où il est utilisé.</translation>
    </message>
</context>
<context>
    <name>ServeDemoCommand</name>
    <message>
        <source>--%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>--%1 attend un nombre compris entre %2 et %3, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Runs a local server on 127.0.0.1 that behaves like the Criteo Marketing Solutions API (tokens, search, lookups, bulk PATCH, rate limit), with generated sample data and optional fault injection. Stop it with Ctrl+C.</source>
        <translation>Lance sur 127.0.0.1 un serveur local qui se comporte comme l&apos;API Criteo Marketing Solutions (jetons, recherche, listes de référence, PATCH groupé, limite de requêtes), avec des données d&apos;exemple générées et une injection de pannes facultative. Arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free one).</source>
        <translation>Port d&apos;écoute (0&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of sample segments (0 to %1).</source>
        <translation>Nombre de segments d&apos;exemple (0 à %1).</translation>
    </message>
    <message>
        <source>Seed of the sample data and of fault shares.</source>
        <translation>Graine aléatoire des données d&apos;exemple et des proportions de pannes.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. “latency=200,5xx=0.1” or “5xx=1:method=PATCH:count=2”. Kinds: latency, 5xx, reset, hang, malformed, truncated, html, expire-token. May be repeated.</source>
        <translation>Pannes à injecter, p. ex. «&#xa0;latency=200,5xx=0.1&#xa0;» ou «&#xa0;5xx=1:method=PATCH:count=2&#xa0;». Types&#xa0;: latency, 5xx, reset, hang, malformed, truncated, html, expire-token. Option répétable.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPÉC</translation>
    </message>
    <message>
        <source>API version to serve; others answer 410 Gone.</source>
        <translation>Version de l&apos;API à servir&#xa0;; les autres répondent 410 Gone.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Durée de validité du jeton d&apos;accès, en secondes.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Rate limit per minute (0: none).</source>
        <translation>Limite de requêtes par minute (0&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>Send Retry-After with 429 answers.</source>
        <translation>Envoyer Retry-After avec les réponses 429.</translation>
    </message>
    <message>
        <source>Print one line per request (never headers or bodies).</source>
        <translation>Afficher une ligne par requête (jamais les en-têtes ni les corps).</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--fault: %1</source>
        <translation>--fault&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1.</source>
        <translation>Impossible d&apos;écouter sur le port %1 de 127.0.0.1.</translation>
    </message>
    <message>
        <source>Stopping the demo server.</source>
        <translation>Arrêt du serveur de démonstration.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>Version de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segments&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (seed %2)</source>
        <translation>%1 (graine %2)</translation>
    </message>
    <message>
        <source>Faults:</source>
        <translation>Pannes&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Segment Editor demo server</source>
        <translation>Serveur de démonstration Segment Editor</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
</context>
<context>
    <name>ServiceBackend</name>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>The connection works: application “%1”.</source>
        <translation>La connexion fonctionne&#xa0;: application «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1 It is kept in memory for this session only.</source>
        <translation>Impossible d&apos;enregistrer le secret client dans le trousseau&#xa0;: %1 Il est conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors connexion</translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation>Serveur de démonstration (%1)</translation>
    </message>
    <message>
        <source>Account %1 at %2 (API %3)</source>
        <translation>Compte %1 sur %2 (API %3)</translation>
    </message>
    <message>
        <source>Parts of the server&apos;s answers did not match the API contract and were left out (%1), for example %2: %3</source>
        <translation>Des parties des réponses du serveur ne respectaient pas la spécification de l&apos;API et ont été ignorées (%1), par exemple %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reload cancelled.</source>
        <translation>Rechargement annulé.</translation>
    </message>
</context>
<context>
    <name>ServiceInMarketCatalog</name>
    <message>
        <source>The in-market brands could not be loaded: %1</source>
        <translation>Impossible de charger les marques in-market&#xa0;: %1</translation>
    </message>
    <message>
        <source>The in-market interests could not be loaded: %1</source>
        <translation>Impossible de charger les centres d&apos;intérêt in-market&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServiceInsightsPort</name>
    <message>
        <source>Not connected: connect to Criteo first.</source>
        <translation>Non connecté&#xa0;: connectez-vous d&apos;abord à Criteo.</translation>
    </message>
</context>
<context>
    <name>ServiceSendPort</name>
    <message>
        <source>Not connected: connect to Criteo first.</source>
        <translation>Non connecté&#xa0;: connectez-vous d&apos;abord à Criteo.</translation>
    </message>
    <message>
        <source>Reload cancelled.</source>
        <translation>Rechargement annulé.</translation>
    </message>
</context>
<context>
    <name>SheetCommands</name>
    <message>
        <source>Writes the segments of a working set (as edited) to a CSV sheet for Excel or LibreOffice: UTF-8 with a byte order mark, one row per segment, the columns of the types present; the points of interest of location segments go to a second file beside it (FILE-points.csv). Edit the sheet, then “segmentctl import” it. With --changes, writes the pending edits as a change set instead, for a colleague to import into their own working set.</source>
        <translation>Écrit les segments d’un ensemble de travail (avec leurs modifications) dans une feuille de calcul CSV pour Excel ou LibreOffice&#xa0;: UTF-8 avec indicateur d’ordre des octets (BOM), une ligne par segment, les colonnes des types présents&#xa0;; les points d’intérêt des segments de localisation vont dans un second fichier, à côté (FILE-points.csv). Modifiez la feuille, puis importez-la avec «&#xa0;segmentctl import&#xa0;». Avec --changes, écrit à la place les modifications non envoyées sous forme de lot de modifications, qu’un collègue pourra importer dans son propre ensemble de travail.</translation>
    </message>
    <message>
        <source>The working set.</source>
        <translation>Ensemble de travail.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Only these segments (repeatable, or comma-separated).</source>
        <translation>Uniquement ces segments (option répétable, ou ID séparés par des virgules).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only segments of these types (InMarket, Location…).</source>
        <translation>Uniquement les segments de ces types (InMarket, Location…).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>comma, semicolon or tab (default: semicolon where numbers have a decimal comma, else comma).</source>
        <translation>comma (virgule), semicolon (point-virgule) ou tab (tabulation)&#xa0;; par défaut&#xa0;: semicolon là où les nombres s’écrivent avec une virgule décimale, sinon comma.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SEP</translation>
    </message>
    <message>
        <source>Write the pending edits as a change set: JSON, or CSV (id, field, old, new) when FILE ends in .csv.</source>
        <translation>Écrire les modifications non envoyées sous forme de lot de modifications&#xa0;: JSON, ou CSV (id, field, old, new) si FILE se termine par .csv.</translation>
    </message>
    <message>
        <source>Name the working set: segmentctl export WS.json -o FILE</source>
        <translation>Indiquez l’ensemble de travail&#xa0;: segmentctl export WS.json -o FILE</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output est obligatoire.</translation>
    </message>
    <message>
        <source>--separator must be comma, semicolon or tab.</source>
        <translation>--separator doit valoir comma, semicolon ou tab.</translation>
    </message>
    <message>
        <source>Unknown segment type “%1”.</source>
        <translation>Type de segment inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: no such segment in the working set.</source>
        <translation>%1&#xa0;: ce segment n’est pas dans l’ensemble de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n modification</numerusform>
            <numerusform>%1&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n segment(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n segment</numerusform>
            <numerusform>%1&#xa0;: %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: points of interest</source>
        <translation>%1&#xa0;: points d’intérêt</translation>
    </message>
    <message>
        <source>Reads a sheet exported by “segmentctl export” (or the window) and edited in a spreadsheet, or a change set, as edits of a working set: rows are matched by id; a blank cell keeps the value; [clear] clears a field that may be empty; headers may be in English, French or German. A row with an unknown id, another type, or a value that cannot be used is refused with its line and column, and nothing of it is applied. A change set&apos;s field that changed since it was made is a conflict, not applied. Prints a JSON report {applied, refused, conflicts, warnings, unchanged}. Exit status 2 when something was refused or in conflict.</source>
        <translation>Lit une feuille de calcul exportée par «&#xa0;segmentctl export&#xa0;» (ou par la fenêtre) puis modifiée dans un tableur, ou un lot de modifications, comme des modifications d’un ensemble de travail&#xa0;: les lignes sont associées aux segments par leur ID&#xa0;; une cellule vide conserve la valeur&#xa0;; [clear] efface un champ qui peut être vide&#xa0;; les en-têtes peuvent être en anglais, en français ou en allemand. Une ligne dont l’ID est inconnu, dont le type diffère ou dont une valeur est inutilisable est refusée (avec sa ligne et sa colonne), et rien n’en est appliqué. Un champ d’un lot de modifications qui a changé depuis la création du lot est un conflit et n’est pas appliqué. Affiche un rapport JSON {applied, refused, conflicts, warnings, unchanged}. Code de sortie 2 si quelque chose a été refusé ou est en conflit.</translation>
    </message>
    <message>
        <source>The sheet or change set (CSV or JSON).</source>
        <translation>Feuille de calcul ou lot de modifications (CSV ou JSON).</translation>
    </message>
    <message>
        <source>The working set to edit.</source>
        <translation>Ensemble de travail à modifier.</translation>
    </message>
    <message>
        <source>WS.json</source>
        <translation>WS.json</translation>
    </message>
    <message>
        <source>The points of interest file (default: FILE-points.csv beside FILE, when it exists).</source>
        <translation>Fichier des points d’intérêt (par défaut&#xa0;: FILE-points.csv à côté de FILE, s’il existe).</translation>
    </message>
    <message>
        <source>Write the edited working set here instead of over WS.json.</source>
        <translation>Écrire ici l’ensemble de travail modifié au lieu d’écraser WS.json.</translation>
    </message>
    <message>
        <source>Report only; write nothing.</source>
        <translation>Rapport uniquement&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>Name the sheet: segmentctl import FILE --into WS.json</source>
        <translation>Indiquez la feuille de calcul&#xa0;: segmentctl import FILE --into WS.json</translation>
    </message>
    <message>
        <source>--into is required.</source>
        <translation>--into est obligatoire.</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>ligne %1, colonne %2 (%3)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>file, line</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where: message</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>The id is missing: rows are matched to segments by id (a new segment cannot be imported from a sheet).</source>
        <translation>L’ID est manquant&#xa0;: les lignes sont associées aux segments par leur ID (un nouveau segment ne peut pas être importé depuis une feuille de calcul).</translation>
    </message>
    <message>
        <source>No segment %1 in the working set.</source>
        <translation>Le segment %1 n’est pas dans l’ensemble de travail.</translation>
    </message>
    <message>
        <source>Unknown column “%1”: ignored.</source>
        <translation>Colonne inconnue «&#xa0;%1&#xa0;»&#xa0;: ignorée.</translation>
    </message>
    <message>
        <source>Column “%1” repeats column %2: ignored.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» répète la colonne %2&#xa0;: ignorée.</translation>
    </message>
    <message>
        <source>The sheet has no id column: rows are matched to segments by id. Export the segments again and edit that sheet.</source>
        <translation>La feuille de calcul n’a pas de colonne d’ID&#xa0;: les lignes sont associées aux segments par leur ID. Exportez de nouveau les segments et modifiez cette nouvelle feuille.</translation>
    </message>
    <message>
        <source>Segment %1 is also on line %2: neither line is imported.</source>
        <translation>Le segment %1 figure aussi à la ligne %2&#xa0;: aucune des deux lignes n’est importée.</translation>
    </message>
    <message>
        <source>This column does not apply to a segment of type %1: leave the cell empty.</source>
        <translation>Cette colonne ne s’applique pas à un segment de type %1&#xa0;: laissez la cellule vide.</translation>
    </message>
    <message>
        <source>The type cannot change (%1 in the working set, %2 here).</source>
        <translation>Le type ne peut pas changer (%1 dans l’ensemble de travail, %2 ici).</translation>
    </message>
    <message>
        <source>Segments of a type this version does not know cannot be edited.</source>
        <translation>Les segments d’un type que cette version ne connaît pas ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>This field cannot be changed (it is %1 in the working set).</source>
        <translation>Ce champ ne peut pas être modifié (valeur dans l’ensemble de travail&#xa0;: %1).</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>The points of interest need the columns segment id, name, latitude and longitude; none was imported.</source>
        <translation>Les points d’intérêt nécessitent les colonnes ID de segment, nom, latitude et longitude&#xa0;; aucun n’a été importé.</translation>
    </message>
    <message>
        <source>Segment %1 is of type %2: only location segments have points of interest.</source>
        <translation>Le segment %1 est de type %2&#xa0;: seuls les segments de localisation ont des points d’intérêt.</translation>
    </message>
    <message>
        <source>This is a workbook (.xlsx, .ods or .xls), which Segment Editor cannot read. In your spreadsheet, choose File › Save As… and the type “CSV UTF-8”, then import that file.</source>
        <translation>Ce fichier est un classeur (.xlsx, .ods ou .xls), que Segment Editor ne sait pas lire. Dans votre tableur, choisissez Fichier › Enregistrer sous… et le type «&#xa0;CSV UTF-8&#xa0;», puis importez ce fichier.</translation>
    </message>
    <message>
        <source>not UTF-8, read as Latin-1: check the accented letters</source>
        <translation>pas en UTF-8, lu comme du Latin-1&#xa0;: vérifiez les lettres accentuées</translation>
    </message>
    <message>
        <source>The first line does not name the columns (id, name, type…): import a sheet exported by Segment Editor, with its header row.</source>
        <translation>La première ligne ne nomme pas les colonnes (id, name, type…)&#xa0;: importez une feuille de calcul exportée par Segment Editor, avec sa ligne d’en-tête.</translation>
    </message>
    <message>
        <source>points of interest</source>
        <translation>points d’intérêt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n segment(s)</source>
        <comment>undo step</comment>
        <translation>
            <numerusform>Importation de %n segment</numerusform>
            <numerusform>Importation de %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizesCommand</name>
    <message>
        <source>Prints the current size of each segment of the working set FILE (or of the segments given by --id), and for the rows whose in-market or location definition is edited, the estimated size of the edit: id, size, estimate (- when none), type and name, tab-separated. “n/a” means Criteo cannot compute that size; the reason goes to stderr. Sizes are asked 100 segments a request, estimates one at a time.</source>
        <translation>Affiche la taille actuelle de chaque segment du jeu de travail FILE (ou des segments donnés par --id) et, pour les lignes dont la définition in-market ou de localisation est modifiée, la taille estimée de la modification&#xa0;: ID, taille, estimation (- s&apos;il n&apos;y en a pas), type et nom, séparés par des tabulations. «&#xa0;n/a&#xa0;» signifie que Criteo ne peut pas calculer cette taille&#xa0;; la raison est écrite sur stderr. Les tailles sont demandées par 100 segments par requête, les estimations une à la fois.</translation>
    </message>
    <message>
        <source>A working set (optional with --id).</source>
        <translation>Un jeu de travail (facultatif avec --id).</translation>
    </message>
    <message>
        <source>A segment id; with FILE, only these of its rows.</source>
        <translation>Un ID de segment&#xa0;; avec FILE, seules ces lignes du fichier.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Do not estimate the edited definitions.</source>
        <translation>Ne pas estimer les définitions modifiées.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, name, type, current, estimate} instead.</source>
        <translation>Afficher plutôt un tableau JSON de {id, name, type, current, estimate}.</translation>
    </message>
    <message>
        <source>Say which segments to size: a working set FILE or --id ID.</source>
        <translation>Indiquez les segments dont calculer la taille&#xa0;: un jeu de travail FILE ou --id ID.</translation>
    </message>
    <message numerus="yes">
        <source>Computing the sizes of %n segment(s) on %1…</source>
        <translation>
            <numerusform>Calcul de la taille de %n segment sur %1…</numerusform>
            <numerusform>Calcul de la taille de %n segments sur %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: size %2: %3</source>
        <translation>%1&#xa0;: taille %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: estimate %2: %3</source>
        <translation>%1&#xa0;: estimation %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>its certificate has expired</source>
        <translation>son certificat a expiré</translation>
    </message>
    <message>
        <source>its certificate expired on %1</source>
        <translation>son certificat a expiré le %1</translation>
    </message>
    <message>
        <source>its certificate is not valid yet</source>
        <translation>son certificat n’est pas encore valide</translation>
    </message>
    <message>
        <source>its certificate is only valid from %1</source>
        <translation>son certificat n’est valide qu’à partir du %1</translation>
    </message>
    <message>
        <source>its certificate is self-signed: no authority this computer trusts vouches for it</source>
        <translation>son certificat est auto-signé&#xa0;: aucune autorité reconnue par cet ordinateur ne s’en porte garante</translation>
    </message>
    <message>
        <source>its certificate was issued by an authority this computer does not trust</source>
        <translation>son certificat a été émis par une autorité que cet ordinateur ne reconnaît pas</translation>
    </message>
    <message>
        <source>its certificate is for another address</source>
        <translation>son certificat est établi pour une autre adresse</translation>
    </message>
    <message>
        <source>its certificate is for another address (%1)</source>
        <translation>son certificat est établi pour une autre adresse (%1)</translation>
    </message>
    <message>
        <source>its certificate has been revoked</source>
        <translation>son certificat a été révoqué</translation>
    </message>
    <message>
        <source>its certificate is damaged or forged: its signature does not check out</source>
        <translation>son certificat est endommagé ou falsifié&#xa0;: sa signature n’est pas valide</translation>
    </message>
    <message>
        <source>its certificate is not meant for a web server</source>
        <translation>son certificat n’est pas destiné à un serveur web</translation>
    </message>
    <message>
        <source>it showed no certificate</source>
        <translation>il n’a présenté aucun certificat</translation>
    </message>
    <message>
        <source>this computer cannot make secure connections (the TLS library is missing)</source>
        <translation>cet ordinateur ne peut pas établir de connexion sécurisée (la bibliothèque TLS est absente)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, so nothing was sent.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so nothing was sent: %2. Check the address; if it is right, the server or something between it and this computer (a proxy, antivirus software) is misconfigured.</source>
        <translation>La connexion à %1 n’est pas sûre&#xa0;; rien n’a été envoyé&#xa0;: %2. Vérifiez l’adresse&#xa0;; si elle est correcte, le serveur ou un intermédiaire entre lui et cet ordinateur (un proxy, un antivirus) est mal configuré.</translation>
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
    <name>UsedByCommand</name>
    <message>
        <source>Prints the audiences that use each segment of the working set FILE (or the segments given by --id), and their ad sets: segment id, audience id, audience name and the ad set ids (comma-separated), tab-separated, one line per audience; a segment no audience uses prints “-” as its audience.</source>
        <translation>Affiche les audiences qui utilisent chaque segment du jeu de travail FILE (ou les segments donnés par --id), et leurs ensembles d&apos;annonces&#xa0;: ID du segment, ID de l&apos;audience, nom de l&apos;audience et ID des ensembles d&apos;annonces (séparés par des virgules), séparés par des tabulations, une ligne par audience&#xa0;; un segment qu&apos;aucune audience n&apos;utilise affiche «&#xa0;-&#xa0;» comme audience.</translation>
    </message>
    <message>
        <source>A working set (optional with --id).</source>
        <translation>Un jeu de travail (facultatif avec --id).</translation>
    </message>
    <message>
        <source>A segment id; with FILE, only these of its rows.</source>
        <translation>Un ID de segment&#xa0;; avec FILE, seules ces lignes du fichier.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print a JSON array of {segmentId, used, audiences: [{id, name, advertiserId, adSetIds}]} instead.</source>
        <translation>Afficher plutôt un tableau JSON de {segmentId, used, audiences: [{id, name, advertiserId, adSetIds}]}.</translation>
    </message>
    <message>
        <source>Say which segments to look up: a working set FILE or --id ID.</source>
        <translation>Indiquez les segments à rechercher&#xa0;: un jeu de travail FILE ou --id ID.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up where %n segment(s) are used on %1…</source>
        <translation>
            <numerusform>Recherche des utilisations de %n segment sur %1…</numerusform>
            <numerusform>Recherche des utilisations de %n segments sur %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not looked up: %2</source>
        <translation>%1&#xa0;: non recherché&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UsedSegmentsDialog</name>
    <message>
        <source>Change Segments in Use?</source>
        <translation>Modifier des segments utilisés&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>This send changes %n segment(s) that audiences use.</source>
        <translation>
            <numerusform>Cet envoi modifie %n segment utilisé par des audiences.</numerusform>
            <numerusform>Cet envoi modifie %n segments utilisés par des audiences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whether audiences use the %n segment(s) below could not be checked.</source>
        <translation>
            <numerusform>Impossible de vérifier si des audiences utilisent le segment ci-dessous.</numerusform>
            <numerusform>Impossible de vérifier si des audiences utilisent les %n segments ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n more, it could not be checked.</source>
        <translation>
            <numerusform>Pour %n autre, la vérification a échoué.</numerusform>
            <numerusform>Pour %n autres, la vérification a échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaigns whose ad sets target these audiences will reach fewer people, or stop when a segment they need is deleted.</source>
        <translation>Les campagnes dont les ensembles de publicités ciblent ces audiences toucheront moins de personnes, ou s’arrêteront si un segment dont elles ont besoin est supprimé.</translation>
    </message>
    <message>
        <source>The campaigns whose ad sets target these audiences will reach fewer people.</source>
        <translation>Les campagnes dont les ensembles de publicités ciblent ces audiences toucheront moins de personnes.</translation>
    </message>
    <message>
        <source>Segment or audience</source>
        <translation>Segment ou audience</translation>
    </message>
    <message>
        <source>Ad sets</source>
        <translation>Ensembles d&apos;annonces</translation>
    </message>
    <message>
        <source>Reaches fewer people: %1</source>
        <translation>Touche moins de personnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not check where it is used: %1</source>
        <translation>Impossible de vérifier où il est utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audience %1 (%2)</source>
        <translation>Audience %1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Narrow %1</source>
        <translation>Restreindre %1</translation>
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
    <message>
        <source>%1/conflictBase/id: must be the id %2 of the segment.</source>
        <translation>%1/conflictBase/id&#xa0;: doit être l&apos;ID %2 du segment.</translation>
    </message>
    <message>
        <source>%1/conflictFields: must be a list of field paths.</source>
        <translation>%1/conflictFields&#xa0;: doit être une liste de chemins de champs.</translation>
    </message>
    <message>
        <source>%1/conflictFields/%2: must be a field path such as “attributes/name”.</source>
        <translation>%1/conflictFields/%2&#xa0;: doit être un chemin de champ comme «&#xa0;attributes/name&#xa0;».</translation>
    </message>
    <message>
        <source>%1/conflictBase: must be an object (or left out without a conflict).</source>
        <translation>%1/conflictBase&#xa0;: doit être un objet (ou être omis en l&apos;absence de conflit).</translation>
    </message>
    <message>
        <source>%1/conflictFields: given without “conflictBase”.</source>
        <translation>%1/conflictFields&#xa0;: présent sans «&#xa0;conflictBase&#xa0;».</translation>
    </message>
    <message>
        <source>%1/pending: “%2” is neither “create” nor “delete”.</source>
        <translation>%1/pending&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni «&#xa0;create&#xa0;» ni «&#xa0;delete&#xa0;».</translation>
    </message>
</context>
<context>
    <name>WorkingSetFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid working set: %2</source>
        <translation>%1 n’est pas un ensemble de travail valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Criteo audience segments offline and send every change in one go.</source>
        <translation>Modifiez vos segments d&apos;audience Criteo hors connexion et envoyez toutes les modifications en une seule fois.</translation>
    </message>
    <message>
        <source>Language of the interface: en, fr or de.</source>
        <translation>Langue de l&apos;interface&#xa0;: en, fr ou de.</translation>
    </message>
    <message>
        <source>Start the embedded demo server with sample data and connect to it (no account needed).</source>
        <translation>Démarrer le serveur de démonstration intégré avec des données d&apos;exemple et s&apos;y connecter (aucun compte nécessaire).</translation>
    </message>
    <message>
        <source>Faults the demo server injects, for example &quot;latency=200,5xx=0.1&quot;.</source>
        <translation>Pannes injectées par le serveur de démonstration, par exemple «&#xa0;latency=200,5xx=0.1&#xa0;».</translation>
    </message>
    <message>
        <source>Number of sample segments of the demo server.</source>
        <translation>Nombre de segments d&apos;exemple du serveur de démonstration.</translation>
    </message>
    <message>
        <source>A working set to open.</source>
        <translation>Ensemble de travail à ouvrir.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en, fr or de.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez en, fr ou de.</translation>
    </message>
    <message>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation>Le serveur de démonstration n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Light or dark for this session: system, light or dark (default: as chosen in View &gt; Appearance).</source>
        <translation>Clair ou sombre pour cette session&#xa0;: system, light ou dark (par défaut&#xa0;: comme choisi dans Affichage &gt; Apparence).</translation>
    </message>
    <message>
        <source>Unknown appearance “%1”: use system, light or dark.</source>
        <translation>Apparence inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez system, light ou dark.</translation>
    </message>
</context>
</TS>
