### Textes de l’assistant : la fenêtre qui s’ouvre quand policywright est lancé
### sans commande ou avec « policywright open ». Les commentaires de groupe
### ci-dessous indiquent sur quel écran ou à quelle étape chaque message
### apparaît, et à quel endroit.
## The wizard's own wording: window, welcome screen, steps and questions.

## Affichés dans le terminal, pas dans une fenêtre, quand l’assistant ne peut
## pas démarrer.
# Sous Linux, quand il n’y a pas d’affichage (DISPLAY n’est pas défini) ; le
# programme s’arrête alors.
app-no-display = policywright ne peut pas ouvrir sa fenêtre : aucun écran n’est disponible (DISPLAY n’est pas défini). Lancez-le depuis un bureau, ou utilisez les commandes, qui n’en ont pas besoin : policywright --help
# Quand le système de fenêtres ne parvient pas à ouvrir la fenêtre. $reason est
# le message d’erreur du système de fenêtres lui-même, en anglais.
app-window-failed = policywright n’a pas pu ouvrir sa fenêtre : { $reason }
## Le cadre de la fenêtre : son titre, la barre du haut (boutons de fichier, et
## à droite la langue de la fenêtre), les barres en dessous qui posent une
## question ou demandent où enregistrer, et les boutons Précédent et Suivant
## sous les questions de chaque étape.
# Titre de la fenêtre pour un projet jamais enregistré (« Nouveau projet —
# policywright »). Aussi sur l’écran d’accueil, après app-recover-found, pour
# un travail non enregistré qui n’a ni fichier ni nom d’organisation.
app-untitled = Nouveau projet
# Texte indicatif grisé dans le champ de chemin en bas de l’écran d’accueil,
# sous app-open-title.
app-path-placeholder = Chemin d’un fichier de projet (.ron)
# Bouton à côté de ce champ : ouvre le projet dont le chemin a été saisi
# (Entrée fait de même).
app-open = Ouvrir
# Bouton à côté : choisit le fichier de projet avec la boîte de dialogue de
# fichiers du bureau.
app-browse = Parcourir…
# Bouton de la barre du haut de l’éditeur (aussi Ctrl+S). Aussi le bouton qui
# enregistre dans la barre « où enregistrer » et dans la barre sur les
# modifications non enregistrées.
app-save = Enregistrer
# Bouton de la barre du haut de l’éditeur (aussi Ctrl+Maj+S) : ouvre la barre «
# où enregistrer », pour enregistrer sous un autre nom.
app-save-as = Enregistrer sous…
# Bouton de la barre du haut de l’éditeur (aussi Ctrl+O) : ouvre un autre
# projet avec la boîte de dialogue de fichiers du bureau.
app-open-other = Ouvrir…
# Petit bouton de la barre du haut de l’éditeur (aussi Ctrl+Z) ; grisé quand il
# n’y a rien à annuler.
app-undo = Annuler
# Petit bouton à côté de app-undo (aussi Ctrl+Maj+Z ou Ctrl+Y) ; grisé quand il
# n’y a rien à rétablir.
app-redo = Rétablir
# Bouton qui ferme la barre de question (modifications non enregistrées,
# remplacer un fichier) ou la barre « où enregistrer » sans rien faire.
app-cancel = Annuler
# Titre de la barre « où enregistrer », sous la barre du haut, ouverte par
# Enregistrer sous…, ou par Enregistrer pour un projet jamais enregistré.
app-save-prompt = Où voulez-vous enregistrer ce projet ?
# Libellé au-dessus du champ de dossier de la barre « où enregistrer »
# (prérempli avec le dossier du dernier projet).
app-save-folder = Dossier
# Libellé au-dessus du champ du nom de fichier (prérempli à partir du nom de
# l’organisation).
app-save-name = Nom du fichier
# Dans la barre « où enregistrer », à côté des boutons, tant que dossier et nom
# de fichier sont remplis ; $path est le chemin complet sous lequel le projet
# sera enregistré.
app-save-target = Il sera enregistré sous { $path }
# Dans la barre « où enregistrer », à la place de app-save-target, tant que le
# dossier ou le nom de fichier est vide. Aussi dans la ligne d’état en bas de
# la fenêtre, comme erreur, si l’on appuie alors sur Enregistrer.
app-save-where = Indiquez un dossier et un nom de fichier pour enregistrer le projet.
# Bouton de la barre « où enregistrer » : choisit plutôt l’emplacement avec la
# boîte de dialogue du bureau.
app-save-browse = Choisir avec la fenêtre de votre ordinateur…
# Barre de question quand le fichier choisi pour l’enregistrement existe déjà
# et n’est pas le projet ouvert ; $path est ce fichier.
app-replace = { $path } existe déjà et ce n’est pas le projet que vous avez ouvert. Voulez-vous le remplacer par ce projet ?
# Bouton de cette barre qui écrase le fichier.
app-replace-confirm = Remplacer
# Bouton sous les questions de chaque étape : revient à l’étape précédente
# (aussi Alt+Gauche) ; grisé à la première étape.
app-back = Précédent
# Bouton sous les questions de chaque étape : passe à l’étape suivante (aussi
# Alt+Droite) ; grisé à la dernière étape.
app-next = Suivant
# Texte indicatif grisé d’une liste déroulante tant que rien n’est choisi : le
# pays de l’organisation, le rôle et le pays d’un destinataire, la garantie,
# les clauses contractuelles types, l’exception de l’art. 22(2), l’unité de
# durée d’un cookie. Aussi le bouton à côté du dossier d’export à l’étape «
# Vérifier et exporter », qui ouvre la boîte de dialogue de dossiers du bureau.
app-choose = Choisir…
# Bouton sur une carte ou une ligne qui la supprime : une finalité, un
# destinataire, une source, un cookie, un groupe ou un type de données propre,
# ou les conditions propres d’un groupe dans une finalité.
app-remove = Supprimer
## Noms des langues (app-language-<code>). Affichés comme cases à cocher à
## l’étape « Vérifier et exporter » (langues de publication des documents, et
## langues à exporter) ; dans les constats sur un texte sans traduction ou dans
## la mauvaise langue (checks.ftl) ; et dans la remarque de l’export sur une
## réponse sans texte dans une langue. Les boutons qui changent la langue de la
## fenêtre ou de l’aperçu montrent plutôt les codes (NL, FR, DE, EN).
app-language-nl = néerlandais
app-language-fr = français
app-language-de = allemand
app-language-en = anglais
## Libellés à côté de boutons de langue.
# En haut à droite de la fenêtre, avant les boutons NL FR DE EN qui changent la
# langue de l’assistant lui-même.
app-window-language = Langue de la fenêtre
# Dans la barre au-dessus de l’aperçu (volet droit de l’éditeur), avant les
# boutons qui choisissent la langue du document affiché.
app-preview-language = Langue du document

## Barre jaune sous la barre du haut qui demande que faire des modifications
## non enregistrées, avec les boutons Enregistrer (app-save), app-guard-discard
## et Annuler (app-cancel).
# Quand un nouveau projet est commencé (Ctrl+N) alors qu’il y a des
# modifications non enregistrées.
app-guard-new = Certaines modifications ne sont pas enregistrées. Voulez-vous les enregistrer avant de commencer un nouveau projet ?
# Quand un autre projet est ouvert (Ouvrir…, Ctrl+O, un projet récent) alors
# qu’il y a des modifications non enregistrées.
app-guard-open = Certaines modifications ne sont pas enregistrées. Voulez-vous les enregistrer avant d’ouvrir un autre projet ?
# Quand la fenêtre est fermée (ou Ctrl+Q) alors qu’il y a des modifications non
# enregistrées.
app-guard-quit = Certaines modifications ne sont pas enregistrées. Voulez-vous les enregistrer avant de fermer policywright ?
# Bouton rouge de cette barre : continue sans enregistrer.
app-guard-discard = Abandonner les modifications

## La ligne d’état en bas de la fenêtre, qui dit ce qui vient de se passer. Les
## échecs s’affichent en rouge avec des messages de cli.ftl (save-failed,
## load-*, cli-write-failed, cli-unreadable-file) ou avec app-save-where et
## app-export-open-failed.
# Après l’enregistrement du projet ; $path est le fichier.
app-status-saved = Enregistré dans { $path }.
# Après l’ouverture d’un projet ; $path est le fichier.
app-status-opened = { $path } ouvert.
# Après que le bouton « Créer les documents » (app-export-write) de l’étape «
# Vérifier et exporter » a écrit les fichiers ; $count fichiers ont été écrits
# dans $folder.
app-status-exported = { $count ->
    [one] { $count } fichier écrit dans { $folder }.
   *[other] { $count } fichiers écrits dans { $folder }.
}

