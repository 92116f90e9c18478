## La politique en matière de cookies. Arguments que chaque message peut utiliser, comme dans privacy.ftl :
##   $org       le nom de l’organisation
##   $email     l’adresse des questions sur la vie privée
##   $date      la date d’entrée en vigueur du document
##   $version   le numéro de version
##   $country   le pays du responsable du traitement
##   $website   le premier site web ; $website-count le nombre de sites
##   $consent-age  l’âge du consentement numérique dans le pays du responsable
##                 du traitement, ou "none" s’il n’est pas connu
##   $has-version  "yes" quand il y a un numéro de version, "no" sinon
##   $country-code le pays du responsable du traitement sous forme de code ("BE", "NL"), ou vide
##   $cookie-use   ce que le site web enregistre, selon les réponses : "cookies", "similar" (aussi stockage local ou pixels), "none", ou "unknown" tant que la question est sans réponse

# Titre de la politique en matière de cookies. Toujours affiché. Aucune
# politique n’est rédigée quand « Votre politique en matière de cookies
# est-elle publiée ailleurs ? Son adresse web (facultatif) » (étape
# « Cookies ») est rempli.
# En tête de la politique (et comme titre de la page de l’export HTML), et
# comme $title dans le pied de chaque page du PDF (document-footer dans
# common.ftl). .inline est le titre au milieu d’une phrase : la déclaration de
# confidentialité renvoie à la politique avec lui (privacy-cookies).
cookies-title = Politique en matière de cookies
    .inline = notre politique en matière de cookies

## Section « À propos de la présente politique », la première de la politique
## en matière de cookies. Toujours affichée.
cookies-introduction-title = À propos de la présente politique
# La variante suit le nombre de « Sites web » remplis (étape « Votre
# organisation ») : [0] aucun, [one] un, [other] plusieurs ; $website est le
# premier.
cookies-introduction = { $cookie-use ->
    [cookies] { $website-count ->
        [0] La présente politique explique quels cookies { $org } utilise et pourquoi.
        [one] La présente politique explique quels cookies { $org } utilise sur { $website } et pourquoi.
       *[other] La présente politique explique quels cookies sont utilisés sur { $website } ainsi que sur les autres sites web de { $org }, et pourquoi.
    }
    [similar] { $website-count ->
        [0] La présente politique explique quels cookies et technologies similaires { $org } utilise et pourquoi.
        [one] La présente politique explique quels cookies et technologies similaires { $org } utilise sur { $website } et pourquoi.
       *[other] La présente politique explique quels cookies et technologies similaires sont utilisés sur { $website } ainsi que sur les autres sites web de { $org }, et pourquoi.
    }
   *[other] { $website-count ->
        [0] La présente politique explique si { $org } utilise des cookies et des technologies similaires et, si oui, lesquels et pourquoi.
        [one] La présente politique explique si { $org } utilise des cookies et des technologies similaires sur { $website } et, si oui, lesquels et pourquoi.
       *[other] La présente politique explique si des cookies et des technologies similaires sont utilisés sur { $website } ainsi que sur les autres sites web de { $org } et, si oui, lesquels et pourquoi.
    }
}

## Section « Qu’est-ce qu’un cookie ? ». Toujours affichée, avec ses trois
## paragraphes.
cookies-what-title = Qu’est-ce qu’un cookie ?
cookies-what = Un cookie est un petit fichier texte qu’un site web enregistre dans votre navigateur lorsque vous le visitez. Lors de votre visite suivante, le site web ou un tiers peut relire ce fichier, par exemple pour se souvenir de vos choix ou pour reconnaître votre appareil.
cookies-what-similar = La présente politique couvre aussi les technologies qui fonctionnent de manière similaire, comme le stockage local et le stockage de session de votre navigateur, les pixels de suivi (de petites images invisibles qui signalent qu’une page ou un e-mail a été ouvert) et les composants logiciels d’autres entreprises lorsqu’ils sont intégrés à un site web.
cookies-what-personal-data = Les cookies peuvent contenir des données à caractère personnel, comme un identifiant unique de votre appareil. Dans ce cas, notre déclaration de confidentialité s’applique également.

