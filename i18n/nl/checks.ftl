## Bevindingen van de controles, getoond aan de eigenaar van een project
## voordat die publiceert. Elke bevinding zegt wat er mis is en waar; de
## .hint zegt wat u kunt doen. De namen volgen de regels, met streepjes in
## plaats van punten. $item is het doel, de ontvanger, de cookie of de
## categorie van gegevens waarover het gaat, bij naam (of de plaats in het
## projectbestand als het geen naam heeft).
## Waar ze verschijnen: in de wizard als kaart onder het betrokken antwoord,
## bij de stap waar het gegeven wordt (of aan het einde van de stap of van de
## kaart van het item), en allemaal samen bij de laatste stap, “Nakijken en
## exporteren”, elk met een knop naar de stap; op de opdrachtregel drukt
## “policywright check” elk bericht met zijn hint af (als tekst of JSON), en
## telt “policywright render” alleen de fouten. Het commentaar bij elk bericht
## geeft de ernst (fout, waarschuwing of advies; een fout houdt de documenten
## in ontwerp), het antwoord dat de bevinding uitlokt, en waar de wizard ze
## toont.

# Hoe de rechtsgrond van een regel wordt vermeld: $law is een van de
# law-*-namen hieronder, $articles een lijst zoals "13(1)(c), 14(1)(c)".
# Alleen op de opdrachtregel getoond: na “Waar:” in “policywright check”
# (cli-findings-where), en als citation in de JSON-uitvoer. Niet in de wizard.
check-basis = art. { $articles } { $law }
# Naam van de wet in check-basis, voor de meeste regels.
law-gdpr = AVG
# Naam van de wet in check-basis, voor de Belgische cameraregels (wet van 21
# maart 2007).
law-camera-law-be = camerawet
# Naam van de wet in check-basis, voor de regels over cookies.
law-eprivacy = ePrivacyrichtlijn

## Vragen waarvan het antwoord beslist wat de documenten zeggen. Zolang ze
## onbeantwoord zijn, tonen de documenten daar een open plek en zijn ze ontwerpen.
## Naast de onbeantwoorde vragen en antwoorden die elkaar tegenspreken, bevat
## deze groep de controles van de camera’s (stap “Personen en gegevens”) en
## enkele waarschuwingen over losse antwoorden (versleuteling, de website voor
## aankondigingen, de versie van de documenten).

# Fout. Camera’s zijn aangevinkt bij stap “Personen en gegevens” en er is geen
# rechtsgrond voor gekozen. Wizard: onder de rechtsgronden van de camera’s.
check-cameras-basis-missing = U gebruikt bewakingscamera's, maar zegt niet wat u dat toestaat, dus de privacyverklaring kan de rechtsgrond niet geven.
    .hint = Kies de rechtsgrond van het cameratoezicht; voor een winkel of kantoor is dat meestal uw gerechtvaardigd belang bij de bescherming van mensen en goederen.
# Fout. Camera’s zijn aangevinkt en de vraag of beelden naar de politie of het
# gerecht gaan (app-q-cameras-police) is niet beantwoord. Wizard: stap
# “Personen en gegevens”, onder die vraag.
check-cameras-recipients-unanswered = U gebruikt bewakingscamera's, maar hebt niet gezegd of u beelden aan de politie of het gerecht geeft, dus de privacyverklaring kan niet zeggen wie ze ontvangt.
    .hint = Beantwoord bij "Personen en gegevens" of u beelden aan de politie of het gerecht bezorgt wanneer ze een misdrijf kunnen helpen bewijzen.
# Fout. Camera’s zijn aangevinkt en waarvoor ze dienen is leeg. Wizard: stap
# “Personen en gegevens”, onder dat veld.
check-cameras-purpose-missing = U gebruikt bewakingscamera's, maar zegt niet waarvoor.
    .hint = Zeg waarvoor de camera's dienen, bijvoorbeeld diefstal in de winkel voorkomen en opsporen.
# Fout. Camera’s zijn aangevinkt en er is geen aantal dagen gegeven. Wizard:
# stap “Personen en gegevens”, onder dat veld.
check-cameras-retention-missing = U gebruikt bewakingscamera's, maar zegt niet hoelang u de beelden bewaart.
    .hint = Geef het aantal dagen waarna de beelden gewist worden.
# Fout. Organisatie in België, camera’s aangevinkt en meer dan 30 dagen
# gegeven; $days is het gegeven aantal, $max is 30. Wizard: stap “Personen en
# gegevens”, onder het veld met de dagen.
check-cameras-retention-too-long = U bewaart camerabeelden { $days } dagen; de Belgische camerawet staat hoogstens { $max } dagen toe, tenzij de beelden als bewijs nodig zijn.
    .hint = Stel uw recorder in om beelden na hoogstens { $max } dagen te wissen, en vul het nieuwe aantal hier in.
# Fout. Organisatie in België, camera’s aangevinkt en het vak van het pictogram
# niet aangevinkt. Wizard: stap “Personen en gegevens”, onder dat aankruisvak.
check-cameras-pictogram-missing = Uit uw antwoorden blijkt niet dat aan de ingangen van de bewaakte ruimte een bord met het wettelijke pictogram hangt, wat de Belgische camerawet vereist.
    .hint = Hang het pictogram (het model dat een koninklijk besluit vastlegt) aan elke ingang, en duid dat hier aan.
# Fout. Organisatie in België, camera’s aangevinkt en “aangegeven bij de
# politie” niet aangevinkt. Wizard: stap “Personen en gegevens”, onder dat
# aankruisvak.
check-cameras-not-declared = Uit uw antwoorden blijkt niet dat de camera's bij de politie zijn aangegeven, wat de Belgische camerawet vereist.
    .hint = Geef ze aan via www.declarationcamera.be, en duid dat hier aan.
# Fout. Er is geen land gekozen voor de organisatie. Wizard: stap “Uw
# organisatie”, onder de landenlijst.
check-answers-country-unanswered = U hebt niet gezegd in welk land uw organisatie gevestigd is, dus de documenten kunnen de nationale wet die geldt en de toezichthouder waarbij men kan klagen niet noemen.
    .hint = Kies het land bij "Uw organisatie".
# Fout. Er is geen soort gegevens aangevinkt of toegevoegd. Wizard: stap
# “Personen en gegevens”, onder de knop om een soort gegevens toe te voegen.
check-answers-data-categories-unanswered = U hebt niet gezegd welke soorten persoonsgegevens u verwerkt, dus de privacyverklaring kan ze niet opsommen.
    .hint = Vink bij "Personen en gegevens" de soorten gegevens aan die u verwerkt, of voeg uw eigen soorten toe.
# Fout. De vraag over de DPO (app-q-dpo) is niet beantwoord. Wizard: stap
# “Contact en klachten”, onder die vraag.
check-answers-dpo-unanswered = U hebt niet gezegd of u een functionaris voor gegevensbescherming hebt aangesteld, dus de privacyverklaring zegt daar niets over.
    .hint = Beantwoord bij "Contact en klachten" of er een functionaris voor gegevensbescherming is aangesteld. Geef alleen een reden waarom niet als u die hebt nagegaan.
# Fout. De vraag over andere bronnen (app-q-sources) is niet beantwoord en er
# staat geen bron in de lijst. Wizard: stap “Personen en gegevens”, onder die
# vraag.
check-answers-sources-unanswered = U hebt niet gezegd of u persoonsgegevens ontvangt van anderen dan de betrokkenen zelf (art. 14).
    .hint = Beantwoord bij "Personen en gegevens" of er gegevens uit andere bronnen komen, en noem die bronnen dan.
# Fout. De vraag of iemand de gegevens ontvangt (app-q-recipients) is niet
# beantwoord en er staat geen ontvanger in de lijst. Wizard: bovenaan stap
# “Ontvangers”, onder die vraag.
check-answers-recipients-unanswered = U hebt niet gezegd of iemand buiten uw organisatie de gegevens ontvangt, dus de privacyverklaring zegt niets over ontvangers.
    .hint = Noem bij "Ontvangers" wie de gegevens ontvangt (uw boekhouder, uw webhost, ...), of antwoord dat niemand ze ontvangt.
# Fout. De vraag over doorgifte (app-q-transfers) is niet beantwoord en geen
# ontvanger verwerkt gegevens buiten de EER; of een ontvanger heeft een
# waarborg maar geen land buiten de EER. Wizard: einde van stap “Ontvangers”,
# onder die vraag.
check-answers-transfers-unanswered = U hebt niet gezegd of er gegevens naar een land buiten de Europese Economische Ruimte gaan.
    .hint = Beantwoord bij "Ontvangers" of er gegevens de EER verlaten. Zo ja, geef elke betrokken ontvanger zijn land en waarborg.
# Fout. De vraag over geautomatiseerde beslissingen (app-q-automated) is niet
# beantwoord en geen doel beschrijft zo’n beslissing met ingrijpende gevolgen.
# Wizard: stap “Doeleinden”, onder die vraag onder de doelkaarten.
check-answers-automated-decisions-unanswered = U hebt niet gezegd of er beslissingen over personen volledig geautomatiseerd worden genomen.
    .hint = Beantwoord bij "Doeleinden" of er een beslissing met rechtsgevolgen of vergelijkbaar ingrijpende gevolgen wordt genomen zonder dat er een mens aan te pas komt.
# Fout. Er is geen beveiligingsmaatregel aangevinkt. Wizard: stap “Contact en
# klachten”, onder de beveiligingsmaatregelen.
check-answers-security-measures-unanswered = U hebt niet gezegd hoe u de gegevens beveiligt, dus de privacyverklaring zegt daar niets over.
    .hint = Vink bij "Contact en klachten" de maatregelen aan die u echt neemt.
# Fout. De vraag over onlinediensten voor kinderen (app-q-children) is niet
# beantwoord. Wizard: stap “Contact en klachten”, onder de velden over
# kinderen.
check-answers-children-unanswered = U hebt niet gezegd of u onlinediensten rechtstreeks aan kinderen aanbiedt.
    .hint = Beantwoord bij "Contact en klachten" de vraag over kinderen. Als er minderjarigen zijn onder de personen van wie u gegevens verwerkt, beschrijf dan hoe u met hun gegevens omgaat.