## L’écran d’accueil, premier écran de l’assistant : partir de zéro ou d’un
## projet d’exemple, récupérer un travail non enregistré, rouvrir un projet
## récent ou ouvrir un fichier de projet.
# Grand titre en haut.
app-welcome-title = Votre déclaration de confidentialité et votre politique en matière de cookies
# Paragraphe sous le titre.
app-welcome-intro = Répondez à des questions simples sur votre organisation : policywright rédige les deux documents dans les langues de votre choix (néerlandais, français, allemand, anglais), et vous signale ce qui manque encore avant la publication.
# Dans un cadre jaune, seulement si un travail non enregistré a été trouvé
# après un plantage ; suivi du chemin du fichier de projet, sinon du nom de
# l’organisation, sinon de app-untitled.
app-recover-found = Un travail non enregistré a été retrouvé :
# Bouton dans ce cadre : rouvre le travail non enregistré, qui apparaît alors
# comme des modifications non enregistrées.
app-recover = Le récupérer
# Titre au-dessus de la liste des projets ouverts récemment ; seulement s’il y
# en a.
app-recent = Projets récents
# Bouton qui commence un projet vide.
app-start-blank = Partir de zéro
# Titre au-dessus des cartes des projets d’exemple. Chaque carte montre son
# titre (app-starter-<nom>) et en dessous la description starter-<nom> de
# cli.ftl ; un clic commence un projet à partir de celui-ci.
app-start-from-starter = Ou partez d’un exemple qui ressemble à votre organisation
# Titre de la carte du projet d’exemple templates/starters/bakery.ron.
app-starter-bakery = Boulangerie avec boutique en ligne
# Titre de la carte du projet d’exemple
# templates/starters/general-practice.ron.
app-starter-general-practice = Cabinet de médecine générale
# Titre de la carte du projet d’exemple templates/starters/accountancy.ron.
app-starter-accountancy = Bureau comptable
# Titre de la carte du projet d’exemple templates/starters/non-profit.ron.
app-starter-non-profit = ASBL avec des membres
# Titre de la carte du projet d’exemple templates/starters/webshop-nl.ron.
app-starter-webshop-nl = Boutique en ligne néerlandaise
# Titre de la carte du projet d’exemple templates/starters/dental-brussels.ron.
app-starter-dental-brussels = Cabinet dentaire à Bruxelles
# Titre de la carte du projet d’exemple templates/starters/physio-eupen.ron.
app-starter-physio-eupen = Cabinet de kinésithérapie à Eupen
# Titre au-dessus du champ de chemin, de app-open et de app-browse, en bas de
# l’écran.
app-open-title = Reprendre un projet enregistré

## La barre latérale à gauche de l’éditeur : pour chaque étape son numéro et
## son nom (app-step-<étape>), et en dessous où en est l’étape, d’après les
## constats des contrôles sur ses réponses. À la dernière étape, les nombres
## portent sur tout le projet.
# Plus rien à faire : toutes les questions ont une réponse et aucun constat.
app-step-done = terminé
# Rien de l’étape n’a encore de réponse.
app-step-not-started = pas encore commencé
# $count questions de l’étape n’ont pas encore de réponse (erreurs sur quelque
# chose qui manque).
app-step-to-answer = { $count ->
    [one] { $count } question sans réponse
   *[other] { $count } questions sans réponse
}
# Plus de question ouverte, mais $count erreurs.
app-step-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
# Aucune erreur, mais $count avertissements.
app-step-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
# Seulement $count conseils.
app-step-advice = { $count ->
    [one] { $count } conseil
   *[other] { $count } conseils
}
## Noms des niveaux de gravité des constats des contrôles.
# The one set of severity names, used on every step and in the review.
# En gras au début de chaque carte de constat, avant son emplacement (« Erreur
# · Finalité 2 … ») : sous les réponses concernées et dans la liste de l’étape
# « Vérifier et exporter ».
severity-error = Erreur
# Voir severity-error.
severity-warning = Avertissement
# Voir severity-error ; le niveau le plus léger, un conseil.
severity-info = Conseil
## Noms des sept étapes (app-step-<étape>) et leurs introductions (.intro). Le
## nom apparaît numéroté dans la barre latérale (« 1. Votre organisation »),
## comme titre en haut de l’étape, et sur le bouton à côté de chaque constat de
## l’étape « Vérifier et exporter » qui mène à l’étape. Le .intro s’affiche
## sous le titre.
app-step-organisation = Votre organisation
    .intro = Qui est responsable des données à caractère personnel, et comment vous joindre.
app-step-data = Personnes et données
    .intro = De qui vous traitez des données à caractère personnel, et de quels types.
app-step-purposes = Finalités
    .intro = Pourquoi vous utilisez les données, ce qui vous y autorise, et combien de temps vous les conservez.
app-step-recipients = Destinataires
    .intro = Qui d’autre reçoit les données : vos fournisseurs, comme votre comptable ou votre hébergeur web, et les autorités.
app-step-cookies = Cookies
    .intro = Ce que votre site web enregistre dans le navigateur des visiteurs, et comment ceux-ci font leur choix.
app-step-rights = Contact et plaintes
    .intro = À qui s’adresser pour une question ou une demande, et où introduire une plainte.
app-step-review = Vérifier et exporter
    .intro = Ce qui demande encore votre attention, et la création des documents.

## Étape « Votre organisation » (étape 1) : qui est responsable des données et
## comment le joindre. Chaque libellé a son .help en dessous en petits
## caractères gris, s’il en a un ; les constats sur un champ s’affichent juste
## en dessous, et ceux sur des réponses sans champ (le représentant dans l’UE,
## qui figure dans le fichier de projet) à la fin de l’étape.
# Premier champ de l’étape.
app-org-name = Nom de l’organisation
    .help = Tel qu’il figure au registre des entreprises, par exemple « Boulangerie Janssens ».
# Champ sous le nom ; les documents impriment la forme juridique après le nom.
app-org-legal-form = Forme juridique
    .help = SRL, SA, ASBL, entreprise individuelle… Les documents l’indiquent après le nom : « Boulangerie Janssens SRL ».
# Libellé au-dessus de la liste déroulante des pays (nommés par les messages
# country-* de common.ftl). Sous la liste : le .says de
# app-org-country-unanswered, app-org-country-chosen ou
# app-org-country-no-authority. Les constats sur l’adresse s’affichent aussi en
# dessous.
app-org-country = Pays
    .help = Le pays où votre organisation est établie. Il détermine la loi nationale sur la protection des données et l’autorité de contrôle que citent les documents.
# Ligne sous la liste des pays tant qu’aucun pays n’est choisi (seul le .says
# est utilisé).
app-org-country-unanswered =
    .says = Pas encore choisi : les documents ne citent ni loi nationale ni autorité de contrôle, et restent des brouillons.
# $country-code is the chosen country as a code ("BE"); $authority is its supervisory authority.
# Ligne sous la liste des pays dès qu’est choisi un pays dont policywright
# connaît l’autorité de contrôle. Les variantes [BE] et [NL] sont choisies par
# le code du pays : gardez leurs noms.
app-org-country-chosen =
    .says = { $country-code ->
        [BE] La déclaration de confidentialité cite, à côté du RGPD, la loi belge du 30 juillet 2018. Les plaintes sont adressées à : { $authority }.
        [NL] La déclaration de confidentialité cite, à côté du RGPD, l’UAVG néerlandaise (la loi d’exécution du RGPD). Les plaintes sont adressées à : { $authority }.
       *[other] La déclaration de confidentialité cite le RGPD. Les plaintes sont adressées à : { $authority }.
    }
# Ligne sous la liste des pays pour un pays dont policywright ne connaît pas
# l’autorité de contrôle.
app-org-country-no-authority =
    .says = La déclaration de confidentialité cite le RGPD. policywright ne connaît pas d’autorité de contrôle pour ce pays : la déclaration affiche donc un espace à compléter à sa place et reste un brouillon.
# Champ d’adresse, au-dessus du code postal et de la localité.
app-org-street = Rue et numéro
# Champ à côté de la localité.
app-org-postcode = Code postal
# Champ à côté du code postal.
app-org-city = Commune
# Champ à côté du numéro de TVA ; pour une organisation en Belgique ou aux
# Pays-Bas, les contrôles vérifient le numéro.
app-org-enterprise-number = Numéro d’entreprise
    .help = En Belgique : le numéro BCE, par exemple 0428.555.896. Aux Pays-Bas : le numéro KvK.
# Champ à côté du numéro d’entreprise (pas de .help).
app-org-vat = Numéro de TVA
# Champ à côté du téléphone ; les demandes arrivent ici, sauf si le contact de
# l’étape « Contact et plaintes » a sa propre adresse.
app-org-email = Adresse e-mail
    .help = L’adresse à laquelle les personnes vous écrivent au sujet de leurs données. Une adresse partagée, comme privacy@, vaut mieux que celle d’une seule personne.
# Champ à côté de l’adresse e-mail.
app-org-phone = Téléphone
# Champ ; plusieurs adresses séparées par des virgules.
app-org-websites = Sites web
    .help = L’adresse complète, commençant par https://. Séparez-en plusieurs par des virgules.
# Champ à côté de app-org-group.
app-org-trade-names = Noms commerciaux et marques (facultatif)
    .help = Les noms sous lesquels on vous connaît, en plus du nom officiel. Séparez-en plusieurs par des virgules.
