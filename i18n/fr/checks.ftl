## Findings of the compliance checks, shown to the owner of a project before
## they publish. Each finding says what is wrong and where; its .hint says
## what to do. The ids follow the rule ids, with dashes for the dots.
## $item is the purpose, recipient, cookie or data category concerned, by
## its name (or its place in the project file when it has none).
## Où ils apparaissent : dans l’assistant, sous forme de carte sous la réponse
## concernée, à l’étape où elle est donnée (ou à la fin de l’étape ou de la
## carte de l’élément), et tous ensemble à la dernière étape, « Vérifier et
## exporter », chacun avec un bouton vers son étape ; en ligne de commande, «
## policywright check » imprime chaque message avec son indice (en texte ou en
## JSON), et « policywright render » ne compte que les erreurs. Le commentaire
## de chaque message donne sa gravité (erreur, avertissement ou conseil ; une
## erreur laisse les documents à l’état de brouillon), la réponse qui le
## déclenche et l’endroit où l’assistant l’affiche.

# How a rule's legal basis is cited: $law is one of the law-* names below,
# $articles a list such as "13(1)(c), 14(1)(c)".
# Affiché seulement en ligne de commande : après « Où : » dans « policywright
# check » (cli-findings-where), et comme citation dans sa sortie JSON. Pas dans
# l’assistant.
check-basis = art. { $articles } { $law }
# Nom de la loi dans check-basis, pour la plupart des règles.
law-gdpr = RGPD
# Nom de la loi dans check-basis, pour les règles sur les cookies.
law-eprivacy = directive ePrivacy
# Nom de la loi dans check-basis, pour les règles belges sur les caméras (loi
# du 21 mars 2007).
law-camera-law-be = loi caméras

## Questions whose answer decides what the documents say. Until answered,
## the documents show a placeholder there and are marked as drafts.
## Outre les questions sans réponse et les réponses qui se contredisent, ce
## groupe contient les contrôles des caméras (étape « Personnes et données »)
## et quelques avertissements sur des réponses isolées (chiffrement, site web
## pour les annonces, version des documents).

# Erreur. Les caméras sont cochées à l’étape « Personnes et données » et aucune
# base juridique n’est choisie pour elles. Assistant : sous les bases
# juridiques des caméras.
check-cameras-basis-missing = Vous utilisez des caméras de surveillance, mais vous n’indiquez pas ce qui vous y autorise ; la déclaration de confidentialité ne peut donc pas en mentionner la base juridique.
    .hint = Choisissez la base juridique de la surveillance par caméras ; pour un magasin ou un bureau, il s’agit généralement de votre intérêt légitime à protéger les personnes et les biens.
# Erreur. Les caméras sont cochées et la question de savoir si les images vont
# à la police ou à la justice (app-q-cameras-police) n’a pas de réponse.
# Assistant : étape « Personnes et données », sous cette question.
check-cameras-recipients-unanswered = Vous utilisez des caméras de surveillance, mais vous n’avez pas indiqué si vous transmettez des images à la police ou à la justice ; la déclaration de confidentialité ne peut donc pas préciser qui les reçoit.
    .hint = Sous « Personnes et données », indiquez si vous remettez des images à la police ou à la justice lorsqu’elles peuvent contribuer à prouver une infraction.
# Erreur. Les caméras sont cochées et leur finalité est vide. Assistant : étape
# « Personnes et données », sous ce champ.
check-cameras-purpose-missing = Vous utilisez des caméras de surveillance, mais vous n’indiquez pas dans quel but.
    .hint = Précisez à quoi servent les caméras, par exemple à prévenir et à élucider les vols dans le magasin.
# Erreur. Les caméras sont cochées et aucun nombre de jours n’est indiqué.
# Assistant : étape « Personnes et données », sous ce champ.
check-cameras-retention-missing = Vous utilisez des caméras de surveillance, mais vous n’indiquez pas combien de temps vous conservez les images.
    .hint = Indiquez le nombre de jours pendant lesquels vous conservez les images avant de les effacer.
# Erreur. Organisation en Belgique, caméras cochées et plus de 30 jours
# indiqués ; $days est le nombre indiqué, $max vaut 30. Assistant : étape «
# Personnes et données », sous le champ des jours.
check-cameras-retention-too-long = Vous conservez les images des caméras pendant { $days } jours ; la loi caméras belge n’autorise pas plus de { $max } jours, sauf si les images sont nécessaires comme preuve.
    .hint = Réglez votre enregistreur pour qu’il efface les images après { $max } jours au plus, puis indiquez ici le nouveau nombre de jours.
# Erreur. Organisation en Belgique, caméras cochées et la case du pictogramme
# non cochée. Assistant : étape « Personnes et données », sous cette case.
check-cameras-pictogram-missing = Vos réponses n’indiquent pas qu’un panneau portant le pictogramme légal est apposé aux entrées de la zone surveillée, comme l’exige la loi caméras belge.
    .hint = Apposez le pictogramme (le modèle fixé par arrêté royal) à chaque entrée, puis cochez la case correspondante ici.
# Erreur. Organisation en Belgique, caméras cochées et « déclarées à la police
# » non coché. Assistant : étape « Personnes et données », sous cette case.
check-cameras-not-declared = Vos réponses n’indiquent pas que les caméras ont été déclarées à la police, comme l’exige la loi caméras belge.
    .hint = Déclarez-les sur www.declarationcamera.be, puis cochez la case correspondante ici.
# Erreur. Aucun pays n’est choisi pour l’organisation. Assistant : étape «
# Votre organisation », sous la liste des pays.
check-answers-country-unanswered = Vous n’avez pas indiqué dans quel pays votre organisation est établie ; les documents ne peuvent donc citer ni la loi nationale applicable ni l’autorité de contrôle auprès de laquelle chacun peut introduire une plainte.
    .hint = Choisissez le pays sous « Votre organisation ».
# Erreur. Aucun type de données n’est coché ni ajouté. Assistant : étape «
# Personnes et données », sous le bouton d’ajout d’un type de données.
check-answers-data-categories-unanswered = Vous n’avez pas indiqué quels types de données à caractère personnel vous traitez ; la déclaration de confidentialité ne peut donc pas les énumérer.
    .hint = Sous « Personnes et données », cochez les types de données que vous traitez, ou ajoutez les vôtres.
# Erreur. La question sur le DPO (app-q-dpo) n’a pas de réponse. Assistant :
# étape « Contact et plaintes », sous cette question.
check-answers-dpo-unanswered = Vous n’avez pas indiqué si vous avez désigné un délégué à la protection des données ; la déclaration de confidentialité n’en dit donc rien.
    .hint = Sous « Contact et plaintes », indiquez si un délégué à la protection des données a été désigné. N’expliquez pourquoi vous n’en avez pas que si vous l’avez vérifié.
# Erreur. La question sur les autres sources (app-q-sources) n’a pas de réponse
# et aucune source n’est indiquée. Assistant : étape « Personnes et données »,
# sous cette question.
check-answers-sources-unanswered = Vous n’avez pas indiqué si vous obtenez des données à caractère personnel auprès d’autres sources que les personnes concernées elles-mêmes (art. 14 RGPD).
    .hint = Sous « Personnes et données », indiquez si des données proviennent d’autres sources et, si c’est le cas, citez-les.
# Erreur. La question de savoir si quelqu’un reçoit les données
# (app-q-recipients) n’a pas de réponse et aucun destinataire n’est indiqué.
# Assistant : en haut de l’étape « Destinataires », sous cette question.
check-answers-recipients-unanswered = Vous n’avez pas indiqué si quelqu’un en dehors de votre organisation reçoit les données ; la déclaration de confidentialité ne dit donc rien des destinataires.
    .hint = Sous « Destinataires », indiquez qui reçoit les données (votre comptable, votre hébergeur web, etc.), ou répondez que personne ne les reçoit.
# Erreur. La question sur les transferts (app-q-transfers) n’a pas de réponse
# et aucun destinataire ne traite de données hors EEE ; ou un destinataire a
# une garantie mais aucun pays hors EEE. Assistant : fin de l’étape «
# Destinataires », sous cette question.
check-answers-transfers-unanswered = Vous n’avez pas indiqué si des données sont transférées vers un pays situé en dehors de l’Espace économique européen.
    .hint = Sous « Destinataires », indiquez si des données quittent l’EEE. Si c’est le cas, indiquez pour chaque destinataire concerné son pays et la garantie appliquée.
# Erreur. La question sur les décisions automatisées (app-q-automated) n’a pas
# de réponse et aucune finalité ne décrit une telle décision aux effets
# importants. Assistant : étape « Finalités », sous cette question, sous les
# cartes des finalités.
check-answers-automated-decisions-unanswered = Vous n’avez pas indiqué si des décisions concernant des personnes sont prises exclusivement par des moyens automatisés.
    .hint = Sous « Finalités », indiquez si une décision produisant des effets juridiques ou des effets significatifs similaires est prise sans intervention humaine.
# Erreur. Aucune mesure de sécurité n’est cochée. Assistant : étape « Contact
# et plaintes », sous les mesures de sécurité.
check-answers-security-measures-unanswered = Vous n’avez pas indiqué comment vous protégez les données ; la déclaration de confidentialité n’en dit donc rien.
    .hint = Sous « Contact et plaintes », cochez les mesures que vous prenez réellement.
# Erreur. La question sur les services en ligne pour enfants (app-q-children)
# n’a pas de réponse. Assistant : étape « Contact et plaintes », sous les
# champs sur les enfants.
check-answers-children-unanswered = Vous n’avez pas indiqué si vous proposez des services en ligne directement aux enfants.
    .hint = Sous « Contact et plaintes », répondez à la question sur les enfants. Si des mineurs figurent parmi les personnes dont vous traitez les données, expliquez comment vous gérez leurs données.