# Fout. Geen van beide manieren om wijzigingen bekend te maken is aangevinkt.
# Wizard: stap “Contact en klachten”, onder die aankruisvakken.
check-answers-change-notice-unanswered = U hebt niet gezegd hoe u wijzigingen in de documenten bekendmaakt.
    .hint = Vink bij "Contact en klachten" aan hoe mensen van een nieuwe versie vernemen.
# Fout. De cookievraag (app-q-cookies) is niet beantwoord en er staat geen
# cookie in de lijst; niet gevraagd wanneer het cookiebeleid elders
# gepubliceerd is. Wizard: stap “Cookies”, onder die vraag.
check-answers-cookies-unanswered = U hebt niet gezegd of uw website cookies of vergelijkbare technieken plaatst, dus het cookiebeleid zegt daar niets over.
    .hint = Vermeld bij "Cookies" welke cookies uw website plaatst (u kunt ze uit uw browser importeren), of antwoord dat ze er geen plaatst.
# Fout. Een cookie in de lijst vereist toestemming en hoe toestemming gevraagd
# wordt (app-q-consent) is niet beantwoord; niet gevraagd wanneer het
# cookiebeleid elders gepubliceerd is. Wizard: stap “Cookies”, aan het einde
# van het deel over toestemming.
check-answers-cookie-consent-unanswered = Uw website plaatst cookies waarvoor toestemming nodig is, en u hebt niet gezegd hoe u daarom vraagt.
    .hint = Beantwoord bij "Cookies" hoe bezoekers om toestemming wordt gevraagd.
# Fout. “Nee, alles komt van de betrokkenen zelf” is geantwoord terwijl er
# bronnen in de lijst staan. Wizard: stap “Personen en gegevens”, onder de
# vraag over andere bronnen.
check-answers-sources-contradictory = U antwoordde dat alle gegevens van de betrokkenen zelf komen, maar u noemt ook andere bronnen. De documenten zeggen geen van beide.
    .hint = Verwijder de bronnen, of pas het antwoord aan zodat gegevens ook van anderen komen.
# Fout. “Nee, niemand” is geantwoord terwijl er ontvangers in de lijst staan.
# Wizard: bovenaan stap “Ontvangers”.
check-answers-recipients-contradictory = U antwoordde dat niemand buiten uw organisatie de gegevens ontvangt, maar u noemt ook ontvangers. De documenten zeggen geen van beide.
    .hint = Verwijder de ontvangers, of pas het antwoord aan zodat anderen wel gegevens ontvangen.
# Fout. “Nee” is geantwoord op de vraag over doorgifte terwijl een ontvanger
# gegevens buiten de EER verwerkt, of een waarborg heeft zonder land
# daarbuiten. Wizard: einde van stap “Ontvangers”.
check-answers-transfers-contradictory = U antwoordde dat er geen gegevens de Europese Economische Ruimte verlaten, maar een ontvanger bevindt zich daarbuiten of heeft een waarborg voor doorgiften. De documenten zeggen geen van beide.
    .hint = Controleer de landen en waarborgen van de ontvangers en beantwoord daarna de vraag over doorgiften opnieuw.
# Fout. “Nee” is geantwoord op app-q-automated terwijl een doel een beslissing
# door een computer met ingrijpende gevolgen beschrijft. Wizard: stap
# “Doeleinden”, onder die vraag.
check-answers-automated-decisions-contradictory = U antwoordde dat er geen volledig geautomatiseerde beslissingen worden genomen, maar een doeleinde beschrijft zo'n beslissing. De documenten zeggen geen van beide.
    .hint = Verwijder de geautomatiseerde beslissing uit het doeleinde, of pas het antwoord aan.
# Fout. “Nee, geen” is geantwoord op de cookievraag terwijl er cookies in de
# lijst staan. Wizard: stap “Cookies”, onder die vraag.
check-answers-cookies-contradictory = U antwoordde dat uw website geen cookies plaatst, maar u vermeldt ook cookies. Het cookiebeleid zegt geen van beide.
    .hint = Verwijder de cookies, of pas het antwoord aan zodat de website wel cookies plaatst.
# Fout. De vraag “openbaar toegankelijk?” van een bron (app-q-source-public) is
# niet beantwoord; $item is de beschrijving van de bron. Wizard: stap “Personen
# en gegevens”, in de kaart van die bron.
check-art14-source-public-unanswered = U hebt niet gezegd of de bron "{ $item }" openbaar toegankelijk is, wat de privacyverklaring moet vermelden.
    .hint = Beantwoord bij "Personen en gegevens" of deze bron openbaar toegankelijk is (een openbaar register, een website) of niet.
# Waarschuwing. Het project vermeldt de kale maatregel “versleuteling” uit
# projectbestanden van formaat 1, die de wizard niet meer aanbiedt (hij biedt
# versleuteling tijdens verzending en bij opslag). Wizard: stap “Contact en
# klachten”, onder de beveiligingsmaatregelen.
check-art32-security-encryption-where = U hebt "versleuteling" aangevinkt zonder te zeggen waar, dus de privacyverklaring vermeldt het niet.
    .hint = Vink bij "Contact en klachten" aan of gegevens versleuteld worden bij verzending, bij opslag, of allebei.
# Waarschuwing. Wijzigingen bekendmaken op de website is aangevinkt en de
# organisatie heeft geen website. Wizard: stap “Contact en klachten”, onder die
# aankruisvakken.
check-art12-changes-website-missing = U maakt wijzigingen bekend op uw website, maar er is geen website opgegeven.
    .hint = Vul uw website in bij "Uw organisatie", of kies een andere manier om wijzigingen bekend te maken.
# Waarschuwing. De versie van de documenten is leeg. Wizard: alleen in de lijst
# bij stap “Nakijken en exporteren”, waar het veld voor de versie staat.
check-document-version-missing = De documenten hebben geen versie, dus lezers kunnen de ene versie niet van de volgende onderscheiden.
    .hint = Geef de documenten een versie, zoals 1.0, bij "Nakijken en exporteren".

## Wie verantwoordelijk is, en hoe men die bereikt.

# Fout. De naam van de organisatie is leeg. Wizard: stap “Uw organisatie”,
# onder de naam.
check-art13-controller-name-missing = De organisatie heeft geen naam, dus de documenten kunnen niet zeggen wie verantwoordelijk is voor de gegevens.
    .hint = Vul de officiële naam van de organisatie in, zoals die geregistreerd is.
# Waarschuwing. De naam eindigt op de opgegeven rechtsvorm (punten en
# hoofdletters tellen niet); $form is de rechtsvorm zoals getypt. Wizard: stap
# “Uw organisatie”, onder de naam.
check-art13-controller-name-has-legal-form = De naam eindigt al op "{ $form }", en de documenten zetten de rechtsvorm na de naam, dus die zou er twee keer staan.
    .hint = Schrijf de naam zonder rechtsvorm, bijvoorbeeld "Bakkerij Janssens" met rechtsvorm "{ $form }".
# Fout. Straat, postcode of gemeente is leeg. Wizard: stap “Uw organisatie”,
# onder de landenlijst.
check-art13-controller-address-incomplete = Het adres van de organisatie is onvolledig: lezers hebben een straat, een postcode en een plaats nodig om te weten waar ze u kunnen bereiken.
    .hint = Vul de straat en het huisnummer, de postcode en de plaats van de organisatie in.
# Waarschuwing. Organisatie in België of Nederland zonder ondernemingsnummer
# (KBO) of KvK-nummer; $country is de naam van het land. Wizard: stap “Uw
# organisatie”, onder de nummers.
check-art13-controller-enterprise-number-missing = Er is geen ondernemingsnummer ingevuld. Elke organisatie die in { $country } gevestigd is, heeft er een, en lezers zien daaraan precies welke organisatie verantwoordelijk is.
    .hint = Vul het nummer in: in België het ondernemingsnummer uit de Kruispuntbank van Ondernemingen (KBO), geschreven als 0123.456.789; in Nederland het KvK-nummer van 8 cijfers.
# Fout. Het land van de organisatie ligt buiten de EER en er is geen
# vertegenwoordiger genoemd; $country is dat land. De wizard heeft geen veld
# voor de vertegenwoordiger (organisation.representative in het
# projectbestand): de bevinding staat aan het einde van stap “Uw organisatie”.
check-art27-representative-missing = De organisatie is gevestigd in { $country }, buiten de Europese Economische Ruimte, en noemt geen vertegenwoordiger in de EU.
    .hint = Stel een vertegenwoordiger aan in een EU-land waar de mensen wonen voor wie u werkt, en vul de naam en de contactgegevens van die vertegenwoordiger in.
# Fout. Er is in het projectbestand een vertegenwoordiger genoemd zonder
# e-mail, telefoon of adres. Wizard: einde van stap “Uw organisatie”.
check-art13-representative-contact-missing = De vertegenwoordiger in de EU wordt genoemd zonder contactgegevens.
    .hint = Vul een e-mailadres, een telefoonnummer of een postadres in waarop men de vertegenwoordiger kan bereiken.
# Fout. Op de vraag over de DPO is ja geantwoord en de DPO heeft geen e-mail,
# telefoon of adres. Wizard: stap “Contact en klachten”, onder de vraag over de
# DPO.
check-art13-dpo-contact-missing = Er wordt een functionaris voor gegevensbescherming genoemd zonder contactgegevens.
    .hint = Vul een e-mailadres, een telefoonnummer of een postadres in waarop men de functionaris voor gegevensbescherming rechtstreeks kan bereiken.
