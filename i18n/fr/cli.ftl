## Messages of the program: errors, command-line help and output.

load-unreadable = { $path } : impossible de lire le fichier : { $reason }
# Mistakes in a project file; the place (file:line:column and field) is put before them.
mistake-not-text = le fichier n’est pas du texte UTF-8 ; enregistrez-le en UTF-8 dans votre éditeur.
mistake-missing-comma = il manque ici une virgule, après la valeur qui précède.
# $opener is the bracket that was opened: (, [ or {.
mistake-unclosed = le signe { $opener } ouvert ici n’est jamais fermé ; le fichier se termine avant le signe fermant correspondant.
# $found is the name in the file, $suggestion the valid name most like it, $expected the valid names.
mistake-unknown-field-suggested = il n’y a pas de champ « { $found } » ici ; vouliez-vous dire « { $suggestion } » ? Champs valides : { $expected }.
mistake-unknown-field = il n’y a pas de champ « { $found } » ici. Champs valides : { $expected }.
mistake-unknown-variant-suggested = « { $found } » ne fait pas partie des choix possibles ici ; vouliez-vous dire « { $suggestion } » ? Choix valides : { $expected }.
mistake-unknown-variant = « { $found } » ne fait pas partie des choix possibles ici. Choix valides : { $expected }.
# $field is the name of the field that is missing.
mistake-missing-field = le champ « { $field } » manque ici.
mistake-date = les dates s’écrivent au format année-mois-jour, par exemple « 2026-11-01 ».
load-invalid = { $path }:{ $line }:{ $column }: { $reason }
load-invalid-field = { $path }:{ $line }:{ $column }: dans le champ « { $field } » : { $reason }
load-no-version = { $path } : ce n’est pas un fichier de projet policywright : il n’a pas de champ « version ». Un fichier de projet commence par « version: { $supported }, ».
load-newer-version = { $path } : ce fichier de projet est au format version { $found }, mais cette version de policywright ne lit les fichiers que jusqu’à la version { $supported }. Il a été enregistré par une version plus récente de policywright : mettez policywright à jour pour l’ouvrir. Le fichier n’a pas été modifié.
load-inconsistent = { $path } : le projet fait référence à des éléments qu’il ne définit pas :
load-unknown-key = { $field } : il n’y a aucun élément avec la clé « { $key } » ; ajoutez-le, ou corrigez la clé.
load-duplicate-key = { $field } : la clé « { $key } » est utilisée deux fois ; chaque clé doit être unique.
export-incomplete-language = Les textes en « { $language } » ne sont pas complets ({ $count } messages manquent, par exemple { $examples }) : aucun document n’est donc rédigé dans cette langue, car il contiendrait du texte anglais. Lancez « policywright i18n check » pour voir ce qui manque.
save-failed = { $path } : impossible d’enregistrer : { $reason }. Le fichier existant n’a pas été modifié.
save-changed-on-disk = { $path } : quelqu’un d’autre a modifié ce fichier après que vous l’avez ouvert ; il n’a donc pas été écrasé et ses modifications sont préservées. Enregistrez votre travail sous un autre nom, puis comparez les deux fichiers.
i18n-dir-not-a-folder = { $path } : ce n’est pas un dossier de traductions. Il doit contenir un dossier par langue, nommé d’après son code (nl, fr, de, en), avec des fichiers .ftl.
pdf-logo-unreadable = Le logo ne peut pas être utilisé : il doit s’agir d’une image PNG ou JPEG ({ $reason }).
i18n-file-unreadable = { $path } : impossible de lire le fichier : { $reason }
# Why the system refused to read or write a file; put in place of { $reason } above.
system-not-found = il n’existe pas
system-permission-denied = vous n’avez pas l’autorisation nécessaire
system-read-only = le disque est en lecture seule
system-storage-full = le disque est plein
system-is-a-folder = c’est un dossier, pas un fichier
system-not-a-folder = une partie du chemin est un fichier, pas un dossier
system-already-exists = un fichier portant ce nom existe déjà
system-invalid-name = ce nom n’est pas valide sur ce système
system-not-text = ce n’est pas du texte UTF-8

