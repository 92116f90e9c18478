## La déclaration de confidentialité. Arguments que chaque message peut utiliser :
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

# Titre de la déclaration de confidentialité. Toujours affiché.
# En tête de la déclaration (et comme titre de la page de l’export HTML), et
# comme $title dans le pied de chaque page du PDF (document-footer dans
# common.ftl). .inline est le titre au milieu d’une phrase : la politique en
# matière de cookies renvoie à la déclaration avec lui (cookies-privacy-link).
privacy-title = Déclaration de confidentialité
    .inline = notre déclaration de confidentialité

## Section « À propos de la présente déclaration », la première de la
## déclaration de confidentialité. Toujours affichée, avec ses deux
## paragraphes.
privacy-introduction-title = À propos de la présente déclaration
privacy-introduction = La présente déclaration explique comment { $org } traite vos données à caractère personnel : quelles données nous collectons, pourquoi, sur quelle base juridique, qui les reçoit, combien de temps nous les conservons et de quels droits vous disposez.
# $country-code is the controller's country as a code ("BE", "NL").
# La variante suit la réponse à « Pays » (étape « Votre organisation ») : [BE]
# Belgique, [NL] Pays-Bas, [other] tout autre pays, ou aucun pays encore
# choisi.
privacy-introduction-terms = { $country-code ->
    [BE] Par la présente déclaration, nous vous informons de l’utilisation que nous faisons de vos données à caractère personnel (articles 13 et 14 du règlement général sur la protection des données, RGPD, règlement (UE) 2016/679). Outre le RGPD, nous sommes soumis à la loi belge du 30 juillet 2018 relative à la protection des personnes physiques à l’égard des traitements de données à caractère personnel. Les mots « nous », « notre » et « nos » désignent { $org }.
    [NL] Par la présente déclaration, nous vous informons de l’utilisation que nous faisons de vos données à caractère personnel (articles 13 et 14 du règlement général sur la protection des données, RGPD, règlement (UE) 2016/679). Outre le RGPD, nous sommes soumis à l’Uitvoeringswet AVG (UAVG), la loi néerlandaise d’exécution du RGPD. Les mots « nous », « notre » et « nos » désignent { $org }.
   *[other] Par la présente déclaration, nous vous informons de l’utilisation que nous faisons de vos données à caractère personnel (articles 13 et 14 du règlement général sur la protection des données, RGPD, règlement (UE) 2016/679). Les mots « nous », « notre » et « nos » désignent { $org }.
}

## Section « Qui est responsable de vos données ? ». Toujours affichée :
## privacy-controller, puis les coordonnées de l’organisation telles que
## répondues à l’étape « Votre organisation » (messages label-* de
## common.ftl), puis privacy-contact (plus bas dans ce fichier) s’il
## s’applique.
privacy-controller-title = Qui est responsable de vos données ?
privacy-controller = { $org } est le responsable du traitement de vos données à caractère personnel : c’est nous qui déterminons pourquoi et comment elles sont traitées. Vous pouvez nous joindre aux coordonnées suivantes.

## Section « Notre représentant dans l’Union européenne ». Affichée seulement
## quand le projet désigne un représentant dans l’UE (art. 27 RGPD).
## L’assistant n’a pas de champ pour cela : il est inscrit dans le fichier du
## projet (organisation.representative). Le nom et les coordonnées du
## représentant suivent privacy-representative.
privacy-representative-title = Notre représentant dans l’Union européenne
privacy-representative = Comme nous sommes établis en dehors de l’Union européenne, nous avons désigné un représentant dans l’Union (art. 27 RGPD). Vous pouvez vous adresser à ce représentant pour toute question concernant vos données.
## Section « Lorsque nous traitons des données pour nos clients ». Affichée
## seulement quand « Ce que vous faites pour vos clients en tant que
## sous-traitant (facultatif) » est rempli (étape « Votre organisation ») ;
## cette réponse suit privacy-processor en un paragraphe distinct, telle
## qu’elle est écrite.
privacy-processor-title = Lorsque nous traitons des données pour nos clients
privacy-processor = Pour une partie de nos activités, nous traitons des données à caractère personnel pour le compte de nos clients, en qualité de sous-traitant (art. 28 RGPD). Pour ces données, c’est notre client qui est le responsable du traitement : la présente déclaration ne s’y applique pas, c’est la déclaration de confidentialité du client qui s’applique.

## Section « Délégué à la protection des données ». Toujours affichée. Tant
## que « Avez-vous désigné un délégué à la protection des données (DPO) ? »
## (étape « Contact et plaintes ») est sans réponse, elle ne contient qu’un
## espace à compléter qui nomme la question (question-dpo dans common.ftl).
privacy-dpo-title = Délégué à la protection des données
# Affiché quand la réponse est « Oui » ; le nom et l’adresse e-mail du DPO
# suivent.
privacy-dpo = Nous avons désigné un délégué à la protection des données, qui veille à la manière dont nous traitons les données à caractère personnel. Vous pouvez contacter directement notre délégué à la protection des données pour toute question relative à vos données ou à vos droits.
# Affiché quand la réponse est « Non ». La réponse à « Pourquoi pas ?
# (facultatif) » suit en un paragraphe distinct, telle qu’elle est écrite, si
# elle est donnée.
privacy-dpo-none = Nous n’avons pas désigné de délégué à la protection des données.
## Section « Qui est responsable de vos données ? », suite : ce message se
## trouve ici dans le fichier, mais apparaît dans cette section, après les
## coordonnées de l’organisation.
# Affiché quand « Contact pour la protection des données » est rempli (étape
# « Contact et plaintes ») ; le nom et l’adresse e-mail de ce contact suivent.
privacy-contact = Pour toute question concernant vos données à caractère personnel, vous pouvez vous adresser à :