# Waarschuwing. Geen DPO aangesteld (of niet beantwoord) terwijl een doel
# gevoelige gegevens (art. 9) gebruikt van anderen dan personeel en
# sollicitanten; $purpose is de naam van dat doel. Wizard: stap “Contact en
# klachten”, onder de vraag over de DPO.
check-art37-dpo-likely-required = Er is geen functionaris voor gegevensbescherming aangesteld, terwijl het doeleinde "{ $purpose }" gevoelige gegevens (zoals gezondheidsgegevens) verwerkt van anderen dan uw personeel. Als zulke verwerking op grote schaal de kern van uw werk is (een groepspraktijk, een laboratorium, een ziekenhuis, een vakbond), is er wettelijk een vereist.
    .hint = Is deze verwerking grootschalig en de kern van wat u doet, stel dan een functionaris voor gegevensbescherming aan en vul zijn of haar contactgegevens in. Een zorgverlener of kleine organisatie heeft er meestal geen nodig; dan kunt u dit zo laten.
# Fout. Het adres voor verzoeken (dat van de contactpersoon voor privacy,
# anders dat van de organisatie) is leeg, geen geldig adres, of een
# voorbeeldadres. Wizard: stap “Contact en klachten” onder het e-mailadres van
# de contactpersoon, of stap “Uw organisatie” onder het e-mailadres.
check-art12-rights-channel-missing = Er is geen werkend e-mailadres voor privacyverzoeken, dus niemand kan de rechten uitoefenen die in de privacyverklaring staan.
    .hint = Vul een geldig e-mailadres in dat iemand leest, voor de privacycontactpersoon of voor de organisatie, bijvoorbeeld privacy@uwbedrijf.be.
# Fout. Er is een land gekozen waarvoor policywright geen toezichthouder kent,
# en het projectbestand geeft er geen op; $country is dat land. Wizard: stap
# “Contact en klachten”, onder het kader van de autoriteit. De autoriteit kan
# alleen in het projectbestand opgegeven worden (supervisory_authority).
check-art13-complaint-authority-missing = De documenten kunnen geen toezichthoudende autoriteit noemen waar men een klacht kan indienen: policywright kent er geen voor { $country }.
    .hint = Vul zelf de gegevensbeschermingsautoriteit van uw land in, met de naam, het adres en de website.
# Fout. De autoriteit in het projectbestand bestaat niet meer (zoals de
# Belgische Privacycommissie of het Nederlandse College bescherming
# persoonsgegevens); $item is de naam zoals opgegeven. Wizard: stap “Contact en
# klachten”, onder het kader van de autoriteit.
check-art13-complaint-authority-former = De toezichthoudende autoriteit "{ $item }" bestaat niet meer: klachten die daarheen worden gestuurd, bereiken niemand.
    .hint = Verwijder de autoriteit die u hebt ingevuld. Voor België en Nederland noemt policywright zelf de huidige (de Gegevensbeschermingsautoriteit, de Autoriteit Persoonsgegevens).

## Doelen, rechtsgronden en bewaartermijnen.

# Fout. Het project heeft geen enkel doel. Wizard: stap “Doeleinden”, onder de
# knop om een doel toe te voegen.
check-art13-purposes-missing = Er is geen enkel doel ingevuld: de privacyverklaring moet zeggen waarom u persoonsgegevens verwerkt.
    .hint = Voeg elk doel toe, zoals bestellingen afhandelen, de nieuwsbrief versturen of de lonen berekenen, met de rechtsgrond en de bewaartermijn.
# Fout. Een doel, of de eigen voorwaarden van een groep erin, heeft geen
# rechtsgrond; $item is de naam van het doel. Wizard: stap “Doeleinden”, in de
# kaart onder de rechtsgronden (of onder de voorwaarden van de groep).
check-art13-purpose-legal-basis-missing = Het doel "{ $item }" heeft geen rechtsgrond.
    .hint = Kies de rechtsgrond waarop u de gegevens voor dit doel mag gebruiken: toestemming, uitvoering van een overeenkomst, een wettelijke verplichting, een vitaal belang, een taak van algemeen belang of een gerechtvaardigd belang.
# Fout. De rechtsgrond is het gerechtvaardigd belang en het veld met het belang
# is leeg; $item is de naam van het doel. Wizard: stap “Doeleinden”, in de
# kaart van het doel.
check-art13-purpose-legitimate-interest-missing = Het doel "{ $item }" steunt op een gerechtvaardigd belang, maar dat belang zelf is niet beschreven.
    .hint = Beschrijf in een paar woorden welk belang u nastreeft, bijvoorbeeld "onze website beschermen tegen misbruik" of "onze klanten informeren over gelijkaardige producten".
# Fout. Voor een doel is geen vaste termijn en geen criterium gegeven (of het
# criterium is leeg); $item is de naam. Wizard: stap “Doeleinden”, onder de
# bewaartermijn.
check-art13-purpose-retention-missing = Bij het doel "{ $item }" staat niet hoelang de gegevens worden bewaard.
    .hint = Geef een bewaartermijn, bijvoorbeeld 7 jaar na het einde van het boekjaar, of de criteria die de termijn bepalen. Alleen "zolang nodig" is niet genoeg.
# Waarschuwing. De rechtsgrond is een overeenkomst of een wettelijke
# verplichting en “Moet men deze gegevens verstrekken?” staat nog op “niet
# gevraagd”; $item is de naam van het doel. Wizard: stap “Doeleinden”, onder
# die lijst.
check-art13-purpose-provision-missing = Het doel "{ $item }" steunt op een overeenkomst of een wettelijke verplichting, maar er staat niet of men de gegevens moet verstrekken en wat er gebeurt als men dat niet doet.
    .hint = Zeg of de gegevens verplicht zijn (door de wet, door de overeenkomst of om een overeenkomst te kunnen sluiten) en wat het gevolg is als iemand ze niet geeft. Duiden uw formulieren de verplichte velden al aan en leggen ze dat uit, dan kan dat volstaan.
# Waarschuwing. Er is een ander antwoord dan “nee, dat kiest men zelf” gekozen
# en “Wat gebeurt er als men dat niet doet?” is leeg; $item is de naam van het
# doel. Wizard: stap “Doeleinden”, onder die lijst.
check-art13-purpose-provision-consequence-missing = Voor het doel "{ $item }" moet men gegevens verstrekken, maar er staat niet wat er gebeurt als men dat niet doet.
    .hint = Beschrijf het gevolg in een paar woorden, bijvoorbeeld "kunnen wij uw bestelling niet leveren".
# Fout. In een doel is een beslissing door een computer aangevinkt en “Hoe
# beslist hij?” is leeg; $item is de naam van het doel. Wizard: stap
# “Doeleinden”, bij de beslissing in de kaart van het doel.
check-art13-automated-decision-logic-missing = Bij de geautomatiseerde beslissing in het doel "{ $item }" staat niet hoe de beslissing tot stand komt.
    .hint = Leg in gewone woorden uit waarop de beslissing gebaseerd is, bijvoorbeeld "een score op basis van uw betaalgeschiedenis".
# Fout. Een beslissing door een computer is aangevinkt en “Wat betekent het
# voor de persoon?” is leeg; $item is de naam van het doel. Wizard: stap
# “Doeleinden”, bij de beslissing.
check-art13-automated-decision-consequences-missing = Bij de geautomatiseerde beslissing in het doel "{ $item }" staat niet wat ze voor de betrokkene betekent.
    .hint = Beschrijf wat de uitkomst voor de betrokkene kan zijn, bijvoorbeeld "bij een lage score kunt u niet achteraf betalen".
# Fout. Een beslissing door een computer is aangevinkt en de vraag over
# rechtsgevolgen of ingrijpende gevolgen (app-q-art22) is niet beantwoord;
# $item is de naam van het doel. Wizard: stap “Doeleinden”, bij de beslissing.
check-art22-automated-decision-significance-unanswered = U hebt niet gezegd of het geautomatiseerde besluit van "{ $item }" rechtsgevolgen of vergelijkbaar ingrijpende gevolgen heeft voor personen, wat bepaalt wat de privacyverklaring erover moet zeggen.
    .hint = Beantwoord bij "Doeleinden" de vraag bij het besluit: een geweigerde betaling of overeenkomst is ingrijpend, een productaanbeveling niet.
# Fout. Op app-q-art22 is ja geantwoord en er is geen uitzondering van art.
# 22(2) gekozen; $item is de naam van het doel. Wizard: stap “Doeleinden”, bij
# de beslissing.
check-art22-automated-decision-ground-missing = Het besluit van "{ $item }" wordt alleen door een computer genomen, met ingrijpende gevolgen, maar u hebt niet gezegd wat het toestaat. Art. 22, lid 2, staat het alleen toe voor een overeenkomst, bij wet, of met uitdrukkelijke toestemming.
    .hint = Kies bij "Doeleinden" de uitzondering die geldt. Geldt er geen, dan moet een mens elk zulk besluit nemen of herzien.

## Gevoelige gegevens en bronnen.

# Fout. Een gevoelige soort gegevens (art. 9) is aangevinkt, of een eigen soort
# als gevoelig aangeduid, zonder uitzondering, en niet elk doel dat ze gebruikt
# geeft een eigen; $item is de naam van de soort. Wizard: stap “Personen en
# gegevens”, naast die soort.
check-art9-condition-missing = "{ $item }" is een bijzondere categorie van persoonsgegevens, en er is geen uitzondering gekozen die u toestaat ze te verwerken.
    .hint = Kies de uitzondering van art. 9(2) AVG die van toepassing is, zoals uitdrukkelijke toestemming of medische zorg. Zonder uitzondering mag u deze gegevens niet verwerken.
# Fout. De soort “Strafrechtelijke veroordelingen en strafbare feiten” is
# aangevinkt zonder de wet die ze toestaat, en niet elk doel dat ze gebruikt
# noemt er een; $item is de naam van de soort. Wizard: stap “Personen en
# gegevens”, naast die soort.
check-art10-authorisation-missing = Er worden gegevens over strafrechtelijke veroordelingen en strafbare feiten verwerkt ("{ $item }") zonder de wet te noemen die dat toestaat.
    .hint = Noem de wet of regeling die u toestaat deze gegevens te verwerken, zoals de regels over het uittreksel uit het strafregister voor werk met minderjarigen.