# Champ à côté de app-org-trade-names.
app-org-group = Groupe de sociétés (facultatif)
    .help = Le groupe auquel appartient votre organisation, le cas échéant.
# Dernier champ de l’étape, un par langue des documents, côte à côte (NL, EN,
# …).
app-org-processor = Ce que vous faites pour vos clients en tant que sous-traitant (facultatif)
    .help = Par exemple « Nous gérons les données salariales de nos clients pour leur compte. » La déclaration de confidentialité précise alors que, pour ces données, c’est la déclaration de votre client qui s’applique.

## Étape « Personnes et données » (étape 2), de haut en bas : à qui sont les
## données, quels types de données, données d’autres sources (la question
## app-q-sources et une carte par source), comment les données arrivent par
## groupe, et caméras de surveillance. Les champs pour un texte du propriétaire
## ont une saisie par langue des documents, côte à côte.
# Titre au-dessus des cases à cocher des groupes de personnes standard
# (messages audience-* de common.ftl) ; son .help en dessous.
app-data-audiences = De qui traitez-vous des données ?
    .help = Cochez chaque groupe ; à l’étape des finalités, vous indiquerez quelle finalité concerne qui.
# Titre au-dessus des cases à cocher des types de données standard, chacun
# affiché comme « nom — exemples » (messages data-* de common.ftl) ; son .help
# en dessous.
app-data-categories = Quels types de données à caractère personnel ?
    .help = Les données sensibles (santé, convictions…) exigent une base juridique supplémentaire ; vous la choisissez en les cochant.
# Champ sous un type de données standard coché, rempli au moment où on le coche
# avec les exemples standard de ce type dans chaque langue des documents.
app-data-examples = Exemples cités dans les documents
    .help = Ils sont imprimés après le type de données. Adaptez-les à votre organisation, ou videz le champ pour n’en donner aucun.
# Bouton sous les groupes : ajoute un champ pour un groupe propre
# (app-data-own-audience).
app-data-add-audience = Ajouter un autre groupe
# Libellé du champ qui nomme un groupe ajouté par le propriétaire, avec un
# bouton Supprimer à côté.
app-data-own-audience = Un autre groupe de personnes
# Bouton sous les types de données : ajoute un champ pour un type propre.
app-data-add-category = Ajouter un autre type de données
# Libellé du champ qui nomme un type de données ajouté par le propriétaire,
# avec un bouton Supprimer à côté.
app-data-own-category = Un autre type de données
# Case à cocher sous un tel type de données ; cochée, elle fait apparaître la
# liste des exceptions de l’art. 9(2) (app-data-condition).
app-data-own-category-special = Il s’agit de données sensibles (santé, convictions… : art. 9 RGPD)
# Titre de la section sur les données d’autres sources ; son .help en dessous,
# puis la question app-q-sources, les cartes des sources et app-source-add.
app-sources = Données que vous recevez de tiers
    .help = Lorsque des données ne proviennent pas de la personne elle-même (un partenaire, un registre public, un professionnel qui vous adresse la personne), la déclaration doit indiquer d’où elles viennent.
# Titre de chaque carte de source, suivi de son numéro (« Source 1 »).
app-source = Source
# Bouton sous les cartes des sources.
app-source-add = Ajouter une source
# Titre de la section avec un cadre par groupe de personnes du projet ; son
# .help en dessous.
app-collection = Comment les données vous parviennent
    .help = Pour chaque groupe : par quel canal ses données vous parviennent et, si elles diffèrent de celles des autres groupes, quelles données il vous fournit. La déclaration de confidentialité reprend ce que vous cochez ; laissez un groupe vide pour n’en rien dire.
# Dans le cadre de chaque groupe, avant les cases à cocher des canaux (messages
# channel-* de common.ftl).
app-collection-channels = Comment :
# Dans le cadre de chaque groupe, avant les cases à cocher des types de données
# du projet.
app-collection-data = Leurs données :
# Case à cocher à la fin de l’étape, son .help en dessous. Cochée, elle fait
# apparaître les champs des caméras ci-dessous (de app-cameras-purpose à
# app-cameras-declared, et app-q-cameras-police).
app-cameras = Nous utilisons des caméras de surveillance dans nos locaux
    .help = Uniquement si vous avez des locaux équipés de caméras. La déclaration de confidentialité comporte alors une partie sur la vidéosurveillance.
# Champ des caméras, un par langue des documents.
app-cameras-purpose = À quoi servent les caméras ?
    .help = Par exemple « prévenir et constater les vols et le vandalisme dans le magasin ».
# Libellé au-dessus d’un bouton radio par base juridique (messages basis-* de
# common.ftl).
app-cameras-basis = Qu’est-ce qui vous autorise à utiliser les caméras ?
# Question des caméras, la dernière des champs des caméras. Ses réponses côte à
# côte : app-answer-unanswered, -yes et -no ; en dessous le .says de la réponse
# choisie.
app-q-cameras-police = Transmettez-vous des images à la police ou à la justice lorsqu’elles peuvent aider à prouver une infraction ?
# Seul le .says s’affiche, tant que la question n’a pas de réponse ; la valeur
# ne fait que reprendre app-answer-unanswered.
app-q-cameras-police-unanswered = { app-answer-unanswered }
    .says = La déclaration de confidentialité ne cite aucun destinataire des images, et reste un brouillon tant que vous n’avez pas répondu.
# Réponse ; son .says s’affiche sous les réponses tant qu’elle est choisie.
app-q-cameras-police-yes = Oui
    .says = La déclaration de confidentialité indique que vous pouvez transmettre des images à la police ou à la justice comme preuve.
# Réponse ; son .says s’affiche sous les réponses tant qu’elle est choisie.
app-q-cameras-police-no = Non
    .says = Rien n’est dit sur la transmission d’images à qui que ce soit.
# Champ des caméras pour un nombre de jours ; son .help sous le libellé.
app-cameras-days = Combien de jours conservez-vous les images ?
    .help = En Belgique, un mois au maximum (30 jours), sauf si les images sont nécessaires comme preuve.
# Case à cocher des caméras.
app-cameras-pictogram = Un panneau avec le pictogramme légal est apposé à chaque entrée de la zone surveillée
# Case à cocher des caméras.
app-cameras-declared = Les caméras sont déclarées à la police (en Belgique via www.declarationcamera.be)
# Dans chaque carte de source : champ, un par langue des documents ; son .help
# sous le libellé.
app-source-description = D’où viennent les données ?
    .help = Par exemple « la Banque-Carrefour des Entreprises » ou « le médecin qui vous a adressé à nous ».
# Dans chaque carte de source : libellé avant les cases à cocher des types de
# données du projet. La carte se termine par la question app-q-source-public.
app-source-data = Quelles données ?
# Libellé avant la liste des exceptions de l’art. 9(2) (app-art9-*), à côté
# d’un type de données sensible coché (santé, convictions, …) ou d’un type
# propre marqué comme sensible.
app-data-condition = Autorisé parce que :
# Champ sous le type « Condamnations pénales et infractions »
# (data-criminal-records) quand il est coché, un par langue des documents ; son
# .help sous le libellé.
app-data-art10 = Quelle loi vous autorise à traiter ces données ?
    .help = Par exemple les règles sur l’extrait de casier judiciaire exigé pour travailler avec des enfants.
## Exceptions de l’art. 9(2) du RGPD (app-art9-<clé>) : les choix de la liste
## après app-data-condition à l’étape « Personnes et données » (« Autorisé
## parce que : … »), et de la liste propre d’une finalité (app-purpose-art9) à
## l’étape « Finalités ».
app-art9-explicit-consent = la personne a donné son consentement explicite
app-art9-employment-law = le droit du travail ou de la sécurité sociale l’exige
app-art9-vital-interests = pour protéger la vie d’une personne qui ne peut pas donner son consentement
app-art9-non-profit-members = nous sommes une organisation sans but lucratif à finalité politique, philosophique, religieuse ou syndicale, et il s’agit de nos membres
app-art9-made-public = la personne l’a rendu public elle-même
app-art9-legal-claims = pour constater, exercer ou défendre un droit en justice
app-art9-public-interest = un intérêt public important, prévu par la loi
app-art9-health-care = diagnostic médical, soins ou traitement, ou gestion des soins de santé (facturation par exemple)
app-art9-public-health = santé publique
app-art9-research = archivage dans l’intérêt public, recherche ou statistiques

## Étape « Finalités » (étape 3) : une carte par finalité, de haut en bas :
## nom, description, de qui, quelles données, exceptions pour les données
## sensibles, base juridique, intérêt légitime, conservation, obligation de
## fournir les données, autres conditions pour un groupe, marketing direct,
## cookies, et une décision prise par un ordinateur. Sous les cartes :
## app-purpose-add et la question app-q-automated. Les constats sur un champ
## s’affichent dessous, les autres à la fin de la carte. Les champs pour un
## texte du propriétaire ont une saisie par langue des documents, côte à côte.
# Titre de chaque carte de finalité, suivi de son numéro (« Finalité 1 »).
# Aussi à l’étape « Destinataires », pour une finalité qui n’a pas encore de
# nom.
app-purpose = Finalité
# Bouton sous les cartes des finalités.
app-purpose-add = Ajouter une finalité
# Premier champ de la carte ; son .help sous le libellé.
app-purpose-name = Pour quoi utilisez-vous les données ?
    .help = En quelques mots, par exemple « Livrer vos commandes ».