## Section « Quelles données à caractère personnel traitons-nous ? ». Toujours
## affichée. Tant qu’aucun type n’est coché sous « Quels types de données à
## caractère personnel ? » (étape « Personnes et données »), elle ne contient
## qu’un espace à compléter (question-data-categories).
privacy-data-title = Quelles données à caractère personnel traitons-nous ?
# Toujours le premier paragraphe de la section. La liste qui suit reprend les
# types cochés qui ne sont ni des données sensibles ni des données pénales
# (data-* dans common.ftl, avec les exemples du projet), plus « Images de
# vidéosurveillance » (data-camera-images) quand des caméras sont utilisées.
privacy-data = Selon la relation que vous entretenez avec nous, nous traitons les catégories de données à caractère personnel suivantes.
# Affiché quand « Comment les données vous parviennent » (étape « Personnes et
# données ») est rempli pour au moins un groupe ; suit une liste d’une ligne
# par groupe : son nom (audience-* dans common.ftl), puis profile-data et
# profile-channels.
privacy-profiles = Voici comment nous recevons vos données :
# $data énumère des types de données. Dans cette liste, pour un groupe avec
# des types cochés et aucun moyen coché sous « Comment : ».
profile-data = { $data }.
# $channels sont les messages channel-*, reliés par « ou ». Dans cette liste,
# pour un groupe avec seulement des moyens cochés et aucun type de données.
profile-channels = Nous recevons leurs données { $channels }.
# Dans cette liste, pour un groupe avec des types et des moyens cochés ;
# $channels sont les messages channel-*, reliés par « ou ».
profile-data-channels = { $data } ; nous les recevons { $channels }.

## Section « Données sensibles ». Affichée seulement quand un type sensible
## (santé, convictions, … : art. 9 RGPD) est coché sous « Quels types de
## données à caractère personnel ? » (étape « Personnes et données »).
## privacy-special-data est suivi de chaque type sensible avec l’exception
## choisie sous « Autorisé parce que : » (art9-* dans common.ftl).
privacy-special-data-title = Données sensibles
privacy-special-data = La loi accorde à certaines données une protection renforcée (art. 9 RGPD). Nous ne traitons les données sensibles ci-dessous que lorsque la loi le permet, pour le motif indiqué.

## Section « Données relatives aux condamnations pénales ». Affichée seulement
## quand « Condamnations pénales et infractions » est coché sous « Quels types
## de données à caractère personnel ? » (étape « Personnes et données »).
## privacy-criminal-data est suivi de ce type et, si « Quelle loi vous
## autorise à traiter ces données ? » a une réponse, de
## criminal-data-authorised-by (common.ftl).
privacy-criminal-data-title = Données relatives aux condamnations pénales
privacy-criminal-data = Nous ne traitons des données relatives aux condamnations pénales et aux infractions que lorsqu’une loi le permet (art. 10 RGPD).

## Section « Données que nous ne recevons pas de vous ». Tant que
## « Recevez-vous des données à caractère personnel d’autres sources que les
## personnes elles-mêmes ? » (étape « Personnes et données ») est sans
## réponse, elle ne contient qu’un espace à compléter (question-sources). Avec
## « Oui » et au moins une source, privacy-sources est suivi de la liste des
## sources (voir source-public plus bas) ; avec « Non, tout vient des
## personnes elles-mêmes », la section est omise.
privacy-sources-title = Données que nous ne recevons pas de vous
privacy-sources = Certaines de vos données ne proviennent pas directement de vous. Nous les recevons des sources suivantes.