# Fout. Een bronkaart heeft geen beschrijving. Wizard: stap “Personen en
# gegevens”, in de kaart van die bron.
check-art14-source-description-missing = Een bron van gegevens die u niet van de betrokkenen zelf krijgt, heeft geen beschrijving.
    .hint = Beschrijf waar de gegevens vandaan komen, bijvoorbeeld "het openbare ondernemingsregister" of "de persoon die de bestelling plaatste".
# Fout. In een bronkaart is geen soort gegevens aangevinkt; $item is de
# beschrijving van de bron. Wizard: stap “Personen en gegevens”, in de kaart
# van die bron.
check-art14-source-data-missing = Bij de bron "{ $item }" staat niet welke gegevens die levert.
    .hint = Kies de categorieën van gegevens die u uit deze bron krijgt.

## Ontvangers en doorgifte buiten de Europese Economische Ruimte.

# Fout. Een ontvangerkaart heeft geen naam. Wizard: stap “Ontvangers”, in de
# kaart onder de naam.
check-art13-recipient-name-missing = Een ontvanger van gegevens heeft geen naam.
    .hint = Vul de naam van het bedrijf in, of een categorie zoals "onze boekhouder".
# Fout. De rol is gezamenlijke verwerkingsverantwoordelijke en de regeling is
# leeg; $item is de naam van de ontvanger. Wizard: stap “Ontvangers”, in de
# kaart onder de regeling.
check-art26-joint-controller-arrangement-missing = "{ $item }" is een gezamenlijke verwerkingsverantwoordelijke, maar de wezenlijke inhoud van uw regeling met hen ontbreekt, en mensen hebben het recht die te kennen.
    .hint = Zeg bij "Ontvangers" in enkele zinnen wie wat doet: wie mensen informeert, wie om toestemming vraagt, wie verzoeken beantwoordt.
# Fout. Er zijn standaardcontractbepalingen van een ingetrokken besluit
# gekozen; $item is de naam van de ontvanger, $decision het besluit (2001/497,
# 2004/915 of 2010/87). Wizard: stap “Ontvangers”, in de kaart onder de
# bepalingen.
check-art46-transfer-scc-repealed = De modelcontractbepalingen met "{ $item }" zijn die van besluit { $decision }, dat is ingetrokken: sinds 27 december 2022 zijn voor doorgiften de bepalingen van Besluit (EU) 2021/914 nodig.
    .hint = Sluit met de ontvanger de bepalingen van 2021/914 (de meeste aanbieders nemen ze op in hun verwerkersvoorwaarden) en kies ze daarna bij "Ontvangers".
# Waarschuwing. Een ontvanger heeft geen rol; $item is de naam. Wizard: stap
# “Ontvangers”, onder de rollenlijst.
check-art13-recipient-role-missing = De ontvanger "{ $item }" heeft geen rol, dus lezers kunnen niet zien of die in uw opdracht werkt of zelf beslist wat er met de gegevens gebeurt.
    .hint = Kies de rol: verwerker (werkt voor u, met een verwerkersovereenkomst), verwerkingsverantwoordelijke, gezamenlijke verwerkingsverantwoordelijke, overheidsinstantie of onderneming binnen uw groep.
# Fout. Een ontvanger verwerkt gegevens in een land buiten de EER zonder
# adequaatheidsbesluit en er is geen waarborg gekozen; of “buiten de EER,
# landen niet genoemd” is aangevinkt zonder contractbepalingen, bindende
# bedrijfsvoorschriften of een afwijking. $item is de naam van de ontvanger,
# $country het land (of country-outside-eea-unstated uit common.ftl). Wizard:
# stap “Ontvangers”, onder de waarborg.
check-art13-transfer-safeguard-missing = Gegevens gaan naar "{ $item }" in { $country }, buiten de Europese Economische Ruimte, zonder waarborg, en voor { $country } bestaat geen adequaatheidsbesluit.
    .hint = Vraag de ontvanger welke waarborg hij gebruikt (meestal de standaardcontractbepalingen van de Europese Commissie) en vul die in. Heeft hij er geen, kies dan een andere leverancier.
# Fout. “Adequaatheidsbesluit” is als waarborg gekozen voor een land dat er
# geen heeft; $item is de naam van de ontvanger, $country het land. Wizard:
# stap “Ontvangers”, onder de waarborg.
check-art45-transfer-adequacy-not-found = Voor "{ $item }" koos u een adequaatheidsbesluit, maar de Europese Commissie heeft er geen genomen voor { $country }.
    .hint = Vraag de ontvanger welke waarborg hij werkelijk gebruikt, meestal standaardcontractbepalingen, en vul die in.
# Fout. “Adequaatheidsbesluit” is gekozen voor de Verenigde Staten, waarvan het
# besluit alleen organisaties dekt die onder het Data Privacy Framework
# gecertificeerd zijn; $item is de naam van de ontvanger, $country het land.
# Wizard: stap “Ontvangers”, onder de waarborg.
check-art45-transfer-adequacy-needs-dpf = Voor "{ $item }" koos u een adequaatheidsbesluit voor { $country }, maar dat besluit geldt alleen voor organisaties die gecertificeerd zijn onder het EU-VS-kader voor gegevensbescherming (EU-US Data Privacy Framework).
    .hint = Staat "{ $item }" op de lijst van het Data Privacy Framework, kies dan die waarborg; vraag anders welke waarborg hij gebruikt, meestal standaardcontractbepalingen.
# Fout. “EU-VS-gegevensprivacykader” is gekozen voor een ander land dan de
# Verenigde Staten; $item is de naam van de ontvanger, $country het land.
# Wizard: stap “Ontvangers”, onder de waarborg.
check-art45-transfer-dpf-outside-us = Voor "{ $item }" in { $country } koos u het EU-VS-kader voor gegevensbescherming (EU-US Data Privacy Framework), dat alleen geldt voor gecertificeerde organisaties in de Verenigde Staten.
    .hint = Controleer het land van de ontvanger. Blijven de gegevens in { $country }, kies dan de waarborg die daar geldt; gaan ze naar de Verenigde Staten, vul dan dat land in.
# Fout. Een afwijking voor specifieke situaties (art. 49) is de waarborg en de
# reden is leeg; $item is de naam van de ontvanger. De wizard biedt geen
# afwijkingen aan: die komen uit het projectbestand. Wizard: stap “Ontvangers”,
# onder de waarborg.
check-art49-transfer-derogation-unexplained = De doorgifte aan "{ $item }" steunt op een uitzondering voor specifieke situaties, maar die uitzondering is niet beschreven.
    .hint = Beschrijf welke uitzondering van toepassing is, bijvoorbeeld "uw uitdrukkelijke toestemming nadat wij u de risico's hebben uitgelegd" of "nodig om uw overeenkomst uit te voeren". Deze uitzonderingen zijn alleen bedoeld voor doorgiften die af en toe gebeuren.
# Waarschuwing. Er is een waarborg ingesteld terwijl elk land van de ontvanger
# in de EER ligt; $item is de naam van de ontvanger, $country het land. Wizard:
# stap “Ontvangers”, onder het land.
check-art44-transfer-safeguard-inside-eea = Voor "{ $item }" koos u een waarborg voor doorgifte, maar { $country } ligt in de Europese Economische Ruimte, waar geen waarborg nodig is.
    .hint = Gaan de gegevens in werkelijkheid naar een ander land, bijvoorbeeld de Verenigde Staten, vul dan dat land in; verwijder anders de waarborg.
# Waarschuwing. Er is een waarborg ingesteld en geen land gekozen voor de
# ontvanger; $item is de naam. Wizard: stap “Ontvangers”, onder het land.
check-art13-transfer-country-missing = Voor "{ $item }" koos u een waarborg voor doorgifte, maar niet het land waar de gegevens naartoe gaan.
    .hint = Vul het land in waar de ontvanger de gegevens verwerkt, zodat de privacyverklaring kan zeggen waar ze naartoe gaan.

## Cookies.

# Fout. Een cookie vereist toestemming en “Er wordt geen toestemming gevraagd”
# is gekozen. Wizard: stap “Cookies”, aan het einde van het deel over
# toestemming.
check-eprivacy-cookies-consent-missing = Uw website gebruikt cookies waarvoor toestemming nodig is, maar er is geen cookiebanner die daarom vraagt voordat ze worden geplaatst.
    .hint = Gebruik een cookiebanner die toestemming vraagt voordat een cookie wordt geplaatst die niet strikt noodzakelijk is, met een knop om te weigeren die even gemakkelijk is als die om te accepteren. Verder surfen is geen toestemming.
# Fout. Een cookie vereist toestemming en “Verder surfen geldt als toestemming”
# is gekozen. Wizard: stap “Cookies”, aan het einde van het deel over
# toestemming.
check-eprivacy-cookies-consent-implied = Uw website beschouwt verder surfen als toestemming voor cookies. Dat is geen toestemming: bezoekers moeten actief instemmen, voordat de cookies worden geplaatst.
    .hint = Gebruik een cookiebanner die toestemming vraagt voordat een cookie wordt geplaatst die niet strikt noodzakelijk is, en antwoord "een banner" bij "Cookies".
# Fout. Een banner vraagt toestemming voor cookies die dat vereisen en “Waar
# kunnen bezoekers hun keuze wijzigen?” is leeg. Wizard: stap “Cookies”, aan
# het einde van het deel over toestemming.
check-art7-cookies-withdrawal-missing = Bezoekers kunnen hun toestemming voor cookies niet even gemakkelijk intrekken als ze die gaven: het cookiebeleid kan hun alleen zeggen dat ze u moeten schrijven of hun cookies moeten verwijderen.
    .hint = Bied op elke pagina een link of knop aan, zoals "Cookie-instellingen", die de cookiekeuze opnieuw opent, en beschrijf waar die staat.
