## Findings of the compliance checks, shown to the owner of a project before
## they publish. Each finding says what is wrong and where; its .hint says
## what to do. The ids follow the rule ids, with dashes for the dots.
## $item is the purpose, recipient, cookie or data category concerned, by
## its name (or its place in the project file when it has none).

# How a rule's legal basis is cited: $law is one of the law-* names below,
# $articles a list such as "13(1)(c), 14(1)(c)".
check-basis = art. { $articles } { $law }
law-gdpr = RGPD
law-eprivacy = directive ePrivacy
law-camera-law-be = loi caméras

## Questions whose answer decides what the documents say. Until answered,
## the documents show a placeholder there and are marked as drafts.

check-cameras-basis-missing = Vous utilisez des caméras de surveillance, mais vous n’indiquez pas ce qui vous y autorise ; la déclaration de confidentialité ne peut donc pas en mentionner la base juridique.
    .hint = Choisissez la base juridique de la surveillance par caméras ; pour un magasin ou un bureau, il s’agit généralement de votre intérêt légitime à protéger les personnes et les biens.
check-cameras-recipients-unanswered = Vous utilisez des caméras de surveillance, mais vous n’avez pas indiqué si vous transmettez des images à la police ou à la justice ; la déclaration de confidentialité ne peut donc pas préciser qui les reçoit.
    .hint = Sous « Personnes et données », indiquez si vous remettez des images à la police ou à la justice lorsqu’elles peuvent contribuer à prouver une infraction.
check-cameras-purpose-missing = Vous utilisez des caméras de surveillance, mais vous n’indiquez pas dans quel but.
    .hint = Précisez à quoi servent les caméras, par exemple à prévenir et à élucider les vols dans le magasin.
check-cameras-retention-missing = Vous utilisez des caméras de surveillance, mais vous n’indiquez pas combien de temps vous conservez les images.
    .hint = Indiquez le nombre de jours pendant lesquels vous conservez les images avant de les effacer.
check-cameras-retention-too-long = Vous conservez les images des caméras pendant { $days } jours ; la loi caméras belge n’autorise pas plus de { $max } jours, sauf si les images sont nécessaires comme preuve.
    .hint = Réglez votre enregistreur pour qu’il efface les images après { $max } jours au plus, puis indiquez ici le nouveau nombre de jours.
check-cameras-pictogram-missing = Vos réponses n’indiquent pas qu’un panneau portant le pictogramme légal est apposé aux entrées de la zone surveillée, comme l’exige la loi caméras belge.
    .hint = Apposez le pictogramme (le modèle fixé par arrêté royal) à chaque entrée, puis cochez la case correspondante ici.
check-cameras-not-declared = Vos réponses n’indiquent pas que les caméras ont été déclarées à la police, comme l’exige la loi caméras belge.
    .hint = Déclarez-les sur www.declarationcamera.be, puis cochez la case correspondante ici.
check-answers-country-unanswered = Vous n’avez pas indiqué dans quel pays votre organisation est établie ; les documents ne peuvent donc citer ni la loi nationale applicable ni l’autorité de contrôle auprès de laquelle chacun peut introduire une plainte.
    .hint = Choisissez le pays sous « Votre organisation ».
check-answers-data-categories-unanswered = Vous n’avez pas indiqué quels types de données à caractère personnel vous traitez ; la déclaration de confidentialité ne peut donc pas les énumérer.
    .hint = Sous « Personnes et données », cochez les types de données que vous traitez, ou ajoutez les vôtres.
check-answers-dpo-unanswered = Vous n’avez pas indiqué si vous avez désigné un délégué à la protection des données ; la déclaration de confidentialité n’en dit donc rien.
    .hint = Sous « Contact et plaintes », indiquez si un délégué à la protection des données a été désigné. N’expliquez pourquoi vous n’en avez pas que si vous l’avez vérifié.
check-answers-sources-unanswered = Vous n’avez pas indiqué si vous obtenez des données à caractère personnel auprès d’autres sources que les personnes concernées elles-mêmes (art. 14 RGPD).
    .hint = Sous « Personnes et données », indiquez si des données proviennent d’autres sources et, si c’est le cas, citez-les.
check-answers-recipients-unanswered = Vous n’avez pas indiqué si quelqu’un en dehors de votre organisation reçoit les données ; la déclaration de confidentialité ne dit donc rien des destinataires.
    .hint = Sous « Destinataires », indiquez qui reçoit les données (votre comptable, votre hébergeur web, etc.), ou répondez que personne ne les reçoit.
check-answers-transfers-unanswered = Vous n’avez pas indiqué si des données sont transférées vers un pays situé en dehors de l’Espace économique européen.
    .hint = Sous « Destinataires », indiquez si des données quittent l’EEE. Si c’est le cas, indiquez pour chaque destinataire concerné son pays et la garantie appliquée.
check-answers-automated-decisions-unanswered = Vous n’avez pas indiqué si des décisions concernant des personnes sont prises exclusivement par des moyens automatisés.
    .hint = Sous « Finalités », indiquez si une décision produisant des effets juridiques ou des effets significatifs similaires est prise sans intervention humaine.
