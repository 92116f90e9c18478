## Le registre des activités de traitement (art. 30 RGPD), écrit par
## « policywright record » et l’export dans l’assistant : une ligne (dans
## le tableur) ou une partie (en HTML et PDF) par finalité. Les libellés sont
## les en-têtes de colonnes, d’après le modèle de registre de l’APD.
## Arguments que chaque message peut utiliser, comme dans privacy.ftl :
##   $org       le nom de l’organisation
##   $email     l’adresse des questions sur la vie privée
##   $date      la date d’entrée en vigueur des documents
##   $version   le numéro de version
##   $country   le pays du responsable du traitement
##   $website   le premier site web ; $website-count le nombre de sites
##   $consent-age  l’âge du consentement numérique, ou "none"
##   $has-version  "yes" quand il y a un numéro de version, "no" sinon
##   $country-code le pays sous forme de code ("BE", "NL"), ou vide
##   $cookie-use   ce que le site enregistre : "cookies", "similar", "none" ou "unknown"

record-title = Registre des activités de traitement
# L’en-tête de ce que toutes les finalités partagent : responsable, délégué, sécurité.
record-common = Pour toutes les finalités
record-controller = Responsable du traitement
record-dpo = Délégué à la protection des données
record-data-subjects = Catégories de personnes concernées
record-recipients = Destinataires
record-transfers = Transferts hors de l’EEE et garanties
record-security = Mesures de sécurité techniques et organisationnelles
record-source = Source des données
record-owner = Responsable du processus
record-system = Application ou système
record-dpia = Analyse d’impact relative à la protection des données (art. 35)
# Les réponses à « Une AIPD a-t-elle été réalisée ? » pour la finalité.
record-dpia-done = réalisée
record-dpia-not-done = non réalisée
# Quand l’organisation a répondu qu’elle n’a pas de délégué.
record-no-dpo = aucun désigné
# Quand aucun destinataire ne reçoit de données pour la finalité, ou aucun hors de l’EEE.
record-none = aucun
# Toujours la première source : les personnes que les données concernent.
record-source-people = les personnes concernées elles-mêmes
# Le nom de la feuille dans le tableur ; 31 caractères au plus.
record-sheet = Registre