# Erreur. Aucune des manières d’annoncer les modifications n’est cochée.
# Assistant : étape « Contact et plaintes », sous ces cases.
check-answers-change-notice-unanswered = Vous n’avez pas indiqué comment vous annoncez les modifications apportées aux documents.
    .hint = Sous « Contact et plaintes », cochez la manière dont les personnes apprennent qu’une nouvelle version existe.
# Erreur. La question sur les cookies (app-q-cookies) n’a pas de réponse et
# aucun cookie n’est indiqué ; pas posée quand la politique en matière de
# cookies est publiée ailleurs. Assistant : étape « Cookies », sous cette
# question.
check-answers-cookies-unanswered = Vous n’avez pas indiqué si votre site web place des cookies ou utilise des technologies similaires ; la politique en matière de cookies n’en dit donc rien.
    .hint = Sous « Cookies », énumérez les cookies que place votre site web (vous pouvez les importer depuis votre navigateur), ou répondez qu’il n’en place aucun.
# Erreur. Un cookie indiqué exige un consentement et la façon de le demander
# (app-q-consent) n’a pas de réponse ; pas posée quand la politique en matière
# de cookies est publiée ailleurs. Assistant : étape « Cookies », à la fin de
# la section sur le consentement.
check-answers-cookie-consent-unanswered = Votre site web place des cookies soumis au consentement, et vous n’avez pas indiqué comment vous demandez ce consentement.
    .hint = Sous « Cookies », indiquez comment le consentement des visiteurs est demandé.
# Erreur. « Non, tout vient des personnes elles-mêmes » est répondu alors que
# des sources sont indiquées. Assistant : étape « Personnes et données », sous
# la question sur les autres sources.
check-answers-sources-contradictory = Vous avez répondu que toutes les données proviennent des personnes concernées elles-mêmes, mais vous citez aussi d’autres sources. Les documents ne disent ni l’un ni l’autre.
    .hint = Supprimez les sources, ou modifiez votre réponse pour indiquer que des données proviennent aussi de tiers.
# Erreur. « Non, personne » est répondu alors que des destinataires sont
# indiqués. Assistant : en haut de l’étape « Destinataires ».
check-answers-recipients-contradictory = Vous avez répondu que personne en dehors de votre organisation ne reçoit les données, mais vous citez aussi des destinataires. Les documents ne disent ni l’un ni l’autre.
    .hint = Supprimez les destinataires, ou modifiez votre réponse pour indiquer que d’autres reçoivent bel et bien des données.
# Erreur. « Non » est répondu à la question sur les transferts alors qu’un
# destinataire traite des données hors EEE, ou a une garantie sans pays hors
# EEE. Assistant : fin de l’étape « Destinataires ».
check-answers-transfers-contradictory = Vous avez répondu qu’aucune donnée ne quitte l’Espace économique européen, mais un destinataire se trouve en dehors de celui-ci ou dispose d’une garantie pour les transferts. Les documents ne disent ni l’un ni l’autre.
    .hint = Vérifiez les pays et les garanties des destinataires, puis répondez à nouveau à la question sur les transferts.
# Erreur. « Non » est répondu à app-q-automated alors qu’une finalité décrit
# une décision prise par un ordinateur avec des effets importants. Assistant :
# étape « Finalités », sous cette question.
check-answers-automated-decisions-contradictory = Vous avez répondu qu’aucune décision n’est prise exclusivement par des moyens automatisés, mais une finalité décrit une telle décision. Les documents ne disent ni l’un ni l’autre.
    .hint = Retirez la décision automatisée de la finalité, ou modifiez votre réponse.
# Erreur. « Non, aucun » est répondu à la question sur les cookies alors que
# des cookies sont indiqués. Assistant : étape « Cookies », sous cette
# question.
check-answers-cookies-contradictory = Vous avez répondu que votre site web ne place aucun cookie, mais vous énumérez aussi des cookies. La politique en matière de cookies ne dit ni l’un ni l’autre.
    .hint = Supprimez les cookies, ou modifiez votre réponse pour indiquer que le site web place des cookies.
# Erreur. La question « accessible au public ? » d’une source
# (app-q-source-public) n’a pas de réponse ; $item est la description de la
# source. Assistant : étape « Personnes et données », dans la carte de cette
# source.
check-art14-source-public-unanswered = Vous n’avez pas indiqué si la source « { $item } » est accessible au public, ce que la déclaration de confidentialité doit préciser.
    .hint = Sous « Personnes et données », indiquez si cette source est accessible au public (un registre public, un site web) ou non.
# Avertissement. Le projet mentionne la simple mesure « chiffrement » des
# fichiers de projet au format 1, que l’assistant ne propose plus (il propose
# le chiffrement en transit et au repos). Assistant : étape « Contact et
# plaintes », sous les mesures de sécurité.
check-art32-security-encryption-where = Vous avez coché « chiffrement » sans préciser où il s’applique ; la déclaration de confidentialité ne le mentionne donc pas.
    .hint = Sous « Contact et plaintes », indiquez si les données sont chiffrées lors de leur envoi, lors de leur stockage, ou les deux.
# Avertissement. Annoncer les modifications sur le site web est coché et
# l’organisation n’a pas de site web. Assistant : étape « Contact et plaintes
# », sous ces cases.
check-art12-changes-website-missing = Vous annoncez les modifications sur votre site web, mais aucun site web n’est indiqué.
    .hint = Ajoutez votre site web sous « Votre organisation », ou choisissez une autre manière d’annoncer les modifications.
# Avertissement. La version des documents est vide. Assistant : seulement dans
# la liste de l’étape « Vérifier et exporter », où se trouve le champ de la
# version.
check-document-version-missing = Les documents n’ont pas de numéro de version ; les lecteurs ne peuvent donc pas distinguer une version de la suivante.
    .hint = Attribuez une version aux documents, par exemple 1.0, sous « Vérifier et exporter ».

## Who is responsible, and how to reach them.

# Erreur. Le nom de l’organisation est vide. Assistant : étape « Votre
# organisation », sous le nom.
check-art13-controller-name-missing = L’organisation n’a pas de nom ; les documents ne peuvent donc pas dire qui est responsable des données.
    .hint = Indiquez la dénomination officielle de l’organisation, telle qu’elle est enregistrée.
# Avertissement. Le nom se termine par la forme juridique indiquée (points et
# majuscules ignorés) ; $form est la forme juridique telle que saisie.
# Assistant : étape « Votre organisation », sous le nom.
check-art13-controller-name-has-legal-form = Le nom se termine déjà par « { $form } », et les documents ajoutent la forme juridique après le nom : elle apparaîtrait donc deux fois.
    .hint = Écrivez le nom sans sa forme juridique, par exemple « Boulangerie Janssens » avec la forme juridique « { $form } ».
# Erreur. La rue, le code postal ou la localité est vide. Assistant : étape «
# Votre organisation », sous la liste des pays.
check-art13-controller-address-incomplete = L’adresse de l’organisation est incomplète : les lecteurs ont besoin d’une rue, d’un code postal et d’une localité pour savoir où vous joindre.
    .hint = Indiquez la rue et le numéro, le code postal et la localité de l’organisation.
# Avertissement. Organisation en Belgique ou aux Pays-Bas sans numéro
# d’entreprise (BCE) ni numéro KvK ; $country est le nom du pays. Assistant :
# étape « Votre organisation », sous les numéros.
check-art13-controller-enterprise-number-missing = Aucun numéro d’entreprise n’est indiqué. Toute organisation établie dans ce pays ({ $country }) en possède un, et les lecteurs s’en servent pour savoir exactement quelle organisation est responsable.
    .hint = Ajoutez le numéro : en Belgique, le numéro d’entreprise attribué par la Banque-Carrefour des Entreprises (BCE), sous la forme 0123.456.789 ; aux Pays-Bas, le numéro à 8 chiffres de la Chambre de commerce (KvK).
# Erreur. Le pays de l’organisation est hors EEE et aucun représentant n’est
# nommé ; $country est ce pays. L’assistant n’a pas de champ pour le
# représentant (organisation.representative dans le fichier de projet) : le
# constat s’affiche à la fin de l’étape « Votre organisation ».
check-art27-representative-missing = L’organisation est établie en dehors de l’Espace économique européen ({ $country }) et ne désigne aucun représentant dans l’UE.
    .hint = Désignez un représentant dans un pays de l’UE où se trouvent les personnes auxquelles vous vous adressez, et indiquez son nom et ses coordonnées.
# Erreur. Un représentant est nommé dans le fichier de projet sans e-mail,
# téléphone ni adresse. Assistant : fin de l’étape « Votre organisation ».
check-art13-representative-contact-missing = Le représentant dans l’UE est mentionné sans aucune coordonnée.
    .hint = Ajoutez une adresse e-mail, un numéro de téléphone ou une adresse postale auxquels on peut joindre le représentant.
# Erreur. La question sur le DPO a reçu la réponse oui et le DPO n’a ni e-mail,
# ni téléphone, ni adresse. Assistant : étape « Contact et plaintes », sous la
# question sur le DPO.
check-art13-dpo-contact-missing = Un délégué à la protection des données est mentionné sans aucune coordonnée.
    .hint = Ajoutez une adresse e-mail, un numéro de téléphone ou une adresse postale auxquels on peut joindre directement le délégué à la protection des données.
