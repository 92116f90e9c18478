## Shared wording: dates, countries, labels and the names of the things a
## project is made of. Used by both documents and by the program.

# The first day of a month is written "1er".
# Toute date des documents : $date est « En vigueur à partir du » (étape
# « Vérifier et exporter »), affiché dans le sous-titre, le pied de page et
# privacy-changes-effective. Sert aussi aux dates dans les messages du
# programme. $month est l’un des messages month-1 à month-12.
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

## Le cadre autour des sections des deux documents : bloc de titre, table des
## matières, pied de page, et les textes qui remplacent les réponses
## manquantes.
# Sous le titre des deux documents (et comme sujet du PDF) quand « Version »
# (étape « Vérifier et exporter ») est rempli.
document-subtitle = Version { $version } · en vigueur à partir du { $date }
# À la place de document-subtitle quand « Version » est vide.
document-subtitle-unversioned = En vigueur à partir du { $date }
# Le titre de la table des matières, dans l’export HTML seulement.
document-contents = Table des matières
# The foot of every printed page; $title is the document's title.
# Dans le PDF, quand « Version » est rempli. Tant que le document est un
# brouillon, document-draft en majuscules le précède.
document-footer = { $title } · { $org } · version { $version } · { $date }
# À la place de document-footer quand « Version » est vide.
document-footer-unversioned = { $title } · { $org } · { $date }
# Dans le pied de chaque page du PDF, à droite.
document-page = Page { $page } sur { $total }
# Figure dans la déclaration de confidentialité et la politique en matière de
# cookies là où une réponse est vide : base juridique ou durée de conservation
# d’une finalité (tableau des finalités), intérêt légitime (« Nos intérêts
# légitimes »), rôle ou lieu de traitement d’un destinataire (tableau des
# destinataires), durée d’un cookie (tableaux des cookies).
not-stated = non précisé
# Between a label in bold and what follows it ("Customers: name, e-mail").
# Utilisé partout où un nom en gras est suivi de son texte : listes des types
# de données, groupes, droits, intérêts légitimes, obligations de fournir,
# responsables conjoints, transferts et types de cookies.
label-separator = { "\u00A0: " }
list-separator = { "\u00A0; " }
# Des possibilités dans une phrase : $items sont toutes sauf la dernière,
# séparées par des virgules.
list-or = { $items } ou { $last }
# "yes" quand le texte qui suit un libellé et ses deux-points commence par
# une minuscule (« Pour les clients : l’exécution d’un contrat »), "no" quand
# il garde sa majuscule (l’allemand, pour ses noms).
label-continues-lowercase = yes
# Shown in the title block and on every page while the project has errors.
# C’est-à-dire tant que l’étape « Vérifier et exporter » signale des erreurs.
# En HTML, il figure en haut et à la fin ; dans le PDF, dans le bloc de titre
# et, en majuscules, dans le pied de chaque page.
document-draft = Brouillon — ne pas publier
# Stands where an answer is missing; $question names it (question-*).
# Dans les deux documents, partout où manque une réponse dont une phrase a
# besoin ; le document est alors un brouillon.
placeholder = [À compléter : { $question }]

## Libellés des blocs de coordonnées de la déclaration de confidentialité :
## l’organisation (« Qui est responsable de vos données ? »), le contact pour
## la protection des données, le représentant, le DPO, le contact pour les
## plaintes, et l’autorité de contrôle (« Plaintes »).
# Dans chaque bloc de coordonnées sauf celui de l’autorité ; pour
# l’organisation, « Nom de l’organisation » suivi de sa « Forme juridique »
# (étape « Votre organisation »).
label-name = Nom
# L’adresse de l’organisation (toujours ; un espace à compléter tant que rue,
# code postal et commune sont vides), l’adresse d’un contact quand le projet
# en donne une, l’adresse de l’autorité.
label-address = Adresse
# Pour l’organisation, quand « Numéro d’entreprise » est rempli et que le
# « Pays » n’est pas les Pays-Bas.
label-enterprise-number = Numéro d’entreprise
# À la place de label-enterprise-number quand le « Pays » est les Pays-Bas.
label-kvk-number = Numéro d’inscription à la Chambre de commerce néerlandaise (KvK)
# Pour l’organisation, quand « Numéro de TVA » est rempli.
label-vat-number = Numéro de TVA
# Pour l’organisation, quand « Noms commerciaux et marques (facultatif) » est
# rempli.
label-trade-names = Autres dénominations
# Pour l’organisation, quand « Groupe de sociétés (facultatif) » est rempli.
label-group = Fait partie du groupe
# L’« Adresse e-mail » de l’organisation (toujours ; un espace à compléter
# tant qu’elle est vide), l’adresse e-mail d’un contact si elle est donnée,
# celle de l’autorité.
label-email = E-mail
# Le « Téléphone » de l’organisation et celui d’un contact, s’ils sont donnés,
# et celui de l’autorité.
label-phone = Téléphone
# Les « Sites web » de l’organisation, s’ils sont donnés, et le site web de
# l’autorité.
label-website = Site web
# Le nom de l’autorité de contrôle, section « Plaintes », quand policywright
# connaît l’autorité du « Pays » ou que le fichier du projet en désigne une.
label-authority = Autorité de contrôle
## Libellés de la section « Décisions automatisées et profilage » de la
## déclaration de confidentialité, devant les réponses à « Comment la décision
## est-elle prise ? » et « Qu’est-ce que cela signifie pour la personne ? »
## (étape « Finalités »).
# Pour une décision ayant des effets juridiques ou des effets tout aussi
# importants.
label-logic = Comment la décision est prise
# Pour un profilage sans de tels effets.
label-profiling-logic = Fonctionnement
# Pour les deux.
label-consequences = Conséquences pour vous