cli-about = Rédige une déclaration de confidentialité et une politique en matière de cookies à partir des réponses d’une organisation, en néerlandais, en français, en allemand et en anglais.
cli-usage-hint = Lancez « policywright --help » pour voir les commandes, ou « policywright <commande> --help » pour l’aide d’une seule commande.
cli-opt-i18n = Utilise les fichiers .ftl de ce dossier au lieu des fichiers intégrés (aussi : POLICYWRIGHT_I18N).
cli-opt-ui-lang = La langue des messages du programme, sous la forme d’un code tel que nl, fr, de ou en (par défaut : d’après LANG).
cli-render-about = Rédige les documents d’un ou de plusieurs projets.
cli-render-projects = Fichiers de projet (.ron).
cli-render-lang = Langues, séparées par des virgules (par défaut : les langues du projet).
cli-render-documents = Documents, séparés par des virgules : privacy-statement (la déclaration de confidentialité), cookie-policy (la politique en matière de cookies) (par défaut : les deux).
cli-render-show-ids = Faire précéder chaque texte des documents de l’identifiant de son message, pour le retrouver dans les fichiers .ftl.
cli-render-format = Formats de sortie, séparés par des virgules : html, pdf (par défaut : les deux).
cli-render-out = Dossier de sortie ; chaque projet y reçoit son propre dossier.
cli-render-fragment = Écrit un fragment à coller dans une page web existante, au lieu d’une page complète.
cli-render-paper = Format de papier des documents PDF : a4 ou letter.
cli-render-ragged = Aligne les paragraphes des documents PDF à gauche au lieu de les justifier.
cli-render-logo = Un logo PNG ou JPEG pour la première page des documents PDF.
cli-render-accent = La couleur des titres, des liens et des en-têtes de tableau dans les documents PDF, au format #rrggbb.
cli-new-about = Crée un nouveau projet à partir d’un projet modèle.
cli-new-path = L’emplacement du nouveau fichier de projet.
cli-new-template = Le projet modèle dont vous partez (voir « policywright templates »).
cli-open-about = Ouvre l’assistant, sur un fichier de projet si vous en indiquez un. Sans commande, policywright ouvre aussi l’assistant.
cli-templates-about = Énumère les projets modèles.
cli-i18n-about = Outils pour les traducteurs.
cli-i18n-check-about = Vérifie les traductions : messages manquants ou en trop, variables et syntaxe.
cli-i18n-new-about = Commencer une nouvelle langue : copier les textes anglais dans un dossier portant son code, prêts à être traduits.
cli-i18n-new-code = Le code de la langue, par exemple pt ou es.
cli-i18n-new-dir = Le dossier de traductions auquel l’ajouter ; utilisez-le ensuite avec --i18n. [par défaut : i18n]
cli-i18n-new-bad-code = « { $value } » n’est pas un code de langue : écrivez deux ou trois lettres, par exemple pt, éventuellement suivies d’une région, par exemple pt-BR.
cli-i18n-new-exists = { $path } existe déjà ; rien n’a été modifié. Traduisez les fichiers qu’il contient, ou choisissez un autre dossier avec --dir.
cli-i18n-new-done = { $count } fichiers copiés dans { $path }. Ils sont en anglais : traduisez chaque message, lancez « policywright i18n check » sur le dossier, puis utilisez-le avec --i18n. Les documents en « { $code } » disent ce que disent ces fichiers : traduisez-les tous avant d’en publier un.
cli-i18n-check-dir = Un dossier contenant un sous-dossier par langue (par défaut : les textes intégrés).

cli-unknown-language = « { $value } » n’est pas une langue dans laquelle policywright rédige. Utilisez l’une de celles-ci : { $languages }.
cli-unknown-document = « { $value } » n’est pas un document. Utilisez privacy-statement, cookie-policy ou les deux, séparés par une virgule.
cli-unknown-format = « { $value } » n’est pas un format de sortie. Utilisez html, pdf ou html,pdf.
cli-unknown-template = Il n’existe pas de projet modèle nommé « { $name } ». Lancez « policywright templates » pour les voir.
cli-unknown-paper = « { $value } » n’est pas un format de papier. Utilisez a4 ou letter.
cli-unknown-colour = « { $value } » n’est pas une couleur. Écrivez-la au format #rrggbb, par exemple #1f4e79.
cli-unreadable-file = { $path } : impossible de lire le fichier : { $reason }
cli-missing-characters = { $path } : { $count ->
    [one] { $count } caractère que la police ne peut pas afficher a été remplacé
   *[other] { $count } caractères que la police ne peut pas afficher ont été remplacés
} par � : { $characters }
cli-file-exists = { $path } existe déjà ; choisissez un autre nom, ou supprimez d’abord ce fichier.
cli-written = { $path } : écrit.
cli-rendered = { $project } : { $count ->
    [one] { $count } fichier écrit dans { $folder }
   *[other] { $count } fichiers écrits dans { $folder }
}
cli-write-failed = { $path } : impossible d’écrire : { $reason }
cli-render-progress = Projets traités : { $done } sur { $total }…
cli-failed-summary = { $failed ->
    [one] { $failed } projet sur { $total } a échoué.
   *[other] { $failed } projets sur { $total } ont échoué.
}
cli-template-line = { $name } : { $description }

