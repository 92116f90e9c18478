## Shared wording: dates, countries, labels and the names of the things a
## project is made of. Used by both documents and by the program.

# The first day of a month is written "1er".
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

document-subtitle = Version { $version } · en vigueur à partir du { $date }
document-subtitle-unversioned = En vigueur à partir du { $date }
document-contents = Table des matières
# The foot of every printed page; $title is the document's title.
document-footer = { $title } · { $org } · version { $version } · { $date }
document-footer-unversioned = { $title } · { $org } · { $date }
document-page = Page { $page } sur { $total }
not-stated = non précisé
# Between a label in bold and what follows it ("Customers: name, e-mail").
label-separator = { "\u00A0: " }
# Shown in the title block and on every page while the project has errors.
document-draft = Brouillon — ne pas publier
# Stands where an answer is missing; $question names it (question-*).
placeholder = [À compléter : { $question }]

label-name = Nom
label-address = Adresse
label-enterprise-number = Numéro d’entreprise
label-kvk-number = Numéro d’inscription à la Chambre de commerce néerlandaise (KvK)
label-vat-number = Numéro de TVA
label-trade-names = Autres dénominations
label-group = Fait partie du groupe
label-email = E-mail
label-phone = Téléphone
label-website = Site web
label-authority = Autorité de contrôle
label-logic = Comment la décision est prise
label-profiling-logic = Fonctionnement
label-consequences = Conséquences pour vous

## Countries: EEA members, countries with an adequacy decision, and other
## common destinations of transfers.

country-AT = Autriche
country-BE = Belgique
country-BG = Bulgarie
country-HR = Croatie
country-CY = Chypre
country-CZ = Tchéquie
country-DK = Danemark
country-EE = Estonie
country-FI = Finlande
country-FR = France
country-DE = Allemagne
country-GR = Grèce
country-HU = Hongrie
country-IE = Irlande
country-IT = Italie
country-LV = Lettonie
country-LT = Lituanie
country-LU = Luxembourg
country-MT = Malte
country-NL = Pays-Bas
country-PL = Pologne
country-PT = Portugal
country-RO = Roumanie
country-SK = Slovaquie
country-SI = Slovénie
country-ES = Espagne
country-SE = Suède
country-IS = Islande
country-LI = Liechtenstein
country-NO = Norvège
country-AD = Andorre
country-AR = Argentine
country-CA = Canada
country-FO = Îles Féroé
country-GG = Guernesey
country-IL = Israël
country-IM = Île de Man
country-JP = Japon
country-JE = Jersey
country-NZ = Nouvelle-Zélande
country-KR = Corée du Sud
country-CH = Suisse
country-GB = Royaume-Uni
country-UY = Uruguay
country-US = États-Unis
country-AU = Australie
country-BR = Brésil
country-CN = Chine
country-IN = Inde
country-SG = Singapour
country-ZA = Afrique du Sud
country-TR = Turquie
country-UA = Ukraine
country-MA = Maroc

## Who the data is about.

audience-customers = clients
audience-prospects = clients potentiels
audience-website-visitors = visiteurs de notre site web
audience-newsletter-subscribers = abonnés à notre newsletter
audience-employees = membres du personnel
audience-applicants = candidats à un emploi
audience-suppliers = fournisseurs et leurs personnes de contact
audience-patients = patients
audience-members = membres
audience-volunteers = bénévoles
audience-donors = donateurs

## Kinds of personal data, each with standard examples.

data-identity = Données d’identification
    .examples = nom, prénom, date de naissance, langue
data-contact-details = Coordonnées
    .examples = adresse postale, adresse e-mail, numéro de téléphone
data-national-number = Numéro d’identification national
    .examples = numéro de Registre national ou, aux Pays-Bas, burgerservicenummer (BSN)
data-financial = Données financières
    .examples = numéro de compte bancaire, données de paiement, factures
data-transactions = Données de commande et de transaction
    .examples = ce que vous avez commandé ou acheté, quand, et comment cela vous a été livré
data-communications = Correspondance
    .examples = le contenu des e-mails, lettres et messages que vous nous adressez
