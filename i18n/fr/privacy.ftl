## The privacy statement. Arguments every message may use:
##   $org       the organisation's name
##   $email     where to send privacy questions
##   $date      the date the statement takes effect
##   $version   the version label
##   $country   the controller's country
##   $website   the first website; $website-count how many there are
##   $consent-age  the age of digital consent in the controller's country,
##                 or "none" when it is not known

privacy-title = Déclaration de confidentialité
    .inline = notre déclaration de confidentialité

privacy-introduction-title = À propos de la présente déclaration
privacy-introduction = La présente déclaration explique comment { $org } traite vos données à caractère personnel : quelles données nous collectons, pourquoi, sur quelle base juridique, qui les reçoit, combien de temps nous les conservons et de quels droits vous disposez.
# $country-code is the controller's country as a code ("BE", "NL").
privacy-introduction-terms = { $country-code ->
    [BE] Par la présente déclaration, nous vous informons de l’utilisation que nous faisons de vos données à caractère personnel (articles 13 et 14 du règlement général sur la protection des données, RGPD, règlement (UE) 2016/679). Outre le RGPD, nous sommes soumis à la loi belge du 30 juillet 2018 relative à la protection des personnes physiques à l’égard des traitements de données à caractère personnel. Les mots « nous », « notre » et « nos » désignent { $org }.
    [NL] Par la présente déclaration, nous vous informons de l’utilisation que nous faisons de vos données à caractère personnel (articles 13 et 14 du règlement général sur la protection des données, RGPD, règlement (UE) 2016/679). Outre le RGPD, nous sommes soumis à l’Uitvoeringswet AVG (UAVG), la loi néerlandaise d’exécution du RGPD. Les mots « nous », « notre » et « nos » désignent { $org }.
   *[other] Par la présente déclaration, nous vous informons de l’utilisation que nous faisons de vos données à caractère personnel (articles 13 et 14 du règlement général sur la protection des données, RGPD, règlement (UE) 2016/679). Les mots « nous », « notre » et « nos » désignent { $org }.
}

privacy-controller-title = Qui est responsable de vos données ?
privacy-controller = { $org } est le responsable du traitement de vos données à caractère personnel : c’est nous qui déterminons pourquoi et comment elles sont traitées. Vous pouvez nous joindre aux coordonnées suivantes.

privacy-representative-title = Notre représentant dans l’Union européenne
privacy-representative = Comme nous sommes établis en dehors de l’Union européenne, nous avons désigné un représentant dans l’Union (art. 27 RGPD). Vous pouvez vous adresser à ce représentant pour toute question concernant vos données.
privacy-processor-title = Lorsque nous traitons des données pour nos clients
privacy-processor = Pour une partie de nos activités, nous traitons des données à caractère personnel pour le compte de nos clients, en qualité de sous-traitant (art. 28 RGPD). Pour ces données, c’est notre client qui est le responsable du traitement : la présente déclaration ne s’y applique pas, c’est la déclaration de confidentialité du client qui s’applique.

privacy-dpo-title = Délégué à la protection des données
privacy-dpo = Nous avons désigné un délégué à la protection des données, qui veille à la manière dont nous traitons les données à caractère personnel. Vous pouvez contacter directement notre délégué à la protection des données pour toute question relative à vos données ou à vos droits.
privacy-dpo-none = Nous n’avons pas désigné de délégué à la protection des données.
privacy-contact = Pour toute question concernant vos données à caractère personnel, vous pouvez vous adresser à :

privacy-data-title = Quelles données à caractère personnel traitons-nous ?
privacy-data = Selon la relation que vous entretenez avec nous, nous traitons les catégories de données à caractère personnel suivantes.
privacy-profiles = Pour chaque groupe de personnes, ce que nous recevons et par quel moyen :
# $data lists kinds of data.
profile-data = { $data }.
# $channels lists the ways data comes in.
profile-channels = Reçues par les canaux suivants : { $channels }.

privacy-special-data-title = Données sensibles
privacy-special-data = La loi accorde à certaines données une protection renforcée (art. 9 RGPD). Nous ne traitons les données sensibles ci-dessous que lorsque la loi le permet, pour le motif indiqué.

privacy-criminal-data-title = Données relatives aux condamnations pénales
privacy-criminal-data = Nous ne traitons des données relatives aux condamnations pénales et aux infractions que lorsqu’une loi le permet (art. 10 RGPD).

privacy-sources-title = Données que nous ne recevons pas de vous
privacy-sources = Certaines de vos données ne proviennent pas directement de vous. Nous les recevons des sources suivantes.