# Waarschuwing. Cookies van meer dan één categorie vereisen toestemming, een
# banner vraagt ze, en app-consent-per-category is niet aangevinkt. Wizard:
# stap “Cookies”, aan het einde van het deel over toestemming.
check-art7-cookies-consent-not-granular = Voor cookies van verschillende categorieën is toestemming nodig, maar bezoekers kunnen ze alleen allemaal tegelijk accepteren of weigeren.
    .hint = Laat bezoekers in uw cookiebanner per categorie kiezen (bijvoorbeeld analytische cookies en marketingcookies apart), en duid dat hier aan.
# Waarschuwing. De Nederlandse vrijstelling voor analytische cookies
# (app-analytics-exempt) is aangevinkt terwijl de organisatie niet in Nederland
# is. Wizard: alleen in de lijst bij stap “Nakijken en exporteren”, niet bij
# stap “Cookies”.
check-eprivacy-cookies-analytics-exempt-outside-nl = U zegt dat uw analytische cookies zonder toestemming geplaatst mogen worden volgens de Nederlandse uitzondering voor analytische cookies met weinig gevolgen, maar uw organisatie is niet in Nederland gevestigd.
    .hint = Buiten Nederland vraagt u toestemming voor analytische cookies; vink de uitzondering uit.
# Waarschuwing. Organisatie in Nederland, de Nederlandse vrijstelling is
# aangevinkt, en een analytische cookie wordt door een ander bedrijf geplaatst
# (derde partij aangevinkt); $item is de naam van die cookie. Wizard: alleen in
# de lijst bij stap “Nakijken en exporteren”, niet bij stap “Cookies”.
check-eprivacy-cookies-analytics-exempt-third-party = U gebruikt de Nederlandse uitzondering voor analytische cookies met weinig gevolgen, maar "{ $item }" is een analytische cookie van een ander bedrijf, die daar zelden aan voldoet: de aanbieder kan de gegevens voor zichzelf gebruiken.
    .hint = Ga de voorwaarden van de Autoriteit Persoonsgegevens na (gegevens met niemand gedeeld, IP-adressen gemaskeerd, een verwerkersovereenkomst); voldoet uw instelling er niet aan, vink de uitzondering dan uit en vraag toestemming.
# Fout. Een banner vraagt toestemming voor cookies die dat vereisen en
# app-consent-waits is niet aangevinkt. Wizard: stap “Cookies”, aan het einde
# van het deel over toestemming.
check-eprivacy-cookies-set-before-choice = Uw antwoorden zeggen niet dat de website de keuze van de bezoeker afwacht voor hij cookies plaatst waarvoor toestemming nodig is.
    .hint = Stel uw website of toestemmingstool zo in dat er alleen strikt noodzakelijke cookies worden geplaatst tot de bezoeker accepteert (scripts tot dan geblokkeerd), controleer dat in een privévenster van uw browser en duid het hier aan; tot dan kan het cookiebeleid het niet beloven.
# Fout. Een banner vraagt toestemming voor cookies die dat vereisen en
# app-consent-refuse is niet aangevinkt. Wizard: stap “Cookies”, aan het einde
# van het deel over toestemming.
check-art7-cookies-refusal-not-as-easy = Uit uw antwoorden blijkt niet dat cookies weigeren even eenvoudig is als ze accepteren.
    .hint = Zet op het eerste scherm van uw banner een weigerknop naast de accepteerknop, even goed zichtbaar, en duid dat hier aan; tot dan kan het cookiebeleid dat niet beloven.
# Fout. Een banner vraagt toestemming voor cookies die dat vereisen en
# app-consent-no-wall is niet aangevinkt. Wizard: stap “Cookies”, aan het einde
# van het deel over toestemming.
check-art7-cookies-cookie-wall = Uit uw antwoorden blijkt niet dat bezoekers die cookies weigeren de website toch kunnen gebruiken.
    .hint = Maak het accepteren van cookies geen voorwaarde om de website te gebruiken (een cookiemuur), en duid dat hier aan; tot dan kan het cookiebeleid dat niet beloven.
# Waarschuwing. Er is een elders gepubliceerd cookiebeleid opgegeven
# (app-cookie-policy-elsewhere) en “Waar kunnen bezoekers hun keuze wijzigen?”
# is leeg. Wizard: stap “Cookies”, aan het einde van het deel over toestemming.
check-art7-cookies-withdrawal-untold = Uw cookiebeleid staat elders, en u hebt niet gezegd hoe bezoekers hun toestemming voor cookies intrekken, dus de privacyverklaring kan het hun niet zeggen. Intrekken moet even gemakkelijk zijn als toestemming geven.
    .hint = Zeg bij "Cookies" hoe bezoekers hun keuze wijzigen of intrekken, bijvoorbeeld "via het cookie-icoon linksonder op elke pagina".
# Fout. Een cookie heeft geen looptijd; $item is de naam van de cookie. Wizard:
# stap “Cookies”, in de kaart van de cookie onder de looptijd.
check-eprivacy-cookie-duration-missing = Bij de cookie "{ $item }" staat geen looptijd.
    .hint = Zoek uit hoelang de cookie blijft bestaan (de ontwikkelaarstools van uw browser of de documentatie van de aanbieder tonen dat) en vul die looptijd in.
# Waarschuwing. De looptijd van een cookie is een bereik waarvan de uiteinden
# niet kloppen: het langste uiteinde is geen termijn, of “tussen” heeft een
# kortste uiteinde dat niet korter is; $item is de naam van de cookie. Wizard:
# stap “Cookies”, in de kaart van de cookie onder de looptijd.
check-eprivacy-cookie-duration-range-unclear = De looptijd van de cookie "{ $item }" is een bereik dat niet klopt: de langste looptijd moet een termijn zijn, en de kortste het sluiten van de browser of een kortere termijn.
    .hint = Vul als looptijd de langste tijd in dat de cookie blijft, en als kortste "tot de browser sluit" of een kortere termijn; of laat het bereik weg.
# Fout. “Waarvoor dient ze?” is leeg voor een cookie; $item is de naam van de
# cookie. Wizard: stap “Cookies”, in de kaart van de cookie onder dat veld.
check-eprivacy-cookie-purpose-missing = Bij de cookie "{ $item }" staat niet waarvoor die dient.
    .hint = Beschrijf in een paar woorden wat de cookie doet, bijvoorbeeld "onthoudt uw taal".
# Waarschuwing. Voor een cookie is geen categorie gekozen; $item is de naam van
# de cookie. Wizard: stap “Cookies”, in de kaart van de cookie onder de
# categorie.
check-eprivacy-cookie-category-missing = De cookie "{ $item }" heeft geen categorie, dus bezoekers kunnen niet zien wat voor cookie het is. Zolang die ontbreekt, wordt de cookie behandeld als een cookie waarvoor toestemming nodig is.
    .hint = Kies de categorie: strikt noodzakelijk, functioneel, analytisch, marketing of sociale media.
# Waarschuwing. Een cookie leeft langer dan 13 maanden, of tot ze gewist wordt;
# $item is de naam van de cookie, $months is 13. Wizard: stap “Cookies”, in de
# kaart van de cookie onder de looptijd.
check-art5-cookie-duration-too-long = De cookie "{ $item }" blijft langer bestaan dan { $months } maanden, de langste looptijd die gegevensbeschermingsautoriteiten aanvaarden.
    .hint = Stel de looptijd in op hoogstens { $months } maanden, in uw website of in de instellingen van de aanbieder, en vul de nieuwe looptijd hier in.
# Fout. Een cookie die als strikt noodzakelijk aangeduid is, maar die de
# catalogus van diensten kent als analytisch, marketing of sociale media; $item
# is de naam van de cookie, $service de naam van de dienst in de catalogus,
# $category de categorie uit de catalogus als sleutel (analytics, social-media
# of marketing): laat de namen van de varianten zoals ze zijn. Wizard: stap
# “Cookies”, in de kaart van de cookie onder de categorie.
check-eprivacy-cookie-tracking-as-necessary = De cookie "{ $item }" staat als strikt noodzakelijk aangeduid, maar { $service } plaatst ze voor { $category ->
    [analytics] statistieken
    [social-media] sociale media
   *[marketing] advertenties
}: ze zou zonder toestemming worden geplaatst, en het cookiebeleid zou ze als vrijgesteld voorstellen.
    .hint = Wijzig de categorie in { $category ->
    [analytics] analytisch
    [social-media] sociale media
   *[marketing] marketing
} en laat uw cookiebanner om toestemming vragen voordat ze wordt geplaatst. Alleen cookies die nodig zijn voor wat de bezoeker zelf vroeg, zoals een winkelmandje, zijn strikt noodzakelijk.

## Nummers, adressen en links die lezers overnemen.

# Waarschuwing. Organisatie in België en het ondernemingsnummer heeft een
# verkeerde vorm of verkeerde controlecijfers; $value is het nummer zoals
# getypt. Wizard: stap “Uw organisatie”, onder het ondernemings- en btw-nummer.
check-identifier-belgian-enterprise-number-invalid = "{ $value }" is geen geldig Belgisch ondernemingsnummer.
    .hint = Een Belgisch ondernemingsnummer heeft 10 cijfers, begint met 0 of 1, en de laatste twee cijfers zijn een controle op de eerste acht, zoals in 0428.555.896. Neem het over uit de Kruispuntbank van Ondernemingen (KBO).
# Waarschuwing. Organisatie in België en het btw-nummer is niet BE gevolgd door
# een geldig ondernemingsnummer; $value is het nummer zoals getypt. Wizard:
# stap “Uw organisatie”, onder het ondernemings- en btw-nummer.
check-identifier-belgian-vat-number-invalid = "{ $value }" is geen geldig Belgisch btw-nummer.
    .hint = Een Belgisch btw-nummer is BE gevolgd door het ondernemingsnummer van 10 cijfers, zoals in BE0428555896.
