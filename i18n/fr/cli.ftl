## Messages of the program: errors, command-line help and output.
## Sauf indication contraire dans un commentaire, ils s’affichent en ligne de
## commande, dans la langue de --ui-lang ou de LANG. Plusieurs apparaissent
## aussi dans l’assistant, surtout dans la ligne d’état en bas de la fenêtre ;
## leurs commentaires le disent.

## Pourquoi un fichier de projet n’a pas pu être ouvert : affiché par render,
## check, add-service, remove-service et import-cookies, et dans la ligne
## d’état de l’assistant quand l’ouverture d’un projet échoue (Ouvrir…, un
## projet récent, policywright open FICHIER).
# Le fichier n’a pas pu être lu du tout ; $reason est une des raisons system-*
# ci-dessous.
load-unreadable = { $path } : impossible de lire le fichier : { $reason }
# Mistakes in a project file; the place (file:line:column and field) is put before them.
# Mis à la place de $reason dans load-invalid ou load-invalid-field, comme
# chaque message mistake-*. Ici : le fichier n’est pas du texte UTF-8.
mistake-not-text = le fichier n’est pas du texte UTF-8 ; enregistrez-le en UTF-8 dans votre éditeur.
# Une virgule manque entre deux valeurs du fichier de projet.
mistake-missing-comma = il manque ici une virgule, après la valeur qui précède.
# $opener is the bracket that was opened: (, [ or {.
# Une parenthèse ou un crochet n’est jamais fermé ; l’emplacement indique celui
# qui a été ouvert.
mistake-unclosed = le signe { $opener } ouvert ici n’est jamais fermé ; le fichier se termine avant le signe fermant correspondant.
# $found is the name in the file, $suggestion the valid name most like it, $expected the valid names.
# Un nom de champ que le format ne connaît pas, quand un nom valide lui
# ressemble.
mistake-unknown-field-suggested = il n’y a pas de champ « { $found } » ici ; vouliez-vous dire « { $suggestion } » ? Champs valides : { $expected }.
# Un nom de champ que le format ne connaît pas, sans nom valide qui lui
# ressemble.
mistake-unknown-field = il n’y a pas de champ « { $found } » ici. Champs valides : { $expected }.
# Une valeur qui n’est pas un des choix du champ (comme une base juridique),
# quand un choix valide lui ressemble ; $found, $suggestion et $expected comme
# ci-dessus.
mistake-unknown-variant-suggested = « { $found } » ne fait pas partie des choix possibles ici ; vouliez-vous dire « { $suggestion } » ? Choix valides : { $expected }.
# Idem, sans choix valide qui lui ressemble ; $found et $expected comme
# ci-dessus.
mistake-unknown-variant = « { $found } » ne fait pas partie des choix possibles ici. Choix valides : { $expected }.
# $field is the name of the field that is missing.
# Un champ obligatoire manque.
mistake-missing-field = le champ « { $field } » manque ici.
# Une date n’est pas écrite sous la forme année-mois-jour.
mistake-date = les dates s’écrivent au format année-mois-jour, par exemple « 2026-11-01 ».
# Le texte du fichier n’est pas un projet valide : $path:$line:$column est
# l’emplacement de l’erreur, $reason un message mistake-*.
load-invalid = { $path }:{ $line }:{ $column }: { $reason }
# Idem, quand l’erreur se trouve dans un champ ; $field est son nom dans le
# fichier de projet.
load-invalid-field = { $path }:{ $line }:{ $column }: dans le champ « { $field } » : { $reason }
# Le fichier n’a pas de champ « version », ce n’est donc pas un fichier de
# projet policywright ; $supported est la version de format la plus récente.
load-no-version = { $path } : ce n’est pas un fichier de projet policywright : il n’a pas de champ « version ». Un fichier de projet commence par « version: { $supported }, ».
# Le fichier a été enregistré par un policywright plus récent ; $found est sa
# version de format, $supported la plus récente que ce programme lit.
load-newer-version = { $path } : ce fichier de projet est au format version { $found }, mais cette version de policywright ne lit les fichiers que jusqu’à la version { $supported }. Il a été enregistré par une version plus récente de policywright : mettez policywright à jour pour l’ouvrir. Le fichier n’a pas été modifié.
# Première ligne quand le projet renvoie à des clés qu’il ne définit pas, ou
# définit deux fois une clé ; une ligne en retrait load-unknown-key ou
# load-duplicate-key suit par problème.
load-inconsistent = { $path } : le projet fait référence à des éléments qu’il ne définit pas :
# Sous load-inconsistent : $field est l’emplacement dans le fichier de projet,
# $key la clé visée.
load-unknown-key = { $field } : il n’y a aucun élément avec la clé « { $key } » ; ajoutez-le, ou corrigez la clé.
# Sous load-inconsistent : $field est la liste, $key la clé utilisée deux fois.
load-duplicate-key = { $field } : la clé « { $key } » est utilisée deux fois ; chaque clé doit être unique.
# Quand les documents sont écrits (render, ou « Créer les documents » dans
# l’assistant) dans une langue dont les textes sont incomplets, comme une
# langue commencée avec i18n new ou un dossier --i18n où des messages manquent.
# Mis à la place de $reason dans cli-write-failed. $language est le code de la
# langue, $count le nombre de messages manquants, $examples jusqu’à trois de
# leurs identifiants.
export-incomplete-language = Les textes en « { $language } » ne sont pas complets ({ $count } messages manquent, par exemple { $examples }) : aucun document n’est donc rédigé dans cette langue, car il contiendrait du texte anglais. Lancez « policywright i18n check » pour voir ce qui manque.
# L’enregistrement d’un projet a échoué : dans la ligne d’état de l’assistant
# (Enregistrer, Enregistrer sous…), et après add-service, remove-service ou
# import-cookies ; $reason est une raison system-*.
save-failed = { $path } : impossible d’enregistrer : { $reason }. Le fichier existant n’a pas été modifié.
# Le fichier a changé sur le disque depuis son ouverture, il n’a donc pas été
# écrasé : dans la ligne d’état de l’assistant, et après add-service,
# remove-service ou import-cookies.
save-changed-on-disk = { $path } : quelqu’un d’autre a modifié ce fichier après que vous l’avez ouvert ; il n’a donc pas été écrasé et ses modifications sont préservées. Enregistrez votre travail sous un autre nom, puis comparez les deux fichiers.
# Quand --i18n, POLICYWRIGHT_I18N ou « i18n check DOSSIER » désigne quelque
# chose qui n’est pas un dossier de traductions. Si l’assistant a été lancé
# avec un tel dossier, affiché en rouge en haut de sa fenêtre.
i18n-dir-not-a-folder = { $path } : ce n’est pas un dossier de traductions. Il doit contenir un dossier par langue, nommé d’après son code (nl, fr, de, en), avec des fichiers .ftl.
# Quand « render --logo » donne un fichier qui n’est pas une image PNG ou JPEG
# ; mis à la place de $reason dans cli-write-failed ; $reason est ici le texte
# de la bibliothèque d’images, en anglais.
pdf-logo-unreadable = Le logo ne peut pas être utilisé : il doit s’agir d’une image PNG ou JPEG ({ $reason }).
# Un fichier .ftl du dossier de --i18n (ou de « i18n check DOSSIER ») ne peut
# pas être lu ; $reason est une raison system-*. Dans l’assistant, affiché en
# rouge en haut de la fenêtre.
i18n-file-unreadable = { $path } : impossible de lire le fichier : { $reason }
# Why the system refused to read or write a file; put in place of { $reason } above.
# Utilisé dans load-unreadable, save-failed, i18n-file-unreadable,
# cli-unreadable-file, cli-write-failed et dans app-export-open-failed de
# l’assistant, après deux-points ou entre parenthèses : gardez un fragment de
# phrase sans majuscule.
system-not-found = il n’existe pas
# Voir system-not-found.
system-permission-denied = vous n’avez pas l’autorisation nécessaire
# Voir system-not-found.
system-read-only = le disque est en lecture seule
# Voir system-not-found.
system-storage-full = le disque est plein
# Voir system-not-found.
system-is-a-folder = c’est un dossier, pas un fichier
# Voir system-not-found.
system-not-a-folder = une partie du chemin est un fichier, pas un dossier
# Voir system-not-found.
system-already-exists = un fichier portant ce nom existe déjà
# Voir system-not-found.
system-invalid-name = ce nom n’est pas valide sur ce système
# Voir system-not-found.
system-not-text = ce n’est pas du texte UTF-8