# Champ facultatif sous le nom.
app-purpose-description = Plus de détails (facultatif)
# Libellé avant les cases à cocher des groupes de personnes du projet.
app-purpose-audiences = Les données de qui ?
# Libellé avant les cases à cocher des types de données du projet.
app-purpose-data = Quelles données ?
# Libellé au-dessus d’un bouton radio par base juridique (messages basis-* de
# common.ftl) ; son .help en dessous.
app-purpose-basis = Qu’est-ce qui vous autorise à les utiliser ?
    .help = C’est la base juridique. La plupart des finalités reposent sur un contrat, une obligation légale, le consentement ou votre intérêt légitime.
# Champ affiché seulement quand la base juridique est l’intérêt légitime. Aussi
# dans les conditions propres d’un groupe (app-terms-for), là sans .help.
app-purpose-interest = Votre intérêt légitime
    .help = Ce que vous y gagnez, par exemple « protéger notre boutique en ligne contre la fraude ».
# Libellé au-dessus des deux cases à cocher app-purpose-retention-fixed et
# -criteria.
app-purpose-retention = Combien de temps conservez-vous les données ?
# Case à cocher ; cochée, elle fait apparaître sur une ligne un nombre, une
# unité (app-unit-*), app-purpose-after et le moment où la durée commence
# (retention-after-* de common.ftl).
app-purpose-retention-fixed = une durée fixe
# Case à cocher ; cochée, elle fait apparaître le champ app-purpose-criteria.
app-purpose-retention-criteria = cela dépend d’un critère
# Mot entre la durée (« 1 ans ») et la liste des moments à partir desquels elle
# compte.
app-purpose-after = après
# Champ affiché quand app-purpose-retention-criteria est coché ; son .help sous
# le libellé.
app-purpose-criteria = Qu’est-ce qui détermine cette durée ?
    .help = Par exemple « jusqu’à votre désinscription de la newsletter ».
# Choix de la liste des unités d’une durée de conservation fixe, après le
# nombre. Le même mot s’affiche quel que soit le nombre ; aucun singulier n’est
# possible.
app-unit-days = jours
# Choix de la liste des unités d’une durée de conservation fixe, après le
# nombre. Le même mot s’affiche quel que soit le nombre ; aucun singulier n’est
# possible.
app-unit-weeks = semaines
# Choix de la liste des unités d’une durée de conservation fixe, après le
# nombre. Le même mot s’affiche quel que soit le nombre ; aucun singulier n’est
# possible.
app-unit-months = mois
# Choix de la liste des unités d’une durée de conservation fixe, après le
# nombre. Le même mot s’affiche quel que soit le nombre ; aucun singulier n’est
# possible.
app-unit-years = ans
# Libellé au-dessus de la liste déroulante des réponses : d’abord
# app-purpose-requirement-none, puis app-requirement-*. Aussi dans les
# conditions propres d’un groupe.
app-purpose-requirement = Les personnes doivent-elles fournir ces données ?
# Premier choix de cette liste ; son .says s’affiche sous la liste tant qu’il
# est choisi (pas dans les conditions propres d’un groupe).
app-purpose-requirement-none = non précisé
    .says = Non précisé : la déclaration de confidentialité ne dit pas si les personnes doivent fournir ces données.
# $sentence is what the privacy statement says for the chosen answer.
# Ligne sous cette liste dès qu’une autre réponse est choisie ; la phrase est
# le message requirement-* de common.ftl. Aussi utilisé à l’étape «
# Destinataires », sous la liste des garanties, avec la phrase que la garantie
# choisie fait dire à la déclaration (safeguard-* de common.ftl).
app-purpose-requirement-says = La déclaration de confidentialité indique : « { $sentence } »
# Choix de la liste « les personnes doivent-elles fournir ces données ? »
# (app-purpose-requirement).
app-requirement-statutory = oui, la loi l’exige
# Choix de la liste « les personnes doivent-elles fournir ces données ? »
# (app-purpose-requirement).
app-requirement-contractual = oui, notre contrat l’exige
# Choix de la liste « les personnes doivent-elles fournir ces données ? »
# (app-purpose-requirement).
app-requirement-needed-for-contract = oui, pour que nous puissions conclure un contrat
# Choix de la liste « les personnes doivent-elles fournir ces données ? »
# (app-purpose-requirement).
app-requirement-voluntary = non, c’est leur choix
# Champ affiché dès qu’une autre réponse que app-purpose-requirement-none est
# choisie ; aussi dans les conditions propres d’un groupe, là sans .help.
app-purpose-consequence = Que se passe-t-il si elles ne les fournissent pas ?
    .help = Par exemple « nous ne pouvons pas livrer votre commande ». La déclaration fait précéder votre texte de « Si vous ne les fournissez pas, ».
# Petit bouton, un par groupe de la finalité qui n’a pas encore de conditions
# propres ; $audience est le nom du groupe. Affiché sous app-terms-add.
app-terms-add-button = + { $audience }
# Titre d’un cadre avec la base juridique et l’obligation de fournir les
# données propres à un groupe, avec un bouton Supprimer ; $audience est le nom
# du groupe.
app-terms-for = Une autre base pour : { $audience }
# Ligne au-dessus des boutons app-terms-add-button ; seulement quand la
# finalité concerne plus d’un groupe.
app-terms-add = Une autre base juridique, ou une autre obligation de fournir les données, s’applique-t-elle à l’un de ces groupes ? Choisissez-le :
# Premier choix de la liste app-purpose-art9 : la finalité reprend l’exception
# donnée pour le type de données.
app-purpose-art9-as-kind = la même exception que pour le type de données
# Libellé au-dessus d’une liste d’exceptions de l’art. 9(2), une par type de
# données sensible utilisé par la finalité ; $data est le nom du type.
app-purpose-art9 = Exception pour « { $data } » dans cette finalité
# Libellé d’un champ pour les données judiciaires utilisées par la finalité ;
# $data est le nom du type.
app-purpose-art10 = Loi qui autorise « { $data } » dans cette finalité
    .help = Uniquement s’il s’agit d’une autre loi que celle indiquée pour le type de données.
# Libellé au-dessus d’une case à cocher par catégorie de cookies (messages
# category-* de common.ftl) ; son .help en dessous.
app-purpose-cookies = Quels cookies votre site web place-t-il pour cette finalité ?
    .help = La politique en matière de cookies cite cette finalité pour chaque type de cookie que vous cochez.
# Question dans chaque carte de finalité. Ses réponses côte à côte :
# app-answer-unanswered, -yes et -no ; en dessous le .says de la réponse
# choisie.
app-q-direct-marketing = Cette finalité relève-t-elle du marketing direct : newsletters, offres ou publicité ?
# Seul le .says s’affiche, tant que la question n’a pas de réponse ; la valeur
# ne fait que reprendre app-answer-unanswered.
app-q-direct-marketing-unanswered = { app-answer-unanswered }
    .says = Pour cette finalité, la déclaration de confidentialité ne décrit pas le droit de s’opposer au marketing direct.
# Réponse ; son .says s’affiche sous les réponses tant qu’elle est choisie.
app-q-direct-marketing-yes = Oui
    .says = La déclaration de confidentialité indique que vous utilisez les données à des fins de marketing direct et que les personnes peuvent s’y opposer à tout moment, sans devoir se justifier.
# Réponse ; son .says s’affiche sous les réponses tant qu’elle est choisie.
app-q-direct-marketing-no = Non
    .says = Rien n’est dit sur le marketing direct pour cette finalité.
# Étape « Destinataires », dans chaque carte de destinataire : libellé avant
# les pays déjà ajoutés (chacun un petit bouton avec ×) et une liste
# déroulante, dont le .placeholder est le texte grisé, pour en ajouter un.
app-recipient-also-in = Également traitées dans :
    .placeholder = Ajouter un pays…