# Waarschuwing. Organisatie in België, beide nummers geldig, maar het
# btw-nummer is niet BE + het ondernemingsnummer; $value is het btw-nummer,
# $number het ondernemingsnummer. Wizard: stap “Uw organisatie”, onder het
# ondernemings- en btw-nummer.
check-identifier-belgian-vat-number-mismatch = Het btw-nummer "{ $value }" komt niet overeen met het ondernemingsnummer { $number }.
    .hint = Een Belgisch btw-nummer is BE gevolgd door het ondernemingsnummer, dus een van beide is verkeerd getypt. Controleer ze allebei in de Kruispuntbank van Ondernemingen (KBO).
# Waarschuwing. Organisatie in Nederland en het KvK-nummer bestaat niet uit 8
# cijfers; $value is het nummer zoals getypt. Wizard: stap “Uw organisatie”,
# onder het ondernemings- en btw-nummer.
check-identifier-dutch-kvk-number-invalid = "{ $value }" is geen geldig KvK-nummer.
    .hint = Een KvK-nummer heeft 8 cijfers. Neem het over uit uw inschrijving bij de Kamer van Koophandel.
# Waarschuwing. Organisatie in Nederland en het btw-nummer heeft niet de vorm
# NL123456789B01; $value is het nummer zoals getypt. Wizard: stap “Uw
# organisatie”, onder het ondernemings- en btw-nummer.
check-identifier-dutch-vat-number-invalid = "{ $value }" is geen geldig Nederlands btw-identificatienummer.
    .hint = Een Nederlands btw-identificatienummer (btw-id) bestaat uit NL, 9 cijfers, de letter B en 2 cijfers, zoals in NL123456789B01.
# Fout. Een ingevuld e-mailadres is niet geldig: dat van de organisatie, de
# contactpersoon voor privacy, de DPO, het contact voor klachten, het contact
# van een gezamenlijke verwerkingsverantwoordelijke, of dat van de
# vertegenwoordiger of de autoriteit in het projectbestand; $value is het
# adres. Wizard: onder dat veld. (Een onbruikbaar adres voor verzoeken geeft in
# de plaats daarvan check-art12-rights-channel-missing.)
check-identifier-email-invalid = "{ $value }" is geen geldig e-mailadres.
    .hint = Schrijf het adres als naam@domein.be, zonder spaties en zonder "mailto:".
# Waarschuwing. Een webadres is geen link die de documenten kunnen gebruiken
# (het moet beginnen met https://, http:// of mailto:): een website van de
# organisatie, het privacybeleid van een ontvanger, het webformulier voor
# verzoeken, het elders gepubliceerde cookiebeleid, of de website van de
# autoriteit in het projectbestand; $value is het adres. Wizard: onder dat
# veld.
check-identifier-link-invalid = "{ $value }" is geen webadres waarnaar de documenten kunnen linken.
    .hint = Schrijf het volledige adres, beginnend met https://, zoals in https://www.uwbedrijf.be/privacy. Andere soorten links zijn niet toegestaan.
# Waarschuwing. Een e-mailadres of link op een domein dat voor voorbeelden
# gereserveerd is (example.com, .test, …); $value is het adres. Wizard: onder
# dat veld.
check-identifier-placeholder = "{ $value }" is een voorbeeldadres dat uit een sjabloon is blijven staan, geen echt adres.
    .hint = Vervang het door het echte adres, of verwijder het.
# Waarschuwing. Een telefoonnummer bevat andere tekens dan cijfers, spaties, .
# - / ( ) en een + vooraan, of minder dan 5 of meer dan 15 cijfers: dat van de
# organisatie, van een contact of van de autoriteit; $value is het nummer.
# Wizard: onder dat veld.
check-identifier-phone-invalid = "{ $value }" is geen geldig telefoonnummer.
    .hint = Schrijf alleen het nummer: cijfers en spaties, met een + vooraan voor de landcode, zoals in +32 9 123 45 67.

## De datum waarop de documenten in werking treden.

# Waarschuwing. De datum waarop de documenten in werking treden ligt na
# vandaag; $date is die datum, $today de datum van vandaag. Wizard: alleen in
# de lijst bij stap “Nakijken en exporteren”, waar het datumveld staat.
check-document-effective-date-future = De documenten treden in werking op { $date }, en dat is na vandaag ({ $today }).
    .hint = Is de datum een vergissing, verbeter die dan. Kondigt u nieuwe documenten vooraf aan, laat de huidige documenten dan tot die datum online staan.
# Advies. De datum waarop de documenten in werking traden ligt meer dan een
# jaar voor vandaag; $date is die datum, $today de datum van vandaag. Wizard:
# alleen in de lijst bij stap “Nakijken en exporteren”.
check-document-effective-date-old = De documenten zijn in werking getreden op { $date }, meer dan een jaar voor vandaag ({ $today }).
    .hint = Loop de antwoorden opnieuw na: nieuwe leveranciers, cookies en doelen worden makkelijk vergeten. Kies daarna een nieuwe datum en versie.

## De eigen woorden van de eigenaar, en antwoorden die niet bij elkaar passen.

# Fout. Een tekst die de eigenaar in sommige documenttalen schreef, is leeg in
# een andere; $item is de tekst (in een van de talen die hij heeft), $language
# de ontbrekende taal (app-language-*). Wizard: onder het betrokken veld, bij
# de stap ervan.
check-answers-text-untranslated = "{ $item }" heeft geen versie in het { $language }, dus de documenten in het { $language } zouden het in een andere taal tonen.
    .hint = Schrijf de tekst ook in het { $language }, of schrap die taal uit de talen van de documenten.
# Waarschuwing. Een tekst van minstens acht woorden, geschreven in de invoer
# van één taal, lijkt een andere van de vier talen; $item is de tekst,
# $language de taal van de invoer, $found de herkende taal (app-language-*).
# Wizard: onder het betrokken veld.
check-answers-text-wrong-language = De tekst in het { $language } van "{ $item }" lijkt in het { $found } geschreven.
    .hint = Schrijf de versie in het { $language } in het { $language }; zet de tekst in het { $found } in zijn eigen veld.
# Waarschuwing. De Nederlandse versie van een tekst gebruikt je, jij, jou,
# jouw, jullie of jezelf. Gaat alleen over Nederlandse teksten, in welke taal
# dit bericht ook staat; $item is de tekst. Wizard: onder het betrokken veld.
check-answers-informal-register = "{ $item }" spreekt de lezer aan met "je" of "jij", terwijl de documenten "u" zeggen.
    .hint = Herschrijf de Nederlandse tekst met "u" en "uw", zodat de documenten één aanspreekvorm gebruiken.
# Fout. De bewaarcriteria van een doel zeggen weinig meer dan “zolang nodig”
# (alleen Engelse en Nederlandse bewoordingen worden herkend); $item is de naam
# van het doel. Wizard: stap “Doeleinden”, onder de bewaartermijn.
check-art13-purpose-retention-vague = Het doeleinde "{ $item }" bewaart gegevens "zolang nodig", wat de lezer niets zegt.
    .hint = Geef een termijn ("2 jaar na uw laatste bestelling") of de criteria die ze bepalen ("tot de garantie afloopt, en hoogstens 3 jaar na de levering").
# Fout. De wet die voor strafrechtelijke gegevens opgegeven is, bij de soort
# gegevens of in een doel, noemt toestemming (“consent”, “toestemming”) en geen
# wet, artikel, besluit of wetboek. Wizard: onder dat veld, bij stap “Personen
# en gegevens” of “Doeleinden”.
check-art10-authorisation-consent-only = Volgens de antwoorden mogen gegevens over strafrechtelijke veroordelingen alleen met toestemming worden verwerkt. Art. 10 vereist een wet die dat toestaat.
    .hint = Noem de wet die u toestaat deze gegevens te verwerken (in België bijvoorbeeld art. 10 van de wet van 30 juli 2018 en de specifieke wet voor uw sector).
# Waarschuwing. Een cookie van een derde partij (derde partij aangevinkt) heeft
# een aanbieder (“Geplaatst door”) die met geen enkele naam van een ontvanger
# overeenkomt; één keer per aanbieder gemeld; $provider is de aanbieder zoals
# getypt. Wizard: stap “Cookies”, aan het einde van de kaart van die cookie.
check-art13-cookie-provider-not-recipient = { $provider } plaatst cookies op uw website maar staat niet bij de ontvangers, dus de privacyverklaring zegt niet dat het gegevens ontvangt.
    .hint = Voeg { $provider } toe als ontvanger bij "Ontvangers" (de dienstencatalogus kan het invullen), met zijn rol en land.
# Waarschuwing. Een doel steunt op een overeenkomst voor websitebezoekers,
# abonnees op de nieuwsbrief of leveranciers (standaardgroepen); $item is de
# naam van het doel, $audience de naam van de groep. Wizard: stap “Doeleinden”,
# onder de rechtsgrond in de kaart van het doel.
check-art6-purpose-contract-non-party = Het doeleinde "{ $item }" steunt op een overeenkomst, maar betreft { $audience }, die gewoonlijk geen partij zijn bij uw overeenkomst.
    .hint = Geef hen in dit doeleinde een eigen rechtsgrond (de knop "+" onder de rechtsgrond), meestal het gerechtvaardigd belang; een overeenkomst dekt alleen wie ze met u sloot.
# Waarschuwing. Het project heeft doelen en bij een ontvanger is er geen
# aangevinkt; $item is de naam van de ontvanger. Wizard: stap “Ontvangers”,
# onder de doelen van de ontvanger.
check-answers-recipient-no-purpose = Voor "{ $item }" is geen doeleinde aangevinkt, dus de privacyverklaring kan niet zeggen waarvoor deze ontvanger gegevens krijgt.
    .hint = Vink de doeleinden aan waarvoor hij gegevens krijgt, of schrap hem als hij er geen krijgt.