## Aide de la ligne de commande : « policywright --help » et « policywright
## <commande> --help », construites à partir de ces textes.
# Première ligne de « policywright --help ».
cli-about = Rédige une déclaration de confidentialité et une politique en matière de cookies à partir des réponses d’une organisation, en néerlandais, en français, en allemand et en anglais.
# Affiché sous la liste des commandes quand la ligne de commande tourne sans
# commande. policywright sans commande ouvre plutôt l’assistant, on ne le voit
# donc presque jamais.
cli-usage-hint = Lancez « policywright --help » pour voir les commandes, ou « policywright <commande> --help » pour l’aide d’une seule commande.
# Aide de l’option --i18n, listée dans le --help de chaque commande.
cli-opt-i18n = Utilise les fichiers .ftl de ce dossier au lieu des fichiers intégrés (aussi : POLICYWRIGHT_I18N).
# Aide de l’option --ui-lang, listée dans le --help de chaque commande.
cli-opt-ui-lang = La langue des messages du programme, sous la forme d’un code tel que nl, fr, de ou en (par défaut : d’après LANG).
# Description de la commande render, dans la liste des commandes et dans «
# render --help ».
cli-render-about = Rédige les documents d’un ou de plusieurs projets.
# Aide des arguments PROJECT de render ; aussi de l’argument PROJECT de open,
# qui prend un seul fichier.
cli-render-projects = Fichiers de projet (.ron).
# Aide d’une option de render, dans « render --help ».
cli-render-lang = Langues, séparées par des virgules (par défaut : les langues du projet).
# Aide d’une option de render, dans « render --help ».
cli-render-documents = Documents, séparés par des virgules : privacy-statement (la déclaration de confidentialité), cookie-policy (la politique en matière de cookies) (par défaut : les deux).
# Aide d’une option de render, dans « render --help ».
cli-render-show-ids = Faire précéder chaque texte des documents de l’identifiant de son message, pour le retrouver dans les fichiers .ftl.
# Aide d’une option de render, dans « render --help ».
cli-render-format = Formats de sortie, séparés par des virgules : html, pdf (par défaut : les deux).
# Aide d’une option de render, dans « render --help ».
cli-render-out = Dossier de sortie ; chaque projet y reçoit son propre dossier.
# Aide d’une option de render, dans « render --help ».
cli-render-fragment = Écrit un fragment à coller dans une page web existante, au lieu d’une page complète.
# Aide d’une option de render, dans « render --help ».
cli-render-paper = Format de papier des documents PDF : a4 ou letter.
# Aide d’une option de render, dans « render --help ».
cli-render-ragged = Aligne les paragraphes des documents PDF à gauche au lieu de les justifier.
# Aide d’une option de render, dans « render --help ».
cli-render-logo = Un logo PNG ou JPEG pour la première page des documents PDF.
# Aide d’une option de render, dans « render --help ».
cli-render-accent = La couleur des titres, des liens et des en-têtes de tableau dans les documents PDF, au format #rrggbb.
# Description de la commande new (dans la liste des commandes et dans « new
# --help »).
cli-new-about = Crée un nouveau projet à partir d’un projet modèle.
# Aide d’un argument de new, dans « new --help ».
cli-new-path = L’emplacement du nouveau fichier de projet.
# Aide d’un argument de new, dans « new --help ».
cli-new-template = Le projet modèle dont vous partez (voir « policywright templates »).
# Description de la commande open.
cli-open-about = Ouvre l’assistant, sur un fichier de projet si vous en indiquez un. Sans commande, policywright ouvre aussi l’assistant.
# Description de la commande templates.
cli-templates-about = Énumère les projets modèles.
# Description de la commande i18n, dont les sous-commandes sont check et new.
cli-i18n-about = Outils pour les traducteurs.
# Description de « i18n check » (traductions), pas de la commande check
# (constats).
cli-i18n-check-about = Vérifie les traductions : messages manquants ou en trop, variables et syntaxe.
# Description de « i18n new ».
cli-i18n-new-about = Commencer une nouvelle langue : copier les textes anglais dans un dossier portant son code, prêts à être traduits.
# Aide d’un argument de « i18n new ».
cli-i18n-new-code = Le code de la langue, par exemple pt ou es.
# Aide d’un argument de « i18n new ».
cli-i18n-new-dir = Le dossier de traductions auquel l’ajouter ; utilisez-le ensuite avec --i18n. [par défaut : i18n]
# Affiché par « i18n new CODE » quand CODE n’est pas un code de langue ; $value
# est ce qui a été saisi.
cli-i18n-new-bad-code = « { $value } » n’est pas un code de langue : écrivez deux ou trois lettres, par exemple pt, éventuellement suivies d’une région, par exemple pt-BR.
# Affiché par « i18n new » quand le dossier de la langue existe déjà ; $path
# est ce dossier.
cli-i18n-new-exists = { $path } existe déjà ; rien n’a été modifié. Traduisez les fichiers qu’il contient, ou choisissez un autre dossier avec --dir.
# Affiché par « i18n new » après la copie des fichiers anglais ; $count
# fichiers dans $path, $code le code de la nouvelle langue.
cli-i18n-new-done = { $count } fichiers copiés dans { $path }. Ils sont en anglais : traduisez chaque message, lancez « policywright i18n check » sur le dossier, puis utilisez-le avec --i18n. Les documents en « { $code } » disent ce que disent ces fichiers : traduisez-les tous avant d’en publier un.
# Aide de l’argument DIR de « i18n check ».
cli-i18n-check-dir = Un dossier contenant un sous-dossier par langue (par défaut : les textes intégrés).