# Étape « Destinataires », dans chaque carte de destinataire : case à cocher.
app-recipient-unstated = Le fournisseur indique que les données peuvent aussi être traitées hors de l’EEE, sans préciser dans quels pays
# Étape « Destinataires », dans chaque carte de destinataire : libellé avant la
# liste des pays du siège de l’entreprise.
app-recipient-seat = Siège de l’entreprise :
# Premier choix de cette liste.
app-recipient-seat-same = là où les données sont traitées
# Étape « Destinataires », dans chaque carte de destinataire : libellé
# au-dessus d’une case à cocher par finalité ; seulement si le projet a des
# finalités.
app-recipient-purposes = Pour quelles finalités ce destinataire reçoit-il des données ?
# Case à cocher vers la fin de chaque carte de finalité ; cochée, elle fait
# apparaître les champs de la décision ci-dessous.
app-purpose-automated = Un ordinateur prend des décisions sur des personnes, ou établit leur profil, sans intervention humaine
# Case à cocher affichée dès que app-purpose-automated est coché.
app-purpose-profiling = Cela implique un profilage
# Question affichée dès que app-purpose-automated est coché. Ses réponses côte
# à côte : app-answer-unanswered, -yes et -no ; en dessous le .says de la
# réponse choisie.
app-q-art22 = La décision a-t-elle des effets juridiques ou des effets tout aussi importants pour la personne (un paiement refusé, un contrat refusé) ?
# Seul le .says s’affiche, tant que la question n’a pas de réponse ; la valeur
# ne fait que reprendre app-answer-unanswered.
app-q-art22-unanswered = { app-answer-unanswered }
    .says = La déclaration de confidentialité affiche un espace à compléter tant que vous n’avez pas répondu.
# Réponse ; son .says s’affiche sous les réponses tant qu’elle est choisie.
app-q-art22-yes = Oui
    .says = La déclaration de confidentialité la décrit comme une décision au sens de l’art. 22 RGPD, avec l’exception qui l’autorise et la manière d’en obtenir le réexamen.
# Réponse ; son .says s’affiche sous les réponses tant qu’elle est choisie.
app-q-art22-no = Non
    .says = La déclaration de confidentialité la décrit comme un profilage sans de tels effets (recommandations de produits), avec le droit d’opposition lorsqu’il s’applique.
# Libellé au-dessus de la liste des exceptions (art22-*.label de common.ftl) ;
# seulement si app-q-art22 a reçu la réponse oui.
app-purpose-art22-ground = Qu’est-ce qui autorise la décision ? (art. 22.2 RGPD)
# Champ affiché seulement si app-q-art22 a reçu la réponse oui ; son .help sous
# le libellé.
app-purpose-taken-by = Qui prend la décision, si ce n’est pas vous ? (facultatif)
    .help = Par exemple « Klarna ». La déclaration de confidentialité le précise alors, et indique que c’est auprès de lui que la personne demande un réexamen.
# Champ de la décision ; son .help sous le libellé.
app-purpose-logic = Comment la décision est-elle prise ?
    .help = En termes simples, par exemple « un score calculé à partir de votre historique de paiement ».
# Dernier champ de la décision et de la carte.
app-purpose-effects = Qu’est-ce que cela signifie pour la personne ?

## Étape « Destinataires » (étape 4), de haut en bas : la question
## app-q-recipients, la recherche dans le catalogue de services, une carte par
## destinataire, app-recipient-add, et la question app-q-transfers. Trois
## libellés de la carte de destinataire (app-recipient-also-in,
## app-recipient-seat, app-recipient-purposes) figurent plus haut dans ce
## fichier, parmi les finalités. Les constats sur un champ s’affichent dessous,
## les autres à la fin de la carte.
# Titre du cadre qui cherche dans le catalogue de services ; son .help en
# dessous.
app-catalog = Services que vous utilisez
    .help = Tapez le nom d’un outil, comme Mollie ou Google Analytics : si vous l’ajoutez, le destinataire et les cookies qu’il place sont remplis pour vous.
# Texte indicatif grisé du champ de recherche.
app-catalog-placeholder = Rechercher un service…
# Sous le champ de recherche quand rien dans le catalogue ne correspond à la
# saisie.
app-catalog-none = Aucun service du catalogue ne correspond.
# Bouton à côté de chaque service trouvé (nom, puis « entreprise · type » de
# catalog-kind-*) : ajoute son destinataire et ses cookies, avec les textes de
# catalog.ftl. Entrée ajoute le premier service trouvé.
app-catalog-add = Ajouter
# Bouton rouge à la place de app-catalog-add quand quelque chose de ce service
# est dans le projet : retire ce qu’il a ajouté, sauf ce que le propriétaire a
# modifié.
app-catalog-remove = Retirer
# Titre de chaque carte de destinataire, suivi de son numéro (« Destinataire 1
# »).
app-recipient = Destinataire
# Bouton sous les cartes des destinataires.
app-recipient-add = Ajouter un destinataire
# Premier champ de la carte, un par langue des documents ; son .help sous le
# libellé.
app-recipient-name = Nom
    .help = Une entreprise, ou un type de destinataire comme « notre comptable ».
# Champ, un par langue des documents ; un service ajouté depuis le catalogue le
# remplit avec son texte catalog-service-*.
app-recipient-service = Que fait-il des données ?
# Libellé au-dessus de la liste déroulante des rôles
# (app-recipient-role-<rôle>) ; sous la liste le .says du rôle choisi.
app-recipient-role = Son rôle
# Libellé au-dessus de la liste déroulante des pays, à côté du rôle ; sous la
# liste le .says d’un des messages app-recipient-country-*.
app-recipient-country = Où les données sont-elles traitées ?
# Ligne sous la liste des rôles tant qu’aucun rôle n’est choisi (seul le .says
# est utilisé).
app-recipient-role-unanswered =
    .says = Pas encore choisi : la déclaration de confidentialité affiche un espace à compléter pour le rôle, et reste un brouillon.
# Choix de la liste des rôles ; son .says s’affiche sous la liste tant qu’il
# est choisi.
app-recipient-role-processor = Sous-traitant
    .says = La déclaration de confidentialité indique qu’il agit selon vos instructions et ne peut pas utiliser les données à ses propres fins. Concluez avec lui un contrat de sous-traitance (art. 28 RGPD).
# Choix de la liste des rôles ; son .says s’affiche sous la liste tant qu’il
# est choisi.
app-recipient-role-controller = Responsable du traitement distinct
    .says = La déclaration de confidentialité indique qu’il décide lui-même de ce qu’il fait des données.
# Choix de la liste des rôles ; son .says s’affiche sous la liste tant qu’il
# est choisi.
app-recipient-role-joint-controller = Responsable conjoint du traitement
    .says = La déclaration de confidentialité indique que vous décidez ensemble, résume les grandes lignes de votre accord (demandées ci-dessous) et précise que les personnes peuvent exercer leurs droits auprès de chacun de vous.
# Choix de la liste des rôles ; son .says s’affiche sous la liste tant qu’il
# est choisi.
app-recipient-role-authority = Autorité publique
    .says = La déclaration de confidentialité le mentionne comme une autorité publique à laquelle vous transmettez des données.
# Choix de la liste des rôles ; son .says s’affiche sous la liste tant qu’il
# est choisi.
app-recipient-role-group-company = Société de notre groupe
    .says = La déclaration de confidentialité le mentionne comme une société de votre groupe.
# Choix de la liste des rôles ; son .says s’affiche sous la liste tant qu’il
# est choisi.
app-recipient-role-employer = Employeur de la personne
    .says = La déclaration de confidentialité le mentionne comme l’employeur de la personne concernée.
# Choix de la liste des rôles ; son .says s’affiche sous la liste tant qu’il
# est choisi.
app-recipient-role-professional-body = Ordre professionnel
    .says = La déclaration de confidentialité le mentionne comme un ordre professionnel ou un organe de contrôle de votre profession.
# Choix de la liste des rôles ; son .says s’affiche sous la liste tant qu’il
# est choisi.
app-recipient-role-acquirer = Acquéreur lors d’une vente ou d’une fusion
    .says = La déclaration de confidentialité le mentionne comme l’acquéreur de tout ou partie de votre entreprise.
# Ligne sous la liste des pays tant qu’aucun pays n’est choisi.
app-recipient-country-unanswered =
    .says = Pas encore choisi : la déclaration de confidentialité affiche un espace à compléter pour le lieu de traitement des données.
# Ligne sous la liste des pays pour un pays de l’EEE.
app-recipient-country-eea =
    .says = Dans l’Espace économique européen : la déclaration de confidentialité cite le pays.
# Ligne sous la liste des pays pour un pays hors EEE avec une décision
# d’adéquation.
app-recipient-country-adequate =
    .says = Hors de l’Espace économique européen, avec une décision d’adéquation : la déclaration de confidentialité cite le pays et la décision.
# Ligne sous la liste des pays pour tout autre pays hors EEE ; les champs de la
# garantie apparaissent alors.
app-recipient-country-outside =
    .says = Hors de l’Espace économique européen : la déclaration de confidentialité cite le pays et la garantie que vous choisissez ci-dessous.
# Libellé au-dessus de la liste des garanties (app-safeguard-*), affiché
# seulement quand le destinataire traite des données hors EEE ; son .help en
# dessous. Sous la liste : app-purpose-requirement-says avec la phrase de la
# garantie, ou app-recipient-safeguard-none.
app-recipient-safeguard = Garantie pour le transfert
    .help = Ce pays se trouve hors de l’Espace économique européen : le transfert exige donc une garantie.
# Ligne sous la liste des garanties tant qu’aucune n’est choisie et qu’aucune
# décision d’adéquation ne couvre les pays (seul le .says est utilisé).
app-recipient-safeguard-none =
    .says = Pas encore choisi : la déclaration de confidentialité affiche un espace à compléter pour ce transfert.
