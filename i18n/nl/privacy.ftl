## De privacyverklaring. Argumenten die elk bericht kan gebruiken:
##   $org       de naam van de organisatie
##   $email     waar privacyvragen naartoe kunnen
##   $date      de datum waarop de verklaring in werking treedt
##   $version   het versielabel
##   $country   het land van de verwerkingsverantwoordelijke
##   $website   de eerste website; $website-count hoeveel het er zijn
##   $consent-age  de leeftijd voor digitale toestemming in het land van de
##                 verwerkingsverantwoordelijke, of "none" als die niet bekend is
##   $has-version  "yes" als er een versielabel is, anders "no"
##   $country-code het land van de verwerkingsverantwoordelijke als code ("BE", "NL"), of leeg
##   $cookie-use   wat de website opslaat, zoals beantwoord: "cookies", "similar" (ook lokale opslag of pixels), "none", of "unknown" zolang het niet beantwoord is

# .inline: de titel in lopende tekst, met het bezittelijk voornaamwoord dat
# erbij hoort; zie privacy-cookies en cookies-privacy-link.
# Titel van de privacyverklaring. Altijd getoond.
# Bovenaan de verklaring (en als paginatitel van de html-export), en als
# $title in de voet van elke pdf-pagina (document-footer in common.ftl).
# .inline is de titel midden in een zin: het cookiebeleid verwijst ermee naar
# de verklaring (cookies-privacy-link).
privacy-title = Privacyverklaring
    .inline = onze privacyverklaring

## Sectie "Over deze verklaring", de eerste van de privacyverklaring. Altijd
## getoond, met beide alinea’s.
privacy-introduction-title = Over deze verklaring
privacy-introduction = In deze verklaring leest u hoe { $org } met uw persoonsgegevens omgaat: welke gegevens wij verzamelen, waarom, op welke rechtsgrond, wie ze ontvangt, hoelang wij ze bewaren en welke rechten u hebt.
# $country-code is the controller's country as a code ("BE", "NL").
# De variant volgt het antwoord op "Land" (stap "Uw organisatie"): [BE]
# België, [NL] Nederland, [other] elk ander land, of nog geen land gekozen.
privacy-introduction-terms = { $country-code ->
    [BE] Met deze verklaring informeren wij u over het gebruik van uw persoonsgegevens (artikelen 13 en 14 van de Algemene Verordening Gegevensbescherming (Verordening (EU) 2016/679), hierna ‘AVG’). Naast de AVG geldt voor ons de Belgische wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens. Waar ‘wij’ of ‘ons’ staat, bedoelen wij { $org }.
    [NL] Met deze verklaring informeren wij u over het gebruik van uw persoonsgegevens (artikelen 13 en 14 van de Algemene Verordening Gegevensbescherming (Verordening (EU) 2016/679), hierna ‘AVG’). Naast de AVG geldt voor ons de Uitvoeringswet AVG (UAVG). Waar ‘wij’ of ‘ons’ staat, bedoelen wij { $org }.
   *[other] Met deze verklaring informeren wij u over het gebruik van uw persoonsgegevens (artikelen 13 en 14 van de Algemene Verordening Gegevensbescherming (Verordening (EU) 2016/679), hierna ‘AVG’). Waar ‘wij’ of ‘ons’ staat, bedoelen wij { $org }.
}

## Sectie "Wie is verantwoordelijk voor uw gegevens?". Altijd getoond:
## privacy-controller, dan de gegevens van de organisatie zoals beantwoord in
## stap "Uw organisatie" (de berichten label-* in common.ftl), dan
## privacy-contact (verderop in dit bestand) als dat van toepassing is.
privacy-controller-title = Wie is verantwoordelijk voor uw gegevens?
privacy-controller = { $org } is de verwerkingsverantwoordelijke voor uw persoonsgegevens: wij bepalen waarom en hoe ze worden verwerkt. U kunt ons als volgt bereiken.

## Sectie "Onze vertegenwoordiger in de Europese Unie". Alleen getoond als het
## project een vertegenwoordiger in de EU noemt (art. 27 AVG). De wizard heeft
## daar geen veld voor: hij staat in het projectbestand
## (organisation.representative). Naam en contactgegevens van de
## vertegenwoordiger volgen op privacy-representative.
privacy-representative-title = Onze vertegenwoordiger in de Europese Unie
privacy-representative = Omdat wij buiten de Europese Unie zijn gevestigd, hebben wij een vertegenwoordiger in de Unie aangewezen (art. 27 AVG). U kunt bij die vertegenwoordiger terecht met al uw vragen over uw gegevens.
## Sectie "Wanneer wij gegevens verwerken voor onze klanten". Alleen getoond
## als "Wat u als verwerker voor uw klanten doet (niet verplicht)" ingevuld is
## (stap "Uw organisatie"); dat antwoord volgt op privacy-processor als eigen
## alinea, zoals het geschreven is.
privacy-processor-title = Wanneer wij gegevens verwerken voor onze klanten
privacy-processor = Voor een deel van ons werk verwerken wij persoonsgegevens in opdracht van onze klanten, als hun verwerker (art. 28 AVG). Voor die gegevens is onze klant de verwerkingsverantwoordelijke en geldt deze verklaring niet, maar de privacyverklaring van de klant.