data-online-identifiers = Identifiants en ligne
    .examples = adresse IP, identifiants de cookies, nom d’utilisateur
data-device-and-usage = Données relatives à l’appareil et à l’utilisation
    .examples = navigateur, système d’exploitation, pages consultées et temps passé sur chacune
data-location = Données de localisation
    .examples = position approximative, déduite de votre adresse IP ou de votre appareil
data-camera-images = Images de vidéosurveillance
    .examples = images des personnes présentes dans nos locaux, enregistrées par nos caméras de surveillance
data-images = Images
    .examples = photos et enregistrements vidéo
data-employment = Données relatives à l’emploi
    .examples = fonction, rémunération, horaires de travail, évaluations
data-education = Études et formation
    .examples = diplômes, certificats, formations suivies
data-family = Situation familiale
    .examples = état civil, enfants, personnes à charge
data-health = Données concernant la santé
    .examples = antécédents médicaux, diagnostics, traitements, prescriptions
data-ethnic-origin = Origine raciale ou ethnique
    .examples = informations qui révèlent votre origine raciale ou ethnique
data-political-opinions = Opinions politiques
    .examples = affiliation à un parti, préférences politiques
data-beliefs = Convictions religieuses ou philosophiques
    .examples = religion, croyances, convictions philosophiques
data-trade-union-membership = Appartenance syndicale
    .examples = affiliation à un syndicat
data-genetic = Données génétiques
    .examples = résultats de tests génétiques
data-biometric = Données biométriques servant à vous identifier
    .examples = empreintes digitales, gabarits de reconnaissance faciale
data-sex-life = Vie sexuelle ou orientation sexuelle
    .examples = informations sur votre vie sexuelle ou votre orientation sexuelle
data-criminal-records = Condamnations pénales et infractions
    .examples = extrait de casier judiciaire, condamnations

## Legal bases of Art. 6(1) GDPR.

basis-consent = Votre consentement (art. 6.1.a) RGPD)
basis-contract = L’exécution d’un contrat conclu avec vous, ou de mesures précontractuelles prises à votre demande (art. 6.1.b) RGPD)
basis-legal-obligation = Le respect d’une obligation légale à laquelle nous sommes soumis (art. 6.1.c) RGPD)
basis-vital-interests = La sauvegarde de vos intérêts vitaux ou de ceux d’une autre personne (art. 6.1.d) RGPD)
basis-public-task = L’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique dont nous sommes investis (art. 6.1.e) RGPD)
basis-legitimate-interests = Les intérêts légitimes que nous poursuivons ou que poursuit un tiers (art. 6.1.f) RGPD)

## The exceptions of Art. 9(2) GDPR for special categories.

art9-explicit-consent = Nous ne traitons ces données qu’avec votre consentement explicite (art. 9.2.a) RGPD).
art9-employment-law = Nous traitons ces données pour respecter nos obligations en matière de droit du travail et de droit de la sécurité sociale (art. 9.2.b) RGPD).
art9-vital-interests = Nous traitons ces données pour sauvegarder vos intérêts vitaux lorsque vous n’êtes pas en mesure de donner votre consentement (art. 9.2.c) RGPD).
art9-non-profit-members = Nous traitons ces données en tant qu’organisme à but non lucratif poursuivant une finalité politique, philosophique, religieuse ou syndicale, uniquement au sujet de nos membres, de nos anciens membres et des personnes qui entretiennent avec nous des contacts réguliers liés à cette finalité, et moyennant des garanties appropriées ; nous ne les communiquons pas en dehors de notre organisation sans votre consentement (art. 9.2.d) RGPD).
art9-made-public = Nous traitons ces données parce que vous les avez vous-même manifestement rendues publiques (art. 9.2.e) RGPD).
art9-legal-claims = Nous traitons ces données pour la constatation, l’exercice ou la défense de droits en justice (art. 9.2.f) RGPD).
art9-public-interest = Nous traitons ces données pour des motifs d’intérêt public important prévus par la loi (art. 9.2.g) RGPD).
art9-health-care = Nous traitons ces données aux fins de diagnostics médicaux, de soins ou de traitements, dans le respect du secret professionnel (art. 9.2.h) RGPD).
art9-public-health = Nous traitons ces données pour des motifs d’intérêt public dans le domaine de la santé publique (art. 9.2.i) RGPD).
art9-research = Nous traitons ces données à des fins archivistiques dans l’intérêt public, à des fins de recherche scientifique ou historique ou à des fins statistiques, dans la mesure permise par la loi et moyennant des garanties appropriées (art. 9.2.j) RGPD).
criminal-data-authorised-by = Nous ne traitons ces données que parce que la loi le permet : { $law } (art. 10 RGPD).