## Section « Vidéosurveillance ». Affichée seulement quand « Nous utilisons
## des caméras de surveillance dans nos locaux » est coché (étape « Personnes
## et données »). Ses paragraphes suivent l’ordre des messages cameras-*
## ci-dessous.
# Désigne aussi la vidéosurveillance comme s’il s’agissait d’une finalité,
# quand les caméras reposent sur l’intérêt légitime (ou une mission d’intérêt
# public) : dans la liste « Nos intérêts légitimes » et parmi les finalités de
# privacy-objection-interests. Le titre doit aussi s’y lire correctement.
privacy-cameras-title = Vidéosurveillance
# $purpose is the owner's own words.
# Toujours affiché dans la section ; $purpose est la réponse à « À quoi
# servent les caméras ? », ou un espace à compléter tant qu’elle est vide
# (question-camera-purpose).
cameras-purpose = Nous utilisons des caméras de surveillance dans nos locaux. Finalité de la vidéosurveillance : { $purpose }.
# Toujours affiché dans la section ; $basis suit « Qu’est-ce qui vous autorise
# à utiliser les caméras ? » : un message basis-* de common.ftl,
# cameras-basis-legitimate-interests, ou un espace à compléter tant qu’il n’y
# a pas de réponse (question-camera-basis).
cameras-basis = Base juridique de la vidéosurveillance : { $basis }.
# The legitimate interest as the basis of camera surveillance: the organisation's own, named in the purpose above.
# Utilisé comme $basis dans cameras-basis quand la réponse est l’intérêt
# légitime.
cameras-basis-legitimate-interests = notre intérêt légitime à poursuivre cette finalité (art. 6.1.f RGPD)
# Affiché quand « Un panneau avec le pictogramme légal est apposé à chaque
# entrée de la zone surveillée » est coché. Parmi cameras-pictogram,
# cameras-police, cameras-retention et cameras-law-be, ceux qui s’appliquent
# sont réunis en un seul paragraphe.
cameras-pictogram = Des panneaux portant le pictogramme prévu par la loi signalent les endroits où des caméras sont utilisées.
# Affiché quand la réponse à « Transmettez-vous des images à la police ou à la
# justice lorsqu’elles peuvent aider à prouver une infraction ? » est « Oui ».
cameras-police = Nous pouvons transmettre des images à la police ou aux autorités judiciaires si elles peuvent contribuer à prouver une infraction, un dommage ou une nuisance, ou à identifier l’auteur des faits.
# Affiché quand « Combien de jours conservez-vous les images ? » est rempli ;
# $days est ce nombre.
cameras-retention = Nous conservons les images pendant { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} au maximum, sauf si elles sont nécessaires pour prouver une infraction, un dommage ou une nuisance, ou pour identifier l’auteur des faits, un témoin ou une victime.
# Affiché quand « Pays » (étape « Votre organisation ») est la Belgique.
cameras-law-be = Cette surveillance est soumise à la loi belge du 21 mars 2007 réglant l’installation et l’utilisation de caméras de surveillance.
# $address is a link to the privacy e-mail address.
# Toujours affiché, comme dernier paragraphe de la section.
cameras-access = Vous pouvez demander à accéder aux images sur lesquelles vous apparaissez en écrivant à { $address }. Indiquez-nous la date, l’heure et le lieu aussi précisément que possible, afin que nous puissions les retrouver.
## Section « Données que nous ne recevons pas de vous », suite : dit sous
## chaque source de la liste.
# Affiché sous une source quand la réponse à « Cette source est-elle
# accessible au public ? » est « Oui ».
source-public = Il s’agit d’une source accessible au public.
# Affiché sous une source quand la réponse à « Cette source est-elle
# accessible au public ? » est « Non ». Tant qu’il n’y a pas de réponse, un
# espace à compléter se trouve à sa place (question-source-public).
source-not-public = Cette source n’est pas accessible au public.

## Section « Pourquoi nous traitons vos données, sur quelle base et pendant
## combien de temps ». Toujours affichée. Tant qu’aucune finalité n’est
## ajoutée (étape « Finalités »), elle ne contient qu’un espace à compléter
## (question-purposes). Sinon : privacy-purposes ou
## privacy-purposes-and-cameras, puis le tableau des finalités (column-*,
## basis-* et retention-* dans common.ftl).
privacy-purposes-title = Pourquoi nous traitons vos données, sur quelle base et pendant combien de temps
# Affiché quand aucune caméra n’est utilisée.
privacy-purposes = Nous ne traitons vos données qu’aux fins indiquées ci-dessous. Pour chaque finalité, nous précisons les données utilisées, la base juridique qui nous y autorise et la durée pendant laquelle nous conservons les données.
# Affiché à la place de privacy-purposes quand « Nous utilisons des caméras de
# surveillance dans nos locaux » est coché (étape « Personnes et données »).
privacy-purposes-and-cameras = Nous ne traitons vos données qu’aux fins indiquées ci-dessous et pour la vidéosurveillance décrite plus haut. Pour chaque finalité, nous précisons les données utilisées, la base juridique qui nous y autorise et la durée pendant laquelle nous conservons les données.
# $audiences lists whom the purpose concerns, e.g. "customers, job applicants".
# Dans la première colonne du tableau, sous le nom et la description de la
# finalité, quand « Les données de qui ? » a une réponse pour cette finalité
# (étape « Finalités »).
purpose-concerns = Personnes concernées : { $audiences }

## Section « Nos intérêts légitimes ». Affichée seulement quand une finalité
## repose sur l’intérêt légitime (« Qu’est-ce qui vous autorise à les
## utiliser ? », étape « Finalités », pour la finalité ou pour l’un de ses
## groupes), ou les caméras (« Qu’est-ce qui vous autorise à utiliser les
## caméras ? »). privacy-legitimate-interests est suivi d’une ligne par
## finalité concernée avec son « Votre intérêt légitime » (ou not-stated), et
## d’une ligne pour les caméras.
privacy-legitimate-interests-title = Nos intérêts légitimes
privacy-legitimate-interests = Lorsque nous nous fondons sur nos intérêts légitimes (art. 6.1.f RGPD), voici les intérêts que nous poursuivons.