check-answers-security-measures-unanswered = Vous n’avez pas indiqué comment vous protégez les données ; la déclaration de confidentialité n’en dit donc rien.
    .hint = Sous « Contact et plaintes », cochez les mesures que vous prenez réellement.
check-answers-children-unanswered = Vous n’avez pas indiqué si vous proposez des services en ligne directement aux enfants.
    .hint = Sous « Contact et plaintes », répondez à la question sur les enfants. Si des mineurs figurent parmi les personnes dont vous traitez les données, expliquez comment vous gérez leurs données.
check-answers-change-notice-unanswered = Vous n’avez pas indiqué comment vous annoncez les modifications apportées aux documents.
    .hint = Sous « Contact et plaintes », cochez la manière dont les personnes apprennent qu’une nouvelle version existe.
check-answers-cookies-unanswered = Vous n’avez pas indiqué si votre site web place des cookies ou utilise des technologies similaires ; la politique en matière de cookies n’en dit donc rien.
    .hint = Sous « Cookies », énumérez les cookies que place votre site web (vous pouvez les importer depuis votre navigateur), ou répondez qu’il n’en place aucun.
check-answers-cookie-consent-unanswered = Votre site web place des cookies soumis au consentement, et vous n’avez pas indiqué comment vous demandez ce consentement.
    .hint = Sous « Cookies », indiquez comment le consentement des visiteurs est demandé.
check-answers-sources-contradictory = Vous avez répondu que toutes les données proviennent des personnes concernées elles-mêmes, mais vous citez aussi d’autres sources. Les documents ne disent ni l’un ni l’autre.
    .hint = Supprimez les sources, ou modifiez votre réponse pour indiquer que des données proviennent aussi de tiers.
check-answers-recipients-contradictory = Vous avez répondu que personne en dehors de votre organisation ne reçoit les données, mais vous citez aussi des destinataires. Les documents ne disent ni l’un ni l’autre.
    .hint = Supprimez les destinataires, ou modifiez votre réponse pour indiquer que d’autres reçoivent bel et bien des données.
check-answers-transfers-contradictory = Vous avez répondu qu’aucune donnée ne quitte l’Espace économique européen, mais un destinataire se trouve en dehors de celui-ci ou dispose d’une garantie pour les transferts. Les documents ne disent ni l’un ni l’autre.
    .hint = Vérifiez les pays et les garanties des destinataires, puis répondez à nouveau à la question sur les transferts.
check-answers-automated-decisions-contradictory = Vous avez répondu qu’aucune décision n’est prise exclusivement par des moyens automatisés, mais une finalité décrit une telle décision. Les documents ne disent ni l’un ni l’autre.
    .hint = Retirez la décision automatisée de la finalité, ou modifiez votre réponse.
check-answers-cookies-contradictory = Vous avez répondu que votre site web ne place aucun cookie, mais vous énumérez aussi des cookies. La politique en matière de cookies ne dit ni l’un ni l’autre.
    .hint = Supprimez les cookies, ou modifiez votre réponse pour indiquer que le site web place des cookies.
check-art14-source-public-unanswered = Vous n’avez pas indiqué si la source « { $item } » est accessible au public, ce que la déclaration de confidentialité doit préciser.
    .hint = Sous « Personnes et données », indiquez si cette source est accessible au public (un registre public, un site web) ou non.
check-art32-security-encryption-where = Vous avez coché « chiffrement » sans préciser où il s’applique ; la déclaration de confidentialité ne le mentionne donc pas.
    .hint = Sous « Contact et plaintes », indiquez si les données sont chiffrées lors de leur envoi, lors de leur stockage, ou les deux.
check-art12-changes-website-missing = Vous annoncez les modifications sur votre site web, mais aucun site web n’est indiqué.
    .hint = Ajoutez votre site web sous « Votre organisation », ou choisissez une autre manière d’annoncer les modifications.
check-document-version-missing = Les documents n’ont pas de numéro de version ; les lecteurs ne peuvent donc pas distinguer une version de la suivante.
    .hint = Attribuez une version aux documents, par exemple 1.0, sous « Vérifier et exporter ».

## Who is responsible, and how to reach them.

check-art13-controller-name-missing = L’organisation n’a pas de nom ; les documents ne peuvent donc pas dire qui est responsable des données.
    .hint = Indiquez la dénomination officielle de l’organisation, telle qu’elle est enregistrée.
check-art13-controller-name-has-legal-form = Le nom se termine déjà par « { $form } », et les documents ajoutent la forme juridique après le nom : elle apparaîtrait donc deux fois.
    .hint = Écrivez le nom sans sa forme juridique, par exemple « Boulangerie Janssens » avec la forme juridique « { $form } ».
check-art13-controller-address-incomplete = L’adresse de l’organisation est incomplète : les lecteurs ont besoin d’une rue, d’un code postal et d’une localité pour savoir où vous joindre.
    .hint = Indiquez la rue et le numéro, le code postal et la localité de l’organisation.