## Retention.

# $period is a formatted period such as "7 years"; $start says from when.
retention-for = { $period } après { $start }
retention-after-collection = la collecte
retention-after-last-contact = notre dernier contact avec vous
retention-after-end-of-contract = la fin du contrat
retention-after-end-of-financial-year = la fin de l’exercice comptable concerné
retention-after-end-of-employment = la fin de la relation de travail
retention-after-end-of-membership = la fin de l’affiliation
retention-after-end-of-application = la fin de la procédure de recrutement
retention-after-withdrawal-of-consent = le retrait de votre consentement
period-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
period-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
period-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
period-weeks = { $count ->
    [one] { $count } semaine
   *[other] { $count } semaines
}
period-months = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}
period-years = { $count ->
    [one] { $count } an
   *[other] { $count } ans
}

## Whether you must provide the data (Art. 13(2)(e)).

requirement-statutory = la communication de ces données est imposée par la loi, qui nous oblige à les traiter.
requirement-contractual = la communication de ces données est exigée par le contrat qui nous lie à vous.
requirement-needed-for-contract = nous avons besoin de ces données pour pouvoir conclure un contrat avec vous.
requirement-voluntary = la communication de ces données est facultative : c’est à vous d’en décider.
provision-consequence = Si vous ne les fournissez pas, { $consequence }
# One line of a purpose's terms that hold for one group of people only.
for-audience = Pour les { $audience } : { $text }
# A condition that holds for one purpose only.
# A purpose named with the groups a basis applies to.
purpose-for-audience = { $purpose } (pour les { $audience })
for-purpose = Pour « { $purpose } » : { $text }
art22-contract = Cette décision est permise parce qu’elle est nécessaire à la conclusion ou à l’exécution d’un contrat avec vous (art. 22.2.a) RGPD).
    .label = Nécessaire à un contrat avec la personne (a)
art22-law = Cette décision est permise parce qu’une loi l’autorise (art. 22.2.b) RGPD).
    .label = Autorisée par la loi (b)
art22-explicit-consent = Cette décision est permise parce que vous y avez explicitement consenti (art. 22.2.c) RGPD).
    .label = Consentement explicite de la personne (c)
# $controller takes the decision, under its contract with the person.
art22-contract-other = Cette décision est permise parce qu’elle est nécessaire à la conclusion ou à l’exécution d’un contrat entre vous et { $controller } (art. 22.2.a) RGPD).

## Recipients and transfers.

role-processor = Sous-traitant : agit sur nos instructions
role-controller = Responsable du traitement indépendant
role-joint-controller = Responsable conjoint du traitement, avec nous
role-authority = Autorité publique
role-group-company = Société de notre groupe
role-employer = Votre employeur
role-professional-body = Ordre professionnel ou organisme de surveillance de notre profession
role-acquirer = Acquéreur de tout ou partie de notre entreprise, en cas de cession ou de fusion
safeguard-adequacy = la Commission européenne a constaté que ce pays assure un niveau de protection adéquat des données à caractère personnel (art. 45 RGPD).
safeguard-dpf = les données sont transmises à une entreprise établie aux États-Unis et certifiée dans le cadre de protection des données UE-États-Unis (EU-US Data Privacy Framework), que la Commission européenne a jugé adéquat (art. 45 RGPD).
safeguard-scc = nous avons conclu avec le destinataire les clauses contractuelles types de la Commission européenne (art. 46.2.c) RGPD).
# $module is the module of the clauses (1 to 4), or "none" when not given.
safeguard-scc-2021 = { $module ->
    [none] nous avons conclu avec le destinataire les clauses contractuelles types de la décision d’exécution (UE) 2021/914 de la Commission (art. 46.2.c) RGPD).
   *[other] nous avons conclu avec le destinataire les clauses contractuelles types de la décision d’exécution (UE) 2021/914 de la Commission, module { $module } (art. 46.2.c) RGPD).
}
safeguard-bcr = le groupe dont fait partie le destinataire applique des règles d’entreprise contraignantes approuvées par une autorité de contrôle (art. 47 RGPD).
safeguard-derogation = le transfert repose sur une dérogation prévue pour des situations particulières (art. 49 RGPD) : { $reason }