## Section « Devez-vous nous fournir vos données ? ». Affichée seulement quand
## « Les personnes doivent-elles fournir ces données ? » (étape « Finalités »)
## a une réponse pour au moins une finalité ou un groupe. privacy-obligation
## est suivi d’une ligne par réponse (requirement-* et provision-consequence
## dans common.ftl).
privacy-obligation-title = Devez-vous nous fournir vos données ?
privacy-obligation = Pour les finalités suivantes, nous indiquons si vous devez nous fournir vos données, et ce qui se passe si vous ne le faites pas.

## Section « Qui reçoit vos données ? ». Toujours affichée. Tant que
## « Quelqu’un en dehors de votre organisation reçoit-il les données ? »
## (étape « Destinataires ») est sans réponse, elle ne contient qu’un espace à
## compléter (question-recipients).
privacy-recipients-title = Qui reçoit vos données ?
# Affiché quand la réponse est « Oui » et qu’au moins un destinataire est
# ajouté ; le tableau des destinataires suit (column-* et role-* dans
# common.ftl).
privacy-recipients = Nous communiquons vos données aux destinataires suivants.
# Affiché après le tableau quand « Son rôle » est « Sous-traitant » pour un
# destinataire.
privacy-recipients-processors = Les sous-traitants traitent vos données pour notre compte et selon nos instructions (art. 28 RGPD) ; ils ne peuvent pas les utiliser à leurs propres fins.
# Affiché quand « Son rôle » est « Responsable conjoint du traitement » pour
# un destinataire ; suit une liste de ces destinataires, chacun avec sa
# réponse à « Les grandes lignes de votre accord (responsables conjoints) »
# (un espace à compléter tant qu’elle est vide : question-arrangement).
joint-arrangements = { $count ->
    [one] Avec un destinataire, nous déterminons ensemble pourquoi et comment les données sont traitées : nous sommes alors responsables conjoints du traitement (art. 26 RGPD). Voici les grandes lignes de cet accord.
   *[other] Avec certains destinataires, nous déterminons ensemble pourquoi et comment les données sont traitées : nous sommes alors responsables conjoints du traitement (art. 26 RGPD). Voici les grandes lignes de chacun de ces accords.
}
# Dans cette liste, après l’accord d’un responsable conjoint, quand « Comment
# le joindre (facultatif) » est rempli ; $recipient est le nom du
# destinataire, et ses coordonnées suivent.
joint-contact = Vous pouvez contacter { $recipient } aux coordonnées suivantes :
# Après la liste des responsables conjoints, chaque fois que
# joint-arrangements est affiché.
joint-rights = { $count ->
    [one] Vous pouvez exercer vos droits auprès de nous comme auprès de ce destinataire.
   *[other] Vous pouvez exercer vos droits auprès de nous comme auprès de chacun d’eux.
}
# Affiché à la place, comme section entière, quand la réponse est « Non,
# personne ».
privacy-recipients-none = Nous ne communiquons vos données à caractère personnel à personne d’autre, sauf si la loi nous y oblige.

## Section « Transferts en dehors de l’Espace économique européen ». Toujours
## affichée. Tant que « Des données sont-elles envoyées vers un pays situé
## hors de l’Espace économique européen (EEE) ? » (étape « Destinataires »)
## est sans réponse, elle ne contient qu’un espace à compléter
## (question-transfers).
privacy-transfers-title = Transferts en dehors de l’Espace économique européen
# Affiché quand un destinataire traite des données hors de l’EEE (selon « Où
# les données sont-elles traitées ? », « Également traitées dans : » ou « Le
# fournisseur indique que les données peuvent aussi être traitées hors de
# l’EEE, sans préciser dans quels pays ») ; suit une liste de ces
# destinataires, avec leurs pays et leur garantie (safeguard-* dans
# common.ftl).
privacy-transfers = { $count ->
    [one] Un destinataire traite vos données en dehors de l’Espace économique européen (EEE). Nous indiquons sur quel fondement juridique repose ce transfert.
   *[other] Certains destinataires traitent vos données en dehors de l’Espace économique européen (EEE). Pour chacun d’eux, nous indiquons sur quel fondement juridique repose le transfert.
}
# Affiché après cette liste quand, pour un destinataire hors de l’EEE,
# « Garantie pour le transfert » est « clauses contractuelles types » ou
# « règles d’entreprise contraignantes ».
privacy-transfers-copy = Vous pouvez nous demander une copie des garanties applicables, ou l’endroit où elles peuvent être consultées, en écrivant à { $email }.
# Affiché à la place, comme section entière, quand la réponse est « Non » et
# qu’aucun destinataire ne se trouve hors de l’EEE.
privacy-transfers-none = Nous ne transférons pas vos données à caractère personnel en dehors de l’Espace économique européen.