cli-check-clean = { $locale } : complet, aucun problème.
cli-check-syntax = { $locale } : erreur de syntaxe : { $error }
cli-check-missing-file = { $locale } : fichier manquant : { $file }
cli-check-missing = { $locale } : manquant : { $entry }
cli-check-extra = { $locale } : absent de l’anglais : { $entry }
cli-check-duplicate = { $locale } : défini deux fois : { $entry }
cli-check-variables = { $locale } : { $entry } : variables différentes de l’anglais ; manquantes : { $missing } ; inconnues : { $unknown }
cli-check-keys = { $locale } : { $entry } : les choix diffèrent de l’anglais : l’anglais a [{ $missing }], cette langue [{ $unknown }]. Gardez les noms entre crochets tels que l’anglais les écrit ; traduisez uniquement le texte qui suit.
cli-check-summary = { $problems ->
    [0] Toutes les traductions sont complètes.
    [one] { $problems } problème trouvé.
   *[other] { $problems } problèmes trouvés.
}

starter-bakery = Une boulangerie belge avec une petite boutique en ligne, une newsletter et des statistiques de fréquentation du site web.
starter-general-practice = Un cabinet belge de médecine générale qui tient des dossiers médicaux.
starter-accountancy = Un bureau comptable belge qui contrôle ses clients en application de la législation anti-blanchiment.
starter-non-profit = Une ASBL belge avec des membres, des bénévoles et des donateurs.
starter-webshop-nl = Une boutique en ligne néerlandaise avec paiement, livraison, cookies publicitaires et détection de la fraude.
starter-dental-brussels = Un cabinet dentaire bruxellois avec dossiers patients, attestation électronique via eHealth et prise de rendez-vous en ligne, en français, néerlandais et anglais.
starter-physio-eupen = Un cabinet de kinésithérapie de la Communauté germanophone qui tient des dossiers de patients et facture aux mutualités via MyCareNet, en allemand, français et anglais.

## The check command, and the checks that render runs first.

cli-check-about = Vérifie les projets avant publication, à la recherche de lacunes et d’erreurs : chaque constat indique ce qui ne va pas, où, sur quel article il repose et ce qu’il faut faire.
cli-check-projects = Fichiers de projet (.ron).
cli-check-lang = La langue des constats, sous la forme d’un code tel que nl, fr, de ou en (par défaut : la langue des messages du programme).
cli-check-format = La manière d’afficher les constats : text, pour les personnes, ou json, pour d’autres programmes.
cli-unknown-check-format = « { $value } » n’est pas une manière d’afficher les constats. Utilisez text ou json.
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
cli-findings-heading-error = Erreurs : avec ces réponses, les documents enfreindraient la loi.
cli-findings-heading-warning = Avertissements : probablement un problème ; vérifiez-les.
cli-findings-heading-info = Conseils :
cli-findings-where = Où : { $place } ({ $path } ; { $basis })
cli-findings-fix = Que faire : { $hint }
cli-render-strict = N’écrit pas les documents d’un projet dans lequel la vérification trouve des erreurs.
cli-render-check-errors = { $project } : { $errors ->
    [0] la vérification n’a trouvé aucune erreur.
    [one] la vérification a trouvé { $errors } erreur ; lancez « policywright check { $project } » pour la voir.
   *[other] la vérification a trouvé { $errors } erreurs ; lancez « policywright check { $project } » pour les voir.
}
cli-render-refused = { $project } : non écrit, car la vérification a trouvé des erreurs (--strict).

## The service catalogue: services, add-service, remove-service and
## import-cookies. Lists of names ($cookies, $categories, $suggestions)
## come joined by commas.