## The questions whose answer decides a sentence, as placeholders name them.

question-dpo = avez-vous désigné un délégué à la protection des données ?
question-org-name = quel est le nom de votre organisation ?
question-email = à quelle adresse e-mail les personnes peuvent-elles vous contacter au sujet de leurs données ?
question-address = quelle est l’adresse de votre organisation ?
question-country = dans quel pays votre organisation est-elle établie ?
channel-web-form = formulaires en ligne
channel-email = e-mail
channel-phone = téléphone
channel-post = courrier postal
channel-in-person = en personne dans nos locaux
channel-app = notre application
channel-server-logs = les journaux du serveur de notre site web
channel-social-media = réseaux sociaux
channel-email-tracking = l’ouverture de nos e-mails et les clics sur leurs liens
question-camera-purpose = à quoi servent vos caméras de surveillance ?
question-safeguard = quelle garantie s’applique à ce transfert ?
question-phone = quel est votre numéro de téléphone ?
question-camera-basis = sur quelle base juridique utilisez-vous les caméras ?
question-arrangement = quelles sont les grandes lignes de votre accord avec ce responsable conjoint du traitement ?
question-art22-ground = quelle exception de l’art. 22.2 RGPD autorise cette décision ?
question-art22-significant = cette décision produit-elle des effets juridiques vous concernant, ou vous affecte-t-elle de manière significative de façon similaire ?
question-data-categories = quelles catégories de données à caractère personnel traitez-vous ?
question-purposes = pourquoi traitez-vous des données à caractère personnel ?
question-sources = recevez-vous des données à caractère personnel d’autres sources que les personnes concernées elles-mêmes ?
question-source-public = cette source est-elle accessible au public ?
question-recipients = quelqu’un en dehors de votre organisation reçoit-il les données ?
question-transfers = des données sont-elles transférées vers un pays situé en dehors de l’EEE ?
question-automated-decisions = des décisions concernant des personnes sont-elles prises exclusivement par des moyens automatisés ?
question-security-measures = comment protégez-vous les données ?
question-children = proposez-vous des services en ligne directement aux enfants ?
question-change-notice = comment annoncez-vous les modifications de la présente déclaration ?
question-cookies = votre site web place-t-il des cookies ou des technologies similaires ?
question-cookie-consent = comment demandez-vous aux visiteurs leur consentement aux cookies ?

## Security measures (Art. 32 GDPR).

security-access-control = L’accès aux données à caractère personnel est réservé aux personnes qui en ont besoin pour leur travail.
security-encryption-in-transit = Les données à caractère personnel sont chiffrées lorsqu’elles sont transmises par internet.
security-encryption-at-rest = Les données à caractère personnel sont stockées sous forme chiffrée.
security-two-factor = Nous utilisons l’authentification à deux facteurs pour nous connecter aux systèmes qui contiennent des données à caractère personnel.
security-backups = Nous sauvegardons régulièrement les données à caractère personnel.
security-restore-tests = Nous vérifions régulièrement que les sauvegardes peuvent être restaurées.
security-updates = Nous installons les mises à jour de sécurité de nos logiciels et de nos appareils.
security-training = Les personnes qui traitent des données à caractère personnel pour notre compte sont formées à le faire avec soin.
security-confidentiality = Toute personne qui travaille avec les données est tenue à la confidentialité.
security-pseudonymisation = Lorsque c’est possible, nous pseudonymisons les données, afin qu’elles ne puissent pas être directement reliées à vous.
security-logging = Nous tenons des journaux qui nous aident à détecter les abus.
security-processor-agreements = Nous avons conclu un contrat de sous-traitance avec chacun de nos sous-traitants.

