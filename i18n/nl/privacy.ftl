## De privacyverklaring. Argumenten die elk bericht kan gebruiken:
##   $org       de naam van de organisatie
##   $email     waar privacyvragen naartoe kunnen
##   $date      de datum waarop de verklaring in werking treedt
##   $version   het versielabel
##   $country   het land van de verwerkingsverantwoordelijke
##   $website   de eerste website; $website-count hoeveel het er zijn
##   $consent-age  de leeftijd voor digitale toestemming in het land van de
##                 verwerkingsverantwoordelijke, of "none" als die niet bekend is

# .inline: de titel in lopende tekst, met het bezittelijk voornaamwoord dat
# erbij hoort; zie privacy-cookies en cookies-privacy-link.
privacy-title = Privacyverklaring
    .inline = onze privacyverklaring

privacy-introduction-title = Over deze verklaring
privacy-introduction = In deze verklaring leest u hoe { $org } met uw persoonsgegevens omgaat: welke gegevens wij verzamelen, waarom, op welke rechtsgrond, wie ze ontvangt, hoelang wij ze bewaren en welke rechten u hebt.
# $country-code is the controller's country as a code ("BE", "NL").
privacy-introduction-terms = { $country-code ->
    [BE] Met deze verklaring informeren wij u over het gebruik van uw persoonsgegevens (art. 13 en 14 van de Algemene Verordening Gegevensbescherming, AVG, Verordening (EU) 2016/679). Naast de AVG geldt voor ons de Belgische wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens. Waar ‘wij’ of ‘ons’ staat, bedoelen wij { $org }.
    [NL] Met deze verklaring informeren wij u over het gebruik van uw persoonsgegevens (art. 13 en 14 van de Algemene Verordening Gegevensbescherming, AVG, Verordening (EU) 2016/679). Naast de AVG geldt voor ons de Uitvoeringswet AVG (UAVG). Waar ‘wij’ of ‘ons’ staat, bedoelen wij { $org }.
   *[other] Met deze verklaring informeren wij u over het gebruik van uw persoonsgegevens (art. 13 en 14 van de Algemene Verordening Gegevensbescherming, AVG, Verordening (EU) 2016/679). Waar ‘wij’ of ‘ons’ staat, bedoelen wij { $org }.
}

privacy-controller-title = Wie is verantwoordelijk voor uw gegevens?
privacy-controller = { $org } is de verwerkingsverantwoordelijke voor uw persoonsgegevens: wij bepalen waarom en hoe ze worden verwerkt. U kunt ons als volgt bereiken.

privacy-representative-title = Onze vertegenwoordiger in de Europese Unie
privacy-representative = Omdat wij buiten de Europese Unie zijn gevestigd, hebben wij een vertegenwoordiger in de Unie aangewezen (art. 27 AVG). U kunt bij die vertegenwoordiger terecht met al uw vragen over uw gegevens.
privacy-processor-title = Wanneer wij gegevens verwerken voor onze klanten
privacy-processor = Voor een deel van ons werk verwerken wij persoonsgegevens in opdracht van onze klanten, als hun verwerker (art. 28 AVG). Voor die gegevens is onze klant de verwerkingsverantwoordelijke en geldt deze verklaring niet, maar de privacyverklaring van de klant.

privacy-dpo-title = Functionaris voor gegevensbescherming
privacy-dpo = Wij hebben een functionaris voor gegevensbescherming aangesteld, die erop toeziet hoe wij met persoonsgegevens omgaan. U kunt met al uw vragen over uw gegevens of uw rechten rechtstreeks bij onze functionaris voor gegevensbescherming terecht.
privacy-dpo-none = Wij hebben geen functionaris voor gegevensbescherming aangesteld.
privacy-contact = Met vragen over uw persoonsgegevens kunt u terecht bij:

privacy-data-title = Welke persoonsgegevens verwerken wij?
privacy-data = Afhankelijk van uw relatie met ons verwerken wij de volgende soorten persoonsgegevens.
privacy-profiles = Per groep personen, wat wij ontvangen en hoe:
# $data lists kinds of data.
profile-data = { $data }.
# $channels lists the ways data comes in.
profile-channels = Ontvangen via: { $channels }.