## Erreurs sur ce qui a été saisi en ligne de commande, et ce que les commandes
## affichent pendant leur travail.
# Pour --ui-lang, « render --lang » ou « check --lang » avec une langue pour
# laquelle policywright n’a pas de textes ; $value est ce qui a été saisi,
# $languages les codes utilisables.
cli-unknown-language = « { $value } » n’est pas une langue dans laquelle policywright rédige. Utilisez l’une de celles-ci : { $languages }.
# Pour « render --documents » ; $value est ce qui a été saisi.
cli-unknown-document = « { $value } » n’est pas un document. Utilisez privacy-statement, cookie-policy ou les deux, séparés par une virgule.
# Pour « render --format » ; $value est ce qui a été saisi.
cli-unknown-format = « { $value } » n’est pas un format de sortie. Utilisez html, pdf ou html,pdf.
# Pour « new --template » ; $name est ce qui a été saisi.
cli-unknown-template = Il n’existe pas de projet modèle nommé « { $name } ». Lancez « policywright templates » pour les voir.
# Pour « render --paper » ; $value est ce qui a été saisi.
cli-unknown-paper = « { $value } » n’est pas un format de papier. Utilisez a4 ou letter.
# Pour « render --accent » ; $value est ce qui a été saisi.
cli-unknown-colour = « { $value } » n’est pas une couleur. Écrivez-la au format #rrggbb, par exemple #1f4e79.
# Un fichier nommé en ligne de commande ne peut pas être lu : le logo de «
# render --logo », ou le FICHIER de import-cookies. Aussi dans la ligne d’état
# de l’assistant quand la liste de cookies saisie à l’étape « Cookies » ne peut
# pas être lue. $reason est une raison system-*.
cli-unreadable-file = { $path } : impossible de lire le fichier : { $reason }
# Après l’écriture de documents PDF, quand la police n’a pas certains
# caractères des textes : affiché par render, et sous « Créer les documents » à
# l’étape « Vérifier et exporter » de l’assistant ; $path est le PDF, $count le
# nombre de caractères, $characters les caractères eux-mêmes.
cli-missing-characters = { $path } : { $count ->
    [one] { $count } caractère que la police ne peut pas afficher a été remplacé
   *[other] { $count } caractères que la police ne peut pas afficher ont été remplacés
} par � : { $characters }
# Affiché par « policywright new CHEMIN » quand CHEMIN existe déjà.
cli-file-exists = { $path } existe déjà ; choisissez un autre nom, ou supprimez d’abord ce fichier.
# Affiché par « policywright new » après l’écriture du nouveau fichier de
# projet.
cli-written = { $path } : écrit.
# Affiché par render pour chaque projet écrit ; $project est son fichier,
# $count les fichiers écrits dans $folder.
cli-rendered = { $project } : { $count ->
    [one] { $count } fichier écrit dans { $folder }
   *[other] { $count } fichiers écrits dans { $folder }
}
# Un fichier n’a pas pu être écrit : par render, new et « i18n new », et dans
# la ligne d’état de l’assistant quand « Créer les documents » échoue. $reason
# est une raison system-*, export-incomplete-language, pdf-logo-unreadable, ou
# un texte cassé d’une traduction.
cli-write-failed = { $path } : impossible d’écrire : { $reason }
# Affiché par render seulement dans un terminal, sur une ligne réécrite au fil
# des projets terminés ; $done sur $total.
cli-render-progress = Projets traités : { $done } sur { $total }…
# Dernière ligne de render quand certains projets n’ont pas pu être lus ou
# écrits ; $failed sur $total.
cli-failed-summary = { $failed ->
    [one] { $failed } projet sur { $total } a échoué.
   *[other] { $failed } projets sur { $total } ont échoué.
}
# Une ligne par projet d’exemple dans « policywright templates » ; $name est le
# nom à saisir, $description son message starter-*.
cli-template-line = { $name } : { $description }