## Countries: EEA members, countries with an adequacy decision, and other
## common destinations of transfers.
## Utilisés partout où un pays est nommé : dans les adresses, dans le tableau
## des destinataires (column-location, recipient-seat), dans la liste des
## transferts, comme $country (complaint-authority-unknown), et dans les
## listes de pays de l’assistant.

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
## Les groupes cochés sous « De qui traitez-vous des données ? » (étape
## « Personnes et données ») ; aussi les libellés de ces cases. Dans la
## déclaration de confidentialité : dans purpose-concerns et for-audience
## (tableau des finalités), dans purpose-for-audience (section « Votre droit
## d’opposition »), et en début de ligne dans la liste qui suit
## privacy-profiles, où le programme met la première lettre en majuscule.
## Ailleurs, ils figurent au milieu d’une phrase.

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
## Les types cochés sous « Quels types de données à caractère personnel ? »
## (étape « Personnes et données ») ; aussi les libellés de ces cases. Le nom
## apparaît dans la déclaration de confidentialité dans la liste de « Quelles
## données à caractère personnel traitons-nous ? » (types sensibles dans
## « Données sensibles », data-criminal-records dans « Données relatives aux
## condamnations pénales »), dans le tableau des finalités (column-data), dans
## la liste des sources et dans profile-data.
## .examples n’est pas imprimé d’ici : quand un type est coché, l’assistant le
## copie, dans chaque langue de publication des documents, dans le projet
## comme « Exemples cités dans les documents », que le propriétaire peut
## modifier ou vider ; les documents impriment les exemples du projet. Une
## traduction modifiée ne vaut donc que pour les types cochés ensuite.

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
# Non proposé dans l’assistant : ajouté, avec les .examples écrits ici, à la
# fin de la liste de « Quelles données à caractère personnel traitons-nous ? »
# quand « Nous utilisons des caméras de surveillance dans nos locaux » est
# coché (étape « Personnes et données »).
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
## Les réponses à « Qu’est-ce qui vous autorise à les utiliser ? » (étape
## « Finalités »), aussi les libellés de ces choix dans l’assistant. Dans la
## déclaration de confidentialité : la colonne base juridique du tableau des
## finalités (column-legal-basis), par finalité et, avec for-audience, par
## groupe ; et $basis dans cameras-basis pour « Qu’est-ce qui vous autorise à
## utiliser les caméras ? » (sauf l’intérêt légitime, dit là avec
## cameras-basis-legitimate-interests).

basis-consent = Votre consentement (art. 6.1.a RGPD)
basis-contract = L’exécution d’un contrat conclu avec vous, ou de mesures précontractuelles prises à votre demande (art. 6.1.b RGPD)
basis-legal-obligation = Le respect d’une obligation légale à laquelle nous sommes soumis (art. 6.1.c RGPD)
basis-vital-interests = La sauvegarde de vos intérêts vitaux ou de ceux d’une autre personne (art. 6.1.d RGPD)
basis-public-task = L’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique dont nous sommes investis (art. 6.1.e RGPD)
basis-legitimate-interests = Les intérêts légitimes que nous poursuivons ou que poursuit un tiers (art. 6.1.f RGPD)

## The exceptions of Art. 9(2) GDPR for special categories.
## Déclaration de confidentialité, section « Données sensibles » : sous un
## type sensible dont « Autorisé parce que : » (étape « Personnes et
## données ») a une réponse, et avec for-purpose en dessous pour une finalité
## qui a choisi une autre exception (« Exception pour « … » dans cette
## finalité », étape « Finalités »). Les libellés de ces choix dans
## l’assistant sont les messages app-art9-* de app.ftl.