## Section « Types de cookies ». Toujours affichée.
## Tant que « Votre site web place-t-il des cookies ou des technologies
## similaires (stockage local, pixels) ? » (étape « Cookies ») est sans
## réponse, elle ne contient qu’un espace à compléter (question-cookies).
cookies-categories-title = Types de cookies
# Dutch law (art. 11.7a(3)(b) Telecommunicatiewet) also exempts analytics
# cookies with little or no effect on privacy.
# Affiché quand au moins un cookie est ajouté. [NL] quand « Pays » (étape
# « Votre organisation ») est les Pays-Bas, que l’exemption des cookies
# analytiques soit cochée ou non. Suit une liste d’une ligne par type de
# cookie utilisé (category-* dans common.ftl).
cookies-categories = { $country-code ->
    [NL] Nous utilisons les types de cookies suivants. La loi permet de placer sans votre consentement les cookies strictement nécessaires, ainsi que les cookies analytiques qui n’ont que peu ou pas d’incidence sur votre vie privée.
   *[other] Nous utilisons les types de cookies suivants. Seuls les cookies strictement nécessaires peuvent être placés sans votre consentement.
}
# After a kind of cookie: the purposes it serves, by their names.
# Ajouté à la ligne d’un type quand une finalité coche ce type sous « Quels
# cookies votre site web place-t-il pour cette finalité ? » (étape
# « Finalités »).
cookies-category-purposes = { $count ->
    [one] Ils sont placés pour la finalité suivante : { $purposes }.
   *[other] Ils sont placés aux fins suivantes : { $purposes }.
}
# Only said when a consent banner is answered.
# C’est-à-dire quand la réponse à « Comment demandez-vous leur consentement
# aux visiteurs ? » (étape « Cookies ») est « Par un bandeau, avant que les
# cookies soient placés ». Il se place entre cookies-categories et la liste.
cookies-categories-consent = Pour tous les autres types de cookies, nous demandons d’abord votre consentement.
# Affiché à la place, comme section entière, quand la réponse est « Non,
# aucun ».
cookies-none = Notre site web n’utilise ni cookies ni technologies similaires.

## Section « Liste des cookies ». Affichée seulement quand au
## moins un cookie est ajouté (étape « Cookies »). cookies-list est suivi,
## pour chaque type de cookie utilisé, du nom du type en intertitre et d’un
## tableau de ses cookies (column-*, party-*, storage-* et duration-* dans
## common.ftl).
cookies-list-title = Liste des cookies
cookies-list = Vous trouverez ci-dessous, pour chaque cookie, son fournisseur, sa finalité et la durée pendant laquelle il reste dans votre navigateur.

## Section « Cookies de tiers ». Affichée seulement quand « une autre
## entreprise (tiers) » est coché pour un cookie (étape « Cookies »).
## cookies-third-parties est suivi de la liste de ces entreprises (leur
## « Placé par »), chacune avec un lien vers sa politique de confidentialité
## quand un destinataire de ce nom en indique une.
cookies-third-parties-title = Cookies de tiers
cookies-third-parties = Certains cookies sont placés et lus par d’autres entreprises. Celles-ci peuvent voir que vous avez visité notre site web et combiner cette information avec d’autres données dont elles disposent. Lorsque nous déterminons avec une telle entreprise pourquoi et comment des données sont collectées par l’intermédiaire de notre site web, nous sommes, avec elle, responsables conjoints de cette collecte ; ce que l’entreprise fait ensuite de ces données relève de sa propre responsabilité (voir sa politique de confidentialité).