check-art13-controller-enterprise-number-missing = Aucun numéro d’entreprise n’est indiqué. Toute organisation établie dans ce pays ({ $country }) en possède un, et les lecteurs s’en servent pour savoir exactement quelle organisation est responsable.
    .hint = Ajoutez le numéro : en Belgique, le numéro d’entreprise attribué par la Banque-Carrefour des Entreprises (BCE), sous la forme 0123.456.789 ; aux Pays-Bas, le numéro à 8 chiffres de la Chambre de commerce (KvK).
check-art27-representative-missing = L’organisation est établie en dehors de l’Espace économique européen ({ $country }) et ne désigne aucun représentant dans l’UE.
    .hint = Désignez un représentant dans un pays de l’UE où se trouvent les personnes auxquelles vous vous adressez, et indiquez son nom et ses coordonnées.
check-art13-representative-contact-missing = Le représentant dans l’UE est mentionné sans aucune coordonnée.
    .hint = Ajoutez une adresse e-mail, un numéro de téléphone ou une adresse postale auxquels on peut joindre le représentant.
check-art13-dpo-contact-missing = Un délégué à la protection des données est mentionné sans aucune coordonnée.
    .hint = Ajoutez une adresse e-mail, un numéro de téléphone ou une adresse postale auxquels on peut joindre directement le délégué à la protection des données.
check-art37-dpo-likely-required = Aucun délégué à la protection des données n’est désigné, alors que la finalité « { $purpose } » porte sur des données sensibles (comme des données de santé) de personnes autres que les membres de votre personnel. Lorsqu’un tel traitement à grande échelle est au cœur de votre activité (pratique de groupe, laboratoire, hôpital, syndicat), la loi impose d’en désigner un.
    .hint = Si ce traitement est à grande échelle et au cœur de votre activité, désignez un délégué à la protection des données et indiquez ses coordonnées. Un praticien ou une petite organisation n’en a généralement pas besoin ; vous pouvez alors laisser ce point tel quel.
check-art12-rights-channel-missing = Aucune adresse e-mail valide n’est prévue pour les demandes relatives à la protection des données : personne ne peut donc exercer les droits énumérés dans la déclaration de confidentialité.
    .hint = Indiquez une adresse e-mail valide et effectivement consultée, pour le contact chargé de la protection des données ou pour l’organisation, par exemple privacy@votreentreprise.be.
check-art13-complaint-authority-missing = Les documents ne peuvent citer aucune autorité de contrôle auprès de laquelle introduire une plainte : policywright n’en connaît aucune pour ce pays ({ $country }).
    .hint = Indiquez vous-même l’autorité de protection des données de votre pays, avec son nom, son adresse et son site web.
check-art13-complaint-authority-former = L’autorité de contrôle « { $item } » n’existe plus : les plaintes qui lui sont adressées n’aboutissent nulle part.
    .hint = Supprimez l’autorité que vous avez indiquée. Pour la Belgique et les Pays-Bas, policywright cite lui-même l’autorité actuelle (l’Autorité de protection des données, l’Autoriteit Persoonsgegevens).

## Purposes, legal bases and retention.

check-art13-purposes-missing = Aucune finalité n’est indiquée : la déclaration de confidentialité doit expliquer pourquoi vous traitez des données à caractère personnel.
    .hint = Ajoutez chaque finalité, comme le traitement des commandes, l’envoi de la newsletter ou le calcul des salaires, avec sa base juridique et la durée de conservation des données.
check-art13-purpose-legal-basis-missing = La finalité « { $item } » n’a pas de base juridique.
    .hint = Choisissez la base juridique qui vous permet d’utiliser les données pour cette finalité : le consentement, un contrat, une obligation légale, la sauvegarde des intérêts vitaux, une mission d’intérêt public ou un intérêt légitime.
check-art13-purpose-legitimate-interest-missing = La finalité « { $item } » repose sur un intérêt légitime, mais cet intérêt lui-même n’est pas décrit.
    .hint = Décrivez en quelques mots l’intérêt que vous poursuivez, par exemple « protéger notre site web contre les abus » ou « informer nos clients de produits similaires ».
check-art13-purpose-retention-missing = La finalité « { $item } » n’indique pas combien de temps les données sont conservées.
    .hint = Indiquez une durée, par exemple 7 ans après la fin de l’exercice comptable, ou les critères qui la déterminent. La seule mention « aussi longtemps que nécessaire » ne suffit pas.
check-art13-purpose-provision-missing = La finalité « { $item } » repose sur un contrat ou une obligation légale, mais n’indique pas si les personnes sont tenues de fournir les données, ni ce qui se passe si elles ne le font pas.
    .hint = Précisez si la fourniture des données est obligatoire (en vertu de la loi, du contrat ou pour conclure un contrat) et quelles sont les conséquences si elles ne sont pas fournies. Si vos formulaires signalent déjà les champs obligatoires et l’expliquent, cela peut suffire.
check-art13-purpose-provision-consequence-missing = Les personnes doivent fournir des données pour la finalité « { $item } », mais la déclaration n’indique pas ce qui se passe si elles ne le font pas.
    .hint = Décrivez la conséquence en quelques mots, par exemple « nous ne pouvons pas livrer votre commande ».
check-art13-automated-decision-logic-missing = Pour la décision automatisée de la finalité « { $item } », rien n’explique comment la décision est prise.
    .hint = Expliquez simplement sur quoi repose la décision, par exemple « un score établi à partir de votre historique de paiement ».