# Libellé des champs de contact, son .help en dessous ; affiché seulement quand
# le rôle est responsable conjoint, sous app-recipient-arrangement.
app-recipient-contact = Comment le joindre (facultatif)
    .help = Le service ou le délégué à la protection des données de ce responsable conjoint qui traite les demandes des personnes. La déclaration de confidentialité l’indique à côté de l’accord.
# Champ de contact d’un responsable conjoint, les trois côte à côte.
app-recipient-contact-name = Nom
# Champ de contact d’un responsable conjoint, les trois côte à côte.
app-recipient-contact-email = Adresse e-mail
# Champ de contact d’un responsable conjoint, les trois côte à côte.
app-recipient-contact-phone = Téléphone
# Champ, un par langue des documents, affiché seulement quand le rôle est
# responsable conjoint ; son .help sous le libellé.
app-recipient-arrangement = Les grandes lignes de votre accord (responsables conjoints)
    .help = Qui fait quoi, en quelques phrases : par exemple « Nous demandons votre consentement pour le pixel et vous informons ; Meta répond aux demandes concernant les données qu’elle reçoit. » Imprimé tel que vous l’écrivez.
# Libellé au-dessus de la liste des décisions de la Commission
# (app-scc-decision), affiché quand les clauses contractuelles types sont la
# garantie.
app-scc = Quelles clauses contractuelles types ?
# $decision is the Commission decision, such as 2021/914.
# Chaque choix de cette liste : 2021/914 (les clauses actuelles), 2010/87,
# 2004/915 et 2001/497 (abrogées).
app-scc-decision = Décision { $decision } de la Commission
# Champ pour un nombre, affiché seulement quand les clauses actuelles
# (2021/914) sont choisies ; son .help sous le libellé.
app-scc-module = Module des clauses (1 à 4, facultatif)
    .help = Module 1 : de responsable du traitement à responsable du traitement ; 2 : de responsable du traitement à sous-traitant ; 3 : de sous-traitant à sous-traitant ; 4 : de sous-traitant à responsable du traitement.
# Choix de la liste des garanties (app-recipient-safeguard).
app-safeguard-adequacy = décision d’adéquation de la Commission européenne
# Choix de la liste des garanties (app-recipient-safeguard).
app-safeguard-dpf = certifié au titre du cadre de protection des données UE-États-Unis (EU-U.S. Data Privacy Framework)
# Choix de la liste des garanties (app-recipient-safeguard).
app-safeguard-scc = clauses contractuelles types
# Choix de la liste des garanties (app-recipient-safeguard).
app-safeguard-bcr = règles d’entreprise contraignantes
# Champ pour une adresse web, vers la fin de la carte.
app-recipient-policy = Lien vers sa déclaration de confidentialité (facultatif)

## Étape « Cookies » (étape 5), de haut en bas : app-cookie-policy-elsewhere,
## la question app-q-cookies, le formulaire d’import, une carte par cookie,
## app-cookie-add, et la section sur le consentement (app-consent). Les
## constats sur un champ d’un cookie s’affichent dessous, les autres à la fin
## de sa carte.
# Titre du formulaire d’import ; son .help en dessous.
app-import = Importer une liste de cookies
    .help = Une liste de noms de cookies, un par ligne, ou un export CSV des outils de développement de votre navigateur ou d’un scanner de cookies. Les cookies connus sont entièrement remplis ; les autres sont ajoutés pour que vous les complétiez.
# Texte indicatif grisé du champ de chemin du formulaire d’import.
app-import-placeholder = Chemin de la liste ou du fichier CSV
# Bouton à côté de ce champ (Entrée fait de même). Le résultat s’affiche dans
# la ligne d’état : cli-import-summary, ou cli-unreadable-file si le fichier ne
# peut pas être lu.
app-import-button = Importer
# Bouton sous les cartes des cookies.
app-cookie-add = Ajouter un cookie
# Premier champ d’une carte de cookie ; Entrée dans ce champ ajoute un autre
# cookie.
app-cookie-name = Nom du cookie
# Champ à côté du nom ; un nouveau cookie reçoit le nom de l’organisation.
app-cookie-provider = Placé par
# Champ facultatif, à côté de app-cookie-names-unknown.
app-cookie-domain = Domaine (facultatif)
# Case à cocher à côté du domaine.
app-cookie-names-unknown = Le fournisseur ne donne pas le nom de ses cookies : cette ligne les représente tous
# Case à cocher à côté de la liste des catégories (messages category-* de
# common.ftl).
app-cookie-third-party = une autre entreprise (tiers)
# $sentence is what the cookie policy says of the chosen category.
# Ligne sous la liste des catégories de chaque carte de cookie ; la phrase
# vient des textes de la politique en matière de cookies.
app-cookie-category-says = La politique en matière de cookies indique : « { $sentence } »
# Libellé au-dessus de la durée : sa précision (app-cookie-span-*), l’extrémité
# la plus courte d’une plage, puis le nombre et l’unité (app-lifetime-*).
app-cookie-duration = Durée
# Dernier champ d’une carte de cookie, un par langue des documents ; un cookie
# du catalogue le remplit avec son texte catalog-cookie-*.
app-cookie-purpose = À quoi sert-il ?
# Premier champ de l’étape ; son .help sous le libellé.
app-cookie-policy-elsewhere = Votre politique en matière de cookies est-elle publiée ailleurs ? Son adresse web (facultatif)
    .help = Par exemple la politique que votre outil de consentement rédige et tient à jour. policywright ne rédige alors pas de politique en matière de cookies, et la déclaration de confidentialité renvoie à la vôtre. Les questions ci-dessous deviennent alors facultatives.
# Pas dans l’étape : en haut de l’aperçu (volet droit) tant qu’une adresse de
# politique en matière de cookies est indiquée ; $address est cette adresse.
app-preview-cookie-policy-elsewhere = Votre politique en matière de cookies est publiée à l’adresse { $address } : policywright n’en rédige donc pas. La déclaration de confidentialité y renvoie.
# Choix de la première liste de la durée d’un cookie : sa précision.
app-cookie-span-exactly = exactement
# Choix de la première liste de la durée d’un cookie : sa précision.
app-cookie-span-up-to = au maximum
# Choix de la première liste de la durée d’un cookie : sa précision.
app-cookie-span-session-or-up-to = jusqu’à la fermeture du navigateur, ou au maximum
# Choix de la première liste de la durée d’un cookie : sa précision.
app-cookie-span-between = entre
# Mot entre l’extrémité la plus courte et la plus longue, quand
# app-cookie-span-between est choisi.
app-cookie-span-and = et
# Choix de la liste des unités de la durée d’un cookie, après le nombre ;
# app-lifetime-session et app-lifetime-persistent n’ont pas de nombre. Le même
# mot s’affiche quel que soit le nombre.
app-lifetime-session = jusqu’à la fermeture du navigateur
# Choix de la liste des unités de la durée d’un cookie, après le nombre ;
# app-lifetime-session et app-lifetime-persistent n’ont pas de nombre. Le même
# mot s’affiche quel que soit le nombre.
app-lifetime-minutes = minutes
# Choix de la liste des unités de la durée d’un cookie, après le nombre ;
# app-lifetime-session et app-lifetime-persistent n’ont pas de nombre. Le même
# mot s’affiche quel que soit le nombre.
app-lifetime-hours = heures
# Choix de la liste des unités de la durée d’un cookie, après le nombre ;
# app-lifetime-session et app-lifetime-persistent n’ont pas de nombre. Le même
# mot s’affiche quel que soit le nombre.
app-lifetime-days = jours
# Choix de la liste des unités de la durée d’un cookie, après le nombre ;
# app-lifetime-session et app-lifetime-persistent n’ont pas de nombre. Le même
# mot s’affiche quel que soit le nombre.
app-lifetime-weeks = semaines
# Choix de la liste des unités de la durée d’un cookie, après le nombre ;
# app-lifetime-session et app-lifetime-persistent n’ont pas de nombre. Le même
# mot s’affiche quel que soit le nombre.
app-lifetime-months = mois
# Choix de la liste des unités de la durée d’un cookie, après le nombre ;
# app-lifetime-session et app-lifetime-persistent n’ont pas de nombre. Le même
# mot s’affiche quel que soit le nombre.
app-lifetime-years = ans
# Choix de la liste des unités de la durée d’un cookie, après le nombre ;
# app-lifetime-session et app-lifetime-persistent n’ont pas de nombre. Le même
# mot s’affiche quel que soit le nombre.
app-lifetime-persistent = jusqu’à sa suppression
# Titre de la section sur le consentement à la fin de l’étape, son .help en
# dessous. Ensuite : app-analytics-exempt (organisations aux Pays-Bas
# seulement), la question app-q-consent, des cases à cocher utilisables
# seulement si la réponse est un bandeau, et des champs. Les constats sur le
# consentement s’affichent à la fin de la section.
app-consent = Consentement
    .help = Les cookies qui ne sont pas strictement nécessaires ne peuvent être placés qu’après l’accord des visiteurs.