# Avertissement. Pas de DPO désigné (ou pas de réponse) alors qu’une finalité
# utilise des données sensibles (art. 9) d’autres personnes que le personnel et
# les candidats ; $purpose est le nom de cette finalité. Assistant : étape «
# Contact et plaintes », sous la question sur le DPO.
check-art37-dpo-likely-required = Aucun délégué à la protection des données n’est désigné, alors que la finalité « { $purpose } » porte sur des données sensibles (comme des données de santé) de personnes autres que les membres de votre personnel. Lorsqu’un tel traitement à grande échelle est au cœur de votre activité (pratique de groupe, laboratoire, hôpital, syndicat), la loi impose d’en désigner un.
    .hint = Si ce traitement est à grande échelle et au cœur de votre activité, désignez un délégué à la protection des données et indiquez ses coordonnées. Un praticien ou une petite organisation n’en a généralement pas besoin ; vous pouvez alors laisser ce point tel quel.
# Erreur. L’adresse des demandes (celle du contact, sinon celle de
# l’organisation) est vide, invalide ou une adresse d’exemple. Assistant :
# étape « Contact et plaintes » sous l’e-mail du contact, ou étape « Votre
# organisation » sous l’adresse e-mail.
check-art12-rights-channel-missing = Aucune adresse e-mail valide n’est prévue pour les demandes relatives à la protection des données : personne ne peut donc exercer les droits énumérés dans la déclaration de confidentialité.
    .hint = Indiquez une adresse e-mail valide et effectivement consultée, pour le contact chargé de la protection des données ou pour l’organisation, par exemple privacy@votreentreprise.be.
# Erreur. Un pays est choisi pour lequel policywright ne connaît aucune
# autorité de contrôle, et le fichier de projet n’en indique pas ; $country est
# ce pays. Assistant : étape « Contact et plaintes », sous le cadre de
# l’autorité. L’autorité ne peut être indiquée que dans le fichier de projet
# (supervisory_authority).
check-art13-complaint-authority-missing = Les documents ne peuvent citer aucune autorité de contrôle auprès de laquelle introduire une plainte : policywright n’en connaît aucune pour ce pays ({ $country }).
    .hint = Indiquez vous-même l’autorité de protection des données de votre pays, avec son nom, son adresse et son site web.
# Erreur. L’autorité indiquée dans le fichier de projet n’existe plus (comme la
# Commission belge de la protection de la vie privée ou le College bescherming
# persoonsgegevens néerlandais) ; $item est son nom tel qu’indiqué. Assistant :
# étape « Contact et plaintes », sous le cadre de l’autorité.
check-art13-complaint-authority-former = L’autorité de contrôle « { $item } » n’existe plus : les plaintes qui lui sont adressées n’aboutissent nulle part.
    .hint = Supprimez l’autorité que vous avez indiquée. Pour la Belgique et les Pays-Bas, policywright cite lui-même l’autorité actuelle (l’Autorité de protection des données, l’Autoriteit Persoonsgegevens).

## Purposes, legal bases and retention.

# Erreur. Le projet n’a aucune finalité. Assistant : étape « Finalités », sous
# le bouton d’ajout d’une finalité.
check-art13-purposes-missing = Aucune finalité n’est indiquée : la déclaration de confidentialité doit expliquer pourquoi vous traitez des données à caractère personnel.
    .hint = Ajoutez chaque finalité, comme le traitement des commandes, l’envoi de la newsletter ou le calcul des salaires, avec sa base juridique et la durée de conservation des données.
# Erreur. Une finalité, ou les conditions propres d’un groupe dans celle-ci,
# n’a pas de base juridique ; $item est le nom de la finalité. Assistant :
# étape « Finalités », dans sa carte sous les bases juridiques (ou sous les
# conditions du groupe).
check-art13-purpose-legal-basis-missing = La finalité « { $item } » n’a pas de base juridique.
    .hint = Choisissez la base juridique qui vous permet d’utiliser les données pour cette finalité : le consentement, un contrat, une obligation légale, la sauvegarde des intérêts vitaux, une mission d’intérêt public ou un intérêt légitime.
# Erreur. La base juridique est l’intérêt légitime et le champ de l’intérêt est
# vide ; $item est le nom de la finalité. Assistant : étape « Finalités », dans
# la carte de la finalité.
check-art13-purpose-legitimate-interest-missing = La finalité « { $item } » repose sur un intérêt légitime, mais cet intérêt lui-même n’est pas décrit.
    .hint = Décrivez en quelques mots l’intérêt que vous poursuivez, par exemple « protéger notre site web contre les abus » ou « informer nos clients de produits similaires ».
# Erreur. Ni durée fixe ni critères ne sont indiqués pour une finalité (ou les
# critères sont vides) ; $item est son nom. Assistant : étape « Finalités »,
# sous la conservation.
check-art13-purpose-retention-missing = La finalité « { $item } » n’indique pas combien de temps les données sont conservées.
    .hint = Indiquez une durée, par exemple 7 ans après la fin de l’exercice comptable, ou les critères qui la déterminent. La seule mention « aussi longtemps que nécessaire » ne suffit pas.
# Avertissement. La base juridique est un contrat ou une obligation légale et «
# les personnes doivent-elles fournir ces données ? » est encore sur « non
# précisé » ; $item est le nom de la finalité. Assistant : étape « Finalités »,
# sous cette liste.
check-art13-purpose-provision-missing = La finalité « { $item } » repose sur un contrat ou une obligation légale, mais n’indique pas si les personnes sont tenues de fournir les données, ni ce qui se passe si elles ne le font pas.
    .hint = Précisez si la fourniture des données est obligatoire (en vertu de la loi, du contrat ou pour conclure un contrat) et quelles sont les conséquences si elles ne sont pas fournies. Si vos formulaires signalent déjà les champs obligatoires et l’expliquent, cela peut suffire.
# Avertissement. Une autre réponse que « non, c’est leur choix » est choisie et
# « Que se passe-t-il si elles ne les fournissent pas ? » est vide ; $item est
# le nom de la finalité. Assistant : étape « Finalités », sous cette liste.
check-art13-purpose-provision-consequence-missing = Les personnes doivent fournir des données pour la finalité « { $item } », mais la déclaration n’indique pas ce qui se passe si elles ne le font pas.
    .hint = Décrivez la conséquence en quelques mots, par exemple « nous ne pouvons pas livrer votre commande ».
# Erreur. Une décision prise par un ordinateur est cochée dans une finalité et
# « Comment la décision est-elle prise ? » est vide ; $item est le nom de la
# finalité. Assistant : étape « Finalités », à la décision dans la carte de la
# finalité.
check-art13-automated-decision-logic-missing = Pour la décision automatisée de la finalité « { $item } », rien n’explique comment la décision est prise.
    .hint = Expliquez simplement sur quoi repose la décision, par exemple « un score établi à partir de votre historique de paiement ».
# Erreur. Une décision prise par un ordinateur est cochée et « Qu’est-ce que
# cela signifie pour la personne ? » est vide ; $item est le nom de la
# finalité. Assistant : étape « Finalités », à la décision.
check-art13-automated-decision-consequences-missing = Pour la décision automatisée de la finalité « { $item } », rien n’indique ce qu’elle implique pour la personne concernée.
    .hint = Décrivez ce que le résultat peut signifier pour la personne, par exemple « avec un score faible, vous ne pouvez pas payer en différé ».
# Erreur. Une décision prise par un ordinateur est cochée et sa question sur
# les effets juridiques ou importants (app-q-art22) n’a pas de réponse ; $item
# est le nom de la finalité. Assistant : étape « Finalités », à la décision.
check-art22-automated-decision-significance-unanswered = Vous n’avez pas indiqué si la décision automatisée de la finalité « { $item } » produit des effets juridiques ou des effets significatifs similaires pour les personnes ; c’est pourtant ce qui détermine ce que la déclaration de confidentialité doit en dire.
    .hint = Sous « Finalités », répondez à la question posée pour cette décision : un paiement ou un contrat refusé a un effet significatif, une recommandation de produit non.
# Erreur. app-q-art22 a reçu la réponse oui et aucune exception de l’art. 22(2)
# n’est choisie ; $item est le nom de la finalité. Assistant : étape «
# Finalités », à la décision.
check-art22-automated-decision-ground-missing = La décision automatisée de la finalité « { $item } » est prise sans intervention humaine et a des effets significatifs, mais vous n’avez pas indiqué ce qui l’autorise. L’article 22, paragraphe 2, du RGPD ne le permet que si la décision est nécessaire à un contrat, autorisée par la loi ou fondée sur un consentement explicite.
    .hint = Sous « Finalités », choisissez l’exception applicable. Si aucune ne s’applique, chacune de ces décisions doit être prise ou réexaminée par une personne.

## Sensitive data and sources.

# Erreur. Un type de données sensible (art. 9) est coché, ou un type propre
# marqué sensible, sans exception, et toutes les finalités qui l’utilisent n’en
# donnent pas une propre ; $item est le nom du type. Assistant : étape «
# Personnes et données », à côté de ce type.
check-art9-condition-missing = « { $item } » relève des catégories particulières de données à caractère personnel, et aucune exception vous permettant de les traiter n’a été choisie.
    .hint = Choisissez l’exception de l’article 9, paragraphe 2, du RGPD qui s’applique, comme le consentement explicite ou les soins de santé. Sans exception, vous ne pouvez pas traiter ces données.
# Erreur. Le type « Condamnations pénales et infractions » est coché sans la
# loi qui l’autorise, et toutes les finalités qui l’utilisent n’en nomment pas
# une ; $item est le nom du type. Assistant : étape « Personnes et données », à
# côté de ce type.
check-art10-authorisation-missing = Des données relatives aux condamnations pénales et aux infractions (« { $item } ») sont traitées sans que soit citée la loi qui l’autorise.
    .hint = Citez la loi ou la réglementation qui vous autorise à traiter ces données, par exemple les règles relatives à l’extrait de casier judiciaire pour le travail avec des mineurs.