## Sectie "Functionaris voor gegevensbescherming". Altijd getoond. Zolang
## "Hebt u een functionaris voor gegevensbescherming (DPO) aangesteld?" (stap
## "Contact en klachten") niet beantwoord is, staat er alleen een open plek
## die de vraag noemt (question-dpo in common.ftl).
privacy-dpo-title = Functionaris voor gegevensbescherming
# Getoond als het antwoord "Ja" is; naam en e-mailadres van de DPO volgen.
privacy-dpo = Wij hebben een functionaris voor gegevensbescherming aangesteld, die erop toeziet hoe wij met persoonsgegevens omgaan. U kunt met al uw vragen over uw gegevens of uw rechten rechtstreeks bij onze functionaris voor gegevensbescherming terecht.
# Getoond als het antwoord "Nee" is. Het antwoord op "Waarom niet? (niet
# verplicht)" volgt als eigen alinea, zoals het geschreven is, als het
# ingevuld is.
privacy-dpo-none = Wij hebben geen functionaris voor gegevensbescherming aangesteld.
## Sectie "Wie is verantwoordelijk voor uw gegevens?", vervolg: dit bericht
## staat hier in het bestand, maar verschijnt in die sectie, na de gegevens
## van de organisatie.
# Getoond als "Contactpersoon voor privacy" ingevuld is (stap "Contact en
# klachten"); naam en e-mailadres van die contactpersoon volgen.
privacy-contact = Met vragen over uw persoonsgegevens kunt u terecht bij:

## Sectie "Welke persoonsgegevens verwerken wij?". Altijd getoond. Zolang er
## onder "Welke soorten persoonsgegevens?" (stap "Personen en gegevens") niets
## aangevinkt is, staat er alleen een open plek (question-data-categories).
privacy-data-title = Welke persoonsgegevens verwerken wij?
# Altijd de eerste alinea van de sectie. De lijst erna bevat de aangevinkte
# soorten die geen gevoelige en geen strafrechtelijke gegevens zijn (data-* in
# common.ftl, met de voorbeelden uit het project), plus "Camerabeelden"
# (data-camera-images) als er camera’s gebruikt worden.
privacy-data = Afhankelijk van uw relatie met ons verwerken wij de volgende soorten persoonsgegevens.
# Getoond als "Hoe gegevens binnenkomen" (stap "Personen en gegevens") voor
# minstens één groep ingevuld is; er volgt een lijst met één regel per groep:
# de naam van de groep (audience-* in common.ftl), dan profile-data en
# profile-channels.
privacy-profiles = Zo ontvangen wij uw gegevens:
# $data somt soorten gegevens op. In die lijst, voor een groep met soorten
# onder "Hun gegevens:" en geen weg aangevinkt onder "Hoe:".
profile-data = { $data }.
# $channels zijn de berichten channel-*, verbonden met "of". In die lijst,
# voor een groep met alleen wegen onder "Hoe:" en geen soorten gegevens.
profile-channels = Wij ontvangen hun gegevens { $channels }.
# In die lijst, voor een groep met soorten onder "Hun gegevens:" en wegen
# onder "Hoe:"; $channels zijn de berichten channel-*, verbonden met "of".
profile-data-channels = { $data }; die ontvangen wij { $channels }.

## Sectie "Bijzondere persoonsgegevens". Alleen getoond als er een gevoelige soort
## (gezondheid, overtuiging, ...: art. 9 AVG) aangevinkt is onder "Welke
## soorten persoonsgegevens?" (stap "Personen en gegevens"). Op
## privacy-special-data volgt elke gevoelige soort met de uitzondering gekozen
## onder "Toegestaan omdat:" (art9-* in common.ftl).
privacy-special-data-title = Bijzondere persoonsgegevens
privacy-special-data = Sommige gegevens verdienen volgens de wet extra bescherming (art. 9 AVG). Wij verwerken de volgende bijzondere persoonsgegevens alleen wanneer de wet dat toestaat, om de reden die erbij staat.

## Sectie "Gegevens over strafrechtelijke veroordelingen". Alleen getoond als
## "Strafrechtelijke veroordelingen en strafbare feiten" aangevinkt is onder
## "Welke soorten persoonsgegevens?" (stap "Personen en gegevens"). Op
## privacy-criminal-data volgt die soort en, als "Welke wet staat u toe deze
## gegevens te verwerken?" beantwoord is, criminal-data-authorised-by
## (common.ftl).
privacy-criminal-data-title = Gegevens over strafrechtelijke veroordelingen
privacy-criminal-data = Wij verwerken gegevens over strafrechtelijke veroordelingen en strafbare feiten alleen wanneer een wet dat toestaat (art. 10 AVG).

## Sectie "Gegevens die wij niet van uzelf krijgen". Zolang "Ontvangt u
## persoonsgegevens van anderen dan de betrokkenen zelf?" (stap "Personen en
## gegevens") niet beantwoord is, staat er alleen een open plek
## (question-sources). Bij "Ja" en minstens één bron volgt op privacy-sources
## de lijst van bronnen (zie source-public hieronder); bij "Nee, alles komt
## van de betrokkenen zelf" valt de sectie weg.
privacy-sources-title = Gegevens die wij niet van uzelf krijgen
privacy-sources = Sommige van uw gegevens krijgen wij niet rechtstreeks van u. Wij ontvangen ze uit de volgende bronnen.