check-art13-automated-decision-consequences-missing = Pour la décision automatisée de la finalité « { $item } », rien n’indique ce qu’elle implique pour la personne concernée.
    .hint = Décrivez ce que le résultat peut signifier pour la personne, par exemple « avec un score faible, vous ne pouvez pas payer en différé ».
check-art22-automated-decision-significance-unanswered = Vous n’avez pas indiqué si la décision automatisée de la finalité « { $item } » produit des effets juridiques ou des effets significatifs similaires pour les personnes ; c’est pourtant ce qui détermine ce que la déclaration de confidentialité doit en dire.
    .hint = Sous « Finalités », répondez à la question posée pour cette décision : un paiement ou un contrat refusé a un effet significatif, une recommandation de produit non.
check-art22-automated-decision-ground-missing = La décision automatisée de la finalité « { $item } » est prise sans intervention humaine et a des effets significatifs, mais vous n’avez pas indiqué ce qui l’autorise. L’article 22, paragraphe 2, du RGPD ne le permet que si la décision est nécessaire à un contrat, autorisée par la loi ou fondée sur un consentement explicite.
    .hint = Sous « Finalités », choisissez l’exception applicable. Si aucune ne s’applique, chacune de ces décisions doit être prise ou réexaminée par une personne.

## Sensitive data and sources.

check-art9-condition-missing = « { $item } » relève des catégories particulières de données à caractère personnel, et aucune exception vous permettant de les traiter n’a été choisie.
    .hint = Choisissez l’exception de l’article 9, paragraphe 2, du RGPD qui s’applique, comme le consentement explicite ou les soins de santé. Sans exception, vous ne pouvez pas traiter ces données.
check-art10-authorisation-missing = Des données relatives aux condamnations pénales et aux infractions (« { $item } ») sont traitées sans que soit citée la loi qui l’autorise.
    .hint = Citez la loi ou la réglementation qui vous autorise à traiter ces données, par exemple les règles relatives à l’extrait de casier judiciaire pour le travail avec des mineurs.
check-art14-source-description-missing = Une source de données que vous n’obtenez pas des personnes concernées elles-mêmes n’a pas de description.
    .hint = Décrivez d’où proviennent les données, par exemple « le registre public des entreprises » ou « la personne qui a passé la commande ».
check-art14-source-data-missing = La source « { $item } » n’indique pas quelles données elle fournit.
    .hint = Choisissez les catégories de données que vous obtenez de cette source.

## Recipients and transfers outside the European Economic Area.

check-art13-recipient-name-missing = Un destinataire de données n’a pas de nom.
    .hint = Indiquez le nom de l’entreprise, ou une catégorie comme « notre comptable ».
check-art26-joint-controller-arrangement-missing = « { $item } » est responsable conjoint du traitement, mais les grandes lignes de votre accord avec lui ne sont pas indiquées, alors que les personnes ont le droit de les connaître.
    .hint = Sous « Destinataires », expliquez en quelques phrases qui fait quoi : qui informe les personnes, qui demande le consentement, qui répond aux demandes.
check-art46-transfer-scc-repealed = Les clauses contractuelles types conclues avec « { $item } » sont celles de la décision { $decision }, qui a été abrogée : depuis le 27 décembre 2022, les transferts requièrent les clauses de la décision d’exécution (UE) 2021/914.
    .hint = Convenez des clauses 2021/914 avec le destinataire (la plupart des prestataires les proposent dans leurs conditions relatives au traitement des données), puis choisissez-les sous « Destinataires ».
check-art13-recipient-role-missing = Le destinataire « { $item } » n’a pas de rôle : les lecteurs ne peuvent donc pas savoir s’il agit sur vos instructions ou s’il décide lui-même de ce qu’il fait des données.
    .hint = Choisissez son rôle : sous-traitant (travaille pour vous, dans le cadre d’un contrat de sous-traitance), responsable du traitement, responsable conjoint du traitement, autorité publique ou société du groupe.
check-art13-transfer-safeguard-missing = Des données sont transférées à « { $item } », en dehors de l’Espace économique européen ({ $country }), sans aucune garantie, et ce pays ne bénéficie d’aucune décision d’adéquation.
    .hint = Demandez au destinataire quelle garantie il applique (généralement les clauses contractuelles types de la Commission européenne) et indiquez-la. S’il n’en a aucune, choisissez un autre prestataire.
check-art45-transfer-adequacy-not-found = Pour « { $item } », vous avez choisi une décision d’adéquation, mais la Commission européenne n’en a adopté aucune pour ce pays ({ $country }).
    .hint = Demandez au destinataire quelle garantie il applique réellement, généralement des clauses contractuelles types, et indiquez celle-ci à la place.
check-art45-transfer-adequacy-needs-dpf = Pour « { $item } », vous avez choisi une décision d’adéquation pour ce pays ({ $country }), mais cette décision ne couvre que les organisations certifiées au titre du cadre de protection des données UE–États-Unis (EU-US Data Privacy Framework).
    .hint = Si « { $item } » figure sur la liste du Data Privacy Framework, choisissez cette garantie ; sinon, demandez-lui laquelle il applique, généralement des clauses contractuelles types.