## Sortie de « policywright i18n check » (traductions, pas les constats de la
## commande check) : une ligne par problème, puis cli-check-summary. $locale
## est un code de langue, $entry « fichier : identifiant du message » ou «
## fichier : identifiant.attribut ».
# Une langue sans aucun problème.
cli-check-clean = { $locale } : complet, aucun problème.
# Une erreur de syntaxe ; $error dit où et quoi.
cli-check-syntax = { $locale } : erreur de syntaxe : { $error }
# Un fichier .ftl que l’anglais a et que cette langue n’a pas ; $file est son
# nom.
cli-check-missing-file = { $locale } : fichier manquant : { $file }
# Un message ou attribut que l’anglais a et que cette langue n’a pas.
cli-check-missing = { $locale } : manquant : { $entry }
# Un message ou attribut que cette langue a et que l’anglais n’a pas.
cli-check-extra = { $locale } : absent de l’anglais : { $entry }
# Un message défini deux fois dans une même langue.
cli-check-duplicate = { $locale } : défini deux fois : { $entry }
# Les variables diffèrent de l’anglais ; $missing et $unknown sont des listes
# comme « $email, $org », ou « - » si elles sont vides.
cli-check-variables = { $locale } : { $entry } : variables différentes de l’anglais ; manquantes : { $missing } ; inconnues : { $unknown }
# Les noms des choix ([BE], [none], …) diffèrent de l’anglais ; $missing et
# $unknown sont des noms séparés par des virgules.
cli-check-keys = { $locale } : { $entry } : les choix diffèrent de l’anglais : l’anglais a [{ $missing }], cette langue [{ $unknown }]. Gardez les noms entre crochets tels que l’anglais les écrit ; traduisez uniquement le texte qui suit.
# Dernière ligne de « i18n check » ; $problems est le nombre de problèmes dans
# toutes les langues.
cli-check-summary = { $problems ->
    [0] Toutes les traductions sont complètes.
    [one] { $problems } problème trouvé.
   *[other] { $problems } problèmes trouvés.
}