## Sectie "Camerabewaking". Alleen getoond als "Wij gebruiken
## bewakingscamera's in onze gebouwen" aangevinkt is (stap "Personen en
## gegevens"). De alinea’s komen in de volgorde van de berichten cameras-*
## hieronder.
# Noemt ook de camerabewaking alsof het een doeleinde is, als de camera’s op
# gerechtvaardigde belangen (of een taak van algemeen belang) berusten: in de
# lijst van "Onze gerechtvaardigde belangen" en tussen de doeleinden in
# privacy-objection-interests. Het moet daar ook goed lezen.
privacy-cameras-title = Camerabewaking
# $purpose is the owner's own words.
# Altijd getoond in de sectie; $purpose is het antwoord op "Waarvoor dienen de
# camera's?", of een open plek zolang dat leeg is (question-camera-purpose).
cameras-purpose = Wij gebruiken bewakingscamera’s in onze gebouwen. Doel van de camerabewaking: { $purpose }.
# Altijd getoond in de sectie; $basis volgt "Wat staat u toe de camera's te
# gebruiken?": een bericht basis-* uit common.ftl,
# cameras-basis-legitimate-interests, of een open plek zolang het niet
# beantwoord is (question-camera-basis).
cameras-basis = Rechtsgrond van de camerabewaking: { $basis }.
# The legitimate interest as the basis of camera surveillance: the organisation's own, named in the purpose above.
# Gebruikt als $basis in cameras-basis als het antwoord gerechtvaardigde
# belangen is.
cameras-basis-legitimate-interests = ons gerechtvaardigd belang bij dat doel (art. 6 lid 1 onder f AVG)
# Getoond als "Aan elke ingang van de bewaakte ruimte hangt een bord met het
# wettelijke pictogram" aangevinkt is. Van cameras-pictogram, cameras-police,
# cameras-retention en cameras-law-be komen de berichten die van toepassing
# zijn samen in één alinea.
cameras-pictogram = Borden met het wettelijke pictogram tonen waar camera’s in gebruik zijn.
# Getoond als "Geeft u beelden aan de politie of het gerecht wanneer ze een
# misdrijf kunnen helpen bewijzen?" met "Ja" beantwoord is.
cameras-police = Wij kunnen beelden verstrekken aan de politie of justitie als ze kunnen helpen een misdrijf, schade of overlast te bewijzen of een dader te identificeren.
# Getoond als "Hoeveel dagen bewaart u de beelden?" ingevuld is; $days is dat
# getal.
cameras-retention = Wij bewaren de beelden maximaal { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}, tenzij ze nodig zijn als bewijs van een misdrijf, schade of overlast, of om een dader, een getuige of een slachtoffer te identificeren.
# Getoond als "Land" (stap "Uw organisatie") België is.
cameras-law-be = Op deze camerabewaking is de wet van 21 maart 2007 tot regeling van de plaatsing en het gebruik van bewakingscamera’s van toepassing.
# $address is a link to the privacy e-mail address.
# Altijd getoond, als laatste alinea van de sectie.
cameras-access = U kunt de beelden waarop u te zien bent opvragen door te schrijven naar { $address }. Vermeld de datum, het tijdstip en de plaats zo precies mogelijk, zodat wij de beelden kunnen terugvinden.
## Sectie "Gegevens die wij niet van uzelf krijgen", vervolg: gezegd onder
## elke bron in de lijst.
# Getoond onder een bron als "Is deze bron openbaar toegankelijk?" met "Ja"
# beantwoord is.
source-public = Dit is een openbaar toegankelijke bron.
# Getoond onder een bron als "Is deze bron openbaar toegankelijk?" met "Nee"
# beantwoord is. Zolang de vraag niet beantwoord is, staat er een open plek
# (question-source-public).
source-not-public = Deze bron is niet openbaar toegankelijk.

## Sectie "Waarom wij uw gegevens verwerken, op welke rechtsgrond en hoelang
## wij ze bewaren". Altijd getoond. Zolang er geen doeleinde toegevoegd is
## (stap "Doeleinden"), staat er alleen een open plek (question-purposes).
## Anders: privacy-purposes of privacy-purposes-and-cameras, dan de tabel van
## doeleinden (column-*, basis-* en retention-* in common.ftl).
privacy-purposes-title = Waarom wij uw gegevens verwerken, op welke rechtsgrond en hoelang wij ze bewaren
# Getoond als er geen camera’s gebruikt worden.
privacy-purposes = Wij verwerken uw gegevens alleen voor de doeleinden hieronder. Bij elk doel vermelden wij welke gegevens wij gebruiken, op welke rechtsgrond dat gebeurt en hoelang wij de gegevens bewaren.
# Getoond in plaats van privacy-purposes als "Wij gebruiken bewakingscamera's
# in onze gebouwen" aangevinkt is (stap "Personen en gegevens").
privacy-purposes-and-cameras = Wij verwerken uw gegevens alleen voor de doeleinden hieronder en voor de camerabewaking hierboven. Bij elk doel vermelden wij welke gegevens wij gebruiken, op welke rechtsgrond dat gebeurt en hoelang wij de gegevens bewaren.
# $audiences somt op op wie het doel betrekking heeft, bijvoorbeeld "klanten, sollicitanten".
# In de eerste kolom van de tabel, onder de naam en de beschrijving van het
# doeleinde, als "Van wie?" voor het doeleinde beantwoord is (stap
# "Doeleinden").
purpose-concerns = Betrokkenen: { $audiences }