# Erreur. Une carte de source n’a pas de description. Assistant : étape «
# Personnes et données », dans la carte de cette source.
check-art14-source-description-missing = Une source de données que vous n’obtenez pas des personnes concernées elles-mêmes n’a pas de description.
    .hint = Décrivez d’où proviennent les données, par exemple « le registre public des entreprises » ou « la personne qui a passé la commande ».
# Erreur. Aucun type de données n’est coché dans une carte de source ; $item
# est la description de la source. Assistant : étape « Personnes et données »,
# dans la carte de cette source.
check-art14-source-data-missing = La source « { $item } » n’indique pas quelles données elle fournit.
    .hint = Choisissez les catégories de données que vous obtenez de cette source.

## Recipients and transfers outside the European Economic Area.

# Erreur. Une carte de destinataire n’a pas de nom. Assistant : étape «
# Destinataires », dans la carte sous le nom.
check-art13-recipient-name-missing = Un destinataire de données n’a pas de nom.
    .hint = Indiquez le nom de l’entreprise, ou une catégorie comme « notre comptable ».
# Erreur. Le rôle est responsable conjoint et l’accord est vide ; $item est le
# nom du destinataire. Assistant : étape « Destinataires », dans la carte sous
# l’accord.
check-art26-joint-controller-arrangement-missing = « { $item } » est responsable conjoint du traitement, mais les grandes lignes de votre accord avec lui ne sont pas indiquées, alors que les personnes ont le droit de les connaître.
    .hint = Sous « Destinataires », expliquez en quelques phrases qui fait quoi : qui informe les personnes, qui demande le consentement, qui répond aux demandes.
# Erreur. Des clauses contractuelles types d’une décision abrogée sont choisies
# ; $item est le nom du destinataire, $decision la décision (2001/497, 2004/915
# ou 2010/87). Assistant : étape « Destinataires », dans la carte sous les
# clauses.
check-art46-transfer-scc-repealed = Les clauses contractuelles types conclues avec « { $item } » sont celles de la décision { $decision }, qui a été abrogée : depuis le 27 décembre 2022, les transferts requièrent les clauses de la décision d’exécution (UE) 2021/914.
    .hint = Convenez des clauses 2021/914 avec le destinataire (la plupart des prestataires les proposent dans leurs conditions relatives au traitement des données), puis choisissez-les sous « Destinataires ».
# Avertissement. Un destinataire n’a pas de rôle ; $item est son nom. Assistant
# : étape « Destinataires », sous la liste des rôles.
check-art13-recipient-role-missing = Le destinataire « { $item } » n’a pas de rôle : les lecteurs ne peuvent donc pas savoir s’il agit sur vos instructions ou s’il décide lui-même de ce qu’il fait des données.
    .hint = Choisissez son rôle : sous-traitant (travaille pour vous, dans le cadre d’un contrat de sous-traitance), responsable du traitement, responsable conjoint du traitement, autorité publique ou société du groupe.
# Erreur. Un destinataire traite des données dans un pays hors EEE sans
# décision d’adéquation et aucune garantie n’est choisie ; ou « hors EEE, pays
# non nommés » est coché sans clauses, règles d’entreprise contraignantes ni
# dérogation. $item est le nom du destinataire, $country le pays (ou
# country-outside-eea-unstated de common.ftl). Assistant : étape «
# Destinataires », sous la garantie.
check-art13-transfer-safeguard-missing = Des données sont transférées à « { $item } », en dehors de l’Espace économique européen ({ $country }), sans aucune garantie, et ce pays ne bénéficie d’aucune décision d’adéquation.
    .hint = Demandez au destinataire quelle garantie il applique (généralement les clauses contractuelles types de la Commission européenne) et indiquez-la. S’il n’en a aucune, choisissez un autre prestataire.
# Erreur. « Décision d’adéquation » est choisie comme garantie pour un pays qui
# n’en a pas ; $item est le nom du destinataire, $country le pays. Assistant :
# étape « Destinataires », sous la garantie.
check-art45-transfer-adequacy-not-found = Pour « { $item } », vous avez choisi une décision d’adéquation, mais la Commission européenne n’en a adopté aucune pour ce pays ({ $country }).
    .hint = Demandez au destinataire quelle garantie il applique réellement, généralement des clauses contractuelles types, et indiquez celle-ci à la place.
# Erreur. « Décision d’adéquation » est choisie pour les États-Unis, dont la
# décision ne couvre que les organisations certifiées dans le cadre du Data
# Privacy Framework ; $item est le nom du destinataire, $country le pays.
# Assistant : étape « Destinataires », sous la garantie.
check-art45-transfer-adequacy-needs-dpf = Pour « { $item } », vous avez choisi une décision d’adéquation pour ce pays ({ $country }), mais cette décision ne couvre que les organisations certifiées au titre du cadre de protection des données UE–États-Unis (EU-US Data Privacy Framework).
    .hint = Si « { $item } » figure sur la liste du Data Privacy Framework, choisissez cette garantie ; sinon, demandez-lui laquelle il applique, généralement des clauses contractuelles types.
# Erreur. « cadre de protection des données UE–États-Unis » est choisi pour un
# autre pays que les États-Unis ; $item est le nom du destinataire, $country le
# pays. Assistant : étape « Destinataires », sous la garantie.
check-art45-transfer-dpf-outside-us = Pour « { $item } » ({ $country }), vous avez choisi le cadre de protection des données UE–États-Unis (EU-US Data Privacy Framework), qui ne couvre que des organisations certifiées établies aux États-Unis.
    .hint = Vérifiez le pays du destinataire. Si les données restent dans ce pays ({ $country }), choisissez la garantie qui s’y applique ; si elles vont aux États-Unis, indiquez ce pays.
# Erreur. Une dérogation pour des situations particulières (art. 49) est la
# garantie et sa raison est vide ; $item est le nom du destinataire.
# L’assistant ne propose pas de dérogations : elles viennent du fichier de
# projet. Assistant : étape « Destinataires », sous la garantie.
check-art49-transfer-derogation-unexplained = Le transfert vers « { $item } » repose sur une dérogation pour des situations particulières, mais cette dérogation n’est pas décrite.
    .hint = Décrivez la dérogation applicable, par exemple « votre consentement explicite, après que nous vous avons expliqué les risques » ou « nécessaire à l’exécution de votre contrat ». Ces dérogations ne sont prévues que pour des transferts occasionnels.
# Avertissement. Une garantie est indiquée alors que tous les pays du
# destinataire sont dans l’EEE ; $item est le nom du destinataire, $country son
# pays. Assistant : étape « Destinataires », sous le pays.
check-art44-transfer-safeguard-inside-eea = Pour « { $item } », vous avez choisi une garantie pour les transferts, mais ce pays ({ $country }) fait partie de l’Espace économique européen, où aucune garantie n’est nécessaire.
    .hint = Si les données vont réellement vers un autre pays, par exemple les États-Unis, indiquez ce pays ; sinon, supprimez la garantie.
# Avertissement. Une garantie est indiquée et aucun pays n’est choisi pour le
# destinataire ; $item est son nom. Assistant : étape « Destinataires », sous
# le pays.
check-art13-transfer-country-missing = Pour « { $item } », vous avez choisi une garantie pour les transferts, mais pas le pays vers lequel les données sont transférées.
    .hint = Indiquez le pays où le destinataire traite les données, afin que la déclaration de confidentialité puisse dire où elles vont.

## Cookies.

# Erreur. Un cookie exige un consentement et « Le consentement n’est pas
# demandé » est choisi. Assistant : étape « Cookies », à la fin de la section
# sur le consentement.
check-eprivacy-cookies-consent-missing = Votre site web utilise des cookies soumis au consentement, mais aucun bandeau cookies ne demande ce consentement avant qu’ils soient placés.
    .hint = Utilisez un bandeau cookies qui demande le consentement avant le placement de tout cookie qui n’est pas strictement nécessaire, avec un bouton de refus aussi simple à utiliser que le bouton d’acceptation. Poursuivre la navigation ne vaut pas consentement.
# Erreur. Un cookie exige un consentement et « Poursuivre la navigation vaut
# consentement » est choisi. Assistant : étape « Cookies », à la fin de la
# section sur le consentement.
check-eprivacy-cookies-consent-implied = Votre site web considère la poursuite de la navigation comme un consentement aux cookies. Ce n’en est pas un : les visiteurs doivent donner leur accord de manière active, avant que les cookies soient placés.
    .hint = Utilisez un bandeau cookies qui demande le consentement avant le placement de tout cookie qui n’est pas strictement nécessaire, et répondez « Par un bandeau » sous « Cookies ».
# Erreur. Un bandeau demande le consentement pour des cookies qui l’exigent et
# « Où les visiteurs peuvent-ils modifier leur choix ? » est vide. Assistant :
# étape « Cookies », à la fin de la section sur le consentement.
check-art7-cookies-withdrawal-missing = Les visiteurs ne peuvent pas retirer leur consentement aux cookies aussi facilement qu’ils l’ont donné : la politique en matière de cookies peut seulement les inviter à vous écrire ou à supprimer leurs cookies.
    .hint = Proposez sur chaque page un lien ou un bouton, comme « Paramètres des cookies », qui rouvre les choix en matière de cookies, et indiquez où il se trouve.