art9-explicit-consent = Nous ne traitons ces données qu’avec votre consentement explicite (art. 9.2.a RGPD).
art9-employment-law = Nous traitons ces données pour respecter nos obligations en matière de droit du travail et de droit de la sécurité sociale (art. 9.2.b RGPD).
art9-vital-interests = Nous traitons ces données pour sauvegarder vos intérêts vitaux lorsque vous n’êtes pas en mesure de donner votre consentement (art. 9.2.c RGPD).
art9-non-profit-members = Nous traitons ces données en tant qu’organisme à but non lucratif poursuivant une finalité politique, philosophique, religieuse ou syndicale, uniquement au sujet de nos membres, de nos anciens membres et des personnes qui entretiennent avec nous des contacts réguliers liés à cette finalité, et moyennant des garanties appropriées ; nous ne les communiquons pas en dehors de notre organisation sans votre consentement (art. 9.2.d RGPD).
art9-made-public = Nous traitons ces données parce que vous les avez vous-même manifestement rendues publiques (art. 9.2.e RGPD).
art9-legal-claims = Nous traitons ces données pour la constatation, l’exercice ou la défense de droits en justice (art. 9.2.f RGPD).
art9-public-interest = Nous traitons ces données pour des motifs d’intérêt public important prévus par la loi (art. 9.2.g RGPD).
art9-health-care = Nous traitons ces données aux fins de diagnostics médicaux, de la prise en charge sanitaire ou de traitements, ou de la gestion des systèmes et des services de soins de santé, par un professionnel soumis au secret professionnel ou sous sa responsabilité (art. 9.2.h et 9.3 RGPD).
art9-public-health = Nous traitons ces données pour des motifs d’intérêt public dans le domaine de la santé publique (art. 9.2.i RGPD).
art9-research = Nous traitons ces données à des fins archivistiques dans l’intérêt public, à des fins de recherche scientifique ou historique ou à des fins statistiques, dans la mesure permise par la loi et moyennant des garanties appropriées (art. 9.2.j RGPD).
# Déclaration de confidentialité, section « Données relatives aux
# condamnations pénales » : sous « Condamnations pénales et infractions »
# quand « Quelle loi vous autorise à traiter ces données ? » (étape
# « Personnes et données ») est rempli, et avec for-purpose pour la « Loi qui
# autorise « … » dans cette finalité » propre à une finalité (étape
# « Finalités ») ; $law est cette réponse.
criminal-data-authorised-by = Nous ne traitons ces données que parce que la loi le permet : { $law } (art. 10 RGPD).

## Retention.
## Déclaration de confidentialité, la colonne durée de conservation du tableau
## des finalités (column-retention), selon « Combien de temps conservez-vous
## les données ? » (étape « Finalités »). Avec « une durée fixe »,
## retention-for réunit la durée (period-*) et le moment choisi après
## « après » (retention-after-*, aussi les libellés de ces choix dans
## l’assistant) ; avec « cela dépend d’un critère », le texte du propriétaire
## est imprimé à la place, et not-stated tant qu’il n’y a pas de réponse.
## period-* donne aussi la durée des cookies dans la politique en matière de
## cookies (column-duration).

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
# Seulement pour la durée des cookies (politique en matière de cookies) ;
# minutes et heures ne sont jamais une durée de conservation.
period-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
# Seulement pour la durée des cookies (politique en matière de cookies).
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
## Déclaration de confidentialité, section « Devez-vous nous fournir vos
## données ? » : une ligne par finalité (ou groupe) pour laquelle « Les
## personnes doivent-elles fournir ces données ? » (étape « Finalités ») a une
## réponse ; requirement-* suit la réponse, et l’assistant l’affiche comme
## « La déclaration de confidentialité indique : … ».