## Section « Décisions automatisées et profilage ». Toujours affichée. Tant
## que « Des décisions concernant des personnes sont-elles prises uniquement
## par un ordinateur, avec des effets juridiques ou des effets tout aussi
## importants ? » (étape « Finalités ») est sans réponse, elle ne contient
## qu’un espace à compléter (question-automated-decisions).
privacy-automated-title = Décisions automatisées et profilage
# Affiché quand, pour une finalité, « Un ordinateur prend des décisions sur
# des personnes, ou établit leur profil, sans intervention humaine » est coché
# et que la réponse à « La décision a-t-elle des effets juridiques ou des
# effets tout aussi importants pour la personne … ? » n’est pas « Non ». Pour
# chaque finalité concernée suivent : son nom en intertitre,
# automated-taken-by, l’exception (art22-* dans common.ftl),
# automated-profiling, la logique et les conséquences (label-logic,
# label-consequences dans common.ftl), et l’un des messages automated-review.
privacy-automated = Pour les finalités suivantes, une décision vous concernant est prise de manière automatisée, sans intervention humaine.
# Affiché pour une telle décision quand « Cela implique un profilage » est
# coché.
automated-profiling = Cette décision implique un profilage : vos données à caractère personnel sont utilisées pour évaluer certains aspects de votre personne.
# $controller is the other company that takes the decision.
# Affiché en premier pour une décision quand « Qui prend la décision, si ce
# n’est pas vous ? (facultatif) » est rempli ; $controller est cette réponse.
automated-taken-by = Cette décision est prise par { $controller }, et non par nous.
# Affiché pour une décision que l’organisation prend elle-même quand
# « Qu’est-ce qui autorise la décision ? (art. 22.2 RGPD) » est un contrat (a)
# ou le consentement explicite (c). Rien n’est dit tant que cette question est
# sans réponse.
automated-review = Vous avez le droit d’obtenir qu’une personne de notre organisation réexamine la décision, d’exprimer votre point de vue et de contester la décision. Adressez votre demande à { $email }.
# Affiché à la place de automated-review et automated-review-law quand « Qui
# prend la décision, si ce n’est pas vous ? (facultatif) » est rempli, quelle
# que soit l’exception ; $controller est cette réponse, avec un lien vers la
# politique de confidentialité d’un destinataire de ce nom s’il en a une.
automated-review-other = Pour obtenir qu’une personne réexamine la décision, exprimer votre point de vue ou contester la décision, adressez-vous à { $controller }.
# Affiché pour une décision que l’organisation prend elle-même quand
# « Qu’est-ce qui autorise la décision ? (art. 22.2 RGPD) » est « autorisée
# par la loi » (b).
automated-review-law = La loi qui autorise cette décision détermine la manière dont vos droits et intérêts sont protégés.
# Affiché quand, pour une finalité, « Un ordinateur prend des décisions sur
# des personnes, ou établit leur profil, sans intervention humaine » est coché
# et que la question sur les effets juridiques ou tout aussi importants a pour
# réponse « Non », aussi bien à côté de privacy-automated que de
# privacy-automated-none. Pour chaque finalité concernée suivent son nom en
# intertitre, la logique et les conséquences (label-profiling-logic,
# label-consequences dans common.ftl), et profiling-objection.
privacy-profiling = Nous utilisons également vos données pour évaluer certains aspects de votre personne (profilage), sans que cela produise des effets juridiques à votre égard ni ne vous affecte de manière significative de façon similaire. Vous trouverez ci-dessous à quelles fins et de quelle manière.
# Affiché pour une telle finalité quand elle repose sur l’intérêt légitime ou
# une mission d’intérêt public (« Qu’est-ce qui vous autorise à les
# utiliser ? », étape « Finalités »).
profiling-objection = Vous pouvez vous opposer à tout moment à ce profilage (art. 21 RGPD).
# Affiché quand la réponse est « Non » : aucune finalité ne comporte de
# décision ayant de tels effets.
privacy-automated-none = Nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, qui produise des effets juridiques vous concernant ou qui vous affecte de manière significative de façon similaire (art. 22 RGPD).

## Section « Vos droits ». Toujours affichée. privacy-rights est suivi des
## cinq droits ci-dessous, toujours tous les cinq, chacun avec son nom en gras
## et son .explanation.
privacy-rights-title = Vos droits
privacy-rights = Vous disposez des droits suivants à l’égard de vos données à caractère personnel.
right-access = Droit d’accès
    .explanation = vous pouvez nous demander si nous traitons vos données et en obtenir une copie, accompagnée d’informations sur l’usage que nous en faisons (art. 15 RGPD).
right-rectification = Droit de rectification
    .explanation = vous pouvez faire corriger les données inexactes et faire compléter les données incomplètes (art. 16 RGPD).
right-erasure = Droit à l’effacement
    .explanation = vous pouvez nous demander d’effacer vos données, par exemple lorsque nous n’en avons plus besoin ou que vous retirez votre consentement, sauf si la loi nous oblige à les conserver ou si elles nous sont nécessaires à la constatation, à l’exercice ou à la défense de droits en justice (art. 17 RGPD).
right-restriction = Droit à la limitation du traitement
    .explanation = vous pouvez nous demander de n’utiliser vos données que de manière limitée pendant un certain temps, par exemple le temps de vérifier qu’elles sont exactes (art. 18 RGPD).
right-portability = Droit à la portabilité des données
    .explanation = lorsque nous traitons par des moyens automatisés des données que vous nous avez fournies, sur la base de votre consentement ou d’un contrat, vous pouvez les recevoir dans un format structuré, couramment utilisé et lisible par machine, ou, lorsque c’est techniquement possible, les faire transmettre directement à une autre organisation (art. 20 RGPD).