# Avertissement. Des cookies de plus d’une catégorie exigent un consentement,
# un bandeau le demande, et app-consent-per-category n’est pas coché. Assistant
# : étape « Cookies », à la fin de la section sur le consentement.
check-art7-cookies-consent-not-granular = Des cookies de plusieurs catégories sont soumis au consentement, mais les visiteurs ne peuvent que les accepter ou les refuser tous en une fois.
    .hint = Permettez aux visiteurs de choisir par catégorie dans votre bandeau cookies (par exemple les cookies analytiques et les cookies marketing séparément), puis cochez la case correspondante ici.
# Avertissement. L’exemption néerlandaise pour les cookies analytiques
# (app-analytics-exempt) est cochée alors que l’organisation n’est pas aux
# Pays-Bas. Assistant : seulement dans la liste de l’étape « Vérifier et
# exporter », pas à l’étape « Cookies ».
check-eprivacy-cookies-analytics-exempt-outside-nl = Vous indiquez que vos cookies analytiques peuvent être placés sans consentement en vertu de l’exemption néerlandaise pour les cookies analytiques à faible impact, mais votre organisation n’est pas établie aux Pays-Bas.
    .hint = En dehors des Pays-Bas, demandez le consentement pour les cookies analytiques ; décochez l’exemption.
# Avertissement. Organisation aux Pays-Bas, exemption néerlandaise cochée, et
# un cookie analytique est placé par une autre entreprise (tiers coché) ; $item
# est le nom de ce cookie. Assistant : seulement dans la liste de l’étape «
# Vérifier et exporter », pas à l’étape « Cookies ».
check-eprivacy-cookies-analytics-exempt-third-party = Vous appliquez l’exemption néerlandaise pour les cookies analytiques à faible impact, mais « { $item } » est un cookie analytique d’une autre entreprise, qui en remplit rarement les conditions : le fournisseur peut utiliser les données pour son propre compte.
    .hint = Vérifiez les conditions de l’autorité néerlandaise de protection des données, l’Autoriteit Persoonsgegevens (aucun partage des données, adresses IP masquées, contrat de sous-traitance) ; si votre configuration ne les remplit pas, décochez l’exemption et demandez le consentement.
# Erreur. Un bandeau demande le consentement pour des cookies qui l’exigent et
# app-consent-waits n’est pas coché. Assistant : étape « Cookies », à la fin de
# la section sur le consentement.
check-eprivacy-cookies-set-before-choice = Vos réponses n’indiquent pas que le site web attend le choix du visiteur avant de placer des cookies soumis au consentement.
    .hint = Configurez votre site web ou votre outil de gestion du consentement de sorte que seuls les cookies strictement nécessaires soient placés tant que le visiteur n’a pas accepté (scripts bloqués jusque-là), vérifiez-le dans une fenêtre de navigation privée, puis cochez la case correspondante ici ; d’ici là, la politique en matière de cookies ne peut pas le promettre.
# Erreur. Un bandeau demande le consentement pour des cookies qui l’exigent et
# app-consent-refuse n’est pas coché. Assistant : étape « Cookies », à la fin
# de la section sur le consentement.
check-art7-cookies-refusal-not-as-easy = Vos réponses n’indiquent pas qu’il est aussi facile de refuser les cookies que de les accepter.
    .hint = Placez un bouton de refus à côté du bouton d’acceptation, sur le premier écran de votre bandeau et tout aussi visible, puis cochez la case correspondante ici ; d’ici là, la politique en matière de cookies ne peut pas le promettre.
# Erreur. Un bandeau demande le consentement pour des cookies qui l’exigent et
# app-consent-no-wall n’est pas coché. Assistant : étape « Cookies », à la fin
# de la section sur le consentement.
check-art7-cookies-cookie-wall = Vos réponses n’indiquent pas que les visiteurs qui refusent les cookies peuvent tout de même utiliser le site web.
    .hint = Ne faites pas de l’acceptation des cookies une condition d’utilisation du site web (mur de cookies), puis cochez la case correspondante ici ; d’ici là, la politique en matière de cookies ne peut pas le promettre.
# Avertissement. Une politique en matière de cookies publiée ailleurs est
# indiquée (app-cookie-policy-elsewhere) et « Où les visiteurs peuvent-ils
# modifier leur choix ? » est vide. Assistant : étape « Cookies », à la fin de
# la section sur le consentement.
check-art7-cookies-withdrawal-untold = Votre politique en matière de cookies est publiée ailleurs, et vous n’avez pas indiqué comment les visiteurs retirent leur consentement aux cookies ; la déclaration de confidentialité ne peut donc pas le leur expliquer. Retirer son consentement doit être aussi simple que le donner.
    .hint = Sous « Cookies », indiquez comment les visiteurs modifient ou retirent leur choix, par exemple « via l’icône cookies en bas à gauche de chaque page ».
# Erreur. Un cookie n’a pas de durée ; $item est le nom du cookie. Assistant :
# étape « Cookies », dans la carte du cookie sous la durée.
check-eprivacy-cookie-duration-missing = Aucune durée n’est indiquée pour le cookie « { $item } ».
    .hint = Vérifiez combien de temps le cookie est conservé (les outils de développement de votre navigateur ou la documentation du fournisseur l’indiquent) et saisissez cette durée.
# Avertissement. La durée d’un cookie est une plage dont les extrémités ne vont
# pas : l’extrémité la plus longue n’est pas une durée, ou « entre » a une
# extrémité la plus courte qui n’est pas plus courte ; $item est le nom du
# cookie. Assistant : étape « Cookies », dans la carte du cookie sous la durée.
check-eprivacy-cookie-duration-range-unclear = La durée du cookie « { $item } » est une fourchette incohérente : sa limite supérieure doit être une période, et sa limite inférieure la session du navigateur ou une période plus courte.
    .hint = Indiquez comme durée la période la plus longue pendant laquelle le cookie est conservé, et comme minimum soit « jusqu’à la fermeture du navigateur », soit une période plus courte ; ou supprimez la fourchette.
# Erreur. « À quoi sert-il ? » est vide pour un cookie ; $item est le nom du
# cookie. Assistant : étape « Cookies », dans la carte du cookie sous ce champ.
check-eprivacy-cookie-purpose-missing = Le cookie « { $item } » n’indique pas à quoi il sert.
    .hint = Décrivez en quelques mots ce que fait le cookie, par exemple « mémorise votre langue ».
# Avertissement. Aucune catégorie n’est choisie pour un cookie ; $item est le
# nom du cookie. Assistant : étape « Cookies », dans la carte du cookie sous la
# catégorie.
check-eprivacy-cookie-category-missing = Le cookie « { $item } » n’a pas de catégorie : les visiteurs ne peuvent donc pas savoir de quel type de cookie il s’agit. Tant qu’il n’en a pas, il est traité comme un cookie soumis au consentement.
    .hint = Choisissez sa catégorie : strictement nécessaire, fonctionnel, analytique, marketing ou réseaux sociaux.
# Avertissement. Un cookie vit plus de 13 mois, ou jusqu’à sa suppression ;
# $item est le nom du cookie, $months vaut 13. Assistant : étape « Cookies »,
# dans la carte du cookie sous la durée.
check-art5-cookie-duration-too-long = Le cookie « { $item } » est conservé plus de { $months } mois, soit au-delà de la durée maximale acceptée par les autorités de protection des données.
    .hint = Limitez sa durée de vie à { $months } mois au plus, dans votre site web ou dans les paramètres du fournisseur, puis saisissez ici la nouvelle durée.
# Erreur. Un cookie marqué strictement nécessaire que le catalogue de services
# connaît comme analytique, marketing ou réseaux sociaux ; $item est le nom du
# cookie, $service le nom du service dans le catalogue, $category la catégorie
# du catalogue sous forme de clé (analytics, social-media ou marketing) :
# gardez les noms des variantes. Assistant : étape « Cookies », dans la carte
# du cookie sous la catégorie.
check-eprivacy-cookie-tracking-as-necessary = Le cookie « { $item } » est indiqué comme strictement nécessaire, mais { $service } le place { $category ->
    [analytics] à des fins statistiques
    [social-media] pour les réseaux sociaux
   *[marketing] à des fins publicitaires
} : il serait placé sans consentement, et la politique en matière de cookies le présenterait comme exempté.
    .hint = Changez sa catégorie en « { $category ->
    [analytics] analytique
    [social-media] réseaux sociaux
   *[marketing] marketing
} » et faites en sorte que votre bandeau cookies demande le consentement avant qu’il soit placé. Seuls les cookies nécessaires à ce que le visiteur a lui-même demandé, comme un panier d’achat, sont strictement nécessaires.

## Numbers, addresses and links that readers copy.

# Avertissement. Organisation en Belgique et le numéro d’entreprise a une forme
# ou des chiffres de contrôle erronés ; $value est le numéro tel que saisi.
# Assistant : étape « Votre organisation », sous les numéros d’entreprise et de
# TVA.
check-identifier-belgian-enterprise-number-invalid = « { $value } » n’est pas un numéro d’entreprise belge valide.
    .hint = Un numéro d’entreprise belge comporte 10 chiffres, commence par 0 ou 1, et ses deux derniers chiffres servent à contrôler les huit premiers, comme dans 0428.555.896. Copiez-le depuis la Banque-Carrefour des Entreprises (BCE).
# Avertissement. Organisation en Belgique et le numéro de TVA n’est pas BE
# suivi d’un numéro d’entreprise valide ; $value est le numéro tel que saisi.
# Assistant : étape « Votre organisation », sous les numéros d’entreprise et de
# TVA.
check-identifier-belgian-vat-number-invalid = « { $value } » n’est pas un numéro de TVA belge valide.
    .hint = Un numéro de TVA belge se compose de BE suivi du numéro d’entreprise à 10 chiffres, comme dans BE0428555896.