requirement-statutory = la communication de ces données est imposée par la loi.
requirement-contractual = la communication de ces données est exigée par le contrat qui nous lie à vous.
requirement-needed-for-contract = nous avons besoin de ces données pour pouvoir conclure un contrat avec vous.
requirement-voluntary = vous êtes libre de nous communiquer ou non ces données.
# Après requirement-*, quand « Que se passe-t-il si elles ne les fournissent
# pas ? » est rempli ; $consequence est cette réponse.
provision-consequence = Si vous ne les fournissez pas, { $consequence }
# One line of a purpose's terms that hold for one group of people only.
# Utilisé quand une finalité a « Une autre base pour : … » un groupe (étape
# « Finalités ») : dans la colonne base juridique du tableau des finalités,
# dans « Nos intérêts légitimes » et dans « Devez-vous nous fournir vos
# données ? ». $audience nomme ce groupe, ou les autres groupes de la
# finalité ; $text est la base, l’intérêt ou l’obligation.
for-audience = Pour les { $audience } : { $text }
# A condition that holds for one purpose only.
# A purpose named with the groups a basis applies to.
# Déclaration de confidentialité, section « Votre droit d’opposition » : une
# finalité nommée dans privacy-objection-interests, avec les groupes pour
# lesquels elle repose sur l’intérêt légitime ou une mission d’intérêt public,
# quand elle a « Une autre base pour : … ».
purpose-for-audience = { $purpose } (pour les { $audience })
# Déclaration de confidentialité, sections « Données sensibles » et « Données
# relatives aux condamnations pénales » : sous un type de données, l’exception
# ou la loi propre à une finalité ($text : art9-* ou
# criminal-data-authorised-by), pour une finalité qui en a choisi une
# (« Exception pour « … » dans cette finalité », « Loi qui autorise « … » dans
# cette finalité », étape « Finalités ») ; $purpose est le nom de la finalité.
# La ligne « A condition that holds for one purpose only. » au-dessus de
# purpose-for-audience vise ce message.
for-purpose = Pour « { $purpose } » : { $text }
## Déclaration de confidentialité, section « Décisions automatisées et
## profilage » : pour chaque décision ayant des effets juridiques ou tout
## aussi importants, l’exception choisie sous « Qu’est-ce qui autorise la
## décision ? (art. 22.2 RGPD) » (étape « Finalités ») ; un espace à compléter
## tant qu’il n’y a pas de réponse (question-art22-ground). .label est le
## libellé de ce choix dans l’assistant.
art22-contract = Cette décision est permise parce qu’elle est nécessaire à la conclusion ou à l’exécution d’un contrat avec vous (art. 22.2.a RGPD).
    .label = Nécessaire à un contrat avec la personne (a)
art22-law = Cette décision est permise parce qu’une loi l’autorise (art. 22.2.b RGPD).
    .label = Autorisée par la loi (b)
art22-explicit-consent = Cette décision est permise parce que vous y avez explicitement consenti (art. 22.2.c RGPD).
    .label = Consentement explicite de la personne (c)
# $controller takes the decision, under its contract with the person.
# À la place de art22-contract quand « Qui prend la décision, si ce n’est pas
# vous ? (facultatif) » est rempli ; $controller est cette réponse.
art22-contract-other = Cette décision est permise parce qu’elle est nécessaire à la conclusion ou à l’exécution d’un contrat entre vous et { $controller } (art. 22.2.a RGPD).

## Recipients and transfers.
## role-* : déclaration de confidentialité, la colonne rôle du tableau des
## destinataires (column-role), selon « Son rôle » (étape « Destinataires ») ;
## not-stated tant qu’il n’y a pas de réponse. safeguard-* : déclaration de
## confidentialité, la liste de la section « Transferts en dehors de l’Espace
## économique européen », après chaque destinataire hors de l’EEE, selon
## « Garantie pour le transfert » ; l’assistant affiche aussi la phrase comme
## ce que dit la déclaration. Tant qu’aucune garantie ne couvre un transfert,
## question-safeguard figure à sa place.

role-processor = Sous-traitant : agit sur nos instructions
role-controller = Responsable du traitement indépendant
role-joint-controller = Responsable conjoint du traitement, avec nous
role-authority = Autorité publique
role-group-company = Société de notre groupe
role-employer = Votre employeur
role-professional-body = Ordre professionnel ou organisme de surveillance de notre profession
role-acquirer = Acquéreur de tout ou partie de notre entreprise, en cas de cession ou de fusion
# Quand la garantie est « décision d’adéquation de la Commission européenne »,
# ou qu’aucune n’est choisie et que chaque pays nommé hors de l’EEE fait
# l’objet d’une décision d’adéquation.
safeguard-adequacy = la Commission européenne a constaté que ce pays assure un niveau de protection adéquat des données à caractère personnel (art. 45 RGPD).
# Quand la garantie est « certifié au titre du cadre de protection des données
# UE-États-Unis (EU-U.S. Data Privacy Framework) ».
safeguard-dpf = l’entreprise établie aux États-Unis qui reçoit les données ou peut y accéder est certifiée au titre du cadre de protection des données UE-États-Unis (EU-U.S. Data Privacy Framework) ; la Commission européenne a constaté que les États-Unis assurent un niveau de protection adéquat aux données transférées vers les entreprises certifiées au titre de ce cadre (décision d’adéquation du 10 juillet 2023, art. 45 RGPD).
# Quand la garantie est « clauses contractuelles types » et que « Quelles
# clauses contractuelles types ? » désigne une décision plus ancienne de la
# Commission (2001/497, 2004/915, 2010/87) ou aucune.
safeguard-scc = nous avons conclu avec le destinataire les clauses contractuelles types de la Commission européenne (art. 46.2.c RGPD).
# $module is the module of the clauses (1 to 4), or "none" when not given.
# Quand la garantie est « clauses contractuelles types » et que « Quelles
# clauses contractuelles types ? » est « Décision 2021/914 de la
# Commission » ; $module vient de « Module des clauses (1 à 4, facultatif) ».
safeguard-scc-2021 = { $module ->
    [none] nous avons conclu avec le destinataire les clauses contractuelles types de la décision d’exécution (UE) 2021/914 de la Commission (art. 46.2.c RGPD).
   *[other] nous avons conclu avec le destinataire les clauses contractuelles types de la décision d’exécution (UE) 2021/914 de la Commission, module { $module } (art. 46.2.c RGPD).
}
# Quand la garantie est « règles d’entreprise contraignantes ».
safeguard-bcr = le groupe dont fait partie le destinataire applique des règles d’entreprise contraignantes approuvées par une autorité de contrôle (art. 47 RGPD).
# Non proposé dans l’assistant : une dérogation (art. 49 RGPD) écrite dans le
# fichier du projet, avec son motif ($reason).
safeguard-derogation = le transfert repose sur une dérogation prévue pour des situations particulières (art. 49 RGPD) : { $reason }