# $address is a link to the e-mail address for privacy requests.
# Toujours affiché, après la liste des droits.
rights-how = Pour exercer l’un de ces droits, ou pour toute question concernant vos données, écrivez-nous à { $address }. Indiquez-nous quel droit vous souhaitez exercer.
# Affiché quand un autre moyen de faire une demande est proposé sous
# « Demandes et plaintes » (étape « Contact et plaintes ») ; suit une liste de
# ces moyens (request-by-post, request-web-form, request-by-phone,
# request-in-person).
request-ways = Vous pouvez également introduire votre demande :
# $address is the organisation's postal address.
# Dans cette liste quand « Les personnes peuvent aussi envoyer leurs demandes
# par courrier, à votre adresse » est coché et que l’adresse (étape « Votre
# organisation ») est remplie.
request-by-post = par courrier, à l’adresse { $address } ;
# $form is a link to the web form.
# Dans cette liste quand « Formulaire web pour les demandes (facultatif) »
# contient une adresse web.
request-web-form = au moyen du formulaire disponible sur { $form } ;
# Dans cette liste quand « Les personnes peuvent aussi faire leurs demandes
# par téléphone, à votre numéro » est coché ; $phone est « Téléphone » (étape
# « Votre organisation »), ou un espace à compléter tant qu’il est vide
# (question-phone).
request-by-phone = par téléphone, au { $phone } ;
# Dans cette liste quand « Les personnes peuvent aussi faire leurs demandes en
# personne, dans vos locaux » est coché.
request-in-person = en personne, dans nos locaux.
# $proof is what the organisation asks, in its own words.
# Affiché après les moyens quand « Preuve d’identité que vous demandez
# (facultatif) » est rempli.
request-identity = Si nous ne pouvons pas nous assurer autrement qu’une demande émane bien de vous, nous pouvons vous demander la preuve d’identité suivante, afin de ne communiquer vos données à personne d’autre : { $proof }.
# $days is the number of days the organisation promises, at most a month.
# Affiché comme dernier paragraphe de la section, après privacy-rights-terms,
# quand « Vous répondez dans un délai de … jours (facultatif) » est rempli
# avec 28 jours ou moins.
request-response-days = Nous nous efforçons de vous répondre dans un délai de { $days } jours.
## Belgian sector rules that change how rights work; each is said only
## when the owner ticks it.
## Section « Vos droits », après les moyens de faire une demande. L’assistant
## ne les propose qu’aux organisations belges (« Pays » Belgique), sous
## « Demandes et plaintes » (étape « Contact et plaintes »).
# Affiché quand « Nous conservons des données en vertu de la loi
# anti-blanchiment (l’accès passe par l’autorité de contrôle) » est coché.
sector-aml = Pour les données que nous conservons en application de la loi belge du 18 septembre 2017 relative à la prévention du blanchiment de capitaux et du financement du terrorisme et à la limitation de l’utilisation des espèces, vous exercez votre droit d’accès par l’intermédiaire de l’Autorité de protection des données, et non auprès de nous (art. 65 de cette loi). Cette loi nous interdit également de vous dire si nous avons fait une déclaration de soupçon.
# Affiché quand « Nos clients sont des patients, avec les droits que leur
# donne la loi relative aux droits du patient » est coché.
sector-patient-rights = En tant que patient, vous disposez également des droits prévus par la loi belge du 22 août 2002 relative aux droits du patient : vous pouvez consulter votre dossier de patient dans les 15 jours de votre demande, en obtenir une copie et vous faire assister par une personne de confiance de votre choix, qui peut aussi le consulter pour vous.
# Affiché quand « Nous sommes tenus au secret professionnel » est coché.
sector-professional-secrecy = Nous sommes tenus au secret professionnel prévu par le droit pénal belge : nous ne partageons ce que vous nous confiez que lorsque la loi nous y autorise ou nous y oblige.
## Section « Vos droits », suite.
# Toujours affiché, après les moyens de faire une demande et les règles
# sectorielles.
privacy-rights-terms = Nous vous répondons dans les meilleurs délais, et en tout état de cause dans un délai d’un mois à compter de la réception de votre demande. Si les demandes sont complexes ou nombreuses, nous pouvons prolonger ce délai de deux mois ; nous vous en informons alors dans le mois qui suit la réception de votre demande. L’exercice de vos droits est gratuit, sauf si une demande est manifestement infondée ou excessive. Si nous avons des doutes raisonnables quant à votre identité, nous pouvons vous demander des informations complémentaires pour la confirmer.