# Case à cocher, utilisable seulement quand le consentement est demandé par un
# bandeau ; la politique en matière de cookies ne promet que ce qui est coché.
app-consent-per-category = Les visiteurs peuvent choisir par type de cookie
# Case à cocher affichée seulement pour une organisation aux Pays-Bas, ou si
# elle a été cochée auparavant ; son .help en dessous.
app-analytics-exempt = Nos cookies analytiques n’ont que peu ou pas d’incidence sur la vie privée et sont placés sans consentement (droit néerlandais : art. 11.7a, paragraphe 3, point b), de la Telecommunicatiewet, la loi néerlandaise sur les télécommunications)
    .help = Uniquement une mesure d’audience que vous faites vous-même, ou un fournisseur configuré comme le demande l’autorité néerlandaise de protection des données (Autoriteit Persoonsgegevens) : données partagées avec personne d’autre, adresses IP masquées, contrat de sous-traitance conclu.
# Case à cocher, utilisable seulement quand le consentement est demandé par un
# bandeau ; la politique en matière de cookies ne promet que ce qui est coché.
app-consent-waits = Tant que les visiteurs n’ont pas fait leur choix, le site web ne place que les cookies strictement nécessaires (les autres attendent le consentement)
# Case à cocher, utilisable seulement quand le consentement est demandé par un
# bandeau ; la politique en matière de cookies ne promet que ce qui est coché.
app-consent-refuse = Refuser est aussi simple qu’accepter (un bouton « Refuser » à côté du bouton « Accepter »)
# Case à cocher, utilisable seulement quand le consentement est demandé par un
# bandeau ; la politique en matière de cookies ne promet que ce qui est coché.
app-consent-no-wall = Les visiteurs qui refusent peuvent quand même utiliser le site web
# Champ facultatif pour le nom de l’outil de consentement.
app-consent-tool = Outil de consentement (facultatif)
# Champ facultatif pour un nombre de mois ; son .help sous le libellé.
app-consent-kept = Durée de conservation du choix, en mois (facultatif)
    .help = Passé ce délai, le bandeau pose à nouveau la question ; des autorités comme la CNIL française conseillent de la reposer après 6 mois. La politique en matière de cookies reprend ce que vous indiquez ici.
# Dernier champ de l’étape, un par langue des documents ; son .help sous le
# libellé.
app-consent-withdraw = Où les visiteurs peuvent-ils modifier leur choix ?
    .help = Par exemple « via le lien “Paramètres des cookies” en bas de chaque page ».

## Étape « Contact et plaintes » (étape 6), de haut en bas : contact pour la
## protection des données, la question sur le DPO (app-q-dpo, dans le groupe
## des questions à la fin de ce fichier), demandes et plaintes, l’autorité de
## contrôle, mesures de sécurité, enfants, et annonce des modifications.
# Titre de la première section de l’étape ; son .help en dessous.
app-rights-contact = Contact pour la protection des données
    .help = La personne ou l’équipe qui répond aux questions et aux demandes concernant les données à caractère personnel.
# Champ du contact pour la protection des données.
app-rights-contact-name = Nom
# Champ du contact ; s’il est rempli, les demandes vont à cette adresse au lieu
# de celle de l’organisation.
app-rights-contact-email = Adresse e-mail
# Champ affiché dès que app-q-dpo a reçu la réponse oui.
app-rights-dpo-name = Nom du DPO
# Champ affiché dès que app-q-dpo a reçu la réponse oui.
app-rights-dpo-email = Adresse e-mail du DPO
# Titre de la section sur les demandes et plaintes ; son .help en dessous.
app-requests = Demandes et plaintes
    .help = Les demandes arrivent toujours à l’adresse e-mail ci-dessus. Cochez ce que vous proposez en plus ; la déclaration de confidentialité le mentionne.
# Case à cocher de la section sur les demandes.
app-requests-post = Les personnes peuvent aussi envoyer leurs demandes par courrier, à votre adresse
# Case à cocher de la section sur les demandes.
app-requests-phone = Les personnes peuvent aussi faire leurs demandes par téléphone, à votre numéro
# Case à cocher de la section sur les demandes.
app-requests-in-person = Les personnes peuvent aussi faire leurs demandes en personne, dans vos locaux
# Champ pour une adresse web.
app-requests-form = Formulaire web pour les demandes (facultatif)
# Champ, un par langue des documents ; son .help sous le libellé.
app-requests-identity = Preuve d’identité que vous demandez (facultatif)
    .help = Uniquement ce qui est nécessaire, par exemple « une copie du recto de votre carte d’identité, photo et numéro de registre national masqués ». Imprimé tel que vous l’écrivez.
# Champ pour un nombre de jours ; son .help sous le libellé.
app-requests-days = Vous répondez dans un délai de … jours (facultatif)
    .help = Laissez vide pour promettre ce que prévoit la loi : un mois. Un mois peut ne compter que 28 jours : ne promettez donc pas plus de 28.
# Case à cocher d’une règle sectorielle belge, affichée seulement pour une
# organisation en Belgique.
app-sector-aml = Nous conservons des données en vertu de la loi anti-blanchiment (l’accès passe par l’autorité de contrôle)
# Case à cocher d’une règle sectorielle belge, affichée seulement pour une
# organisation en Belgique.
app-sector-patient-rights = Nos clients sont des patients, avec les droits que leur donne la loi relative aux droits du patient
# Case à cocher d’une règle sectorielle belge, affichée seulement pour une
# organisation en Belgique.
app-sector-professional-secrecy = Nous sommes tenus au secret professionnel
# Champ ; son .help sous le libellé.
app-complaints-name = Contact pour les plaintes, s’il ne s’agit pas du contact pour la protection des données (facultatif)
    .help = Une personne ou un service qui traite les plaintes, comme un service de médiation. La déclaration de confidentialité le cite avant l’autorité de contrôle.
# Champ, le dernier de la section sur les demandes.
app-complaints-email = Adresse e-mail pour les plaintes
# Titre, son .help en dessous ; puis un cadre avec le nom et l’adresse de
# l’autorité, ou app-rights-authority-no-country ou
# app-rights-authority-unknown.
app-rights-authority = Autorité de contrôle
    .help = Choisie d’après votre pays ; la déclaration la cite avec ses coordonnées.
# Texte du cadre de l’autorité tant qu’aucun pays n’est choisi à l’étape «
# Votre organisation ».
app-rights-authority-no-country = Apparaît dès que vous indiquez votre pays à l’étape « Votre organisation ».
# Texte du cadre de l’autorité quand policywright ne connaît aucune autorité
# pour le pays choisi et que le fichier de projet n’en indique pas.
app-rights-authority-unknown = policywright n’a pas de données sur l’autorité de ce pays ; ajoutez-la au fichier de projet, sous supervisory_authority.

# Titre au-dessus des cases à cocher des mesures de sécurité (messages
# security-* de common.ftl) ; son .help en dessous.
app-security = Comment vous protégez les données
    .help = Cochez les mesures que vous prenez réellement ; la déclaration les énumère.
# Titre au-dessus de la question app-q-children et des champs
# app-children-age-limit et app-children-minors.
app-children = Enfants
# Dernier titre de l’étape, au-dessus des cases à cocher changes-website et
# changes-email de common.ftl.
app-changes = Annoncer les modifications de ces documents

## Étape « Vérifier et exporter » (étape 7) : un résumé, tous les constats des
## contrôles, les réglages des documents, et l’export.
# Première ligne de l’étape ; les nombres portent sur tout le projet. En
# dessous, chaque constat sous forme de carte, chacun avec un bouton vers son
# étape (app-step-<étape>).
app-review-summary = Erreurs : { $errors } · avertissements : { $warnings } · conseils : { $advice }. Une erreur signifie que les documents, avec les réponses actuelles, ne respecteraient pas la loi ou affirmeraient ce que personne n’a répondu : ils restent des brouillons tant que toutes les erreurs ne sont pas corrigées.
# Titre des réglages des documents, sous les constats.
app-document = Les documents
# Champ à côté de la date.
app-document-version = Version
# Champ à côté de la version ; son .help sous le libellé. La saisie est gardée
# jusqu’à ce qu’elle se lise comme une date.
app-document-date = En vigueur à partir du
    .help = Au format année-mois-jour, par exemple 2026-11-01.
# Libellé au-dessus d’une case à cocher par langue (app-language-*).
app-document-languages = Publiés en
# Titre de l’export : cases à cocher des langues à écrire (parmi celles
# publiées), HTML et PDF.
app-export = Exporter
# Étape « Vérifier et exporter » : une case à côté de HTML et PDF ; cochée,
# l’export écrit aussi le registre des activités de traitement (art. 30) en tableur.
app-export-record = Registre des activités de traitement (XLSX)
# Libellé au-dessus du champ de dossier et de son bouton Choisir… (app-choose).
app-export-folder = Dossier
# Ligne sous le champ de dossier ; $folder est le chemin complet.
app-export-target = Les fichiers sont écrits dans { $folder }
# Bouton qui écrit les fichiers. Le résultat s’affiche dans la ligne d’état
# (app-status-exported, ou cli-write-failed), et les remarques
# (cli-missing-characters, avis de l’export) sous le bouton.
app-export-write = Créer les documents