## The questions whose answer decides a sentence, as placeholders name them.
## Chacune est placée dans placeholder là où sa réponse manque, dans l’un ou
## l’autre document. Celles qui décident d’une section entière (question-dpo,
## -data-categories, -purposes, -sources, -recipients, -transfers,
## -automated-decisions, -security-measures, -children, -change-notice,
## -cookies, -cookie-consent) y figurent seules tant qu’il n’y a pas de
## réponse.

# Déclaration de confidentialité, section « Délégué à la protection des
# données ».
question-dpo = avez-vous désigné un délégué à la protection des données ?
# Partout où $org est utilisé, et comme nom dans « Qui est responsable de vos
# données ? », tant que « Nom de l’organisation » (étape « Votre
# organisation ») est vide.
question-org-name = quel est le nom de votre organisation ?
# Partout où $email ou l’adresse e-mail pour la protection des données est
# utilisé, tant que ni « Adresse e-mail » (étape « Votre organisation ») ni
# l’adresse e-mail du contact pour la protection des données n’est remplie ;
# et dans les coordonnées de l’organisation tant que « Adresse e-mail » est
# vide.
question-email = à quelle adresse e-mail les personnes peuvent-elles vous contacter au sujet de leurs données ?
# L’adresse de l’organisation dans « Qui est responsable de vos données ? »,
# tant que rue, code postal et commune (étape « Votre organisation ») sont
# vides.
question-address = quelle est l’adresse de votre organisation ?
# Partout où $country est utilisé, tant que « Pays » (étape « Votre
# organisation ») n’est pas choisi.
question-country = dans quel pays votre organisation est-elle établie ?
## Moyens par lesquels les données arrivent : les choix de « Comment : » sous
## « Comment les données vous parviennent » (étape « Personnes et données »),
## aussi leurs libellés dans l’assistant. Dans la déclaration de
## confidentialité, ils sont énumérés comme $channels dans profile-channels,
## après le nom du groupe ou ses types de données. Chacun dit donc comment les
## données arrivent (« par e-mail »).
channel-web-form = par nos formulaires en ligne
channel-email = par e-mail
channel-phone = par téléphone
channel-post = par courrier postal
channel-in-person = en personne dans nos locaux
channel-app = par notre application
channel-server-logs = automatiquement, par les journaux du serveur de notre site web
channel-social-media = par les réseaux sociaux
channel-email-tracking = par l’ouverture de nos e-mails et les clics sur leurs liens
## Les questions nommées par les espaces à compléter, suite.
# Déclaration de confidentialité, dans cameras-purpose et dans la ligne des
# caméras de « Nos intérêts légitimes », tant que « À quoi servent les
# caméras ? » est vide.
question-camera-purpose = à quoi servent vos caméras de surveillance ?
# Déclaration de confidentialité, liste des transferts : pour un destinataire
# hors de l’EEE sans garantie couvrant le transfert (« Garantie pour le
# transfert », étape « Destinataires »).
question-safeguard = quelle garantie s’applique à ce transfert ?
# Déclaration de confidentialité, dans request-by-phone, tant que
# « Téléphone » (étape « Votre organisation ») est vide.
question-phone = quel est votre numéro de téléphone ?
# Déclaration de confidentialité, dans cameras-basis, tant que « Qu’est-ce qui
# vous autorise à utiliser les caméras ? » est sans réponse.
question-camera-basis = sur quelle base juridique utilisez-vous les caméras ?
# Déclaration de confidentialité, liste des responsables conjoints, tant que
# « Les grandes lignes de votre accord (responsables conjoints) » est vide.
question-arrangement = quelles sont les grandes lignes de votre accord avec ce responsable conjoint du traitement ?
# Déclaration de confidentialité, pour une décision, tant que « Qu’est-ce qui
# autorise la décision ? (art. 22.2 RGPD) » est sans réponse.
question-art22-ground = quelle exception de l’art. 22.2 RGPD autorise cette décision ?
# Déclaration de confidentialité, pour une décision, tant que « La décision
# a-t-elle des effets juridiques ou des effets tout aussi importants pour la
# personne … ? » est sans réponse.
question-art22-significant = cette décision produit-elle des effets juridiques vous concernant, ou vous affecte-t-elle de manière significative de façon similaire ?
# Déclaration de confidentialité, section « Quelles données à caractère
# personnel traitons-nous ? ».
question-data-categories = quelles catégories de données à caractère personnel traitez-vous ?
# Déclaration de confidentialité, section « Pourquoi nous traitons vos
# données, sur quelle base et pendant combien de temps ».
question-purposes = pourquoi traitez-vous des données à caractère personnel ?
# Déclaration de confidentialité, section « Données que nous ne recevons pas
# de vous ».
question-sources = recevez-vous des données à caractère personnel d’autres sources que les personnes concernées elles-mêmes ?
# Déclaration de confidentialité, sous une source, tant que « Cette source
# est-elle accessible au public ? » est sans réponse.
question-source-public = cette source est-elle accessible au public ?
# Déclaration de confidentialité, section « Qui reçoit vos données ? ».
question-recipients = quelqu’un en dehors de votre organisation reçoit-il les données ?
# Déclaration de confidentialité, section « Transferts en dehors de l’Espace
# économique européen ».
question-transfers = des données sont-elles transférées vers un pays situé en dehors de l’EEE ?
# Déclaration de confidentialité, section « Décisions automatisées et
# profilage ».
question-automated-decisions = des décisions concernant des personnes sont-elles prises exclusivement par des moyens automatisés ?
# Déclaration de confidentialité, section « Comment protégeons-nous vos
# données ? ».
question-security-measures = comment protégez-vous les données ?
# Déclaration de confidentialité, section « Enfants ».
question-children = proposez-vous des services en ligne directement aux enfants ?
# Les deux documents : sections « Modifications de la présente déclaration »
# et « Modifications de la présente politique », à la place de
# privacy-changes-channels. Il apparaît dans les deux documents et n’en nomme
# donc aucun.
question-change-notice = comment annoncez-vous les modifications de vos documents ?
# Déclaration de confidentialité, section « Cookies », et politique en matière
# de cookies, section « Types de cookies ».
question-cookies = votre site web place-t-il des cookies ou des technologies similaires ?
# Politique en matière de cookies, section « Votre consentement », quand un
# cookie requiert le consentement.
question-cookie-consent = comment demandez-vous aux visiteurs leur consentement aux cookies ?