privacy-special-data-title = Gevoelige gegevens
privacy-special-data = Sommige gegevens verdienen volgens de wet extra bescherming (art. 9 AVG). Wij verwerken de volgende gevoelige gegevens alleen wanneer de wet dat toestaat, om de reden die erbij staat.

privacy-criminal-data-title = Gegevens over strafrechtelijke veroordelingen
privacy-criminal-data = Wij verwerken gegevens over strafrechtelijke veroordelingen en strafbare feiten alleen wanneer een wet dat toestaat (art. 10 AVG).

privacy-sources-title = Gegevens die wij niet van u zelf krijgen
privacy-sources = Sommige van uw gegevens krijgen wij niet rechtstreeks van u. Wij ontvangen ze uit de volgende bronnen.

privacy-cameras-title = Camerabewaking
# $purpose is the owner's own words.
cameras-purpose = Wij gebruiken bewakingscamera's in onze lokalen. Doel van de camerabewaking: { $purpose }.
cameras-basis = Rechtsgrond van de camerabewaking: { $basis }.
# The legitimate interest as the basis of camera surveillance: the organisation's own, named in the purpose above.
cameras-basis-legitimate-interests = ons gerechtvaardigd belang bij dat doel (art. 6, lid 1, f) AVG)
cameras-pictogram = Borden met het wettelijke pictogram tonen waar camera's in gebruik zijn.
cameras-police = Wij kunnen beelden bezorgen aan de politie of het gerecht als ze kunnen helpen een misdrijf, schade of overlast te bewijzen of een dader te identificeren.
cameras-retention = Wij bewaren de beelden maximaal { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}, tenzij ze nodig zijn als bewijs van een misdrijf, schade of overlast, of om een dader, een getuige of een slachtoffer te identificeren.
cameras-law-be = Op deze camerabewaking is de wet van 21 maart 2007 tot regeling van de plaatsing en het gebruik van bewakingscamera's van toepassing.
# $address is a link to the privacy e-mail address.
cameras-access = U kunt de beelden waarop u te zien bent opvragen door te schrijven naar { $address }. Vermeld de datum, het tijdstip en de plaats zo precies mogelijk, zodat wij de beelden kunnen terugvinden.
source-public = Dit is een openbaar toegankelijke bron.
source-not-public = Deze bron is niet openbaar toegankelijk.

privacy-purposes-title = Waarom wij uw gegevens verwerken, op welke rechtsgrond en hoelang wij ze bewaren
privacy-purposes = Wij verwerken uw gegevens alleen voor de doeleinden hieronder. Bij elk doel vermelden wij welke gegevens wij gebruiken, op welke rechtsgrond dat gebeurt en hoelang wij de gegevens bewaren.
privacy-purposes-and-cameras = Wij verwerken uw gegevens alleen voor de doeleinden hieronder en voor de camerabewaking hierboven. Bij elk doel vermelden wij welke gegevens wij gebruiken, op welke rechtsgrond dat gebeurt en hoelang wij de gegevens bewaren.
# $audiences somt op op wie het doel betrekking heeft, bijvoorbeeld "klanten, sollicitanten".
purpose-concerns = Betreft: { $audiences }

privacy-legitimate-interests-title = Onze gerechtvaardigde belangen
privacy-legitimate-interests = Wanneer wij ons op onze gerechtvaardigde belangen baseren (art. 6, lid 1, f) AVG), zijn dit de belangen die wij nastreven.

privacy-obligation-title = Bent u verplicht uw gegevens te verstrekken?
privacy-obligation = Voor de volgende doeleinden vermelden wij of u uw gegevens moet verstrekken, en wat er gebeurt als u dat niet doet.