## Section « Votre droit d’opposition ». Affichée seulement quand une finalité
## qui n’est pas du marketing direct repose sur l’intérêt légitime ou une
## mission d’intérêt public (« Qu’est-ce qui vous autorise à les utiliser ? »,
## étape « Finalités »), ou les caméras, ou quand une finalité a pour réponse
## « Oui » à « Cette finalité relève-t-elle du marketing direct : newsletters,
## offres ou publicité ? ». privacy-objection en est toujours le premier
## paragraphe.
privacy-objection-title = Votre droit d’opposition
privacy-objection = Vous avez le droit de vous opposer à certaines utilisations de vos données à caractère personnel (art. 21 RGPD). Ce droit étant important, nous le présentons ici séparément.
# $purposes names the purposes resting on legitimate interests or a public task.
# $basis says which bases occur: interests, public or both.
# Affiché quand une finalité qui n’est pas du marketing direct repose sur
# l’intérêt légitime ou une mission d’intérêt public, pour tous ses groupes ou
# pour l’un d’eux, ou les caméras (nommées par privacy-cameras-title). Une
# finalité avec « Une autre base pour : … » est nommée avec
# purpose-for-audience (common.ftl).
privacy-objection-interests = { $count ->
    [one] { $basis ->
        [public] La finalité suivante repose sur une mission d’intérêt public : { $purposes }.
        [both] La finalité suivante repose sur des intérêts légitimes ou sur une mission d’intérêt public : { $purposes }.
       *[interests] La finalité suivante repose sur des intérêts légitimes : { $purposes }.
    }
   *[other] { $basis ->
        [public] Les finalités suivantes reposent sur une mission d’intérêt public : { $purposes }.
        [both] Les finalités suivantes reposent sur des intérêts légitimes ou sur une mission d’intérêt public : { $purposes }.
       *[interests] Les finalités suivantes reposent sur des intérêts légitimes : { $purposes }.
    }
} Vous pouvez vous y opposer à tout moment pour des raisons tenant à votre situation particulière. Nous cessons alors le traitement, à moins de démontrer qu’il existe des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou que les données nous sont nécessaires pour la constatation, l’exercice ou la défense de droits en justice.
# $purposes names the purposes that are direct marketing.
# Affiché quand, pour une finalité, la réponse à « Cette finalité
# relève-t-elle du marketing direct : newsletters, offres ou publicité ? » est
# « Oui ».
privacy-objection-marketing = { $count ->
    [one] La finalité suivante relève du marketing direct : { $purposes }.
   *[other] Les finalités suivantes relèvent du marketing direct : { $purposes }.
} Vous pouvez vous opposer au marketing direct à tout moment, sans avoir à vous justifier, en écrivant à { $email } ; nous cessons alors d’utiliser vos données à cette fin.

## Section « Retirer votre consentement ». Affichée seulement quand une
## finalité repose sur le consentement (« Qu’est-ce qui vous autorise à les
## utiliser ? », étape « Finalités »), ou que le consentement explicite est
## l’exception choisie pour des données sensibles (« Autorisé parce que : » à
## l’étape « Personnes et données », ou par finalité), ou que la politique en
## matière de cookies est publiée ailleurs (« Votre politique en matière de
## cookies est-elle publiée ailleurs ? Son adresse web (facultatif) », étape
## « Cookies »). privacy-withdrawal en est toujours le premier paragraphe.
privacy-withdrawal-title = Retirer votre consentement
privacy-withdrawal = Lorsque nous traitons vos données sur la base de votre consentement, vous pouvez retirer ce consentement à tout moment, par exemple en écrivant à { $email }. Ce retrait ne remet pas en cause la licéité du traitement que nous avons effectué sur la base de votre consentement avant que vous le retiriez.

# $via is the owner's own words, such as "via the cookie icon at the bottom left of every page".
# Affiché après privacy-withdrawal dès que « Où les visiteurs peuvent-ils
# modifier leur choix ? » (étape « Cookies ») est rempli ; $via est cette
# réponse.
privacy-cookie-withdraw-via = Vous pouvez modifier ou retirer à tout moment votre consentement aux cookies { $via }.
## Section « Plaintes ». Toujours affichée, dans cet ordre :
## privacy-complaint, complaint-contact avec les coordonnées de ce contact,
## les coordonnées de l’autorité de contrôle (ou complaint-authority-unknown),
## privacy-complaint-elsewhere, privacy-complaint-court.
privacy-complaint-title = Plaintes
privacy-complaint = Si la manière dont nous traitons vos données ne vous satisfait pas, vous pouvez nous en faire part, afin que nous cherchions ensemble une solution. Vous avez également le droit d’introduire à tout moment une plainte auprès de l’autorité de contrôle, sans devoir d’abord vous adresser à nous (art. 77 RGPD).
# Affiché quand « Contact pour les plaintes, s’il ne s’agit pas du contact
# pour la protection des données (facultatif) » est rempli (étape « Contact et
# plaintes ») ; le nom et l’adresse e-mail de ce contact suivent.
complaint-contact = Les plaintes concernant la manière dont nous traitons vos données peuvent être adressées à :
# Affiché à la place des coordonnées de l’autorité quand policywright ne
# connaît pas d’autorité de contrôle pour le « Pays » (étape « Votre
# organisation ») et que le fichier du projet n’en désigne pas
# (supervisory_authority), ou quand aucun pays n’est encore choisi ($country
# est alors un espace à compléter).
complaint-authority-unknown = Notre autorité de contrôle est l’autorité de protection des données du pays où nous sommes établis : { $country }.
privacy-complaint-elsewhere = Vous pouvez également introduire une plainte auprès de l’autorité de contrôle de l’État membre de l’Union européenne dans lequel vous résidez, dans lequel vous travaillez ou dans lequel, selon vous, la violation a été commise.
privacy-complaint-court = Vous pouvez aussi saisir la justice si vous estimez que les droits que vous confère le RGPD n’ont pas été respectés (art. 79 RGPD).