## Security measures (Art. 32 GDPR).
## Déclaration de confidentialité, section « Comment protégeons-nous vos
## données ? » : une ligne par mesure cochée sous « Comment vous protégez les
## données » (étape « Contact et plaintes »), dans l’ordre où elles ont été
## cochées ; ce sont aussi les libellés des cases dans l’assistant.

security-access-control = L’accès aux données à caractère personnel est réservé aux personnes qui en ont besoin pour leur travail.
security-encryption-in-transit = Les données à caractère personnel sont chiffrées lorsqu’elles sont transmises par internet.
security-encryption-at-rest = Les données à caractère personnel sont stockées sous forme chiffrée.
security-two-factor = Nous utilisons l’authentification à deux facteurs pour nous connecter aux systèmes qui contiennent des données à caractère personnel.
security-backups = Nous sauvegardons régulièrement les données à caractère personnel.
security-restore-tests = Nous vérifions régulièrement que les sauvegardes peuvent être restaurées.
security-updates = Nous installons les mises à jour de sécurité de nos logiciels et de nos appareils.
security-training = Les membres de notre personnel qui ont accès aux données à caractère personnel sont formés à les traiter avec soin.
security-confidentiality = Toute personne qui travaille avec les données est tenue à la confidentialité.
security-pseudonymisation = Lorsque c’est possible, nous pseudonymisons les données, afin qu’elles ne puissent pas être directement reliées à vous.
security-logging = Nous tenons des journaux qui nous aident à détecter les abus.
security-processor-agreements = Nous avons conclu un contrat de sous-traitance avec chacun de nos sous-traitants.