privacy-recipients-title = Wie ontvangt uw gegevens?
privacy-recipients = Wij delen uw gegevens met de volgende ontvangers.
privacy-recipients-processors = Verwerkers verwerken uw gegevens in onze opdracht en volgens onze instructies (art. 28 AVG); zij mogen ze niet voor eigen doeleinden gebruiken.
joint-arrangements = Met sommige ontvangers bepalen wij samen waarom en hoe gegevens worden verwerkt: wij zijn gezamenlijk verwerkingsverantwoordelijken (art. 26 AVG). De wezenlijke inhoud van elke regeling is als volgt.
joint-contact = U bereikt { $recipient } via:
joint-rights = U kunt uw rechten bij ons en bij elk van hen uitoefenen.
privacy-recipients-authorities = Het kan ook gebeuren dat wij gegevens moeten doorgeven aan overheidsinstanties, zoals de politie, het gerecht of de belastingautoriteiten, wanneer de wet ons daartoe verplicht.
privacy-recipients-none = Wij delen uw persoonsgegevens niet met anderen, tenzij de wet ons daartoe verplicht.

privacy-transfers-title = Doorgifte buiten de Europese Economische Ruimte
privacy-transfers = Sommige ontvangers verwerken uw gegevens buiten de Europese Economische Ruimte (EER). Bij elk vermelden wij de rechtsgrond voor de doorgifte.
privacy-transfers-copy = U kunt via { $email } een kopie opvragen van de waarborgen die van toepassing zijn, of vragen waar u ze kunt raadplegen.
privacy-transfers-none = Wij geven uw persoonsgegevens niet door buiten de Europese Economische Ruimte.

privacy-automated-title = Geautomatiseerde besluitvorming en profilering
privacy-automated = Voor de volgende doeleinden wordt een besluit over u geautomatiseerd genomen, zonder dat daar een mens aan te pas komt.
automated-profiling = Daarbij is sprake van profilering: uw persoonsgegevens worden gebruikt om bepaalde persoonlijke aspecten van u te beoordelen.
# $controller is the other company that takes the decision.
automated-taken-by = Dit besluit wordt genomen door { $controller }, niet door ons.
automated-review = U hebt het recht het besluit door een medewerker van ons te laten herzien, uw standpunt te geven en het besluit aan te vechten. Stuur uw verzoek naar { $email }.
automated-review-other = Om het besluit door een mens te laten herzien, uw standpunt te geven of het aan te vechten, neemt u contact op met { $controller }.
automated-review-law = De wet die dit besluit toestaat, bepaalt hoe uw rechten en belangen worden beschermd.
privacy-profiling = Wij gebruiken uw gegevens ook om bepaalde aspecten van u te beoordelen (profilering), zonder rechtsgevolgen voor u en zonder dat het u anderszins in aanmerkelijke mate treft:
profiling-objection = U kunt op elk moment bezwaar maken tegen deze profilering (art. 21 AVG).
privacy-automated-none = Wij nemen over u geen besluiten die uitsluitend op geautomatiseerde verwerking, waaronder profilering, berusten en die rechtsgevolgen voor u hebben of u anderszins in aanmerkelijke mate treffen (art. 22 AVG).

privacy-rights-title = Uw rechten
privacy-rights = U hebt de volgende rechten met betrekking tot uw persoonsgegevens.
right-access = Recht op inzage
    .explanation = u kunt vragen of wij uw gegevens verwerken en er een kopie van krijgen, samen met informatie over hoe wij ze gebruiken (art. 15 AVG).
right-rectification = Recht op rectificatie
    .explanation = u kunt onjuiste gegevens laten verbeteren en onvolledige gegevens laten aanvullen (art. 16 AVG).
right-erasure = Recht op gegevenswissing
    .explanation = u kunt ons vragen uw gegevens te wissen, bijvoorbeeld wanneer wij ze niet langer nodig hebben of wanneer u uw toestemming intrekt, tenzij de wet ons verplicht ze te bewaren (art. 17 AVG).
right-restriction = Recht op beperking van de verwerking
    .explanation = u kunt ons vragen uw gegevens een tijd lang slechts beperkt te gebruiken, bijvoorbeeld terwijl wij nagaan of ze juist zijn (art. 18 AVG).