## Sectie "Onze gerechtvaardigde belangen". Alleen getoond als een doeleinde
## op gerechtvaardigde belangen berust ("Wat staat u toe ze te gebruiken?",
## stap "Doeleinden", voor het doeleinde of voor een van zijn groepen), of de
## camera’s ("Wat staat u toe de camera's te gebruiken?"). Op
## privacy-legitimate-interests volgt één regel per zulk doeleinde met zijn
## "Uw gerechtvaardigd belang" (of not-stated), en een regel voor de camera’s.
privacy-legitimate-interests-title = Onze gerechtvaardigde belangen
privacy-legitimate-interests = Wanneer wij ons op onze gerechtvaardigde belangen baseren (art. 6 lid 1 onder f AVG), zijn dit de belangen die wij nastreven.

## Sectie "Bent u verplicht uw gegevens te verstrekken?". Alleen getoond als
## "Moet men deze gegevens verstrekken?" (stap "Doeleinden") voor minstens één
## doeleinde of groep beantwoord is. Op privacy-obligation volgt één regel per
## antwoord (requirement-* en provision-consequence in common.ftl).
privacy-obligation-title = Bent u verplicht uw gegevens te verstrekken?
privacy-obligation = Voor de volgende doeleinden vermelden wij of u uw gegevens moet verstrekken, en wat er gebeurt als u dat niet doet.

## Sectie "Wie ontvangt uw gegevens?". Altijd getoond. Zolang "Ontvangt iemand
## buiten uw organisatie de gegevens?" (stap "Ontvangers") niet beantwoord is,
## staat er alleen een open plek (question-recipients).
privacy-recipients-title = Wie ontvangt uw gegevens?
# Getoond als het antwoord "Ja" is en er minstens één ontvanger toegevoegd is;
# de tabel van ontvangers volgt (column-* en role-* in common.ftl).
privacy-recipients = Wij delen uw gegevens met de volgende ontvangers.
# Getoond na de tabel als bij een ontvanger "Hun rol" "Verwerker" is.
privacy-recipients-processors = Verwerkers verwerken uw gegevens in onze opdracht en volgens onze instructies (art. 28 AVG); zij mogen ze niet voor eigen doeleinden gebruiken.
# Getoond als bij een ontvanger "Hun rol" "Gezamenlijk verantwoordelijke" is;
# er volgt een lijst van die ontvangers, elk met het antwoord op "De
# wezenlijke inhoud van uw regeling (gezamenlijke verantwoordelijken)" (een
# open plek zolang dat leeg is: question-arrangement).
joint-arrangements = { $count ->
    [one] Met één ontvanger bepalen wij samen waarom en hoe gegevens worden verwerkt: wij zijn gezamenlijk verwerkingsverantwoordelijken (art. 26 AVG). De wezenlijke inhoud van die regeling is als volgt.
   *[other] Met sommige ontvangers bepalen wij samen waarom en hoe gegevens worden verwerkt: wij zijn gezamenlijk verwerkingsverantwoordelijken (art. 26 AVG). De wezenlijke inhoud van elke regeling is als volgt.
}
# In die lijst, na de regeling van een gezamenlijk verantwoordelijke, als
# "Waar men hen bereikt (niet verplicht)" ingevuld is; $recipient is de naam
# van de ontvanger, en zijn contactgegevens volgen.
joint-contact = U bereikt { $recipient } via:
# Na de lijst van gezamenlijk verantwoordelijken, telkens als
# joint-arrangements getoond wordt.
joint-rights = { $count ->
    [one] U kunt uw rechten bij ons en bij die ontvanger uitoefenen.
   *[other] U kunt uw rechten bij ons en bij elk van hen uitoefenen.
}
# In de plaats daarvan getoond, als hele sectie, als het antwoord "Nee,
# niemand" is.
privacy-recipients-none = Wij delen uw persoonsgegevens niet met anderen, tenzij de wet ons daartoe verplicht.

## Sectie "Doorgifte buiten de Europese Economische Ruimte". Altijd getoond.
## Zolang "Gaan er gegevens naar een land buiten de Europese Economische
## Ruimte (EER)?" (stap "Ontvangers") niet beantwoord is, staat er alleen een
## open plek (question-transfers).
privacy-transfers-title = Doorgifte buiten de Europese Economische Ruimte
# Getoond als een ontvanger gegevens buiten de EER verwerkt (volgens "Waar
# worden de gegevens verwerkt?", "Ook verwerkt in:" of "De aanbieder zegt dat
# de gegevens ook buiten de EER verwerkt kunnen worden, zonder de landen te
# noemen"); er volgt een lijst met elke zulke ontvanger, zijn landen en zijn
# waarborg (safeguard-* in common.ftl).
privacy-transfers = { $count ->
    [one] Eén ontvanger verwerkt uw gegevens buiten de Europese Economische Ruimte (EER). Wij vermelden de rechtsgrond voor die doorgifte.
   *[other] Sommige ontvangers verwerken uw gegevens buiten de Europese Economische Ruimte (EER). Bij elk vermelden wij de rechtsgrond voor de doorgifte.
}
# Getoond na die lijst als bij een ontvanger buiten de EER "Waarborg voor de
# doorgifte" "modelcontractbepalingen" of "bindende bedrijfsvoorschriften" is.
privacy-transfers-copy = U kunt via { $email } een kopie opvragen van de waarborgen die van toepassing zijn, of vragen waar u ze kunt raadplegen.
# In de plaats daarvan getoond, als hele sectie, als het antwoord "Nee" is en
# geen enkele ontvanger buiten de EER zit.
privacy-transfers-none = Wij geven uw persoonsgegevens niet door buiten de Europese Economische Ruimte.