## Section « Votre consentement ». Affichée quand un cookie requiert le
## consentement : tout type sauf les cookies strictement nécessaires (et, pour
## une organisation néerlandaise qui a coché l’exemption des cookies
## analytiques, pas non plus ses cookies analytiques). Tant que « Comment
## demandez-vous leur consentement aux visiteurs ? » (étape « Cookies ») est
## sans réponse, elle ne contient qu’un espace à compléter
## (question-cookie-consent). Les phrases ci-dessous ne sont dites que si la
## réponse est « Par un bandeau, avant que les cookies soient placés » ; avec
## une autre réponse, la section est omise. Quand des cookies sont ajoutés
## mais qu’aucun ne requiert le consentement, la section ne contient que
## cookies-consent-only-necessary.
cookies-consent-title = Votre consentement
# Affiché en premier quand la réponse est le bandeau. consent-banner et celles
# des phrases suivantes qui s’appliquent sont réunies en un seul paragraphe.
consent-banner = Lors de votre première visite, un bandeau vous demande si vous acceptez les cookies qui ne sont pas strictement nécessaires.
# $exempt is "yes" when a Dutch organisation's low-impact analytics need no consent.
# Affiché quand « Tant que les visiteurs n’ont pas fait leur choix, le site
# web ne place que les cookies strictement nécessaires (les autres attendent
# le consentement) » est coché ; [yes] quand le « Pays » est les Pays-Bas et
# que « Nos cookies analytiques n’ont que peu ou pas d’incidence sur la vie
# privée et sont placés sans consentement » est aussi coché.
consent-waits-for-choice = { $exempt ->
    [yes] Tant que vous n’avez pas fait votre choix, nous ne plaçons que les cookies strictement nécessaires et les cookies analytiques qui ne nécessitent pas de consentement.
   *[no] Tant que vous n’avez pas fait votre choix, nous ne plaçons que les cookies strictement nécessaires.
}
# Affiché quand « Les visiteurs peuvent choisir par type de cookie » est
# coché.
consent-per-category = Vous pouvez choisir, catégorie par catégorie, les cookies que vous acceptez.
# Affiché quand « Refuser est aussi simple qu’accepter (un bouton « Refuser »
# à côté du bouton « Accepter ») » est coché.
consent-refuse-equal = Refuser est aussi simple qu’accepter.
# Affiché quand « Les visiteurs qui refusent peuvent quand même utiliser le
# site web » est coché.
consent-no-wall = Vous pouvez utiliser le site web, que vous acceptiez les cookies ou non.
# $months is how long the choice is kept before the banner asks again.
# Affiché quand « Durée de conservation du choix, en mois (facultatif) » est
# rempli avec plus de 0.
consent-choice-kept = Nous conservons votre choix pendant { $months ->
    [one] { $months } mois
   *[other] { $months } mois
}, puis nous vous reposons la question.
# Affiché quand « Outil de consentement (facultatif) » est rempli ; $tool est
# cette réponse.
consent-tool = Nous enregistrons votre choix au moyen de { $tool }.
# $via says where the cookie settings can be found, in the user's words.
# Affiché en un paragraphe distinct, après les phrases sur le bandeau, quand
# « Où les visiteurs peuvent-ils modifier leur choix ? » est rempli.
consent-withdraw-via = Vous pouvez modifier ou retirer votre consentement à tout moment { $via }.
# Affiché à la place de consent-withdraw-via quand cette question est laissée
# vide (avec le bandeau seulement).
cookies-consent-withdraw = Vous pouvez retirer votre consentement à tout moment en écrivant à { $email } ou en supprimant les cookies dans votre navigateur, comme expliqué ci-dessous.
# Affiché à la place, comme section entière, quand des cookies sont ajoutés
# mais qu’aucun ne requiert le consentement.
cookies-consent-only-necessary = Aucun des cookies utilisés par notre site web ne nécessite votre consentement ; nous ne vous le demandons donc pas.

## Section « Bloquer et supprimer les cookies dans votre navigateur ».
## Affichée seulement quand au moins un cookie est ajouté. cookies-browser est
## suivi de liens vers les pages d’aide de Google Chrome, Mozilla Firefox,
## Apple Safari et Microsoft Edge, puis de cookies-browser-effect.
cookies-browser-title = Bloquer et supprimer les cookies dans votre navigateur
cookies-browser = Vous pouvez aussi refuser ou supprimer les cookies dans les paramètres de votre navigateur. Les pages d’aide des navigateurs courants expliquent comment procéder.
cookies-browser-effect = Si vous bloquez tous les cookies, certaines parties du site web risquent de ne plus fonctionner correctement.

## Section « Questions ». Toujours affichée, avec ses deux paragraphes.
cookies-contact-title = Questions
# $address is a link to the e-mail address for privacy questions.
cookies-contact = Pour toute question sur les cookies ou sur vos données, écrivez-nous à { $address }.
# $document is a link to the privacy statement, named by its title's .inline.
# FR : comme en néerlandais, .inline contient déjà le possessif (« notre … »).
cookies-privacy-link = Pour savoir comment nous traitons vos données à caractère personnel de manière générale, consultez { $document }.
## Section « Modifications de la présente politique », la dernière de la
## politique en matière de cookies. Toujours affichée : cookies-changes, puis
## privacy-changes-channels avec les moyens d’annoncer les modifications (ou
## un espace à compléter, question-change-notice), puis
## privacy-changes-effective ; ces deux messages viennent de privacy.ftl.
cookies-changes-title = Modifications de la présente politique
# Toujours affiché, comme premier paragraphe de la section.
cookies-changes = Nous pouvons modifier la présente politique lorsque notre utilisation de cookies évolue.