privacy-cameras-title = Vidéosurveillance
# $purpose is the owner's own words.
cameras-purpose = Nous utilisons des caméras de surveillance dans nos locaux. Finalité de la vidéosurveillance : { $purpose }.
cameras-basis = Base juridique de la vidéosurveillance : { $basis }.
# The legitimate interest as the basis of camera surveillance: the organisation's own, named in the purpose above.
cameras-basis-legitimate-interests = notre intérêt légitime à poursuivre cette finalité (art. 6.1.f) RGPD)
cameras-pictogram = Des panneaux portant le pictogramme prévu par la loi signalent les endroits où des caméras sont utilisées.
cameras-police = Nous pouvons transmettre des images à la police ou aux autorités judiciaires si elles peuvent contribuer à prouver une infraction, un dommage ou une nuisance, ou à identifier l’auteur des faits.
cameras-retention = Nous conservons les images pendant { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} au maximum, sauf si elles sont nécessaires pour prouver une infraction, un dommage ou une nuisance, ou pour identifier l’auteur des faits, un témoin ou une victime.
cameras-law-be = Cette surveillance est soumise à la loi belge du 21 mars 2007 réglant l’installation et l’utilisation de caméras de surveillance.
# $address is a link to the privacy e-mail address.
cameras-access = Vous pouvez demander à accéder aux images sur lesquelles vous apparaissez en écrivant à { $address }. Indiquez-nous la date, l’heure et le lieu aussi précisément que possible, afin que nous puissions les retrouver.
source-public = Il s’agit d’une source accessible au public.
source-not-public = Cette source n’est pas accessible au public.

privacy-purposes-title = Pourquoi nous traitons vos données, sur quelle base et pendant combien de temps
privacy-purposes = Nous ne traitons vos données qu’aux fins indiquées ci-dessous. Pour chaque finalité, nous précisons les données utilisées, la base juridique qui nous y autorise et la durée pendant laquelle nous conservons les données.
privacy-purposes-and-cameras = Nous ne traitons vos données qu’aux fins indiquées ci-dessous et pour la vidéosurveillance décrite plus haut. Pour chaque finalité, nous précisons les données utilisées, la base juridique qui nous y autorise et la durée pendant laquelle nous conservons les données.
# $audiences lists whom the purpose concerns, e.g. "customers, job applicants".
purpose-concerns = Personnes concernées : { $audiences }

privacy-legitimate-interests-title = Nos intérêts légitimes
privacy-legitimate-interests = Lorsque nous nous fondons sur nos intérêts légitimes (art. 6.1.f) RGPD), voici les intérêts que nous poursuivons.

privacy-obligation-title = Devez-vous nous fournir vos données ?
privacy-obligation = Pour les finalités suivantes, nous indiquons si vous devez nous fournir vos données, et ce qui se passe si vous ne le faites pas.

privacy-recipients-title = Qui reçoit vos données ?
privacy-recipients = Nous communiquons vos données aux destinataires suivants.
privacy-recipients-processors = Les sous-traitants traitent vos données pour notre compte et selon nos instructions (art. 28 RGPD) ; ils ne peuvent pas les utiliser à leurs propres fins.
joint-arrangements = Avec certains destinataires, nous déterminons ensemble pourquoi et comment les données sont traitées : nous sommes alors responsables conjoints du traitement (art. 26 RGPD). Voici les grandes lignes de chacun de ces accords.
joint-contact = Vous pouvez contacter { $recipient } aux coordonnées suivantes :
joint-rights = Vous pouvez exercer vos droits auprès de nous comme auprès de chacun d’eux.
privacy-recipients-authorities = Il se peut aussi que nous devions transmettre des données à des autorités publiques, comme la police, la justice ou l’administration fiscale, lorsque la loi nous y oblige.
privacy-recipients-none = Nous ne communiquons vos données à caractère personnel à personne d’autre, sauf si la loi nous y oblige.

privacy-transfers-title = Transferts en dehors de l’Espace économique européen
privacy-transfers = Certains destinataires traitent vos données en dehors de l’Espace économique européen (EEE). Pour chacun d’eux, nous indiquons sur quel fondement juridique repose le transfert.
privacy-transfers-copy = Vous pouvez nous demander une copie des garanties applicables, ou l’endroit où elles peuvent être consultées, en écrivant à { $email }.
privacy-transfers-none = Nous ne transférons pas vos données à caractère personnel en dehors de l’Espace économique européen.