## Sectie "Geautomatiseerde besluitvorming en profilering". Altijd getoond.
## Zolang "Neemt een computer alleen beslissingen over personen, met
## rechtsgevolgen of vergelijkbaar ingrijpende gevolgen?" (stap "Doeleinden")
## niet beantwoord is, staat er alleen een open plek
## (question-automated-decisions).
privacy-automated-title = Geautomatiseerde besluitvorming en profilering
# Getoond als bij een doeleinde "Een computer beslist over personen, of maakt
# een profiel van hen, zonder dat er een mens aan te pas komt" aangevinkt is
# en "Heeft het rechtsgevolgen of vergelijkbaar ingrijpende gevolgen voor de
# persoon ...?" niet met "Nee" beantwoord is. Per zulk doeleinde volgen: de
# naam als tussenkop, automated-taken-by, de uitzondering (art22-* in
# common.ftl), automated-profiling, de logica en de gevolgen (label-logic,
# label-consequences in common.ftl), en een van de berichten automated-review.
privacy-automated = Voor de volgende doeleinden wordt een besluit over u geautomatiseerd genomen, zonder dat daar een mens aan te pas komt.
# Getoond bij zo’n besluit als "Daarbij wordt profilering gebruikt" aangevinkt
# is.
automated-profiling = Daarbij is sprake van profilering: uw persoonsgegevens worden gebruikt om bepaalde persoonlijke aspecten van u te beoordelen.
# $controller is the other company that takes the decision.
# Als eerste getoond bij een besluit als "Wie neemt het besluit, als u het
# niet bent? (niet verplicht)" ingevuld is; $controller is dat antwoord.
automated-taken-by = Dit besluit wordt genomen door { $controller }, niet door ons.
# Getoond bij een besluit dat de organisatie zelf neemt, als "Wat staat het
# besluit toe? (art. 22, lid 2)" een overeenkomst (a) of uitdrukkelijke
# toestemming (c) is. Zolang die vraag niet beantwoord is, wordt niets gezegd.
automated-review = U hebt het recht het besluit door een medewerker van ons te laten herzien, uw standpunt te geven en het besluit aan te vechten. Stuur uw verzoek naar { $email }.
# Getoond in plaats van automated-review en automated-review-law als "Wie
# neemt het besluit, als u het niet bent? (niet verplicht)" ingevuld is, welke
# uitzondering ook geldt; $controller is dat antwoord, met een link naar het
# privacybeleid van een ontvanger met die naam als die er een heeft.
automated-review-other = Om het besluit door een mens te laten herzien, uw standpunt te geven of het aan te vechten, neemt u contact op met { $controller }.
# Getoond bij een besluit dat de organisatie zelf neemt, als "Wat staat het
# besluit toe? (art. 22, lid 2)" "toegestaan door een wet" (b) is.
automated-review-law = De wet die dit besluit toestaat, bepaalt hoe uw rechten en belangen worden beschermd.
# Getoond als bij een doeleinde "Een computer beslist over personen, of maakt
# een profiel van hen, zonder dat er een mens aan te pas komt" aangevinkt is
# en de vraag naar rechtsgevolgen of vergelijkbaar ingrijpende gevolgen met
# "Nee" beantwoord is, zowel naast privacy-automated als naast
# privacy-automated-none. Per zulk doeleinde volgen de naam als tussenkop, de
# logica en de gevolgen (label-profiling-logic, label-consequences in
# common.ftl), en profiling-objection.
privacy-profiling = Wij gebruiken uw gegevens ook om bepaalde aspecten van u te beoordelen (profilering), zonder dat dit rechtsgevolgen voor u heeft of u anderszins in aanmerkelijke mate treft. Hieronder leest u waarvoor en hoe.
# Getoond bij zo’n doeleinde als het berust op gerechtvaardigde belangen of
# een taak van algemeen belang ("Wat staat u toe ze te gebruiken?", stap
# "Doeleinden").
profiling-objection = U kunt op elk moment bezwaar maken tegen deze profilering (art. 21 AVG).
# Getoond als het antwoord "Nee" is: geen enkel doeleinde heeft een besluit
# met zulke gevolgen.
privacy-automated-none = Wij nemen over u geen besluiten die uitsluitend op geautomatiseerde verwerking, waaronder profilering, berusten en die rechtsgevolgen voor u hebben of u anderszins in aanmerkelijke mate treffen (art. 22 AVG).

## Sectie "Uw rechten". Altijd getoond. Op privacy-rights volgen de vijf
## rechten hieronder, altijd alle vijf, elk met de naam in het vet en de
## .explanation.
privacy-rights-title = Uw rechten
privacy-rights = U hebt de volgende rechten met betrekking tot uw persoonsgegevens.
right-access = Recht op inzage
    .explanation = u kunt vragen of wij uw gegevens verwerken en er een kopie van krijgen, samen met informatie over hoe wij ze gebruiken (art. 15 AVG).
right-rectification = Recht op rectificatie
    .explanation = u kunt onjuiste gegevens laten verbeteren en onvolledige gegevens laten aanvullen (art. 16 AVG).
right-erasure = Recht op gegevenswissing
    .explanation = u kunt ons vragen uw gegevens te wissen, bijvoorbeeld wanneer wij ze niet langer nodig hebben of wanneer u uw toestemming intrekt, tenzij de wet ons verplicht ze te bewaren of wij ze nodig hebben voor de instelling, uitoefening of onderbouwing van een rechtsvordering (art. 17 AVG).
right-restriction = Recht op beperking van de verwerking
    .explanation = u kunt ons vragen uw gegevens een tijd lang slechts beperkt te gebruiken, bijvoorbeeld terwijl wij nagaan of ze juist zijn (art. 18 AVG).