## Section « Comment protégeons-nous vos données ? ». Toujours affichée. Tant
## qu’aucune mesure n’est cochée sous « Comment vous protégez les données »
## (étape « Contact et plaintes »), elle ne contient qu’un espace à compléter
## (question-security-measures). privacy-security est suivi des mesures
## cochées (security-* dans common.ftl).
privacy-security-title = Comment protégeons-nous vos données ?
privacy-security = Nous protégeons vos données à caractère personnel au moyen des mesures suivantes.

## Section « Enfants ». Toujours affichée. Tant que « Proposez-vous des
## services en ligne directement aux enfants ? » (étape « Contact et
## plaintes ») est sans réponse, elle ne contient qu’un espace à compléter
## (question-children).
privacy-children-title = Enfants
# The section is shown only once answered. $consent-age as in the header.
# Affiché quand la réponse est « Oui ». [none] est utilisé quand policywright
# ne connaît pas l’âge du consentement numérique pour le « Pays » (étape
# « Votre organisation »), ou qu’aucun pays n’est choisi.
children-offered = { $consent-age ->
    [none] Nous proposons des services en ligne directement aux enfants. Lorsqu’un tel service repose sur le consentement, le consentement d’un enfant qui n’a pas encore atteint l’âge du consentement numérique applicable dans son pays doit être donné ou autorisé par l’un de ses parents ou par son tuteur (art. 8 RGPD).
   *[other] Nous proposons des services en ligne directement aux enfants. Lorsqu’un tel service repose sur le consentement, le consentement d’un enfant de moins de { $consent-age } ans doit être donné ou autorisé par l’un de ses parents ou par son tuteur (art. 8 RGPD).
}
# Affiché quand la réponse est « Non ».
children-not-offered = Nous ne proposons pas de services en ligne directement aux enfants.
# $age is the organisation's own minimum age.
# Ajouté après children-offered ou children-not-offered, dans le même
# paragraphe, quand « Votre propre âge minimum (facultatif) » est rempli. La
# réponse à « Comment vous traitez les données des mineurs (facultatif) » suit
# en un paragraphe distinct, telle qu’elle est écrite.
children-age-limit = Nos services en ligne sont destinés aux personnes âgées de { $age } ans ou plus.

## Section « Cookies ». Tant que « Votre site web place-t-il des cookies ou
## des technologies similaires (stockage local, pixels) ? » (étape
## « Cookies ») est sans réponse, elle ne contient qu’un espace à compléter
## (question-cookies). Affichée quand au moins un cookie est ajouté, ou quand
## « Votre politique en matière de cookies est-elle publiée ailleurs ? Son
## adresse web (facultatif) » est rempli ; omise quand la réponse est « Non,
## aucun ».
privacy-cookies-title = Cookies
# $document is a link to the cookie policy, named by its title's .inline.
# FR : comme en néerlandais, .inline contient déjà le possessif (« notre … »).
# Le lien mène à la politique en matière de cookies que rédige policywright,
# ou à l’adresse web où elle est publiée ailleurs.
privacy-cookies = { $cookie-use ->
    [similar] Notre site web utilise des cookies et des technologies similaires. Pour savoir lesquels, à quelles fins, et si et comment vous pouvez les refuser, consultez { $document }.
    [cookies] Notre site web utilise des cookies. Pour savoir lesquels, à quelles fins, et si et comment vous pouvez les refuser, consultez { $document }.
   *[other] Pour savoir quels cookies notre site web utilise, à quelles fins, et si et comment vous pouvez les refuser, consultez { $document }.
}

## Section « Modifications de la présente déclaration », la dernière de la
## déclaration de confidentialité. Toujours affichée : privacy-changes, les
## moyens d’annoncer les modifications, privacy-changes-effective.
privacy-changes-title = Modifications de la présente déclaration
privacy-changes = Nous pouvons modifier la présente déclaration lorsque nos traitements ou la législation évoluent.
# Affiché quand au moins un moyen est coché sous « Annoncer les modifications
# de ces documents » (étape « Contact et plaintes »), suivi des moyens
# cochés ; jusque-là, un espace à compléter se trouve à sa place
# (question-change-notice). Utilisé de la même manière dans la section
# « Modifications de la présente politique » de la politique en matière de
# cookies : il doit convenir aux deux documents.
privacy-changes-channels = Nous annonçons les modifications de la manière suivante :
# Dans cette liste quand ce moyen est coché ; ce message est aussi le libellé
# de la case à cocher dans l’assistant.
changes-website = Nous publions la nouvelle version sur notre site web, avec sa date d’entrée en vigueur.
# Dans cette liste quand ce moyen est coché ; ce message est aussi le libellé
# de la case à cocher dans l’assistant.
changes-email = Si nous disposons de votre adresse e-mail, nous vous informons des modifications importantes.
# $has-version is "yes" when the version has a number or name, "no" when it is blank.
# Toujours le dernier paragraphe de la déclaration, et de la politique en
# matière de cookies. $version et $date sont « Version » et « En vigueur à
# partir du » (étape « Vérifier et exporter »).
privacy-changes-effective = { $has-version ->
    [yes] La présente version ({ $version }) entre en vigueur le { $date }.
   *[no] La présente version entre en vigueur le { $date }.
}