# Avertissement. Organisation en Belgique, les deux numéros valides, mais le
# numéro de TVA n’est pas BE + le numéro d’entreprise ; $value est le numéro de
# TVA, $number le numéro d’entreprise. Assistant : étape « Votre organisation
# », sous les numéros d’entreprise et de TVA.
check-identifier-belgian-vat-number-mismatch = Le numéro de TVA « { $value } » ne correspond pas au numéro d’entreprise { $number }.
    .hint = Un numéro de TVA belge se compose de BE suivi du numéro d’entreprise : l’un des deux comporte donc une faute de frappe. Vérifiez-les tous les deux dans la Banque-Carrefour des Entreprises (BCE).
# Avertissement. Organisation aux Pays-Bas et le numéro KvK n’a pas 8 chiffres
# ; $value est le numéro tel que saisi. Assistant : étape « Votre organisation
# », sous les numéros d’entreprise et de TVA.
check-identifier-dutch-kvk-number-invalid = « { $value } » n’est pas un numéro valide de la Chambre de commerce néerlandaise (KvK).
    .hint = Un numéro KvK comporte 8 chiffres. Copiez-le depuis votre inscription auprès de la Kamer van Koophandel.
# Avertissement. Organisation aux Pays-Bas et le numéro de TVA n’a pas la forme
# NL123456789B01 ; $value est le numéro tel que saisi. Assistant : étape «
# Votre organisation », sous les numéros d’entreprise et de TVA.
check-identifier-dutch-vat-number-invalid = « { $value } » n’est pas un numéro d’identification TVA néerlandais valide.
    .hint = Un numéro d’identification TVA néerlandais (btw-id) se compose de NL, de 9 chiffres, de la lettre B et de 2 chiffres, comme dans NL123456789B01.
# Erreur. Une adresse e-mail remplie n’est pas valide : celle de
# l’organisation, du contact, du DPO, du contact pour les plaintes, du contact
# d’un responsable conjoint, ou celle du représentant ou de l’autorité dans le
# fichier de projet ; $value est l’adresse. Assistant : sous ce champ. (Une
# adresse inutilisable pour les demandes donne plutôt
# check-art12-rights-channel-missing.)
check-identifier-email-invalid = « { $value } » n’est pas une adresse e-mail valide.
    .hint = Écrivez l’adresse sous la forme nom@domaine.be, sans espaces et sans « mailto: ».
# Avertissement. Une adresse web n’est pas un lien utilisable par les documents
# (elle doit commencer par https://, http:// ou mailto:) : un site web de
# l’organisation, la politique de confidentialité d’un destinataire, le
# formulaire web des demandes, la politique en matière de cookies publiée
# ailleurs, ou le site de l’autorité dans le fichier de projet ; $value est
# l’adresse. Assistant : sous ce champ.
check-identifier-link-invalid = « { $value } » n’est pas une adresse web vers laquelle les documents peuvent renvoyer.
    .hint = Écrivez l’adresse complète, en commençant par https://, comme dans https://www.votreentreprise.be/privacy. Les autres types de liens ne sont pas acceptés.
# Avertissement. Une adresse e-mail ou un lien sur un domaine réservé aux
# exemples (example.com, .test, …) ; $value est l’adresse. Assistant : sous ce
# champ.
check-identifier-placeholder = « { $value } » est une adresse d’exemple restée d’un modèle, et non une adresse réelle.
    .hint = Remplacez-la par l’adresse réelle, ou supprimez-la.
# Avertissement. Un numéro de téléphone contient d’autres caractères que des
# chiffres, des espaces, . - / ( ) et un + initial, ou moins de 5 ou plus de 15
# chiffres : celui de l’organisation, d’un contact ou de l’autorité ; $value
# est le numéro. Assistant : sous ce champ.
check-identifier-phone-invalid = « { $value } » n’est pas un numéro de téléphone valide.
    .hint = Écrivez uniquement le numéro : des chiffres et des espaces, avec un + au début pour l’indicatif du pays, comme dans +32 9 123 45 67.

## The date the documents take effect.

# Avertissement. La date d’entrée en vigueur des documents est postérieure à
# aujourd’hui ; $date est cette date, $today la date du jour. Assistant :
# seulement dans la liste de l’étape « Vérifier et exporter », où se trouve le
# champ de la date.
check-document-effective-date-future = Les documents entrent en vigueur le { $date }, soit après aujourd’hui ({ $today }).
    .hint = Si la date est une erreur, corrigez-la. Si vous annoncez de nouveaux documents à l’avance, laissez les documents actuels en ligne jusqu’à cette date.
# Conseil. La date d’entrée en vigueur des documents remonte à plus d’un an ;
# $date est cette date, $today la date du jour. Assistant : seulement dans la
# liste de l’étape « Vérifier et exporter ».
check-document-effective-date-old = Les documents sont entrés en vigueur le { $date }, soit plus d’un an avant aujourd’hui ({ $today }).
    .hint = Revoyez vos réponses : on oublie facilement de nouveaux fournisseurs, de nouveaux cookies ou de nouvelles finalités. Fixez ensuite une nouvelle date et une nouvelle version.

## The owner's own words, and answers that do not fit together.

# Erreur. Un texte écrit par le propriétaire dans certaines langues des
# documents est vide dans une autre ; $item est le texte (dans une des langues
# où il existe), $language la langue manquante (app-language-*). Assistant :
# sous le champ concerné, à son étape.
check-answers-text-untranslated = « { $item } » n’a pas de version en { $language } : les documents en { $language } l’afficheraient dans une autre langue.
    .hint = Rédigez aussi ce texte en { $language }, ou retirez cette langue des langues des documents.
# Avertissement. Un texte d’au moins huit mots, écrit dans la saisie d’une
# langue, ressemble à une autre des quatre langues ; $item est le texte,
# $language la langue de la saisie, $found la langue détectée (app-language-*).
# Assistant : sous le champ concerné.
check-answers-text-wrong-language = Le texte en { $language } de « { $item } » semble rédigé en { $found }.
    .hint = Le champ en { $language } doit contenir un texte en { $language } ; placez le texte en { $found } dans le champ prévu pour cette langue.
# Avertissement. La version néerlandaise d’un texte utilise je, jij, jou, jouw,
# jullie ou jezelf. Ne concerne que les textes néerlandais, quelle que soit la
# langue de ce message ; $item est le texte. Assistant : sous le champ
# concerné.
check-answers-informal-register = « { $item } » tutoie le lecteur (« je » ou « jij »), alors que les documents le vouvoient (« u »).
    .hint = Réécrivez le texte néerlandais avec « u » et « uw », afin que les documents s’adressent au lecteur d’une seule manière.
# Erreur. Les critères de conservation d’une finalité ne disent guère plus que
# « aussi longtemps que nécessaire » (seules des formulations anglaises et
# néerlandaises sont reconnues) ; $item est le nom de la finalité. Assistant :
# étape « Finalités », sous la conservation.
check-art13-purpose-retention-vague = La finalité « { $item } » conserve les données « aussi longtemps que nécessaire », ce qui n’apprend rien au lecteur.
    .hint = Indiquez une durée (« 2 ans après votre dernière commande ») ou les critères qui la déterminent (« jusqu’à la fin de la garantie, et au plus 3 ans après la livraison »).
# Erreur. La loi indiquée pour les données pénales, au type de données ou dans
# une finalité, mentionne le consentement (« consent », « toestemming ») et
# aucune loi, aucun article, arrêté ou code. Assistant : sous ce champ, à
# l’étape « Personnes et données » ou « Finalités ».
check-art10-authorisation-consent-only = Selon vos réponses, les données relatives aux condamnations pénales pourraient être traitées sur la seule base du consentement. Or l’article 10 du RGPD exige une loi qui autorise ce traitement.
    .hint = Citez la loi qui vous autorise à traiter ces données (en Belgique, par exemple, l’article 10 de la loi du 30 juillet 2018 relative à la protection des personnes physiques à l’égard des traitements de données à caractère personnel, ainsi que la loi propre à votre secteur).
# Avertissement. Un cookie d’un tiers (tiers coché) a un fournisseur (« Placé
# par ») qui ne correspond au nom d’aucun destinataire ; signalé une fois par
# fournisseur ; $provider est le fournisseur tel que saisi. Assistant : étape «
# Cookies », à la fin de la carte de ce cookie.
check-art13-cookie-provider-not-recipient = { $provider } place des cookies sur votre site web, mais ne figure pas parmi les destinataires : la déclaration de confidentialité ne dit donc pas qu’il reçoit des données.
    .hint = Ajoutez { $provider } comme destinataire sous « Destinataires » (le catalogue des services peut remplir la fiche), avec son rôle et son pays.
# Avertissement. Une finalité repose sur un contrat pour les visiteurs du site,
# les abonnés à la newsletter ou les fournisseurs (groupes standard) ; $item
# est le nom de la finalité, $audience le nom du groupe. Assistant : étape «
# Finalités », sous la base juridique dans la carte de la finalité.
check-art6-purpose-contract-non-party = La finalité « { $item } » repose sur un contrat, mais elle concerne aussi les personnes du groupe « { $audience } », qui ne sont généralement pas parties à votre contrat.
    .hint = Donnez-leur une base juridique propre dans cette finalité (le bouton « + » sous la base juridique), généralement l’intérêt légitime ; un contrat ne couvre que la personne avec qui vous l’avez conclu.
# Avertissement. Le projet a des finalités et aucune n’est cochée pour un
# destinataire ; $item est le nom du destinataire. Assistant : étape «
# Destinataires », sous les finalités du destinataire.
check-answers-recipient-no-purpose = Aucune finalité n’est cochée pour « { $item } » : la déclaration de confidentialité ne peut donc pas dire pourquoi ce destinataire reçoit des données.
    .hint = Cochez les finalités pour lesquelles il reçoit des données, ou supprimez-le s’il n’en reçoit aucune.