## Descriptions des projets d’exemple (starter-<nom>) : affichées par «
## policywright templates » après le nom (cli-template-line), et sur l’écran
## d’accueil de l’assistant sous le titre de chaque carte (app-starter-<nom> de
## app.ftl).
# Le projet d’exemple templates/starters/bakery.ron.
starter-bakery = Une boulangerie belge avec une petite boutique en ligne, une newsletter et des statistiques de fréquentation du site web.
# Le projet d’exemple templates/starters/general-practice.ron.
starter-general-practice = Un cabinet belge de médecine générale qui tient des dossiers médicaux.
# Le projet d’exemple templates/starters/accountancy.ron.
starter-accountancy = Un bureau comptable belge qui contrôle ses clients en application de la législation anti-blanchiment.
# Le projet d’exemple templates/starters/non-profit.ron.
starter-non-profit = Une ASBL belge avec des membres, des bénévoles et des donateurs.
# Le projet d’exemple templates/starters/webshop-nl.ron.
starter-webshop-nl = Une boutique en ligne néerlandaise avec paiement, livraison, cookies publicitaires et détection de la fraude.
# Le projet d’exemple templates/starters/dental-brussels.ron.
starter-dental-brussels = Un cabinet dentaire bruxellois avec dossiers patients, attestation électronique via eHealth et prise de rendez-vous en ligne, en français, néerlandais et anglais.
# Le projet d’exemple templates/starters/physio-eupen.ron.
starter-physio-eupen = Un cabinet de kinésithérapie de la Communauté germanophone qui tient des dossiers de patients et facture aux mutualités via MyCareNet, en allemand, français et anglais.

## The check command, and the checks that render runs first.