## Cookies: categories, parties, storage and durations.

category-necessary = Cookies strictement nécessaires
    .description = Ils sont indispensables pour fournir le site web ou un service que vous demandez.
category-functional = Cookies fonctionnels
    .description = Ils retiennent les choix que vous faites sur le site web.
category-analytics = Cookies analytiques
    .description = Ils nous montrent comment les visiteurs utilisent le site web, afin que nous puissions l’améliorer.
category-marketing = Cookies marketing
    .description = Ils servent à la publicité et à en mesurer l’efficacité, et peuvent suivre votre navigation d’un site web à l’autre.
category-social-media = Cookies de réseaux sociaux
    .description = Ils accompagnent les contenus ou les boutons des réseaux sociaux et permettent à ces entreprises de vous reconnaître.
category-other = Autres cookies
    .description = Ils servent des finalités qui ne relèvent d’aucune des catégories ci-dessus ; la liste ci-dessous précise à quoi sert chacun d’eux.
category-unclassified = Cookies non encore classés
    .description = Nous sommes encore en train de déterminer à quoi servent ces cookies.
category-analytics-exempt = Ils n’ont que peu ou pas d’incidence sur votre vie privée ; c’est pourquoi la loi néerlandaise nous permet de les placer sans votre consentement (art. 11.7a, paragraphe 3, point b), de la Telecommunicatiewet, la loi néerlandaise sur les télécommunications).
category-needs-consent = Nous ne les plaçons qu’avec votre consentement.
category-no-consent = Ils ne nécessitent pas votre consentement.
party-first = placé par nous (cookie propriétaire)
# A table row that stands for all cookies of a provider that does not name them.
cookie-names-unknown = Tous les cookies de { $provider } (le fournisseur n’en communique pas les noms)
party-third = placé par un tiers
storage-cookie = cookie
storage-local = stockage local
storage-session = stockage de session
storage-pixel = pixel
duration-session = jusqu’à la fermeture de votre navigateur
# $longest and $shortest are durations such as "2 years".
duration-up-to = jusqu’à { $longest }
duration-between = entre { $shortest } et { $longest }
duration-session-or-up-to = jusqu’à la fermeture de votre navigateur, ou jusqu’à { $longest }
duration-persistent = jusqu’à ce que vous le supprimiez

## Table headings.

column-purpose = Finalité
column-data = Données à caractère personnel
column-legal-basis = Base juridique
column-retention = Durée de conservation
column-recipient = Destinataire
column-service = Service fourni
# A recipient's place of processing when the provider names no country.
country-outside-eea-unstated = un pays situé hors de l’EEE, que le fournisseur ne précise pas
# A recipient's company seat, when the data is processed elsewhere.
recipient-seat = Siège : { $country }
recipient-purposes = Reçoit des données aux fins suivantes : { $purposes }
column-role = Rôle
column-location = Lieu de traitement
column-cookie = Nom
column-provider = Fournisseur
column-duration = Durée

## Notes about a built document, shown to the user (not in the document).

notice-untranslated-answer = La réponse « { $field } » n’a pas de texte dans cette langue ; le texte en { $used } a été utilisé.
notice-unknown-country = Le code pays « { $code } » n’est pas connu de policywright ; le code lui-même a été utilisé.
text-issue-fallback = Le texte « { $id } » manque en « { $locale } » ; le texte anglais a été utilisé.
text-issue-missing = Le texte « { $id } » manque dans toutes les langues.
text-issue-formatting = Le texte « { $id } » en « { $locale } » n’a pas pu être complété : { $detail }

# What an export says about one document: $document is its file name without extension, $locale its language code.
export-notice = { $document } ({ $locale }) : { $notice }
# $address is the web address where the organisation publishes its cookie policy.
export-cookie-policy-elsewhere = Aucune politique en matière de cookies n’a été rédigée : la vôtre est publiée à l’adresse { $address }, et la déclaration de confidentialité y renvoie.