# Avertissement. Le projet a des finalités, un cookie de catégorie analytique,
# marketing ou réseaux sociaux est indiqué, et aucune finalité ne coche ce type
# de cookie ; $item est le premier de ces cookies, $category la catégorie sous
# forme de clé (gardez les noms des variantes). Assistant : étape « Cookies »,
# sous la catégorie de ce cookie.
check-answers-cookie-no-purpose = Aucune finalité n’indique que le site web place des cookies { $category ->
    [analytics] analytiques
    [social-media] de réseaux sociaux
   *[marketing] marketing
}, comme « { $item } » : les documents ne disent pas pourquoi vous les placez.
    .hint = Cochez ce type de cookies dans la finalité qu’ils servent (par exemple les statistiques du site web ou la publicité), ou ajoutez cette finalité.
# Avertissement. Une finalité concerne les abonnés à la newsletter ou des
# prospects, ou coche les cookies marketing, et sa question
# app-q-direct-marketing n’a pas de réponse ; $item est le nom de la finalité.
# Assistant : étape « Finalités », sous cette question dans la carte.
check-art21-purpose-direct-marketing-unanswered = « { $item } » relève-t-il de la prospection (marketing direct) ? C’est le cas des newsletters, des offres et de la publicité, et les personnes peuvent s’y opposer à tout moment, ce que la déclaration de confidentialité doit leur indiquer.
    .hint = Répondez par oui ou par non sous la finalité. Ce n’est qu’en cas de réponse positive que la déclaration décrit le droit de s’opposer à la prospection.
# Avertissement. Le projet a des finalités et aucune ne concerne un groupe de
# personnes ; $item est le nom du groupe. Assistant : étape « Personnes et
# données », sous le bouton d’ajout d’un groupe.
check-answers-audience-unused = Aucune finalité ne concerne le groupe « { $item } » : les documents ne disent donc nulle part pourquoi vous traitez les données de ces personnes.
    .hint = Ajoutez ce groupe aux finalités qui le concernent, ou supprimez-le.
# Avertissement. Le projet a des finalités et aucune n’utilise un type de
# données ; $item est le nom du type. Assistant : étape « Personnes et données
# », à côté de ce type.
check-answers-data-unused = Aucune finalité n’utilise « { $item } » : les documents ne disent donc nulle part pourquoi vous traitez ces données.
    .hint = Ajoutez ces données aux finalités qui les utilisent, ou supprimez-les.
# Avertissement. L’adresse des demandes (celle du contact, sinon celle de
# l’organisation) ou l’adresse des plaintes est chez un fournisseur de
# messagerie personnelle (gmail.com, hotmail.com, telenet.be, …) ou contient le
# nom de la personne de contact ; $address est cette adresse. Assistant : sous
# ce champ e-mail, à l’étape « Contact et plaintes » ou « Votre organisation ».
check-art12-rights-personal-mailbox = Les demandes sont envoyées à { $address }, qui semble être la boîte e-mail personnelle d’une seule personne. Si cette personne est absente ou quitte l’organisation, les demandes restent sans réponse.
    .hint = Utilisez une adresse de l’organisation que plusieurs personnes consultent, par exemple privacy@votreentreprise.be.
# Erreur. Les demandes par téléphone (app-requests-phone) sont cochées et
# l’organisation n’a pas de numéro de téléphone. Assistant : étape « Contact et
# plaintes », sous cette case.
check-art12-rights-phone-missing = Vous acceptez les demandes par téléphone, mais votre organisation n’a pas de numéro de téléphone : la déclaration de confidentialité ne peut donc pas indiquer quel numéro appeler.
    .hint = Sous « Votre organisation », indiquez le numéro de téléphone, ou décochez les demandes par téléphone.
# Erreur. Plus de 28 jours sont indiqués pour répondre aux demandes
# (app-requests-days) ; $days vaut 28. Assistant : étape « Contact et plaintes
# », sous ce champ.
check-art12-rights-response-too-slow = Vous répondez aux demandes en plus de { $days } jours, alors que la loi exige une réponse dans un délai d’un mois, qui peut ne compter que { $days } jours.
    .hint = Engagez-vous sur { $days } jours au plus, ou n’indiquez aucun nombre : la déclaration de confidentialité mentionne alors un mois, comme la loi.

## Where a finding is, in words: "Purpose 2 “Newsletter”: legal basis".
## place-<list> names an item by its $number; place-<field> names a
## part of the project; field-<name> a question.
## Où ils apparaissent : en gras sur chaque carte de constat dans l’assistant,
## après la gravité (« Erreur · Finalité 2 « Newsletter » : base juridique »),
## et après « Où : » dans « policywright check ». Le $item d’un constat est
## formulé de la même façon quand l’élément n’a pas de nom propre. La remarque
## après l’écriture des documents sur une réponse sans texte dans une langue
## (notice-untranslated-answer) les utilise aussi. Un champ sans message
## field-* ici est affiché par son nom dans le fichier de projet, en anglais.