# Waarschuwing. Het project heeft doelen, er staat een cookie van de categorie
# analytisch, marketing of sociale media in de lijst, en geen doel vinkt die
# soort cookie aan; $item is de eerste zulke cookie, $category de categorie als
# sleutel (laat de namen van de varianten zoals ze zijn). Wizard: stap
# “Cookies”, onder de categorie van die cookie.
check-answers-cookie-no-purpose = Geen enkel doeleinde zegt dat de website { $category ->
    [analytics] analytische cookies
    [social-media] socialemediacookies
   *[marketing] marketingcookies
} plaatst, zoals "{ $item }": de documenten zeggen niet waarom u ze plaatst.
    .hint = Vink deze soort cookies aan bij het doeleinde dat ze dient (bijvoorbeeld websitestatistieken of reclame), of voeg dat doeleinde toe.
# Waarschuwing. Een doel betreft abonnees op de nieuwsbrief of prospecten, of
# vinkt marketingcookies aan, en de vraag app-q-direct-marketing ervan is niet
# beantwoord; $item is de naam van het doel. Wizard: stap “Doeleinden”, onder
# die vraag in de kaart.
check-art21-purpose-direct-marketing-unanswered = Is "{ $item }" direct marketing? Nieuwsbrieven, aanbiedingen en reclame zijn dat, en daartegen mag men altijd bezwaar maken, wat de privacyverklaring moet vermelden.
    .hint = Antwoord ja of nee bij het doeleinde. Alleen bij ja beschrijft de verklaring het recht van bezwaar tegen direct marketing.
# Waarschuwing. Het project heeft doelen en geen enkel doel betreft een groep
# personen; $item is de naam van de groep. Wizard: stap “Personen en gegevens”,
# onder de knop om een groep toe te voegen.
check-answers-audience-unused = Geen enkel doeleinde betreft { $item }, dus de documenten zeggen nergens waarom u hun gegevens verwerkt.
    .hint = Voeg hen toe aan de doeleinden die hen betreffen, of schrap de groep.
# Waarschuwing. Het project heeft doelen en geen enkel doel gebruikt een soort
# gegevens; $item is de naam van de soort. Wizard: stap “Personen en gegevens”,
# naast die soort.
check-answers-data-unused = Geen enkel doeleinde gebruikt { $item }, dus de documenten zeggen nergens waarom u die gegevens verwerkt.
    .hint = Voeg de gegevens toe aan de doeleinden die ze gebruiken, of schrap ze.
# Waarschuwing. Het adres voor verzoeken (dat van de contactpersoon voor
# privacy, anders dat van de organisatie) of het adres voor klachten ligt bij
# een persoonlijke mailprovider (gmail.com, hotmail.com, telenet.be, …) of
# bevat de naam van de contactpersoon; $address is dat adres. Wizard: onder dat
# e-mailveld, bij stap “Contact en klachten” of “Uw organisatie”.
check-art12-rights-personal-mailbox = Verzoeken gaan naar { $address }, wat op de eigen mailbox van één persoon lijkt. Is die persoon afwezig of vertrokken, dan blijven verzoeken onbeantwoord.
    .hint = Gebruik een adres van de organisatie dat meer dan één persoon leest, zoals privacy@uwbedrijf.be.
# Fout. Verzoeken per telefoon (app-requests-phone) zijn aangevinkt en de
# organisatie heeft geen telefoonnummer. Wizard: stap “Contact en klachten”,
# onder dat aankruisvak.
check-art12-rights-phone-missing = U neemt verzoeken telefonisch aan, maar uw organisatie heeft geen telefoonnummer, dus de privacyverklaring kan niet zeggen welk nummer men belt.
    .hint = Vul bij "Uw organisatie" het telefoonnummer in, of vink verzoeken per telefoon uit.
# Fout. Er zijn meer dan 28 dagen opgegeven om verzoeken te beantwoorden
# (app-requests-days); $days is 28. Wizard: stap “Contact en klachten”, onder
# dat veld.
check-art12-rights-response-too-slow = Verzoeken worden in meer dan { $days } dagen beantwoord, terwijl de wet een antwoord binnen één maand vraagt, wat maar { $days } dagen kan zijn.
    .hint = Beloof hoogstens { $days } dagen, of laat het aantal weg: de privacyverklaring zegt dan één maand, zoals de wet.

## Waar een bevinding is, in woorden: "Doeleinde 2 ‘Nieuwsbrief’: rechtsgrond".
## place-<lijst> noemt een item met zijn $number; place-<veld> een deel
## van het project; field-<naam> een vraag.
## Waar ze verschijnen: vet op elke bevindingskaart in de wizard, na de ernst
## (“Fout · Doeleinde 2 ‘Nieuwsbrief’: rechtsgrond”), en na “Waar:” in
## “policywright check”. Het $item van een bevinding wordt op dezelfde manier
## verwoord als het item geen eigen naam heeft. Ook de opmerking na het
## schrijven van de documenten over een antwoord zonder tekst in een taal
## (notice-untranslated-answer) gebruikt ze. Een veld zonder bericht field-*
## hier wordt getoond met zijn naam in het projectbestand, in het Engels.