cli-services-about = Énumère les services du catalogue, ou les recherche par clé, nom, entreprise ou type.
cli-services-query = Une partie d’une clé, d’un nom, d’une entreprise ou d’un type, comme « mail » ou « paie » (par défaut : tout afficher).
cli-add-service-about = Ajoute des services du catalogue à un projet : leur destinataire et leurs cookies, entièrement remplis.
cli-remove-service-about = Retire d’un projet des services du catalogue ; les éléments que vous avez modifiés sont conservés.
cli-import-cookies-about = Ajoute à un projet les cookies d’une liste ou d’un export CSV (outils de développement du navigateur, scanners de cookies) : les cookies connus sont remplis d’après le catalogue, les autres sont à compléter par vous.
cli-import-cookies-file = Une liste de noms de cookies, un par ligne, ou un fichier CSV avec une colonne pour le nom (et, si vous l’avez, une colonne pour le domaine).
cli-catalog-project = Le fichier de projet (.ron) à modifier ; les versions précédentes sont conservées dans les fichiers .1.bak (la plus récente) à .5.bak.
cli-catalog-names = Clés ou noms de services, comme google-analytics ou "Google Analytics" (voir « policywright services »).
cli-services-all = { $count } services dans le catalogue (informations vérifiées le { $date }) :
cli-services-found = { $count ->
    [one] { $count } service correspond à « { $query } »
   *[other] { $count } services correspondent à « { $query } »
} (informations vérifiées le { $date }) :
cli-services-line = { $name } · { $company }, { $country } · { $kind }
cli-services-none = Aucun service du catalogue ne correspond à « { $query } ».
cli-service-unknown = Le catalogue ne contient aucun service « { $name } ».
cli-service-suggestions = Vouliez-vous dire : { $suggestions } ?
cli-service-no-suggestion = Lancez « policywright services » pour voir les services que connaît le catalogue ; pour tout autre service, indiquez vous-même le destinataire et ses cookies dans le projet.
cli-service-partly = Services introuvables : { $unknown } sur { $total } ; les autres ont été traités.
cli-added-heading = { $service } :
cli-added-recipient = destinataire ajouté : { $recipient }
cli-added-recipient-present = déjà présent comme destinataire sous le nom « { $recipient } » ; laissé tel quel
cli-added-own-website = fonctionne sur votre propre site web : il ne reçoit donc aucune donnée et n’est pas mentionné comme destinataire
cli-added-cookies = { $count ->
    [one] { $count } cookie ajouté : { $cookies }
   *[other] { $count } cookies ajoutés : { $cookies }
}
cli-added-cookies-present = déjà dans le projet, laissés tels quels : { $cookies }
cli-added-data-missing = traite habituellement des données que votre projet ne mentionne pas encore : { $categories }. Ajoutez-les sous data_categories si elles vous concernent.
cli-added-consent-missing = Le projet contient maintenant des cookies qui nécessitent un consentement, mais aucun bandeau cookies qui le demande. Lancez « policywright check » pour voir ce qu’il faut ajouter.
cli-removed-heading = { $service } :
cli-removed-nothing = { $service } : rien dans ce projet ne provient de ce service.
cli-removed-recipient = destinataire retiré
cli-removed-cookies = { $count ->
    [one] { $count } cookie retiré : { $cookies }
   *[other] { $count } cookies retirés : { $cookies }
}
cli-removed-recipient-kept = destinataire « { $recipient } » conservé : il diffère de ce qu’indique le catalogue (vous l’avez modifié, ou le catalogue a changé depuis). Supprimez-le vous-même s’il doit disparaître.
cli-removed-cookies-kept = conservés, car ils diffèrent de ce qu’indique le catalogue (vous les avez modifiés, ou le catalogue a changé depuis) : { $cookies }. Supprimez-les vous-même s’ils doivent disparaître.
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
cli-import-matched = d’après le catalogue : { $cookies }
cli-import-unknown = à compléter (fournisseur, finalité, catégorie et durée) : { $cookies }
cli-import-ignored-not-a-cookie-name = ligne { $line } ignorée : « { $text } » n’est pas un nom de cookie.
cli-import-ignored-no-name = ligne { $line } ignorée : la colonne du nom est vide.
cli-import-ignored-before-header = ligne { $line } ignorée : elle précède la ligne d’en-tête.
cli-catalog-saved = { $path } : enregistré ; la version précédente est conservée sous { $backup }.
cli-catalog-unchanged = { $path } : rien à modifier.