# Description de la commande check, dans la liste des commandes et dans « check
# --help ».
cli-check-about = Vérifie les projets avant publication, à la recherche de lacunes et d’erreurs : chaque constat indique ce qui ne va pas, où, sur quel article il repose et ce qu’il faut faire.
# Aide d’un argument de check, dans « check --help ».
cli-check-projects = Fichiers de projet (.ron).
# Aide d’un argument de check, dans « check --help ».
cli-check-lang = La langue des constats, sous la forme d’un code tel que nl, fr, de ou en (par défaut : la langue des messages du programme).
# Aide d’un argument de check, dans « check --help ».
cli-check-format = La manière d’afficher les constats : text, pour les personnes, ou json, pour d’autres programmes.
# Pour « check --format » autre que text ou json ; $value est ce qui a été
# saisi.
cli-unknown-check-format = « { $value } » n’est pas une manière d’afficher les constats. Utilisez text ou json.
# Première ligne pour chaque projet dans « policywright check » (format texte)
# ; $project est son fichier ; $error, $warning et $info sont des nombres.
cli-findings-summary = { $project } : { $error ->
    [one] { $error } erreur
   *[other] { $error } erreurs
}, { $warning ->
    [one] { $warning } avertissement
   *[other] { $warning } avertissements
}, { $info ->
    [one] { $info } conseil
   *[other] { $info } conseils
}.
# Titre au-dessus des constats d’une gravité dans « policywright check »
# (cli-findings-heading-<gravité>) ; seulement s’il y en a.
cli-findings-heading-error = Erreurs : avec ces réponses, les documents enfreindraient la loi.
# Titre au-dessus des constats d’une gravité dans « policywright check »
# (cli-findings-heading-<gravité>) ; seulement s’il y en a.
cli-findings-heading-warning = Avertissements : probablement un problème ; vérifiez-les.
# Titre au-dessus des constats d’une gravité dans « policywright check »
# (cli-findings-heading-<gravité>) ; seulement s’il y en a.
cli-findings-heading-info = Conseils :
# En retrait sous le message de chaque constat dans « policywright check » ;
# $place est l’emplacement en mots (place-* et field-* de checks.ftl), $path
# l’emplacement dans le fichier de projet, $basis l’article (check-basis).
cli-findings-where = Où : { $place } ({ $path } ; { $basis })
# Sous cli-findings-where ; $hint est le .hint du constat.
cli-findings-fix = Que faire : { $hint }
# Aide de l’option --strict de render.
cli-render-strict = N’écrit pas les documents d’un projet dans lequel la vérification trouve des erreurs.
# Affiché par render pour chaque projet avant son écriture ; $project est son
# fichier, $errors le nombre d’erreurs.
cli-render-check-errors = { $project } : { $errors ->
    [0] la vérification n’a trouvé aucune erreur.
    [one] la vérification a trouvé { $errors } erreur ; lancez « policywright check { $project } » pour la voir.
   *[other] la vérification a trouvé { $errors } erreurs ; lancez « policywright check { $project } » pour les voir.
}
# Affiché par « render --strict » pour un projet avec des erreurs, qui n’est
# alors pas écrit.
cli-render-refused = { $project } : non écrit, car la vérification a trouvé des erreurs (--strict).

## The service catalogue: services, add-service, remove-service and
## import-cookies. Lists of names ($cookies, $categories, $suggestions)
## come joined by commas.