right-portability = Recht op overdraagbaarheid van gegevens
    .explanation = als wij gegevens die u ons hebt verstrekt op basis van uw toestemming of een overeenkomst geautomatiseerd verwerken, kunt u die gegevens in een gestructureerde, gangbare en machineleesbare vorm krijgen, of ze, als dat technisch mogelijk is, rechtstreeks laten doorsturen naar een andere organisatie (art. 20 AVG).
# $address is een link naar het e-mailadres voor privacyverzoeken.
rights-how = Wilt u een van deze rechten uitoefenen of hebt u een vraag over uw gegevens, schrijf dan naar { $address }. Vermeld daarbij welk recht u wilt uitoefenen.
request-ways = U kunt uw verzoek ook indienen:
# $address is the organisation's postal address.
request-by-post = per post naar { $address };
# $form is a link to the web form.
request-web-form = met het formulier op { $form };
request-by-phone = telefonisch op { $phone };
request-in-person = persoonlijk op ons adres.
# $proof is what the organisation asks, in its own words.
request-identity = Om er zeker van te zijn dat wij uw gegevens aan niemand anders geven, vragen wij het volgende bewijs van uw identiteit: { $proof }.
# $days is the number of days the organisation promises, at most a month.
request-response-days = Wij streven ernaar binnen { $days } dagen te antwoorden.
## Belgian sector rules that change how rights work; each is said only
## when the owner ticks it.
sector-aml = Voor gegevens die wij bewaren volgens de Belgische wet van 18 september 2017 tot voorkoming van het witwassen van geld en de financiering van terrorisme, oefent u uw recht op inzage uit via de Gegevensbeschermingsautoriteit, niet bij ons (art. 65 van die wet). De wet verbiedt ons ook u te zeggen of wij een vermoeden hebben gemeld.
sector-patient-rights = Als patiënt hebt u ook de rechten van de Belgische wet van 22 augustus 2002 betreffende de rechten van de patiënt: u kunt uw patiëntendossier binnen 15 dagen na uw verzoek inzien, er een afschrift van krijgen, en u laten bijstaan door een vertrouwenspersoon naar keuze, die het ook voor u kan inzien.
sector-professional-secrecy = Wij zijn gebonden aan het beroepsgeheim dat het Belgische strafrecht oplegt: wat u ons toevertrouwt, delen wij alleen waar de wet dat toestaat of verplicht.
privacy-rights-terms = Wij reageren zonder onnodige vertraging, en in elk geval binnen een maand na ontvangst van uw verzoek. Bij ingewikkelde of talrijke verzoeken kunnen wij die termijn met nog eens twee maanden verlengen; dat laten wij u dan binnen de eerste maand weten. Het uitoefenen van uw rechten is kosteloos, tenzij een verzoek kennelijk ongegrond of buitensporig is. Als wij gegronde twijfels hebben over uw identiteit, kunnen wij u om aanvullende informatie vragen om die te bevestigen.

privacy-objection-title = Uw recht van bezwaar
privacy-objection = U hebt het recht om bezwaar te maken tegen bepaalde vormen van verwerking van uw persoonsgegevens (art. 21 AVG). Omdat dit recht belangrijk is, zetten wij het hier apart uiteen.
# $purposes names the purposes resting on legitimate interests or a public task.
# $basis says which bases occur: interests, public or both.
privacy-objection-interests = { $basis ->
    [public] Deze doeleinden steunen op een taak van algemeen belang: { $purposes }.
    [both] Deze doeleinden steunen op gerechtvaardigde belangen of op een taak van algemeen belang: { $purposes }.
   *[interests] Deze doeleinden steunen op gerechtvaardigde belangen: { $purposes }.
} U kunt er op elk moment bezwaar tegen maken om redenen die verband houden met uw specifieke situatie. Wij stoppen dan met de verwerking, tenzij wij dwingende gerechtvaardigde gronden aantonen die zwaarder wegen dan uw belangen, rechten en vrijheden, of wij de gegevens nodig hebben voor de instelling, uitoefening of onderbouwing van een rechtsvordering.
# $purposes names the purposes that are direct marketing.
privacy-objection-marketing = Deze doeleinden zijn direct marketing: { $purposes }. U kunt er op elk moment bezwaar tegen maken, zonder een reden op te geven, door te schrijven naar { $email }; wij gebruiken uw gegevens dan niet langer daarvoor.