## Cookies: categories, parties, storage and durations.
## Tout ceci figure dans la politique en matière de cookies. category-* : les
## types de cookies, choisis pour chaque cookie à l’étape « Cookies » (aussi
## les libellés de ce choix). Chaque type utilisé reçoit une ligne dans
## « Types de cookies » (nom, .description et une phrase sur le consentement)
## et sert d’intertitre à son tableau dans « Liste des cookies ».

category-necessary = Cookies strictement nécessaires
    .description = Sans eux, nous ne pouvons pas vous fournir un service que vous avez expressément demandé.
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
# Pour les cookies dont le type n’est pas encore choisi (un nouveau cookie
# commence ainsi).
category-unclassified = Cookies non encore classés
    .description = Nous sommes encore en train de déterminer à quoi servent ces cookies.
# Après la description des cookies analytiques, quand le « Pays » est les
# Pays-Bas et que « Nos cookies analytiques n’ont que peu ou pas d’incidence
# sur la vie privée et sont placés sans consentement » (étape « Cookies ») est
# coché.
category-analytics-exempt = Ils n’ont que peu ou pas d’incidence sur votre vie privée ; c’est pourquoi la loi néerlandaise nous permet de les placer sans votre consentement (art. 11.7a, paragraphe 3, point b, de la Telecommunicatiewet, la loi néerlandaise sur les télécommunications).
# Après la description de chaque autre type qui requiert le consentement,
# seulement quand « Comment demandez-vous leur consentement aux visiteurs ? »
# est « Par un bandeau, avant que les cookies soient placés » ; avec une autre
# réponse, rien n’est dit.
category-needs-consent = Nous ne les plaçons qu’avec votre consentement.
# Après la description des cookies strictement nécessaires.
category-no-consent = Ils ne nécessitent pas votre consentement.
# Tableaux des cookies, colonne fournisseur (column-provider), quand « une
# autre entreprise (tiers) » n’est pas coché. Le fournisseur (« Placé par »,
# ou le nom de l’organisation s’il est vide) figure au-dessus, le « Domaine
# (facultatif) » en dessous.
party-first = cookie propriétaire (enregistré sous notre nom de domaine)
# A table row that stands for all cookies of a provider that does not name them.
# Tableaux des cookies, colonne nom (column-cookie), quand « Le fournisseur ne
# donne pas le nom de ses cookies : cette ligne les représente tous » est
# coché ; $provider est « Placé par ».
cookie-names-unknown = Tous les cookies de { $provider } (le fournisseur n’en communique pas les noms)
# Tableaux des cookies, colonne fournisseur, quand « une autre entreprise
# (tiers) » est coché.
party-third = placé par un tiers
# Jamais affiché dans un document : rien n’est ajouté sous le nom d’un cookie
# ordinaire.
storage-cookie = cookie
# Tableaux des cookies, colonne nom, sous le nom, pour le stockage local.
# L’assistant n’a pas de champ pour le type de stockage : il est inscrit dans
# le fichier du projet (cookies[].storage), ou vient d’un service du catalogue
# qui l’indique (aucun ne le fait encore).
storage-local = stockage local
# Comme storage-local, pour le stockage de session.
storage-session = stockage de session
# Comme storage-local, pour un pixel.
storage-pixel = pixel
# Tableaux des cookies, colonne durée (column-duration), quand la « Durée » du
# cookie est « jusqu’à la fermeture du navigateur ».
duration-session = jusqu’à la fermeture de votre navigateur
# $longest and $shortest are durations such as "2 years".
# Colonne durée, quand la « Durée » est donnée comme « au maximum ».
duration-up-to = jusqu’à { $longest }
# Colonne durée, quand la « Durée » est donnée comme « entre … et … ».
duration-between = entre { $shortest } et { $longest }
# Colonne durée, quand la « Durée » est donnée comme « jusqu’à la fermeture du
# navigateur, ou au maximum ».
duration-session-or-up-to = jusqu’à la fermeture de votre navigateur, ou jusqu’à { $longest }
# Colonne durée, quand la « Durée » est « jusqu’à sa suppression ».
duration-persistent = jusqu’à ce que vous le supprimiez

## Table headings.
## Déclaration de confidentialité : le tableau des finalités a column-purpose,
## column-data, column-legal-basis et column-retention ; le tableau des
## destinataires a column-recipient, column-service, column-role et
## column-location. Politique en matière de cookies : chaque tableau de
## cookies a column-cookie, column-provider, column-purpose et
## column-duration. Les titres d’un tableau figurent chaque fois que le
## tableau est affiché.