# Description de la commande services.
cli-services-about = Énumère les services du catalogue, ou les recherche par clé, nom, entreprise ou type.
# Aide de l’argument QUERY de services.
cli-services-query = Une partie d’une clé, d’un nom, d’une entreprise ou d’un type, comme « mail » ou « paie » (par défaut : tout afficher).
# Description de la commande add-service.
cli-add-service-about = Ajoute des services du catalogue à un projet : leur destinataire et leurs cookies, entièrement remplis.
# Description de la commande remove-service.
cli-remove-service-about = Retire d’un projet des services du catalogue ; les éléments que vous avez modifiés sont conservés.
# Description de la commande import-cookies.
cli-import-cookies-about = Ajoute à un projet les cookies d’une liste ou d’un export CSV (outils de développement du navigateur, scanners de cookies) : les cookies connus sont remplis d’après le catalogue, les autres sont à compléter par vous.
# Aide de l’argument FILE de import-cookies.
cli-import-cookies-file = Une liste de noms de cookies, un par ligne, ou un fichier CSV avec une colonne pour le nom (et, si vous l’avez, une colonne pour le domaine).
# Aide de l’argument PROJECT de add-service, remove-service et import-cookies.
cli-catalog-project = Le fichier de projet (.ron) à modifier ; les versions précédentes sont conservées dans les fichiers .1.bak (la plus récente) à .5.bak.
# Aide des arguments NAME de add-service et remove-service.
cli-catalog-names = Clés ou noms de services, comme google-analytics ou "Google Analytics" (voir « policywright services »).
# Première ligne de « policywright services » sans recherche ; $date est la
# date de vérification des faits du catalogue.
cli-services-all = { $count } services dans le catalogue (informations vérifiées le { $date }) :
# Première ligne de « policywright services RECHERCHE » quand des services
# correspondent ; $query est ce qui a été saisi.
cli-services-found = { $count ->
    [one] { $count } service correspond à « { $query } »
   *[other] { $count } services correspondent à « { $query } »
} (informations vérifiées le { $date }) :
# Une ligne par service, après sa clé ; $kind est un message catalog-kind-*,
# $country un nom country-*.
cli-services-line = { $name } · { $company }, { $country } · { $kind }
# « policywright services RECHERCHE » quand rien ne correspond ; des
# suggestions suivent.
cli-services-none = Aucun service du catalogue ne correspond à « { $query } ».
# add-service ou remove-service avec un nom que le catalogue ne connaît pas ;
# suivi de cli-service-suggestions ou cli-service-no-suggestion.
cli-service-unknown = Le catalogue ne contient aucun service « { $name } ».
# Clés des services dont le nom ressemble à ce qui a été saisi.
cli-service-suggestions = Vouliez-vous dire : { $suggestions } ?
# Quand aucun nom de service ne ressemble à ce qui a été saisi.
cli-service-no-suggestion = Lancez « policywright services » pour voir les services que connaît le catalogue ; pour tout autre service, indiquez vous-même le destinataire et ses cookies dans le projet.
# Dernière ligne de add-service ou remove-service quand certains noms n’ont pas
# été trouvés ; $unknown sur $total.
cli-service-partly = Services introuvables : { $unknown } sur { $total } ; les autres ont été traités.
# add-service : titre par service, avec les lignes ci-dessous en retrait
# dessous.
cli-added-heading = { $service } :
# Un destinataire a été ajouté ; $recipient est son nom. Aussi affiché par
# import-cookies quand des cookies connus amènent leur destinataire.
cli-added-recipient = destinataire ajouté : { $recipient }
# Le projet a déjà ce destinataire ; $recipient est son nom dans le projet.
cli-added-recipient-present = déjà présent comme destinataire sous le nom « { $recipient } » ; laissé tel quel
# Pour un logiciel qui tourne sur le site web de l’organisation (Matomo,
# WooCommerce, Complianz) : aucun destinataire n’est ajouté.
cli-added-own-website = fonctionne sur votre propre site web : il ne reçoit donc aucune donnée et n’est pas mentionné comme destinataire
# Cookies ajoutés ; $cookies sont leurs noms.
cli-added-cookies = { $count ->
    [one] { $count } cookie ajouté : { $cookies }
   *[other] { $count } cookies ajoutés : { $cookies }
}
# Cookies du service que le projet a déjà.
cli-added-cookies-present = déjà dans le projet, laissés tels quels : { $cookies }
# Le service traite habituellement des types de données que le projet n’indique
# pas ; $categories sont leurs noms (data-* de common.ftl).
cli-added-data-missing = traite habituellement des données que votre projet ne mentionne pas encore : { $categories }. Ajoutez-les sous data_categories si elles vous concernent.
# Après add-service ou import-cookies, quand des cookies exigeant un
# consentement ont été ajoutés et que le projet ne demande pas le consentement
# par un bandeau.
cli-added-consent-missing = Le projet contient maintenant des cookies qui nécessitent un consentement, mais aucun bandeau cookies qui le demande. Lancez « policywright check » pour voir ce qu’il faut ajouter.
# remove-service : titre par service, avec les lignes ci-dessous en retrait
# dessous.
cli-removed-heading = { $service } :
# remove-service, quand rien dans le projet ne vient du service.
cli-removed-nothing = { $service } : rien dans ce projet ne provient de ce service.
# remove-service : le destinataire a été supprimé.
cli-removed-recipient = destinataire retiré
# remove-service : cookies supprimés ; $cookies sont leurs noms.
cli-removed-cookies = { $count ->
    [one] { $count } cookie retiré : { $cookies }
   *[other] { $count } cookies retirés : { $cookies }
}
# remove-service : le destinataire diffère de ce que le catalogue écrit
# maintenant, il est donc gardé ; $recipient est son nom.
cli-removed-recipient-kept = destinataire « { $recipient } » conservé : il diffère de ce qu’indique le catalogue (vous l’avez modifié, ou le catalogue a changé depuis). Supprimez-le vous-même s’il doit disparaître.
# remove-service : ces cookies diffèrent de ce que le catalogue écrit
# maintenant, ils sont donc gardés.
cli-removed-cookies-kept = conservés, car ils diffèrent de ce qu’indique le catalogue (vous les avez modifiés, ou le catalogue a changé depuis) : { $cookies }. Supprimez-les vous-même s’ils doivent disparaître.
# Première ligne de import-cookies ; aussi la ligne d’état de l’assistant après
# Importer à l’étape « Cookies ». $file est la liste, puis quatre nombres.
cli-import-summary = { $file } : { $matched ->
    [one] { $matched } cookie connu rempli
   *[other] { $matched } cookies connus remplis
}, { $unknown ->
    [one] { $unknown } cookie inconnu ajouté
   *[other] { $unknown } cookies inconnus ajoutés
} ; { $duplicates ->
    [one] { $duplicates } doublon
   *[other] { $duplicates } doublons
} et { $present ->
    [one] { $present } cookie déjà présent dans le projet
   *[other] { $present } cookies déjà présents dans le projet
} ignorés.
# import-cookies : cookies remplis à partir du catalogue (ligne de commande
# seulement).
cli-import-matched = d’après le catalogue : { $cookies }
# import-cookies : cookies ajoutés, à compléter par le propriétaire (ligne de
# commande seulement).
cli-import-unknown = à compléter (fournisseur, finalité, catégorie et durée) : { $cookies }
# import-cookies, sur la sortie d’erreur, pour chaque ligne de la liste ignorée
# (cli-import-ignored-<raison>) ; $line est le numéro de ligne, $text la ligne.
# Pas affiché par l’assistant.
cli-import-ignored-not-a-cookie-name = ligne { $line } ignorée : « { $text } » n’est pas un nom de cookie.
# import-cookies, sur la sortie d’erreur, pour chaque ligne de la liste ignorée
# (cli-import-ignored-<raison>) ; $line est le numéro de ligne, $text la ligne.
# Pas affiché par l’assistant.
cli-import-ignored-no-name = ligne { $line } ignorée : la colonne du nom est vide.
# import-cookies, sur la sortie d’erreur, pour chaque ligne de la liste ignorée
# (cli-import-ignored-<raison>) ; $line est le numéro de ligne, $text la ligne.
# Pas affiché par l’assistant.
cli-import-ignored-before-header = ligne { $line } ignorée : elle précède la ligne d’en-tête.
# Après que add-service, remove-service ou import-cookies a modifié le projet ;
# $backup est le fichier de la version précédente.
cli-catalog-saved = { $path } : enregistré ; la version précédente est conservée sous { $backup }.
# Quand add-service, remove-service ou import-cookies n’a rien changé.
cli-catalog-unchanged = { $path } : rien à modifier.