# Een item of deel van het project ($place) en een van zijn velden ($field, een
# bericht field-*).
place-field = { $place }: { $field }
# Een item van een lijst met zijn naam: $place is een bericht place-<lijst> met
# het nummer van het item, $name de naam zoals de eigenaar hem schreef.
place-named = { $place } ‘{ $name }’
# Een doel, met zijn nummer onder de kaarten van stap “Doeleinden”.
place-purposes = Doeleinde { $number }
# Een ontvanger, met zijn nummer onder de kaarten van stap “Ontvangers”.
place-recipients = Ontvanger { $number }
# Een cookie, met haar nummer onder de kaarten van stap “Cookies”.
place-cookies = Cookie { $number }
# Een bron van gegevens, met haar nummer onder de bronkaarten van stap
# “Personen en gegevens”.
place-sources = Bron { $number }
# Een groep personen (stap “Personen en gegevens”), met haar nummer in de lijst
# van het project, wat niet de volgorde op het scherm hoeft te zijn.
place-audiences = Groep { $number }
# Een soort gegevens (stap “Personen en gegevens”), met haar nummer in de lijst
# van het project, wat niet de volgorde op het scherm hoeft te zijn.
place-data_categories = Soort gegevens { $number }
# De antwoorden van stap “Uw organisatie”.
place-organisation = Uw organisatie
# De vraag over de DPO en de gegevens van de DPO (stap “Contact en klachten”).
place-dpo = Functionaris voor gegevensbescherming
# De contactpersoon voor privacy (stap “Contact en klachten”).
place-privacy_contact = Privacycontact
# De toezichthoudende autoriteit (stap “Contact en klachten”; met de hand
# alleen in het projectbestand op te geven).
place-supervisory_authority = Toezichthoudende autoriteit
# Versie, datum en talen van de documenten (stap “Nakijken en exporteren”).
place-document = De documenten
# Het deel over toestemming van stap “Cookies”.
place-cookie_consent = Toestemming voor cookies
# De vraag en velden over kinderen (stap “Contact en klachten”).
place-children = Kinderen
# De beveiligingsmaatregelen (stap “Contact en klachten”).
place-security_measures = Beveiligingsmaatregelen
# Hoe wijzigingen bekendgemaakt worden (stap “Contact en klachten”).
place-change_notice = Wijzigingen bekendmaken
# De vraag of gegevens de EER verlaten (einde van stap “Ontvangers”).
place-transfers_outside_eea = Doorgiften buiten de EER
# De vraag over geautomatiseerde beslissingen, onder de doelen (stap
# “Doeleinden”).
place-automated_decisions = Geautomatiseerde besluiten
# Het antwoord “Nee, niemand” op de vraag over ontvangers. Geen enkele huidige
# controle verwijst hiernaar.
place-recipients_none = Ontvangers
# Het antwoord “Nee, geen” op de cookievraag. Geen enkele huidige controle
# verwijst hiernaar.
place-cookies_none = Cookies
# Het antwoord “Nee” op de vraag over andere bronnen. Geen enkele huidige
# controle verwijst hiernaar.
place-sources_none = Andere bronnen
# Een naam: die van de organisatie, een ontvanger, een doel, een eigen groep of
# de toezichthoudende autoriteit.
field-name = naam
# Straat, postcode en gemeente van de organisatie (stap “Uw organisatie”).
field-address = adres
# Het land van de organisatie (stap “Uw organisatie”).
field-address-country = land
# Een e-mailadres: dat van de organisatie, de contactpersoon voor privacy, de
# DPO of de autoriteit.
field-email = e-mailadres
# Een telefoonnummer: dat van de organisatie, de DPO of de autoriteit.
field-phone = telefoon
# Het ondernemings- (KBO) of KvK-nummer van de organisatie (stap “Uw
# organisatie”).
field-enterprise_number = ondernemingsnummer
# Het btw-nummer van de organisatie (stap “Uw organisatie”).
field-vat_number = btw-nummer
# Een van de websites van de organisatie (stap “Uw organisatie”).
field-websites = website
# De vertegenwoordiger in de EU (alleen in het projectbestand).
field-representative = vertegenwoordiger in de EU
# De rechtsvorm van de organisatie (stap “Uw organisatie”). Geen enkele huidige
# controle verwijst hiernaar.
field-legal_form = rechtsvorm
# De rechtsgrond van een doel (stap “Doeleinden”) of van de camera’s (stap
# “Personen en gegevens”).
field-legal_basis = rechtsgrond
# Het gerechtvaardigd belang van een doel (stap “Doeleinden”).
field-legitimate_interest = gerechtvaardigd belang
# Hoe lang een doel de gegevens bewaart (stap “Doeleinden”).
field-retention = bewaartermijn
# Het moment waarvanaf de bewaartermijn van een doel telt, als de eigenaar het
# zelf schreef.
field-retention-after = begin van de bewaartermijn
# “Moet men deze gegevens verstrekken?” van een doel (stap “Doeleinden”).
field-provision = moeten mensen de gegevens geven?
# “Wat gebeurt er als men dat niet doet?” van een doel (stap “Doeleinden”).
field-provision-consequence = als mensen de gegevens niet geven
# Hoe de geautomatiseerde beslissing van een doel genomen wordt (stap
# “Doeleinden”).
field-automated_decision-logic = hoe het besluit genomen wordt
# Wat die beslissing voor de persoon betekent (stap “Doeleinden”).
field-automated_decision-consequences = wat het voor de persoon betekent
# De vraag app-q-art22 bij die beslissing (stap “Doeleinden”).
field-automated_decision-significant = ingrijpende gevolgen
# De uitzondering van art. 22(2) die voor die beslissing gekozen is (stap
# “Doeleinden”).
field-automated_decision-ground = uitzondering van art. 22, lid 2
# Van wie een doel de gegevens betreft (stap “Doeleinden”). Geen enkele huidige
# controle verwijst hiernaar.
field-audiences = wiens gegevens
# De gegevens die een bron geeft (stap “Personen en gegevens”).
field-data = welke gegevens
# De beschrijving van een bron of een doel.
field-description = beschrijving
# Wat een ontvanger met de gegevens doet (stap “Ontvangers”).
field-service = wat ze doen
# De rol van een ontvanger (stap “Ontvangers”).
field-role = rol
# Het land waar een ontvanger de gegevens verwerkt (stap “Ontvangers”).
field-country = land
# Hoeveel dagen camerabeelden bewaard worden (stap “Personen en gegevens”).
field-retention_days = dagen dat beelden bewaard worden
# Het aankruisvak over het pictogram bij de camera’s (stap “Personen en
# gegevens”).
field-pictogram = pictogram
# Het aankruisvak over de aangifte van de camera’s bij de politie (stap
# “Personen en gegevens”).
field-declared = aangegeven bij de politie
# De verdere landen van verwerking van een ontvanger (stap “Ontvangers”). Geen
# enkele huidige controle verwijst hiernaar.
field-also_processed_in = andere landen van verwerking
# De zetel van een ontvanger (stap “Ontvangers”). Geen enkele huidige controle
# verwijst hiernaar.
field-seat = zetel
# De waarborg voor doorgifte van een ontvanger (stap “Ontvangers”), of de reden
# van een afwijking in het projectbestand.
field-safeguard = waarborg
# De link naar het privacybeleid van een ontvanger (stap “Ontvangers”).
field-privacy_policy = privacybeleid
# Wie een cookie plaatst (stap “Cookies”). Geen enkele huidige controle
# verwijst hiernaar.
field-provider = aanbieder
# De categorie van een cookie (stap “Cookies”).
field-category = categorie
# Het e-mailadres van het contact van een gezamenlijke
# verwerkingsverantwoordelijke (stap “Ontvangers”).
field-contact-email = e-mailadres van het contact
# De telefoon van het contact van een gezamenlijke verwerkingsverantwoordelijke
# (stap “Ontvangers”).
field-contact-phone = telefoon van het contact
# Het contact van een gezamenlijke verwerkingsverantwoordelijke als geheel
# (stap “Ontvangers”). Geen enkele huidige controle verwijst hiernaar.
field-contact = contact
# Het aankruisvak voor verzoeken per telefoon (stap “Contact en klachten”).
field-by_phone = verzoeken per telefoon
# De cameravraag app-q-cameras-police (stap “Personen en gegevens”).
field-shared_with_police = beelden aan politie of gerecht
# De looptijd van een cookie (stap “Cookies”).
field-duration = looptijd
# Hoe precies de looptijd van een cookie is, en het kortste uiteinde (stap
# “Cookies”).
field-duration_range = bereik van de looptijd
# Waarvoor een cookie dient (stap “Cookies”), of waarvoor de camera’s dienen
# (stap “Personen en gegevens”).
field-purpose = doel
# De vraag app-q-source-public van een bron (stap “Personen en gegevens”).
field-publicly_accessible = openbaar toegankelijk
# De uitzondering van art. 9(2) van een gevoelige soort gegevens (stap
# “Personen en gegevens”).
field-art9_condition = uitzondering van art. 9, lid 2
# De wet die strafrechtelijke gegevens toestaat, bij de soort gegevens (stap
# “Personen en gegevens”).
field-art10_authorisation = wet die het toestaat (art. 10)
# De voorbeelden van een soort gegevens (stap “Personen en gegevens”).
field-examples = voorbeelden
# De naam van een soort gegevens die de eigenaar toevoegde (stap “Personen en
# gegevens”).
field-kind-name = naam
# De website van de toezichthoudende autoriteit (projectbestand).
field-website = website
# De vraag app-q-consent (stap “Cookies”).
field-method = hoe toestemming gevraagd wordt
# Het aankruisvak app-consent-per-category (stap “Cookies”).
field-per_category = keuze per categorie
# Het aankruisvak app-consent-refuse (stap “Cookies”).
field-refuse_as_easy = weigeren even makkelijk als accepteren
# Het aankruisvak app-consent-waits (stap “Cookies”).
field-waits_for_choice = geen cookies voor de keuze
# Het aankruisvak app-consent-no-wall (stap “Cookies”).
field-no_cookie_wall = geen cookiemuur
# Het veld app-consent-withdraw (stap “Cookies”).
field-withdraw_via = hoe toestemming intrekken
# De vraag app-q-children (stap “Contact en klachten”).
field-online_services = onlinediensten voor kinderen
# Het veld app-children-minors (stap “Contact en klachten”).
field-minors = minderjarigen
# De versie van de documenten (stap “Nakijken en exporteren”).
field-version = versie
# De datum waarop de documenten in werking treden (stap “Nakijken en
# exporteren”).
field-effective_date = datum van inwerkingtreding
# De talen waarin de documenten verschijnen (stap “Nakijken en exporteren”).
# Geen enkele huidige controle verwijst hiernaar.
field-languages = talen
# Alle doelen (stap “Doeleinden”). Voor een bevinding over de lijst als geheel.
place-purposes-all = Doeleinden
# Alle ontvangers (stap “Ontvangers”). Voor een bevinding over de lijst als
# geheel.
place-recipients-all = Ontvangers
# Alle cookies (stap “Cookies”). Voor een bevinding over de lijst als geheel.
place-cookies-all = Cookies
# Alle andere bronnen (stap “Personen en gegevens”). Voor een bevinding over de
# lijst als geheel.
place-sources-all = Andere bronnen
# Alle groepen personen (stap “Personen en gegevens”); ook gebruikt voor de
# naam van een eigen groep in de opmerking over een ontbrekende vertaling. Voor
# een bevinding over de lijst als geheel.
place-audiences-all = Groepen personen
# Alle soorten gegevens (stap “Personen en gegevens”); ook gebruikt voor de
# naam van een eigen soort in de opmerking over een ontbrekende vertaling. Voor
# een bevinding over de lijst als geheel.
place-data_categories-all = Soorten gegevens
# Verzoeken en klachten (stap “Contact en klachten”).
place-requests = Verzoeken en klachten
# De Nederlandse vrijstelling voor analytische cookies (app-analytics-exempt,
# stap “Cookies”).
place-analytics_exempt = Analytische cookies zonder toestemming
# De bewakingscamera’s (stap “Personen en gegevens”).
place-cameras = Bewakingscamera's
# Hoe gegevens per groep binnenkomen (stap “Personen en gegevens”). Geen enkele
# huidige controle verwijst hiernaar.
place-profiles = Hoe gegevens binnenkomen
# Het adres van een elders gepubliceerd cookiebeleid (stap “Cookies”).
place-cookie_policy_elsewhere = Cookiebeleid elders gepubliceerd
# Het veld app-requests-days (stap “Contact en klachten”).
field-response_days = dagen om te antwoorden
# Het veld app-requests-form (stap “Contact en klachten”).
field-web_form = webformulier
# Het veld app-requests-identity (stap “Contact en klachten”).
field-identity_proof = bewijs van identiteit
# De doelen die bij een ontvanger aangevinkt zijn (stap “Ontvangers”).
field-purposes = doeleinden waarvoor hij gegevens krijgt
# De vraag app-q-direct-marketing van een doel (stap “Doeleinden”).
field-direct_marketing = direct marketing?
# De rechtsgrond in de eigen voorwaarden van een groep (app-terms-for, stap
# “Doeleinden”).
field-per_audience-legal_basis = rechtsgrond voor een van de groepen
# Het gerechtvaardigd belang in de eigen voorwaarden van een groep (stap
# “Doeleinden”).
field-per_audience-legitimate_interest = gerechtvaardigd belang voor een van de groepen
# “Moet men deze gegevens verstrekken?” in de eigen voorwaarden van een groep
# (stap “Doeleinden”).
field-per_audience-provision = moet deze groep de gegevens geven?
# “Wat gebeurt er als men dat niet doet?” in de eigen voorwaarden van een groep
# (stap “Doeleinden”).
field-per_audience-provision-consequence = als deze groep de gegevens niet geeft
# De groep waarvoor een set eigen voorwaarden geldt (stap “Doeleinden”). Geen
# enkele huidige controle verwijst hiernaar.
field-per_audience-audience = groep met een eigen rechtsgrond
# De soort gegevens waarvoor de eigen uitzondering van een doel geldt (stap
# “Doeleinden”). Geen enkele huidige controle verwijst hiernaar.
field-special_data-data = soort gegevens met een eigen voorwaarde
# De wet die strafrechtelijke gegevens in een doel toestaat (app-purpose-art10,
# stap “Doeleinden”).
field-special_data-art10_authorisation = wet die het voor dit doeleinde toestaat (art. 10)
# Het contact voor klachten (stap “Contact en klachten”). Bevindingen over het
# e-mailadres ervan noemen het veld in de plaats daarvan “complaints-email”,
# omdat een bericht met die naam ontbreekt. Geen enkele huidige controle
# verwijst hiernaar.
field-complaints = contact voor klachten
# De regeling met een gezamenlijke verwerkingsverantwoordelijke (stap
# “Ontvangers”).
field-arrangement = regeling met ons
# De standaardcontractbepalingen die voor een ontvanger gekozen zijn (stap
# “Ontvangers”).
field-scc = modelcontractbepalingen