privacy-automated-title = Décisions automatisées et profilage
privacy-automated = Pour les finalités suivantes, une décision vous concernant est prise de manière automatisée, sans intervention humaine.
automated-profiling = Cette décision implique un profilage : vos données à caractère personnel sont utilisées pour évaluer certains aspects de votre personne.
# $controller is the other company that takes the decision.
automated-taken-by = Cette décision est prise par { $controller }, et non par nous.
automated-review = Vous avez le droit d’obtenir qu’une personne de notre organisation réexamine la décision, d’exprimer votre point de vue et de contester la décision. Adressez votre demande à { $email }.
automated-review-other = Pour obtenir qu’une personne réexamine la décision, exprimer votre point de vue ou contester la décision, adressez-vous à { $controller }.
automated-review-law = La loi qui autorise cette décision détermine la manière dont vos droits et intérêts sont protégés.
privacy-profiling = Nous utilisons également vos données pour évaluer certains aspects de votre personne (profilage), sans que cela produise des effets juridiques pour vous ni ne vous affecte de manière significative d’une autre façon :
profiling-objection = Vous pouvez vous opposer à tout moment à ce profilage (art. 21 RGPD).
privacy-automated-none = Nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, qui produise des effets juridiques vous concernant ou qui vous affecte de manière significative de façon similaire (art. 22 RGPD).

privacy-rights-title = Vos droits
privacy-rights = Vous disposez des droits suivants à l’égard de vos données à caractère personnel.
right-access = Droit d’accès
    .explanation = vous pouvez nous demander si nous traitons vos données et en obtenir une copie, accompagnée d’informations sur l’usage que nous en faisons (art. 15 RGPD).
right-rectification = Droit de rectification
    .explanation = vous pouvez faire corriger les données inexactes et faire compléter les données incomplètes (art. 16 RGPD).
right-erasure = Droit à l’effacement
    .explanation = vous pouvez nous demander d’effacer vos données, par exemple lorsque nous n’en avons plus besoin ou que vous retirez votre consentement, sauf si la loi nous oblige à les conserver (art. 17 RGPD).
right-restriction = Droit à la limitation du traitement
    .explanation = vous pouvez nous demander de n’utiliser vos données que de manière limitée pendant un certain temps, par exemple le temps de vérifier qu’elles sont exactes (art. 18 RGPD).
right-portability = Droit à la portabilité des données
    .explanation = lorsque nous traitons par des moyens automatisés des données que vous nous avez fournies, sur la base de votre consentement ou d’un contrat, vous pouvez les recevoir dans un format structuré, couramment utilisé et lisible par machine, ou, lorsque c’est techniquement possible, les faire transmettre directement à une autre organisation (art. 20 RGPD).
# $address is a link to the e-mail address for privacy requests.
rights-how = Pour exercer l’un de ces droits, ou pour toute question concernant vos données, écrivez-nous à { $address }. Indiquez-nous quel droit vous souhaitez exercer.
request-ways = Vous pouvez également introduire votre demande :
# $address is the organisation's postal address.
request-by-post = par courrier, à l’adresse { $address } ;
# $form is a link to the web form.
request-web-form = au moyen du formulaire disponible sur { $form } ;
request-by-phone = par téléphone, au { $phone } ;
request-in-person = en personne, dans nos locaux.
# $proof is what the organisation asks, in its own words.
request-identity = Pour nous assurer que nous ne communiquons vos données à personne d’autre, nous vous demandons la preuve d’identité suivante : { $proof }.
# $days is the number of days the organisation promises, at most a month.
request-response-days = Nous nous efforçons de vous répondre dans un délai de { $days } jours.
## Belgian sector rules that change how rights work; each is said only
## when the owner ticks it.
sector-aml = Pour les données que nous conservons en application de la loi belge du 18 septembre 2017 relative à la prévention du blanchiment de capitaux et du financement du terrorisme et à la limitation de l’utilisation des espèces, vous exercez votre droit d’accès par l’intermédiaire de l’Autorité de protection des données, et non auprès de nous (art. 65 de cette loi). Cette loi nous interdit également de vous dire si nous avons fait une déclaration de soupçon.
sector-patient-rights = En tant que patient, vous disposez également des droits prévus par la loi belge du 22 août 2002 relative aux droits du patient : vous pouvez consulter votre dossier de patient dans les 15 jours de votre demande, en obtenir une copie et vous faire assister par une personne de confiance de votre choix, qui peut aussi le consulter pour vous.
sector-professional-secrecy = Nous sommes tenus au secret professionnel prévu par le droit pénal belge : nous ne partageons ce que vous nous confiez que lorsque la loi nous y autorise ou nous y oblige.
privacy-rights-terms = Nous vous répondons dans les meilleurs délais, et en tout état de cause dans un délai d’un mois à compter de la réception de votre demande. Si les demandes sont complexes ou nombreuses, nous pouvons prolonger ce délai de deux mois ; nous vous en informons alors dans le mois qui suit la réception de votre demande. L’exercice de vos droits est gratuit, sauf si une demande est manifestement infondée ou excessive. Si nous avons des doutes raisonnables quant à votre identité, nous pouvons vous demander des informations complémentaires pour la confirmer.