## Commande « policywright status » : les projets de tous les clients d’un coup d’œil.
cli-status-about = Affiche les projets de tous vos clients d’un coup d’œil : erreurs et questions sans réponse, date d’entrée en vigueur des documents, version, date du dernier export et si les réponses ont changé depuis, et services du catalogue utilisés.
cli-status-projects = Fichiers de projet, ou dossiers dont les fichiers .ron sont des projets.
cli-status-format = Comment afficher l’aperçu : text, un tableau pour les personnes, ou json, pour d’autres programmes.
# Quand --format reçoit autre chose ; $value est ce qui a été donné.
cli-unknown-status-format = « { $value } » n’est pas une manière d’afficher l’aperçu. Utilisez text ou json.
# En-têtes des colonnes du tableau.
cli-status-project = Projet
cli-status-organisation = Organisation
cli-status-errors = Erreurs
cli-status-unanswered = Sans réponse
cli-status-effective = En vigueur
cli-status-version = Version
cli-status-exported = Exporté
cli-status-services = Services
# Dans la colonne « En vigueur », quand les documents sont entrés en vigueur il y a plus d’un an.
cli-status-over-a-year = { $date } (il y a plus d’un an)
# Dans la colonne « Exporté » : jamais, quand (UTC), ou quand et que les réponses ont changé depuis.
cli-status-never = jamais
cli-status-exported-at = { $date } UTC
cli-status-exported-changed = { $date } UTC, réponses modifiées depuis
# Sous le tableau.
cli-status-summary = { $projects ->
    [one] 1 projet
   *[other] { $projects } projets
} : { $with-errors } avec des erreurs, { $unreadable } illisibles.

## Commande « policywright record » : le registre des activités de traitement.
cli-record-about = Écrit le registre des activités de traitement (art. 30 RGPD) d’un ou plusieurs projets : une ligne par finalité, sous forme de tableur, de page web ou de PDF.
cli-record-format = Formats, séparés par des virgules : xlsx, html, pdf (par défaut : xlsx).
# Quand --format nomme autre chose ; $value est ce qui a été donné.
cli-unknown-record-format = « { $value } » n’est pas un format du registre. Utilisez xlsx, html ou pdf, séparés par des virgules.

## Commande « policywright update-services » : les nouvelles données du
## catalogue appliquées aux éléments de chaque projet qui en proviennent.
cli-update-services-about = Met à jour, dans un ou plusieurs projets, les éléments issus du catalogue de services : ceux que personne n’a modifiés reprennent les données actuelles du catalogue, ceux qui ont été modifiés sont conservés et nommés.
# L’en-tête du rapport de chaque projet ; $path est son fichier.
cli-update-project = { $path } :
# $entry est le destinataire ou le cookie ; $fields les données qui ont changé (noms field-*).
cli-update-updated = { $entry } : mis à jour ({ $fields }).
cli-update-kept = { $entry } : conservé tel que vous l’avez modifié, bien que le catalogue dise désormais autre chose.
cli-update-differs = { $entry } : diffère du catalogue et est conservé, car rien n’indique s’il a été modifié.
# $service est le service du catalogue.
cli-update-removed = { $entry } : supprimé, car le catalogue ne le mentionne plus pour { $service }.
cli-update-new-cookie = Le catalogue mentionne aussi le cookie { $entry } pour { $service } ; si votre site web le place, ajoutez-le avec add-service.
cli-update-gone = { $entry } : { $service } ne figure plus dans le catalogue ; l’élément est conservé.