check-art45-transfer-dpf-outside-us = Pour « { $item } » ({ $country }), vous avez choisi le cadre de protection des données UE–États-Unis (EU-US Data Privacy Framework), qui ne couvre que des organisations certifiées établies aux États-Unis.
    .hint = Vérifiez le pays du destinataire. Si les données restent dans ce pays ({ $country }), choisissez la garantie qui s’y applique ; si elles vont aux États-Unis, indiquez ce pays.
check-art49-transfer-derogation-unexplained = Le transfert vers « { $item } » repose sur une dérogation pour des situations particulières, mais cette dérogation n’est pas décrite.
    .hint = Décrivez la dérogation applicable, par exemple « votre consentement explicite, après que nous vous avons expliqué les risques » ou « nécessaire à l’exécution de votre contrat ». Ces dérogations ne sont prévues que pour des transferts occasionnels.
check-art44-transfer-safeguard-inside-eea = Pour « { $item } », vous avez choisi une garantie pour les transferts, mais ce pays ({ $country }) fait partie de l’Espace économique européen, où aucune garantie n’est nécessaire.
    .hint = Si les données vont réellement vers un autre pays, par exemple les États-Unis, indiquez ce pays ; sinon, supprimez la garantie.
check-art13-transfer-country-missing = Pour « { $item } », vous avez choisi une garantie pour les transferts, mais pas le pays vers lequel les données sont transférées.
    .hint = Indiquez le pays où le destinataire traite les données, afin que la déclaration de confidentialité puisse dire où elles vont.

## Cookies.

check-eprivacy-cookies-consent-missing = Votre site web utilise des cookies soumis au consentement, mais aucun bandeau cookies ne demande ce consentement avant qu’ils soient placés.
    .hint = Utilisez un bandeau cookies qui demande le consentement avant le placement de tout cookie qui n’est pas strictement nécessaire, avec un bouton de refus aussi simple à utiliser que le bouton d’acceptation. Poursuivre la navigation ne vaut pas consentement.
check-eprivacy-cookies-consent-implied = Votre site web considère la poursuite de la navigation comme un consentement aux cookies. Ce n’en est pas un : les visiteurs doivent donner leur accord de manière active, avant que les cookies soient placés.
    .hint = Utilisez un bandeau cookies qui demande le consentement avant le placement de tout cookie qui n’est pas strictement nécessaire, et répondez « Par un bandeau » sous « Cookies ».
check-art7-cookies-withdrawal-missing = Les visiteurs ne peuvent pas retirer leur consentement aux cookies aussi facilement qu’ils l’ont donné : la politique en matière de cookies peut seulement les inviter à vous écrire ou à supprimer leurs cookies.
    .hint = Proposez sur chaque page un lien ou un bouton, comme « Paramètres des cookies », qui rouvre les choix en matière de cookies, et indiquez où il se trouve.
check-art7-cookies-consent-not-granular = Des cookies de plusieurs catégories sont soumis au consentement, mais les visiteurs ne peuvent que les accepter ou les refuser tous en une fois.
    .hint = Permettez aux visiteurs de choisir par catégorie dans votre bandeau cookies (par exemple les cookies analytiques et les cookies marketing séparément), puis cochez la case correspondante ici.
check-eprivacy-cookies-analytics-exempt-outside-nl = Vous indiquez que vos cookies analytiques peuvent être placés sans consentement en vertu de l’exemption néerlandaise pour les cookies analytiques à faible impact, mais votre organisation n’est pas établie aux Pays-Bas.
    .hint = En dehors des Pays-Bas, demandez le consentement pour les cookies analytiques ; décochez l’exemption.
check-eprivacy-cookies-analytics-exempt-third-party = Vous appliquez l’exemption néerlandaise pour les cookies analytiques à faible impact, mais « { $item } » est un cookie analytique d’une autre entreprise, qui en remplit rarement les conditions : le fournisseur peut utiliser les données pour son propre compte.
    .hint = Vérifiez les conditions de l’autorité néerlandaise de protection des données, l’Autoriteit Persoonsgegevens (aucun partage des données, adresses IP masquées, contrat de sous-traitance) ; si votre configuration ne les remplit pas, décochez l’exemption et demandez le consentement.
check-eprivacy-cookies-set-before-choice = Vos réponses n’indiquent pas que le site web attend le choix du visiteur avant de placer des cookies soumis au consentement.
    .hint = Configurez votre site web ou votre outil de gestion du consentement de sorte que seuls les cookies strictement nécessaires soient placés tant que le visiteur n’a pas accepté (scripts bloqués jusque-là), vérifiez-le dans une fenêtre de navigation privée, puis cochez la case correspondante ici ; d’ici là, la politique en matière de cookies ne peut pas le promettre.
check-art7-cookies-refusal-not-as-easy = Vos réponses n’indiquent pas qu’il est aussi facile de refuser les cookies que de les accepter.
    .hint = Placez un bouton de refus à côté du bouton d’acceptation, sur le premier écran de votre bandeau et tout aussi visible, puis cochez la case correspondante ici ; d’ici là, la politique en matière de cookies ne peut pas le promettre.
