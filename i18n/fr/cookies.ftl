## The cookie policy. The same arguments as in privacy.ftl are available.

cookies-title = Politique en matière de cookies
    .inline = notre politique en matière de cookies

cookies-introduction-title = À propos de la présente politique
cookies-introduction = { $website-count ->
    [0] La présente politique explique si { $org } utilise des cookies et des technologies similaires et, si oui, lesquels et pourquoi.
    [one] La présente politique explique si { $org } utilise des cookies et des technologies similaires sur { $website } et, si oui, lesquels et pourquoi.
   *[other] La présente politique explique si des cookies et des technologies similaires sont utilisés sur { $website } ainsi que sur les autres sites web de { $org } et, si oui, lesquels et pourquoi.
}

cookies-what-title = Qu’est-ce qu’un cookie ?
cookies-what = Un cookie est un petit fichier texte qu’un site web enregistre dans votre navigateur lorsque vous le visitez. Lors de votre visite suivante, le site web ou un tiers peut relire ce fichier, par exemple pour se souvenir de vos choix ou pour reconnaître votre appareil.
cookies-what-similar = D’autres technologies fonctionnent de manière similaire et sont également couvertes par la présente politique : le stockage local et le stockage de session de votre navigateur, les pixels de suivi (de minuscules images qui signalent qu’une page ou un e-mail a été ouvert) et les composants logiciels d’autres entreprises intégrés à notre site web.
cookies-what-personal-data = Les cookies peuvent contenir des données à caractère personnel, comme un identifiant unique de votre appareil. Dans ce cas, notre déclaration de confidentialité s’applique également.

cookies-categories-title = Les types de cookies que nous utilisons
# Dutch law (art. 11.7a(3)(b) Telecommunicatiewet) also exempts analytics
# cookies with little or no effect on privacy.
cookies-categories = { $country-code ->
    [NL] Nous utilisons les types de cookies suivants. La loi permet de placer sans votre consentement les cookies strictement nécessaires, ainsi que les cookies analytiques qui n’ont que peu ou pas d’incidence sur votre vie privée.
   *[other] Nous utilisons les types de cookies suivants. Seuls les cookies strictement nécessaires peuvent être placés sans votre consentement.
}
# After a kind of cookie: the purposes it serves, by their names.
cookies-category-purposes = Ils sont placés aux fins suivantes : { $purposes }.
# Only said when a consent banner is answered.
cookies-categories-consent = Pour tous les autres types de cookies, nous demandons d’abord votre consentement.
cookies-none = Notre site web n’utilise ni cookies ni technologies similaires.

cookies-list-title = Les cookies que nous utilisons
cookies-list = Vous trouverez ci-dessous, pour chaque cookie, qui le place, à quoi il sert et combien de temps il reste dans votre navigateur.

cookies-third-parties-title = Cookies de tiers
cookies-third-parties = Certains cookies sont placés et lus par d’autres entreprises. Celles-ci peuvent voir que vous avez visité notre site web et combiner cette information avec d’autres données dont elles disposent. Lorsque nous déterminons avec une telle entreprise pourquoi et comment des données sont collectées par l’intermédiaire de notre site web, nous sommes, avec elle, responsables conjoints de cette collecte ; ce que l’entreprise fait ensuite de ces données relève de sa propre politique de confidentialité.

cookies-consent-title = Votre consentement
consent-banner = Lors de votre première visite, un bandeau vous demande si vous acceptez les cookies qui ne sont pas strictement nécessaires.
# $exempt is "yes" when a Dutch organisation's low-impact analytics need no consent.
consent-waits-for-choice = { $exempt ->
    [yes] Tant que vous n’avez pas fait votre choix, nous ne plaçons que les cookies strictement nécessaires et les cookies analytiques qui ne nécessitent pas de consentement.
   *[no] Tant que vous n’avez pas fait votre choix, nous ne plaçons que les cookies strictement nécessaires.
}
consent-per-category = Vous pouvez choisir, catégorie par catégorie, les cookies que vous acceptez.
consent-refuse-equal = Refuser est aussi simple qu’accepter.
consent-no-wall = Vous pouvez utiliser le site web, que vous acceptiez les cookies ou non.
# $months is how long the choice is kept before the banner asks again.
consent-choice-kept = Nous conservons votre choix pendant { $months ->
    [one] { $months } mois
   *[other] { $months } mois
}, puis nous vous reposons la question.
consent-tool = Nous enregistrons votre choix au moyen de { $tool }.
# $via says where the cookie settings can be found, in the user's words.
consent-withdraw-via = Vous pouvez modifier ou retirer votre consentement à tout moment { $via }.
cookies-consent-withdraw = Vous pouvez retirer votre consentement à tout moment en écrivant à { $email } ou en supprimant les cookies dans votre navigateur, comme expliqué ci-dessous.
cookies-consent-only-necessary = Nous n’utilisons que des cookies strictement nécessaires. Ils ne nécessitent pas votre consentement ; nous ne vous le demandons donc pas.

cookies-browser-title = Bloquer et supprimer les cookies dans votre navigateur
cookies-browser = Vous pouvez aussi refuser ou supprimer les cookies dans les paramètres de votre navigateur. Les pages d’aide des navigateurs courants expliquent comment procéder.
cookies-browser-effect = Si vous bloquez tous les cookies, certaines parties du site web risquent de ne plus fonctionner correctement.

cookies-contact-title = Questions
# $address is a link to the e-mail address for privacy questions.
cookies-contact = Pour toute question sur les cookies ou sur vos données, écrivez-nous à { $address }.
# $document is a link to the privacy statement, named by its title's .inline.
# FR : comme en néerlandais, .inline contient déjà le possessif (« notre … »).
cookies-privacy-link = Pour savoir comment nous traitons vos données à caractère personnel de manière générale, consultez { $document }.
cookies-changes-title = Modifications de la présente politique
cookies-changes = Nous pouvons modifier la présente politique lorsque les cookies que nous utilisons changent.