privacy-objection-title = Votre droit d’opposition
privacy-objection = Vous avez le droit de vous opposer à certaines utilisations de vos données à caractère personnel (art. 21 RGPD). Ce droit étant important, nous le présentons ici séparément.
# $purposes names the purposes resting on legitimate interests or a public task.
# $basis says which bases occur: interests, public or both.
privacy-objection-interests = { $basis ->
    [public] Les finalités suivantes reposent sur une mission d’intérêt public : { $purposes }.
    [both] Les finalités suivantes reposent sur des intérêts légitimes ou sur une mission d’intérêt public : { $purposes }.
   *[interests] Les finalités suivantes reposent sur des intérêts légitimes : { $purposes }.
} Vous pouvez vous y opposer à tout moment pour des raisons tenant à votre situation particulière. Nous cessons alors le traitement, à moins de démontrer qu’il existe des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou que les données nous sont nécessaires pour la constatation, l’exercice ou la défense de droits en justice.
# $purposes names the purposes that are direct marketing.
privacy-objection-marketing = Les finalités suivantes relèvent du marketing direct : { $purposes }. Vous pouvez vous y opposer à tout moment, sans avoir à vous justifier, en écrivant à { $email } ; nous cessons alors d’utiliser vos données à ces fins.

privacy-withdrawal-title = Retirer votre consentement
privacy-withdrawal = Lorsque nous traitons vos données sur la base de votre consentement, vous pouvez retirer ce consentement à tout moment, par exemple en écrivant à { $email }. Ce retrait ne remet pas en cause la licéité du traitement que nous avons effectué sur la base de votre consentement avant que vous le retiriez.

# $via is the owner's own words, such as "via the cookie icon at the bottom left of every page".
privacy-cookie-withdraw-via = Vous pouvez modifier ou retirer à tout moment votre consentement aux cookies { $via }.
privacy-complaint-title = Plaintes
privacy-complaint = Si la manière dont nous traitons vos données ne vous satisfait pas, dites-le-nous d’abord, afin que nous puissions chercher une solution avec vous. Vous avez également le droit d’introduire une plainte auprès de l’autorité de contrôle.
complaint-contact = Les plaintes concernant la manière dont nous traitons vos données peuvent être adressées à :
complaint-authority-unknown = Vous pouvez introduire une plainte auprès de l’autorité de contrôle chargée de la protection des données du pays où nous sommes établis ({ $country }).
privacy-complaint-elsewhere = Vous pouvez également introduire une plainte auprès de l’autorité de contrôle de l’État membre de l’Union européenne dans lequel vous résidez, dans lequel vous travaillez ou dans lequel, selon vous, la violation a été commise.
privacy-complaint-court = Vous pouvez aussi saisir la justice si vous estimez que les droits que vous confère le RGPD n’ont pas été respectés (art. 79 RGPD).

privacy-security-title = Comment protégeons-nous vos données ?
privacy-security = Nous protégeons vos données à caractère personnel au moyen des mesures suivantes.

privacy-children-title = Enfants
# The section is shown only once answered. $consent-age as in the header.
children-offered = { $consent-age ->
    [none] Nous proposons des services en ligne directement aux enfants. Lorsqu’un tel service repose sur le consentement, le consentement d’un enfant qui n’a pas encore atteint l’âge du consentement numérique applicable dans son pays doit être donné ou autorisé par l’un de ses parents ou par son tuteur (art. 8 RGPD).
   *[other] Nous proposons des services en ligne directement aux enfants. Lorsqu’un tel service repose sur le consentement, le consentement d’un enfant de moins de { $consent-age } ans doit être donné ou autorisé par l’un de ses parents ou par son tuteur (art. 8 RGPD).
}
children-not-offered = Nous ne proposons pas de services en ligne directement aux enfants.
# $age is the organisation's own minimum age.
children-age-limit = Nos services en ligne sont destinés aux personnes âgées de { $age } ans ou plus.

privacy-cookies-title = Cookies
# $document is a link to the cookie policy, named by its title's .inline.
# FR : comme en néerlandais, .inline contient déjà le possessif (« notre … »).
privacy-cookies = Notre site web utilise des cookies et des technologies similaires. Pour savoir lesquels, à quelles fins et comment les refuser, consultez { $document }.

privacy-changes-title = Modifications de la présente déclaration
privacy-changes = Nous pouvons modifier la présente déclaration lorsque nos traitements ou la législation évoluent.
privacy-changes-channels = Nous annonçons les modifications de la manière suivante :
changes-website = Nous publions la nouvelle version sur notre site web, avec sa date d’entrée en vigueur.
changes-email = Si nous disposons de votre adresse e-mail, nous vous informons des modifications importantes.
# $has-version is "yes" when the version has a number or name, "no" when it is blank.
privacy-changes-effective = { $has-version ->
    [yes] La présente version ({ $version }) entre en vigueur le { $date }.
   *[no] La présente version entre en vigueur le { $date }.
}