check-art7-cookies-cookie-wall = Vos réponses n’indiquent pas que les visiteurs qui refusent les cookies peuvent tout de même utiliser le site web.
    .hint = Ne faites pas de l’acceptation des cookies une condition d’utilisation du site web (mur de cookies), puis cochez la case correspondante ici ; d’ici là, la politique en matière de cookies ne peut pas le promettre.
check-art7-cookies-withdrawal-untold = Votre politique en matière de cookies est publiée ailleurs, et vous n’avez pas indiqué comment les visiteurs retirent leur consentement aux cookies ; la déclaration de confidentialité ne peut donc pas le leur expliquer. Retirer son consentement doit être aussi simple que le donner.
    .hint = Sous « Cookies », indiquez comment les visiteurs modifient ou retirent leur choix, par exemple « via l’icône cookies en bas à gauche de chaque page ».
check-eprivacy-cookie-duration-missing = Aucune durée n’est indiquée pour le cookie « { $item } ».
    .hint = Vérifiez combien de temps le cookie est conservé (les outils de développement de votre navigateur ou la documentation du fournisseur l’indiquent) et saisissez cette durée.
check-eprivacy-cookie-duration-range-unclear = La durée du cookie « { $item } » est une fourchette incohérente : sa limite supérieure doit être une période, et sa limite inférieure la session du navigateur ou une période plus courte.
    .hint = Indiquez comme durée la période la plus longue pendant laquelle le cookie est conservé, et comme minimum soit « jusqu’à la fermeture du navigateur », soit une période plus courte ; ou supprimez la fourchette.
check-eprivacy-cookie-purpose-missing = Le cookie « { $item } » n’indique pas à quoi il sert.
    .hint = Décrivez en quelques mots ce que fait le cookie, par exemple « mémorise votre langue ».
check-eprivacy-cookie-category-missing = Le cookie « { $item } » n’a pas de catégorie : les visiteurs ne peuvent donc pas savoir de quel type de cookie il s’agit. Tant qu’il n’en a pas, il est traité comme un cookie soumis au consentement.
    .hint = Choisissez sa catégorie : strictement nécessaire, fonctionnel, analytique, marketing ou réseaux sociaux.
check-art5-cookie-duration-too-long = Le cookie « { $item } » est conservé plus de { $months } mois, soit au-delà de la durée maximale acceptée par les autorités de protection des données.
    .hint = Limitez sa durée de vie à { $months } mois au plus, dans votre site web ou dans les paramètres du fournisseur, puis saisissez ici la nouvelle durée.
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

check-identifier-belgian-enterprise-number-invalid = « { $value } » n’est pas un numéro d’entreprise belge valide.
    .hint = Un numéro d’entreprise belge comporte 10 chiffres, commence par 0 ou 1, et ses deux derniers chiffres servent à contrôler les huit premiers, comme dans 0428.555.896. Copiez-le depuis la Banque-Carrefour des Entreprises (BCE).
check-identifier-belgian-vat-number-invalid = « { $value } » n’est pas un numéro de TVA belge valide.
    .hint = Un numéro de TVA belge se compose de BE suivi du numéro d’entreprise à 10 chiffres, comme dans BE0428555896.
check-identifier-belgian-vat-number-mismatch = Le numéro de TVA « { $value } » ne correspond pas au numéro d’entreprise { $number }.
    .hint = Un numéro de TVA belge se compose de BE suivi du numéro d’entreprise : l’un des deux comporte donc une faute de frappe. Vérifiez-les tous les deux dans la Banque-Carrefour des Entreprises (BCE).
check-identifier-dutch-kvk-number-invalid = « { $value } » n’est pas un numéro valide de la Chambre de commerce néerlandaise (KvK).
    .hint = Un numéro KvK comporte 8 chiffres. Copiez-le depuis votre inscription auprès de la Kamer van Koophandel.
check-identifier-dutch-vat-number-invalid = « { $value } » n’est pas un numéro d’identification TVA néerlandais valide.
    .hint = Un numéro d’identification TVA néerlandais (btw-id) se compose de NL, de 9 chiffres, de la lettre B et de 2 chiffres, comme dans NL123456789B01.
check-identifier-email-invalid = « { $value } » n’est pas une adresse e-mail valide.
    .hint = Écrivez l’adresse sous la forme nom@domaine.be, sans espaces et sans « mailto: ».
check-identifier-link-invalid = « { $value } » n’est pas une adresse web vers laquelle les documents peuvent renvoyer.
    .hint = Écrivez l’adresse complète, en commençant par https://, comme dans https://www.votreentreprise.be/privacy. Les autres types de liens ne sont pas acceptés.
check-identifier-placeholder = « { $value } » est une adresse d’exemple restée d’un modèle, et non une adresse réelle.
    .hint = Remplacez-la par l’adresse réelle, ou supprimez-la.
check-identifier-phone-invalid = « { $value } » n’est pas un numéro de téléphone valide.
    .hint = Écrivez uniquement le numéro : des chiffres et des espaces, avec un + au début pour l’indicatif du pays, comme dans +32 9 123 45 67.

## The date the documents take effect.