right-portability = Recht op overdraagbaarheid van gegevens
    .explanation = als wij gegevens die u ons hebt verstrekt op basis van uw toestemming of een overeenkomst geautomatiseerd verwerken, kunt u die gegevens in een gestructureerde, gangbare en machineleesbare vorm krijgen, of ze, als dat technisch mogelijk is, rechtstreeks laten doorsturen naar een andere organisatie (art. 20 AVG).
# $address is een link naar het e-mailadres voor privacyverzoeken.
# Altijd getoond, na de lijst van rechten.
rights-how = Wilt u een van deze rechten uitoefenen of hebt u een vraag over uw gegevens, schrijf dan naar { $address }. Vermeld daarbij welk recht u wilt uitoefenen.
# Getoond als er onder "Verzoeken en klachten" (stap "Contact en klachten")
# een andere manier om een verzoek te doen aangeboden wordt; er volgt een
# lijst van die manieren (request-by-post, request-web-form, request-by-phone,
# request-in-person).
request-ways = U kunt uw verzoek ook indienen:
# $address is the organisation's postal address.
# In die lijst als "Men kan verzoeken ook per post sturen, naar uw adres"
# aangevinkt is en het adres (stap "Uw organisatie") ingevuld is.
request-by-post = per post naar { $address };
# $form is a link to the web form.
# In die lijst als "Webformulier voor verzoeken (niet verplicht)" een webadres
# bevat.
request-web-form = met het formulier op { $form };
# In die lijst als "Men kan verzoeken ook telefonisch doen, op uw nummer"
# aangevinkt is; $phone is "Telefoon" (stap "Uw organisatie"), of een open
# plek zolang dat leeg is (question-phone).
request-by-phone = telefonisch op { $phone };
# In die lijst als "Men kan verzoeken ook persoonlijk doen, bij u ter plaatse"
# aangevinkt is.
request-in-person = persoonlijk, bij ons ter plaatse.
# $proof is what the organisation asks, in its own words.
# Getoond na de manieren als "Bewijs van identiteit dat u vraagt (niet
# verplicht)" ingevuld is.
request-identity = Kunnen wij niet op een andere manier vaststellen dat een verzoek van u komt, dan kunnen wij u om het volgende bewijs van uw identiteit vragen, zodat wij uw gegevens aan niemand anders geven: { $proof }.
# $days is the number of days the organisation promises, at most a month.
# Getoond als laatste alinea van de sectie, na privacy-rights-terms, als "U
# antwoordt binnen ... dagen (niet verplicht)" ingevuld is met 28 dagen of
# minder.
request-response-days = Wij streven ernaar binnen { $days } dagen te antwoorden.
## Belgian sector rules that change how rights work; each is said only
## when the owner ticks it.
## Sectie "Uw rechten", na de manieren om een verzoek te doen. De wizard biedt
## ze alleen aan Belgische organisaties aan ("Land" België), onder "Verzoeken
## en klachten" (stap "Contact en klachten").
# Getoond als "Wij bewaren gegevens volgens de antiwitwaswet (inzage loopt via
# de toezichthouder)" aangevinkt is.
sector-aml = Voor gegevens die wij bewaren volgens de Belgische wet van 18 september 2017 tot voorkoming van het witwassen van geld en de financiering van terrorisme, oefent u uw recht op inzage uit via de Gegevensbeschermingsautoriteit, niet bij ons (art. 65 van die wet). De wet verbiedt ons ook u te zeggen of wij een vermoeden hebben gemeld.
# Getoond als "Onze cliënten zijn patiënten met de rechten van de wet
# patiëntenrechten" aangevinkt is.
sector-patient-rights = Als patiënt hebt u ook de rechten die de Belgische wet van 22 augustus 2002 betreffende de rechten van de patiënt u geeft: u kunt uw patiëntendossier binnen 15 dagen na uw verzoek inzien, er een afschrift van krijgen, en u laten bijstaan door een vertrouwenspersoon naar keuze, die het ook voor u kan inzien.
# Getoond als "Wij zijn gebonden aan het beroepsgeheim" aangevinkt is.
sector-professional-secrecy = Wij zijn gebonden aan het beroepsgeheim dat het Belgische strafrecht oplegt: wat u ons toevertrouwt, delen wij alleen waar de wet dat toestaat of verplicht.
## Sectie "Uw rechten", vervolg.
# Altijd getoond, na de manieren om een verzoek te doen en de sectorregels.
privacy-rights-terms = Wij antwoorden zonder onnodige vertraging, en in elk geval binnen een maand na ontvangst van uw verzoek. Bij ingewikkelde of talrijke verzoeken kunnen wij die termijn met nog eens twee maanden verlengen; dat laten wij u dan binnen de eerste maand weten. Het uitoefenen van uw rechten is kosteloos, tenzij een verzoek kennelijk ongegrond of buitensporig is. Als wij gegronde twijfels hebben over uw identiteit, kunnen wij u om aanvullende informatie vragen om die te bevestigen.