privacy-withdrawal-title = Uw toestemming intrekken
privacy-withdrawal = Als wij uw gegevens verwerken op basis van uw toestemming, kunt u die toestemming op elk moment intrekken, bijvoorbeeld door te schrijven naar { $email }. De intrekking doet geen afbreuk aan de rechtmatigheid van wat wij vóór de intrekking op basis van uw toestemming hebben gedaan.

# $via is de eigen tekst van de eigenaar, zoals "via het cookie-icoon linksonder op elke pagina".
privacy-cookie-withdraw-via = U kunt uw toestemming voor cookies op elk moment wijzigen of intrekken { $via }.
privacy-complaint-title = Klachten
privacy-complaint = Bent u niet tevreden over de manier waarop wij met uw gegevens omgaan, laat het ons dan eerst weten, zodat wij kunnen proberen het probleem op te lossen. U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit.
complaint-contact = Klachten over hoe wij met uw gegevens omgaan, kunt u richten aan:
complaint-authority-unknown = U kunt een klacht indienen bij de toezichthoudende autoriteit voor gegevensbescherming van het land waar wij gevestigd zijn ({ $country }).
privacy-complaint-elsewhere = U kunt ook een klacht indienen bij de toezichthoudende autoriteit van de EU-lidstaat waar u woont, waar u werkt of waar volgens u de inbreuk heeft plaatsgevonden.
privacy-complaint-court = Daarnaast kunt u naar de rechter stappen als u meent dat uw rechten op grond van de AVG zijn geschonden (art. 79 AVG).

privacy-security-title = Hoe beschermen wij uw gegevens?
privacy-security = Wij beschermen uw persoonsgegevens met de volgende maatregelen.

privacy-children-title = Kinderen
# Alleen getoond zodra beantwoord. $consent-age zoals bovenaan.
children-offered = { $consent-age ->
    [none] Wij bieden onlinediensten rechtstreeks aan kinderen aan. Steunt zo'n dienst op toestemming, dan moet de toestemming van een kind dat jonger is dan de leeftijd voor digitale toestemming in zijn of haar land, worden gegeven of goedgekeurd door een ouder of voogd (art. 8 AVG).
   *[other] Wij bieden onlinediensten rechtstreeks aan kinderen aan. Steunt zo'n dienst op toestemming, dan moet de toestemming van een kind jonger dan { $consent-age } jaar worden gegeven of goedgekeurd door een ouder of voogd (art. 8 AVG).
}
children-not-offered = Wij bieden geen onlinediensten rechtstreeks aan kinderen aan.
# $age is de eigen minimumleeftijd van de organisatie.
children-age-limit = Onze onlinediensten zijn bedoeld voor personen van { $age } jaar of ouder.

privacy-cookies-title = Cookies
privacy-cookies = Onze website gebruikt cookies en vergelijkbare technieken. Welke dat zijn, waarom wij ze gebruiken en hoe u ze kunt weigeren, leest u in { $document }.

privacy-changes-title = Wijzigingen in deze verklaring
privacy-changes = Wij kunnen deze verklaring aanpassen wanneer onze verwerkingen of de wet veranderen.
privacy-changes-channels = Wijzigingen maken wij als volgt bekend:
changes-website = Wij publiceren de nieuwe versie op onze website, met de datum waarop ze in werking treedt.
changes-email = Als wij uw e-mailadres hebben, brengen wij u op de hoogte van belangrijke wijzigingen.
# $has-version is "yes" als de versie een nummer of naam heeft, "no" als ze leeg is.
privacy-changes-effective = { $has-version ->
    [yes] Deze versie ({ $version }) treedt in werking op { $date }.
   *[no] Deze versie treedt in werking op { $date }.
}
