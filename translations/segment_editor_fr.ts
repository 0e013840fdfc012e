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
        <source>“%1” is not part of an update request.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas sa place dans une requête de mise à jour.</translation>
    </message>
    <message>
        <source>data must be an array of segments.</source>
        <translation>data doit être un tableau de segments.</translation>
    </message>
</context>
<context>
    <name>DemoFault</name>
    <message>
        <source>“%1”: expected kind=value, e.g. 5xx=1</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: type=valeur attendu, p. ex. 5xx=1</translation>
    </message>
    <message>
        <source>“%1”: unknown fault; use latency, 5xx, reset, hang, malformed, truncated, html or expire-token</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: type de panne inconnu&#xa0;; utilisez latency, 5xx, reset, hang, malformed, truncated, html ou expire-token</translation>
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
        <source>Not updated</source>
        <translation>Non mis à jour</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not list this segment as updated and gives no reason. Reload it to see what the server holds, then send again.</source>
        <translation>La réponse du serveur n&apos;indique pas ce segment comme mis à jour et ne donne aucune raison. Rechargez-le pour voir ce que contient le serveur, puis envoyez-le à nouveau.</translation>
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
        <source>Run “%1 &lt;command&gt; --help” for the options of a command.</source>
        <translation>Exécutez «&#xa0;%1 &lt;commande&gt; --help&#xa0;» pour afficher les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Run a local server that behaves like the Criteo API</source>
        <translation>Lancer un serveur local qui se comporte comme l&apos;API Criteo</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
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
        <translation>Restauration de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n segments</source>
        <translation>
            <numerusform>Restauration de %n segment</numerusform>
            <numerusform>Restauration de %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert “%1”: %2</source>
        <comment>segment name: field label</comment>
        <translation>Restauration de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
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
        <translation>Paramètres in-market</translation>
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
        <source>Δ %1</source>
        <comment>change mark before a state word</comment>
        <translation>Δ %1</translation>
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
        <source>Reload to see what the server holds.</source>
        <translation>Rechargez pour voir ce que contient le serveur.</translation>
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