check-document-effective-date-future = Les documents entrent en vigueur le { $date }, soit après aujourd’hui ({ $today }).
    .hint = Si la date est une erreur, corrigez-la. Si vous annoncez de nouveaux documents à l’avance, laissez les documents actuels en ligne jusqu’à cette date.
check-document-effective-date-old = Les documents sont entrés en vigueur le { $date }, soit plus d’un an avant aujourd’hui ({ $today }).
    .hint = Revoyez vos réponses : on oublie facilement de nouveaux fournisseurs, de nouveaux cookies ou de nouvelles finalités. Fixez ensuite une nouvelle date et une nouvelle version.

## The owner's own words, and answers that do not fit together.

check-answers-text-untranslated = « { $item } » n’a pas de version en { $language } : les documents en { $language } l’afficheraient dans une autre langue.
    .hint = Rédigez aussi ce texte en { $language }, ou retirez cette langue des langues des documents.
check-answers-text-wrong-language = Le texte en { $language } de « { $item } » semble rédigé en { $found }.
    .hint = Le champ en { $language } doit contenir un texte en { $language } ; placez le texte en { $found } dans le champ prévu pour cette langue.
check-answers-informal-register = « { $item } » tutoie le lecteur (« je » ou « jij »), alors que les documents le vouvoient (« u »).
    .hint = Réécrivez le texte néerlandais avec « u » et « uw », afin que les documents s’adressent au lecteur d’une seule manière.
check-art13-purpose-retention-vague = La finalité « { $item } » conserve les données « aussi longtemps que nécessaire », ce qui n’apprend rien au lecteur.
    .hint = Indiquez une durée (« 2 ans après votre dernière commande ») ou les critères qui la déterminent (« jusqu’à la fin de la garantie, et au plus 3 ans après la livraison »).
check-art10-authorisation-consent-only = Selon vos réponses, les données relatives aux condamnations pénales pourraient être traitées sur la seule base du consentement. Or l’article 10 du RGPD exige une loi qui autorise ce traitement.
    .hint = Citez la loi qui vous autorise à traiter ces données (en Belgique, par exemple, l’article 10 de la loi du 30 juillet 2018 relative à la protection des personnes physiques à l’égard des traitements de données à caractère personnel, ainsi que la loi propre à votre secteur).
check-art13-cookie-provider-not-recipient = { $provider } place des cookies sur votre site web, mais ne figure pas parmi les destinataires : la déclaration de confidentialité ne dit donc pas qu’il reçoit des données.
    .hint = Ajoutez { $provider } comme destinataire sous « Destinataires » (le catalogue des services peut remplir la fiche), avec son rôle et son pays.
check-art6-purpose-contract-non-party = La finalité « { $item } » repose sur un contrat, mais elle concerne aussi les personnes du groupe « { $audience } », qui ne sont généralement pas parties à votre contrat.
    .hint = Donnez-leur une base juridique propre dans cette finalité (le bouton « + » sous la base juridique), généralement l’intérêt légitime ; un contrat ne couvre que la personne avec qui vous l’avez conclu.
check-answers-recipient-no-purpose = Aucune finalité n’est cochée pour « { $item } » : la déclaration de confidentialité ne peut donc pas dire pourquoi ce destinataire reçoit des données.
    .hint = Cochez les finalités pour lesquelles il reçoit des données, ou supprimez-le s’il n’en reçoit aucune.
check-answers-cookie-no-purpose = Aucune finalité n’indique que le site web place des cookies { $category ->
    [analytics] analytiques
    [social-media] de réseaux sociaux
   *[marketing] marketing
}, comme « { $item } » : les documents ne disent pas pourquoi vous les placez.
    .hint = Cochez ce type de cookies dans la finalité qu’ils servent (par exemple les statistiques du site web ou la publicité), ou ajoutez cette finalité.
check-art21-purpose-direct-marketing-unanswered = « { $item } » relève-t-il de la prospection (marketing direct) ? C’est le cas des newsletters, des offres et de la publicité, et les personnes peuvent s’y opposer à tout moment, ce que la déclaration de confidentialité doit leur indiquer.
    .hint = Répondez par oui ou par non sous la finalité. Ce n’est qu’en cas de réponse positive que la déclaration décrit le droit de s’opposer à la prospection.
check-answers-audience-unused = Aucune finalité ne concerne le groupe « { $item } » : les documents ne disent donc nulle part pourquoi vous traitez les données de ces personnes.
    .hint = Ajoutez ce groupe aux finalités qui le concernent, ou supprimez-le.
check-answers-data-unused = Aucune finalité n’utilise « { $item } » : les documents ne disent donc nulle part pourquoi vous traitez ces données.
    .hint = Ajoutez ces données aux finalités qui les utilisent, ou supprimez-les.
check-art12-rights-personal-mailbox = Les demandes sont envoyées à { $address }, qui semble être la boîte e-mail personnelle d’une seule personne. Si cette personne est absente ou quitte l’organisation, les demandes restent sans réponse.
    .hint = Utilisez une adresse de l’organisation que plusieurs personnes consultent, par exemple privacy@votreentreprise.be.