# Un élément ou une partie du projet ($place) et un de ses champs ($field, un
# message field-*).
place-field = { $place } : { $field }
# Un élément d’une liste avec son nom : $place est un message place-<liste>
# avec le numéro de l’élément, $name son nom tel que le propriétaire l’a écrit.
place-named = { $place } « { $name } »
# Une finalité, par son numéro parmi les cartes de l’étape « Finalités ».
place-purposes = Finalité { $number }
# Un destinataire, par son numéro parmi les cartes de l’étape « Destinataires
# ».
place-recipients = Destinataire { $number }
# Un cookie, par son numéro parmi les cartes de l’étape « Cookies ».
place-cookies = Cookie { $number }
# Une source de données, par son numéro parmi les cartes de sources de l’étape
# « Personnes et données ».
place-sources = Source { $number }
# Un groupe de personnes (étape « Personnes et données »), par son numéro dans
# la liste du projet, qui n’est pas forcément l’ordre à l’écran.
place-audiences = Groupe { $number }
# Un type de données (étape « Personnes et données »), par son numéro dans la
# liste du projet, qui n’est pas forcément l’ordre à l’écran.
place-data_categories = Type de données { $number }
# Les réponses de l’étape « Votre organisation ».
place-organisation = Votre organisation
# La question sur le DPO et ses coordonnées (étape « Contact et plaintes »).
place-dpo = Délégué à la protection des données
# Le contact pour la protection des données (étape « Contact et plaintes »).
place-privacy_contact = Contact pour la protection des données
# L’autorité de contrôle (étape « Contact et plaintes » ; à indiquer à la main
# seulement dans le fichier de projet).
place-supervisory_authority = Autorité de contrôle
# Version, date et langues des documents (étape « Vérifier et exporter »).
place-document = Les documents
# La section sur le consentement de l’étape « Cookies ».
place-cookie_consent = Consentement aux cookies
# La question et les champs sur les enfants (étape « Contact et plaintes »).
place-children = Enfants
# Les mesures de sécurité (étape « Contact et plaintes »).
place-security_measures = Mesures de sécurité
# L’annonce des modifications (étape « Contact et plaintes »).
place-change_notice = Annonce des modifications
# La question de savoir si des données quittent l’EEE (fin de l’étape «
# Destinataires »).
place-transfers_outside_eea = Transferts hors de l’EEE
# La question sur les décisions automatisées, sous les finalités (étape «
# Finalités »).
place-automated_decisions = Décisions automatisées
# La réponse « Non, personne » à la question sur les destinataires. Aucun
# contrôle actuel ne renvoie ici.
place-recipients_none = Destinataires
# La réponse « Non, aucun » à la question sur les cookies. Aucun contrôle
# actuel ne renvoie ici.
place-cookies_none = Cookies
# La réponse « Non » à la question sur les autres sources. Aucun contrôle
# actuel ne renvoie ici.
place-sources_none = Autres sources
# Un nom : celui de l’organisation, d’un destinataire, d’une finalité, d’un
# groupe propre ou de l’autorité de contrôle.
field-name = nom
# Rue, code postal et localité de l’organisation (étape « Votre organisation
# »).
field-address = adresse
# Le pays de l’organisation (étape « Votre organisation »).
field-address-country = pays
# Une adresse e-mail : celle de l’organisation, du contact, du DPO ou de
# l’autorité.
field-email = adresse e-mail
# Un numéro de téléphone : celui de l’organisation, du DPO ou de l’autorité.
field-phone = téléphone
# Le numéro d’entreprise (BCE) ou KvK de l’organisation (étape « Votre
# organisation »).
field-enterprise_number = numéro d’entreprise
# Le numéro de TVA de l’organisation (étape « Votre organisation »).
field-vat_number = numéro de TVA
# Un des sites web de l’organisation (étape « Votre organisation »).
field-websites = site web
# Le représentant dans l’UE (seulement dans le fichier de projet).
field-representative = représentant dans l’UE
# La forme juridique de l’organisation (étape « Votre organisation »). Aucun
# contrôle actuel ne renvoie ici.
field-legal_form = forme juridique
# La base juridique d’une finalité (étape « Finalités ») ou des caméras (étape
# « Personnes et données »).
field-legal_basis = base juridique
# L’intérêt légitime d’une finalité (étape « Finalités »).
field-legitimate_interest = intérêt légitime
# La durée de conservation d’une finalité (étape « Finalités »).
field-retention = durée de conservation
# Le moment à partir duquel compte la durée de conservation d’une finalité,
# quand le propriétaire l’a écrit.
field-retention-after = début de la durée de conservation
# « Les personnes doivent-elles fournir ces données ? » d’une finalité (étape «
# Finalités »).
field-provision = les personnes doivent-elles fournir les données ?
# « Que se passe-t-il si elles ne les fournissent pas ? » d’une finalité (étape
# « Finalités »).
field-provision-consequence = si les personnes ne fournissent pas les données
# Comment est prise la décision automatisée d’une finalité (étape « Finalités
# »).
field-automated_decision-logic = comment la décision est prise
# Ce que cette décision signifie pour la personne (étape « Finalités »).
field-automated_decision-consequences = ce que cela implique pour la personne
# La question app-q-art22 de cette décision (étape « Finalités »).
field-automated_decision-significant = effets significatifs
# L’exception de l’art. 22(2) choisie pour cette décision (étape « Finalités
# »).
field-automated_decision-ground = exception de l’art. 22.2 RGPD
# De qui une finalité concerne les données (étape « Finalités »). Aucun
# contrôle actuel ne renvoie ici.
field-audiences = personnes concernées
# Les données qu’une source fournit (étape « Personnes et données »).
field-data = données traitées
# La description d’une source ou d’une finalité.
field-description = description
# Ce qu’un destinataire fait des données (étape « Destinataires »).
field-service = service fourni
# Le rôle d’un destinataire (étape « Destinataires »).
field-role = rôle
# Le pays où un destinataire traite les données (étape « Destinataires »).
field-country = pays
# Le nombre de jours de conservation des images des caméras (étape « Personnes
# et données »).
field-retention_days = nombre de jours de conservation des images
# La case à cocher des caméras sur le pictogramme (étape « Personnes et données
# »).
field-pictogram = pictogramme
# La case à cocher sur la déclaration des caméras à la police (étape «
# Personnes et données »).
field-declared = déclaration à la police
# Les autres pays de traitement d’un destinataire (étape « Destinataires »).
# Aucun contrôle actuel ne renvoie ici.
field-also_processed_in = autres pays de traitement
# Le siège d’un destinataire (étape « Destinataires »). Aucun contrôle actuel
# ne renvoie ici.
field-seat = siège social
# La garantie de transfert d’un destinataire (étape « Destinataires »), ou la
# raison d’une dérogation dans le fichier de projet.
field-safeguard = garantie
# Le lien vers la politique de confidentialité d’un destinataire (étape «
# Destinataires »).
field-privacy_policy = politique de confidentialité
# Qui place un cookie (étape « Cookies »). Aucun contrôle actuel ne renvoie
# ici.
field-provider = fournisseur
# La catégorie d’un cookie (étape « Cookies »).
field-category = catégorie
# L’adresse e-mail du contact d’un responsable conjoint (étape « Destinataires
# »).
field-contact-email = adresse e-mail de contact
# Le téléphone du contact d’un responsable conjoint (étape « Destinataires »).
field-contact-phone = téléphone de contact
# Le contact d’un responsable conjoint dans son ensemble (étape « Destinataires
# »). Aucun contrôle actuel ne renvoie ici.
field-contact = contact
# La case à cocher des demandes par téléphone (étape « Contact et plaintes »).
field-by_phone = demandes par téléphone
# La question des caméras app-q-cameras-police (étape « Personnes et données
# »).
field-shared_with_police = images transmises à la police ou à la justice
# La durée d’un cookie (étape « Cookies »).
field-duration = durée
# La précision de la durée d’un cookie, et son extrémité la plus courte (étape
# « Cookies »).
field-duration_range = fourchette de durée
# À quoi sert un cookie (étape « Cookies »), ou à quoi servent les caméras
# (étape « Personnes et données »).
field-purpose = finalité
# La question app-q-source-public d’une source (étape « Personnes et données
# »).
field-publicly_accessible = accessible au public
# L’exception de l’art. 9(2) d’un type de données sensible (étape « Personnes
# et données »).
field-art9_condition = exception de l’art. 9.2 RGPD
# La loi qui autorise les données pénales, au type de données (étape «
# Personnes et données »).
field-art10_authorisation = loi qui l’autorise (art. 10 RGPD)
# Les exemples d’un type de données (étape « Personnes et données »).
field-examples = exemples
# Le nom d’un type de données ajouté par le propriétaire (étape « Personnes et
# données »).
field-kind-name = nom
# Le site web de l’autorité de contrôle (fichier de projet).
field-website = site web
# La question app-q-consent (étape « Cookies »).
field-method = manière de demander le consentement
# La case à cocher app-consent-per-category (étape « Cookies »).
field-per_category = choix par catégorie
# La case à cocher app-consent-refuse (étape « Cookies »).
field-refuse_as_easy = refuser aussi facilement qu’accepter
# La case à cocher app-consent-waits (étape « Cookies »).
field-waits_for_choice = aucun cookie avant le choix
# La case à cocher app-consent-no-wall (étape « Cookies »).
field-no_cookie_wall = pas de mur de cookies
# Le champ app-consent-withdraw (étape « Cookies »).
field-withdraw_via = comment retirer son consentement
# La question app-q-children (étape « Contact et plaintes »).
field-online_services = services en ligne destinés aux enfants
# Le champ app-children-minors (étape « Contact et plaintes »).
field-minors = mineurs
# La version des documents (étape « Vérifier et exporter »).
field-version = version
# La date d’entrée en vigueur des documents (étape « Vérifier et exporter »).
field-effective_date = date d’entrée en vigueur
# Les langues de publication des documents (étape « Vérifier et exporter »).
# Aucun contrôle actuel ne renvoie ici.
field-languages = langues
# Toutes les finalités (étape « Finalités »). Pour un constat sur la liste dans
# son ensemble.
place-purposes-all = Finalités
# Tous les destinataires (étape « Destinataires »). Pour un constat sur la
# liste dans son ensemble.
place-recipients-all = Destinataires
# Tous les cookies (étape « Cookies »). Pour un constat sur la liste dans son
# ensemble.
place-cookies-all = Cookies
# Toutes les autres sources (étape « Personnes et données »). Pour un constat
# sur la liste dans son ensemble.
place-sources-all = Autres sources
# Tous les groupes de personnes (étape « Personnes et données ») ; aussi
# utilisé pour le nom d’un groupe propre dans la remarque sur une traduction
# manquante. Pour un constat sur la liste dans son ensemble.
place-audiences-all = Groupes de personnes
# Tous les types de données (étape « Personnes et données ») ; aussi utilisé
# pour le nom d’un type propre dans la remarque sur une traduction manquante.
# Pour un constat sur la liste dans son ensemble.
place-data_categories-all = Types de données
# Demandes et plaintes (étape « Contact et plaintes »).
place-requests = Demandes et plaintes
# L’exemption néerlandaise pour les cookies analytiques (app-analytics-exempt,
# étape « Cookies »).
place-analytics_exempt = Cookies analytiques sans consentement
# Les caméras de surveillance (étape « Personnes et données »).
place-cameras = Caméras de surveillance
# Comment les données arrivent par groupe (étape « Personnes et données »).
# Aucun contrôle actuel ne renvoie ici.
place-profiles = Provenance des données
# L’adresse d’une politique en matière de cookies publiée ailleurs (étape «
# Cookies »).
place-cookie_policy_elsewhere = Politique en matière de cookies publiée ailleurs
# Le champ app-requests-days (étape « Contact et plaintes »).
field-response_days = délai de réponse en jours
# Le champ app-requests-form (étape « Contact et plaintes »).
field-web_form = formulaire web
# Le champ app-requests-identity (étape « Contact et plaintes »).
field-identity_proof = preuve d’identité
# Les finalités cochées pour un destinataire (étape « Destinataires »).
field-purposes = finalités pour lesquelles il reçoit des données
# La question app-q-direct-marketing d’une finalité (étape « Finalités »).
field-direct_marketing = prospection ?
# La base juridique dans les conditions propres d’un groupe (app-terms-for,
# étape « Finalités »).
field-per_audience-legal_basis = base juridique propre à l’un des groupes
# L’intérêt légitime dans les conditions propres d’un groupe (étape « Finalités
# »).
field-per_audience-legitimate_interest = intérêt légitime propre à l’un des groupes
# « Les personnes doivent-elles fournir ces données ? » dans les conditions
# propres d’un groupe (étape « Finalités »).
field-per_audience-provision = ce groupe doit-il fournir les données ?
# « Que se passe-t-il si elles ne les fournissent pas ? » dans les conditions
# propres d’un groupe (étape « Finalités »).
field-per_audience-provision-consequence = si ce groupe ne fournit pas les données
# Le groupe visé par des conditions propres (étape « Finalités »). Aucun
# contrôle actuel ne renvoie ici.
field-per_audience-audience = groupe ayant sa propre base juridique
# Le type de données visé par l’exception propre d’une finalité (étape «
# Finalités »). Aucun contrôle actuel ne renvoie ici.
field-special_data-data = type de données soumis à sa propre condition
# La loi qui autorise les données pénales dans une finalité (app-purpose-art10,
# étape « Finalités »).
field-special_data-art10_authorisation = loi qui l’autorise pour cette finalité (art. 10 RGPD)
# Le contact pour les plaintes (étape « Contact et plaintes »). Les constats
# sur son adresse e-mail nomment plutôt le champ « complaints-email », faute de
# message de ce nom. Aucun contrôle actuel ne renvoie ici.
field-complaints = contact pour les plaintes
# L’accord avec un responsable conjoint (étape « Destinataires »).
field-arrangement = accord avec nous
# Les clauses contractuelles types choisies pour un destinataire (étape «
# Destinataires »).
field-scc = clauses contractuelles types