## Sectie "Uw recht van bezwaar". Alleen getoond als een doeleinde dat geen
## direct marketing is, berust op gerechtvaardigde belangen of een taak van
## algemeen belang ("Wat staat u toe ze te gebruiken?", stap "Doeleinden"), of
## de camera’s, of als bij een doeleinde "Is dit doeleinde direct marketing:
## nieuwsbrieven, aanbiedingen of reclame?" met "Ja" beantwoord is.
## privacy-objection is altijd de eerste alinea.
privacy-objection-title = Uw recht van bezwaar
privacy-objection = U hebt het recht om bezwaar te maken tegen bepaalde vormen van verwerking van uw persoonsgegevens (art. 21 AVG). Omdat dit recht belangrijk is, zetten wij het hier apart uiteen.
# $purposes names the purposes resting on legitimate interests or a public task.
# $basis says which bases occur: interests, public or both.
# Getoond als een doeleinde dat geen direct marketing is, op gerechtvaardigde
# belangen of een taak van algemeen belang berust, voor al zijn groepen of
# voor één, of de camera’s (genoemd met privacy-cameras-title). Een doeleinde
# met "Een andere grond voor …" wordt genoemd met purpose-for-audience
# (common.ftl).
privacy-objection-interests = { $count ->
    [one] { $basis ->
        [public] Dit doel steunt op een taak van algemeen belang: { $purposes }.
        [both] Dit doel steunt op gerechtvaardigde belangen of op een taak van algemeen belang: { $purposes }.
       *[interests] Dit doel steunt op gerechtvaardigde belangen: { $purposes }.
    }
   *[other] { $basis ->
        [public] Deze doeleinden steunen op een taak van algemeen belang: { $purposes }.
        [both] Deze doeleinden steunen op gerechtvaardigde belangen of op een taak van algemeen belang: { $purposes }.
       *[interests] Deze doeleinden steunen op gerechtvaardigde belangen: { $purposes }.
    }
} U kunt er op elk moment bezwaar tegen maken om redenen die verband houden met uw specifieke situatie. Wij stoppen dan met de verwerking, tenzij wij dwingende gerechtvaardigde gronden aantonen die zwaarder wegen dan uw belangen, rechten en vrijheden, of wij de gegevens nodig hebben voor de instelling, uitoefening of onderbouwing van een rechtsvordering.
# $purposes names the purposes that are direct marketing.
# Getoond als bij een doeleinde "Is dit doeleinde direct marketing:
# nieuwsbrieven, aanbiedingen of reclame?" met "Ja" beantwoord is.
privacy-objection-marketing = { $count ->
    [one] Dit doel is direct marketing: { $purposes }.
   *[other] Deze doeleinden zijn direct marketing: { $purposes }.
} U kunt op elk moment bezwaar maken tegen direct marketing, zonder een reden op te geven, door te schrijven naar { $email }; wij gebruiken uw gegevens daar dan niet langer voor.

## Sectie "Uw toestemming intrekken". Alleen getoond als een doeleinde op
## toestemming berust ("Wat staat u toe ze te gebruiken?", stap "Doeleinden"),
## of uitdrukkelijke toestemming de gekozen uitzondering voor gevoelige
## gegevens is ("Toegestaan omdat:" in stap "Personen en gegevens", of per
## doeleinde), of het cookiebeleid elders gepubliceerd is ("Staat uw
## cookiebeleid elders gepubliceerd? Het webadres (niet verplicht)", stap
## "Cookies"). privacy-withdrawal is altijd de eerste alinea.
privacy-withdrawal-title = Uw toestemming intrekken
privacy-withdrawal = Als wij uw gegevens verwerken op basis van uw toestemming, kunt u die toestemming op elk moment intrekken, bijvoorbeeld door te schrijven naar { $email }. De intrekking doet geen afbreuk aan de rechtmatigheid van wat wij vóór de intrekking op basis van uw toestemming hebben gedaan.

# $via is de eigen tekst van de eigenaar, zoals "via het cookie-icoon linksonder op elke pagina".
# Getoond na privacy-withdrawal zodra "Waar kunnen bezoekers hun keuze
# wijzigen?" (stap "Cookies") ingevuld is; $via is dat antwoord.
privacy-cookie-withdraw-via = U kunt uw toestemming voor cookies op elk moment wijzigen of intrekken { $via }.
## Sectie "Klachten". Altijd getoond, in deze volgorde: privacy-complaint,
## complaint-contact met de gegevens van dat contact, de gegevens van de
## toezichthouder (of complaint-authority-unknown),
## privacy-complaint-elsewhere, privacy-complaint-court.
privacy-complaint-title = Klachten
privacy-complaint = Bent u niet tevreden over de manier waarop wij met uw gegevens omgaan, dan kunt u dat aan ons laten weten, zodat wij samen naar een oplossing kunnen zoeken. U hebt daarnaast altijd het recht een klacht in te dienen bij de toezichthoudende autoriteit, ook als u zich niet eerst tot ons hebt gewend (art. 77 AVG).
# Getoond als "Contact voor klachten, als dat niet het privacycontact is (niet
# verplicht)" ingevuld is (stap "Contact en klachten"); naam en e-mailadres
# van dat contact volgen.
complaint-contact = Klachten over hoe wij met uw gegevens omgaan, kunt u richten aan:
# Getoond in plaats van de gegevens van de toezichthouder als policywright
# geen toezichthouder kent voor het "Land" (stap "Uw organisatie") en het
# projectbestand er geen noemt (supervisory_authority), of als er nog geen
# land gekozen is ($country is dan een open plek).
complaint-authority-unknown = Onze toezichthoudende autoriteit is de gegevensbeschermingsautoriteit van het land waar wij gevestigd zijn: { $country }.
privacy-complaint-elsewhere = U kunt ook een klacht indienen bij de toezichthoudende autoriteit van de EU-lidstaat waar u woont, waar u werkt of waar volgens u de inbreuk heeft plaatsgevonden.
privacy-complaint-court = Daarnaast kunt u naar de rechter stappen als u meent dat uw rechten op grond van de AVG zijn geschonden (art. 79 AVG).