column-purpose = Finalité
column-data = Données à caractère personnel
column-legal-basis = Base juridique
column-retention = Durée de conservation
column-recipient = Destinataire
column-service = Service fourni
# A recipient's place of processing when the provider names no country.
# Déclaration de confidentialité, tableau des destinataires (column-location)
# et liste des transferts, quand « Le fournisseur indique que les données
# peuvent aussi être traitées hors de l’EEE, sans préciser dans quels pays »
# est coché (étape « Destinataires »).
country-outside-eea-unstated = un pays situé hors de l’EEE, que le fournisseur ne précise pas
# A recipient's company seat, when the data is processed elsewhere.
# Déclaration de confidentialité, tableau des destinataires, column-location,
# quand « Siège de l’entreprise : » désigne un pays (étape « Destinataires »).
recipient-seat = Siège : { $country }
# Déclaration de confidentialité, tableau des destinataires, column-service,
# sous la réponse à « Que fait-il des données ? », quand des finalités sont
# cochées sous « Pour quelles finalités ce destinataire reçoit-il des
# données ? » (étape « Destinataires »).
recipient-purposes = { $count ->
    [one] Finalité : { $purposes }
   *[other] Finalités : { $purposes }
}
column-role = Rôle
column-location = Lieu de traitement
column-cookie = Nom
column-provider = Fournisseur
column-duration = Durée

## Notes about a built document, shown to the user (not in the document).

# Quand une réponse n’a pas de texte dans la langue du document et que le
# texte d’une autre langue a été utilisé ; $field nomme la réponse, $used la
# langue.
notice-untranslated-answer = La réponse « { $field } » n’a pas de texte dans cette langue ; le texte en { $used } a été utilisé.
# Quand le projet désigne un code de pays pour lequel il n’existe pas de
# message country-*.
notice-unknown-country = Le code pays « { $code } » n’est pas connu de policywright ; le code lui-même a été utilisé.
# Quand un message des documents manque dans une langue et que le message
# anglais a été utilisé.
text-issue-fallback = Le texte « { $id } » manque en « { $locale } » ; le texte anglais a été utilisé.
# Quand un message manque dans toutes les langues.
text-issue-missing = Le texte « { $id } » manque dans toutes les langues.
# Quand un message ne peut pas être complété, par exemple parce qu’il utilise
# une variable que le programme ne lui donne pas ; $detail dit pourquoi.
text-issue-formatting = Le texte « { $id } » en « { $locale } » n’a pas pu être complété : { $detail }

# What an export says about one document: $document is its file name without extension, $locale its language code.
export-notice = { $document } ({ $locale }) : { $notice }
# $address is the web address where the organisation publishes its cookie policy.
# Signalé à l’export quand « Votre politique en matière de cookies est-elle
# publiée ailleurs ? Son adresse web (facultatif) » (étape « Cookies ») est
# rempli.
export-cookie-policy-elsewhere = Aucune politique en matière de cookies n’a été rédigée : la vôtre est publiée à l’adresse { $address }, et la déclaration de confidentialité y renvoie.

## Erreurs dans un fichier .ftl d’un traducteur, affichées par « policywright
## i18n check », en ligne de commande avec --i18n, et en haut de la fenêtre
## de l’assistant lorsqu’il suit un dossier de textes.

# $file, $line et $column indiquent où se trouve l’erreur ; $problem est l’un
# des messages ftl-* ci-dessous.
ftl-syntax-error = { $file }:{ $line }:{ $column } : { $problem }
# $line et $column indiquent où se trouve l’accolade { non fermée.
ftl-unclosed = il manque ici un « {"}"} » pour fermer le « {"{"} » ouvert à la ligne { $line }, colonne { $column }.
ftl-unopened-brace = ce « {"}"} » ne ferme rien : il manque un « {"{"} » avant lui, ou il est en trop.
# $expected est le caractère attendu à cet endroit du fichier.
ftl-expected = « { $expected } » attendu ici.
ftl-no-text = le message n’a pas de texte après son « = ».
ftl-no-default-variant = un choix doit avoir une variante marquée d’un * comme variante par défaut, par exemple *[other].
ftl-several-default-variants = un choix ne peut marquer qu’une seule variante d’un * comme variante par défaut.
ftl-unterminated-string = un texte entre guillemets n’est pas fermé par " sur sa ligne.
# $detail est la description du parseur Fluent lui-même, en anglais.
ftl-other = ce n’est pas du Fluent valide ({ $detail }).

# Après un export, quand sa trace à côté du projet n’a pas pu être écrite ; $path est le dossier d’historique, $reason la raison.
export-history-failed = L’export n’a pas été consigné dans { $path } : { $reason }