# Bouton à côté, utilisable après l’écriture des documents : montre le dossier
# dans le gestionnaire de fichiers du bureau.
app-export-open = Ouvrir le dossier
# Dans la ligne d’état, comme erreur, quand le bureau n’a pas pu ouvrir le
# dossier ; $reason est une des raisons system-* de cli.ftl, ou les mots du
# système lui-même.
app-export-open-failed = Le dossier n’a pas pu être ouvert ({ $reason }) ; les fichiers se trouvent dans { $folder }.

## L’aperçu, le volet droit de l’éditeur : des boutons au-dessus du document
## choisissent lequel est affiché.
# Bouton qui affiche la déclaration de confidentialité.
app-preview-privacy = Déclaration de confidentialité
# Bouton qui affiche la politique en matière de cookies.
app-preview-cookies = Politique en matière de cookies

## Questions whose answer decides a sentence: the question, its answers,
## and what each answer makes the documents say (.says).
## Où ils apparaissent : les réponses sont des boutons radio côte à côte,
## app-answer-unanswered en premier ; le .says de la réponse choisie s’affiche
## en dessous en petits caractères gris. De chaque message -unanswered, seul le
## .says s’affiche : sa valeur ne fait que reprendre app-answer-unanswered.
## L’étape de chaque question est indiquée à la question ci-dessous.

# Première réponse de chacune de ces questions, à toutes les étapes.
app-answer-unanswered = Pas encore de réponse
# Étape « Contact et plaintes », après le contact pour la protection des
# données.
app-q-dpo = Avez-vous désigné un délégué à la protection des données (DPO) ?
app-q-dpo-unanswered = { app-answer-unanswered }
    .says = Les documents ne disent encore rien d’un DPO, et restent des brouillons tant que vous n’avez pas répondu.
app-q-dpo-yes = Oui
    .says = La déclaration de confidentialité cite votre DPO et la manière de le joindre.
app-q-dpo-no = Non
    .says = La déclaration de confidentialité indique que vous n’avez pas désigné de DPO, et n’en donne la raison que si vous l’écrivez.
# Champ affiché quand app-q-dpo a reçu la réponse non ; son .help sous le
# libellé.
app-rights-dpo-reason = Pourquoi pas ? (facultatif)
    .help = Imprimé tel que vous l’écrivez, par exemple « La loi ne l’impose pas à notre organisation. » N’indiquez qu’une raison que vous avez vérifiée.
# Étape « Contact et plaintes », sous le titre app-children.
app-q-children = Proposez-vous des services en ligne directement aux enfants ?
app-q-children-unanswered = { app-answer-unanswered }
    .says = Les documents ne disent encore rien des enfants, et restent des brouillons tant que vous n’avez pas répondu.
app-q-children-yes = Oui
    .says = La déclaration de confidentialité le mentionne, et précise que pour un enfant n’ayant pas l’âge du consentement numérique, un parent doit donner ou autoriser le consentement.
app-q-children-no = Non
    .says = La déclaration de confidentialité indique que vous ne proposez pas de services en ligne directement aux enfants.
# Champ pour un nombre, sous app-q-children ; son .help sous le libellé.
app-children-age-limit = Votre propre âge minimum (facultatif)
    .help = Par exemple 18 si vos services en ligne sont réservés aux adultes. Imprimé sous la forme « destinés aux personnes âgées de 18 ans ou plus ».
# Champ, un par langue des documents, sous app-children-age-limit ; son .help
# sous le libellé.
app-children-minors = Comment vous traitez les données des mineurs (facultatif)
    .help = Si des mineurs figurent parmi les personnes dont vous traitez les données (patients, jeunes membres, enfants repris dans une déclaration fiscale), décrivez avec vos mots comment vous traitez leurs données. Imprimé tel que vous l’écrivez.
# Étape « Personnes et données », sous le titre app-sources ; répondre oui
# ajoute une première carte de source.
app-q-sources = Recevez-vous des données à caractère personnel d’autres sources que les personnes elles-mêmes ?
app-q-sources-unanswered = { app-answer-unanswered }
    .says = La déclaration de confidentialité ne dit encore rien d’autres sources, et reste un brouillon tant que vous n’avez pas répondu.
app-q-sources-yes = Oui
    .says = La déclaration de confidentialité cite chaque source, les données qu’elle vous fournit, et si elle est publique.
app-q-sources-no = Non, tout vient des personnes elles-mêmes
    .says = La déclaration de confidentialité ne comporte pas de partie sur d’autres sources.
# Étape « Personnes et données », à la fin de chaque carte de source.
app-q-source-public = Cette source est-elle accessible au public ?
app-q-source-public-unanswered = { app-answer-unanswered }
    .says = La déclaration de confidentialité affiche ici un espace à compléter tant que vous n’avez pas répondu.
app-q-source-public-yes = Oui
    .says = La déclaration de confidentialité indique qu’il s’agit d’une source accessible au public.
app-q-source-public-no = Non
    .says = La déclaration de confidentialité indique que cette source n’est pas accessible au public.
# Étape « Finalités », sous toutes les cartes de finalité. Affichée comme oui
# quand une finalité décrit une décision prise par un ordinateur.
app-q-automated = Des décisions concernant des personnes sont-elles prises uniquement par un ordinateur, avec des effets juridiques ou des effets tout aussi importants ?
app-q-automated-unanswered = { app-answer-unanswered }
    .says = La déclaration de confidentialité ne dit encore rien des décisions automatisées, et reste un brouillon tant que vous n’avez pas répondu.
app-q-automated-yes = Oui
    .says = Décrivez chacune de ces décisions à la finalité concernée ; la déclaration de confidentialité l’explique, avec les droits qui s’y rattachent.
app-q-automated-no = Non
    .says = La déclaration de confidentialité indique que vous ne prenez pas de telles décisions.
# En haut de l’étape « Destinataires » ; répondre oui ajoute une première carte
# de destinataire.
app-q-recipients = Quelqu’un en dehors de votre organisation reçoit-il les données ?
app-q-recipients-unanswered = { app-answer-unanswered }
    .says = La déclaration de confidentialité ne dit encore rien des destinataires, et reste un brouillon tant que vous n’avez pas répondu.
app-q-recipients-yes = Oui
    .says = La déclaration de confidentialité énumère les destinataires indiqués ci-dessous.
app-q-recipients-no = Non, personne
    .says = La déclaration de confidentialité indique que vous ne partagez les données avec personne, sauf si la loi vous y oblige.
# Fin de l’étape « Destinataires ». Affichée comme oui quand un destinataire
# traite des données hors EEE.
app-q-transfers = Des données sont-elles envoyées vers un pays situé hors de l’Espace économique européen (EEE) ?
app-q-transfers-unanswered = { app-answer-unanswered }
    .says = La déclaration de confidentialité ne dit encore rien des transferts, et reste un brouillon tant que vous n’avez pas répondu.
app-q-transfers-yes = Oui
    .says = Indiquez pour chaque destinataire concerné son pays et sa garantie ; la déclaration de confidentialité les énumère.
app-q-transfers-no = Non
    .says = La déclaration de confidentialité indique que vous ne transférez pas de données hors de l’EEE.
# Étape « Cookies », sous le champ app-cookie-policy-elsewhere.
app-q-cookies = Votre site web place-t-il des cookies ou des technologies similaires (stockage local, pixels) ?
app-q-cookies-unanswered = { app-answer-unanswered }
    .says = La politique en matière de cookies ne dit encore rien des cookies, et reste un brouillon tant que vous n’avez pas répondu.
app-q-cookies-yes = Oui
    .says = La politique en matière de cookies décrit chacun des cookies indiqués ci-dessous.
app-q-cookies-no = Non, aucun
    .says = La politique en matière de cookies indique que votre site web n’utilise ni cookies ni technologies similaires.
# Étape « Cookies », dans la section sur le consentement (app-consent) ; ses
# réponses : app-answer-unanswered, app-q-consent-banner, -implied et
# -not-asked.
app-q-consent = Comment demandez-vous leur consentement aux visiteurs ?
app-q-consent-unanswered = { app-answer-unanswered }
    .says = La politique en matière de cookies ne dit encore rien du consentement, et reste un brouillon tant que vous n’avez pas répondu.
app-q-consent-banner = Par un bandeau, avant que les cookies soient placés
    .says = La politique en matière de cookies décrit votre bandeau avec les caractéristiques que vous cochez ci-dessous.
app-q-consent-implied = Poursuivre la navigation vaut consentement
    .says = Ce n’est pas un consentement valable : la politique en matière de cookies ne prétendra pas qu’il y a consentement, et la vérification signale une erreur.
app-q-consent-not-asked = Le consentement n’est pas demandé
    .says = La politique en matière de cookies ne prétendra pas qu’il y a consentement, et la vérification signale une erreur pour chaque cookie qui en a besoin.