check-art12-rights-phone-missing = Vous acceptez les demandes par téléphone, mais votre organisation n’a pas de numéro de téléphone : la déclaration de confidentialité ne peut donc pas indiquer quel numéro appeler.
    .hint = Sous « Votre organisation », indiquez le numéro de téléphone, ou décochez les demandes par téléphone.
check-art12-rights-response-too-slow = Vous répondez aux demandes en plus de { $days } jours, alors que la loi exige une réponse dans un délai d’un mois, qui peut ne compter que { $days } jours.
    .hint = Engagez-vous sur { $days } jours au plus, ou n’indiquez aucun nombre : la déclaration de confidentialité mentionne alors un mois, comme la loi.

## Where a finding is, in words: "Purpose 2 “Newsletter”: legal basis".
## place-<list> names an item by its $number; place-<field> names a
## part of the project; field-<name> a question.

place-field = { $place } : { $field }
place-named = { $place } « { $name } »
place-purposes = Finalité { $number }
place-recipients = Destinataire { $number }
place-cookies = Cookie { $number }
place-sources = Source { $number }
place-audiences = Groupe { $number }
place-data_categories = Type de données { $number }
place-organisation = Votre organisation
place-dpo = Délégué à la protection des données
place-privacy_contact = Contact pour la protection des données
place-supervisory_authority = Autorité de contrôle
place-document = Les documents
place-cookie_consent = Consentement aux cookies
place-children = Enfants
place-security_measures = Mesures de sécurité
place-change_notice = Annonce des modifications
place-transfers_outside_eea = Transferts hors de l’EEE
place-automated_decisions = Décisions automatisées
place-recipients_none = Destinataires
place-cookies_none = Cookies
place-sources_none = Autres sources
field-name = nom
field-address = adresse
field-address-country = pays
field-email = adresse e-mail
field-phone = téléphone
field-enterprise_number = numéro d’entreprise
field-vat_number = numéro de TVA
field-websites = site web
field-representative = représentant dans l’UE
field-legal_form = forme juridique
field-legal_basis = base juridique
field-legitimate_interest = intérêt légitime
field-retention = durée de conservation
field-retention-after = début de la durée de conservation
field-provision = les personnes doivent-elles fournir les données ?
field-provision-consequence = si les personnes ne fournissent pas les données
field-automated_decision-logic = comment la décision est prise
field-automated_decision-consequences = ce que cela implique pour la personne
field-automated_decision-significant = effets significatifs
field-automated_decision-ground = exception de l’art. 22.2 RGPD
field-audiences = personnes concernées
field-data = données traitées
field-description = description
field-service = service fourni
field-role = rôle
field-country = pays
field-retention_days = nombre de jours de conservation des images
field-pictogram = pictogramme
field-declared = déclaration à la police
field-also_processed_in = autres pays de traitement
field-seat = siège social
field-safeguard = garantie
field-privacy_policy = politique de confidentialité
field-provider = fournisseur
field-category = catégorie
field-contact-email = adresse e-mail de contact
field-contact-phone = téléphone de contact
field-contact = contact
field-by_phone = demandes par téléphone
field-shared_with_police = images transmises à la police ou à la justice
field-duration = durée
field-duration_range = fourchette de durée
field-purpose = finalité
field-publicly_accessible = accessible au public
field-art9_condition = exception de l’art. 9.2 RGPD
field-art10_authorisation = loi qui l’autorise (art. 10 RGPD)
field-examples = exemples
field-kind-name = nom
field-website = site web
field-method = manière de demander le consentement
field-per_category = choix par catégorie
field-refuse_as_easy = refuser aussi facilement qu’accepter
field-waits_for_choice = aucun cookie avant le choix
field-no_cookie_wall = pas de mur de cookies
field-withdraw_via = comment retirer son consentement
field-online_services = services en ligne destinés aux enfants
field-minors = mineurs
field-version = version
field-effective_date = date d’entrée en vigueur
field-languages = langues
place-purposes-all = Finalités
place-recipients-all = Destinataires
place-cookies-all = Cookies
place-sources-all = Autres sources
place-audiences-all = Groupes de personnes
place-data_categories-all = Types de données
place-requests = Demandes et plaintes
place-analytics_exempt = Cookies analytiques sans consentement
place-cameras = Caméras de surveillance
place-profiles = Provenance des données
place-cookie_policy_elsewhere = Politique en matière de cookies publiée ailleurs
field-response_days = délai de réponse en jours
field-web_form = formulaire web
field-identity_proof = preuve d’identité
field-purposes = finalités pour lesquelles il reçoit des données
field-direct_marketing = prospection ?
field-per_audience-legal_basis = base juridique propre à l’un des groupes
field-per_audience-legitimate_interest = intérêt légitime propre à l’un des groupes
field-per_audience-provision = ce groupe doit-il fournir les données ?
field-per_audience-provision-consequence = si ce groupe ne fournit pas les données
field-per_audience-audience = groupe ayant sa propre base juridique
field-special_data-data = type de données soumis à sa propre condition
field-special_data-art10_authorisation = loi qui l’autorise pour cette finalité (art. 10 RGPD)
field-complaints = contact pour les plaintes
field-arrangement = accord avec nous
field-scc = clauses contractuelles types