## Sectie "Hoe beschermen wij uw gegevens?". Altijd getoond. Zolang er onder
## "Hoe u de gegevens beschermt" (stap "Contact en klachten") geen maatregel
## aangevinkt is, staat er alleen een open plek (question-security-measures).
## Op privacy-security volgen de aangevinkte maatregelen (security-* in
## common.ftl).
privacy-security-title = Hoe beschermen wij uw gegevens?
privacy-security = Wij beschermen uw persoonsgegevens met de volgende maatregelen.

## Sectie "Kinderen". Altijd getoond. Zolang "Biedt u onlinediensten
## rechtstreeks aan kinderen aan?" (stap "Contact en klachten") niet
## beantwoord is, staat er alleen een open plek (question-children).
privacy-children-title = Kinderen
# Alleen getoond zodra beantwoord. $consent-age zoals bovenaan.
# Getoond als het antwoord "Ja" is. [none] wordt gebruikt als policywright de
# leeftijd voor digitale toestemming voor het "Land" (stap "Uw organisatie")
# niet kent, of als er geen land gekozen is.
children-offered = { $consent-age ->
    [none] Wij bieden onlinediensten rechtstreeks aan kinderen aan. Steunt zo’n dienst op toestemming, dan moet de toestemming van een kind dat jonger is dan de leeftijd voor digitale toestemming in zijn of haar land, worden gegeven of goedgekeurd door een ouder of voogd (art. 8 AVG).
   *[other] Wij bieden onlinediensten rechtstreeks aan kinderen aan. Steunt zo’n dienst op toestemming, dan moet de toestemming van een kind jonger dan { $consent-age } jaar worden gegeven of goedgekeurd door een ouder of voogd (art. 8 AVG).
}
# Getoond als het antwoord "Nee" is.
children-not-offered = Wij bieden geen onlinediensten rechtstreeks aan kinderen aan.
# $age is de eigen minimumleeftijd van de organisatie.
# Toegevoegd na children-offered of children-not-offered, in dezelfde alinea,
# als "Uw eigen minimumleeftijd (niet verplicht)" ingevuld is. Het antwoord op
# "Hoe u met gegevens van minderjarigen omgaat (niet verplicht)" volgt als
# eigen alinea, zoals het geschreven is.
children-age-limit = Onze onlinediensten zijn bedoeld voor personen van { $age } jaar of ouder.

## Sectie "Cookies". Zolang "Plaatst uw website cookies of vergelijkbare
## technieken (local storage, pixels)?" (stap "Cookies") niet beantwoord is,
## staat er alleen een open plek (question-cookies). Getoond als er minstens
## één cookie toegevoegd is, of als "Staat uw cookiebeleid elders
## gepubliceerd? Het webadres (niet verplicht)" ingevuld is; weggelaten als
## het antwoord "Nee, geen" is.
privacy-cookies-title = Cookies
# De link gaat naar het cookiebeleid dat policywright schrijft, of naar het
# webadres waar het cookiebeleid elders gepubliceerd is.
privacy-cookies = { $cookie-use ->
    [similar] Onze website gebruikt cookies en vergelijkbare technieken. Welke dat zijn, waarvoor, en of en hoe u ze kunt weigeren, leest u in { $document }.
    [cookies] Onze website gebruikt cookies. Welke dat zijn, waarvoor, en of en hoe u ze kunt weigeren, leest u in { $document }.
   *[other] Welke cookies onze website gebruikt, waarvoor, en of en hoe u ze kunt weigeren, leest u in { $document }.
}

## Sectie "Wijzigingen in deze verklaring", de laatste van de
## privacyverklaring. Altijd getoond: privacy-changes, de manieren waarop
## wijzigingen bekendgemaakt worden, privacy-changes-effective.
privacy-changes-title = Wijzigingen in deze verklaring
privacy-changes = Wij kunnen deze verklaring aanpassen wanneer onze verwerkingen of de wet veranderen.
# Getoond als er onder "Wijzigingen aan deze documenten bekendmaken" (stap
# "Contact en klachten") minstens één manier aangevinkt is, gevolgd door de
# aangevinkte manieren; tot dan staat er een open plek
# (question-change-notice). Op dezelfde manier gebruikt in de sectie
# "Wijzigingen in dit beleid" van het cookiebeleid, dus het moet bij beide
# documenten passen.
privacy-changes-channels = Wijzigingen maken wij als volgt bekend:
# In die lijst als deze manier aangevinkt is; dit bericht is ook het label van
# het vinkje in de wizard.
changes-website = Wij publiceren de nieuwe versie op onze website, met de datum waarop ze in werking treedt.
# In die lijst als deze manier aangevinkt is; dit bericht is ook het label van
# het vinkje in de wizard.
changes-email = Als wij uw e-mailadres hebben, brengen wij u op de hoogte van belangrijke wijzigingen.
# $has-version is "yes" als de versie een nummer of naam heeft, "no" als ze leeg is.
# Altijd de laatste alinea van de verklaring, en van het cookiebeleid.
# $version en $date zijn "Versie" en "Van kracht vanaf" (stap "Nakijken en
# exporteren").
privacy-changes-effective = { $has-version ->
    [yes] Deze versie ({ $version }) treedt in werking op { $date }.
   *[no] Deze versie treedt in werking op { $date }.
}
