## Bevindingen van de controles, getoond aan de eigenaar van een project
## voordat die publiceert. Elke bevinding zegt wat er mis is en waar; de
## .hint zegt wat u kunt doen. De namen volgen de regels, met streepjes in
## plaats van punten. $item is het doel, de ontvanger, de cookie of de
## categorie van gegevens waarover het gaat, bij naam (of de plaats in het
## projectbestand als het geen naam heeft).

# Hoe de rechtsgrond van een regel wordt vermeld: $law is een van de
# law-*-namen hieronder, $articles een lijst zoals "13(1)(c), 14(1)(c)".
check-basis = art. { $articles } { $law }
law-gdpr = AVG
law-camera-law-be = camerawet
law-eprivacy = ePrivacyrichtlijn

## Vragen waarvan het antwoord beslist wat de documenten zeggen. Zolang ze
## onbeantwoord zijn, tonen de documenten daar een open plek en zijn ze ontwerpen.

check-cameras-basis-missing = U gebruikt bewakingscamera's, maar zegt niet wat u dat toestaat, dus de privacyverklaring kan de rechtsgrond niet geven.
    .hint = Kies de rechtsgrond van het cameratoezicht; voor een winkel of kantoor is dat meestal uw gerechtvaardigd belang bij de bescherming van mensen en goederen.
check-cameras-recipients-unanswered = U gebruikt bewakingscamera's, maar hebt niet gezegd of u beelden aan de politie of het gerecht geeft, dus de privacyverklaring kan niet zeggen wie ze ontvangt.
    .hint = Beantwoord bij "Personen en gegevens" of u beelden aan de politie of het gerecht bezorgt wanneer ze een misdrijf kunnen helpen bewijzen.
check-cameras-purpose-missing = U gebruikt bewakingscamera's, maar zegt niet waarvoor.
    .hint = Zeg waarvoor de camera's dienen, bijvoorbeeld diefstal in de winkel voorkomen en opsporen.
check-cameras-retention-missing = U gebruikt bewakingscamera's, maar zegt niet hoelang u de beelden bewaart.
    .hint = Geef het aantal dagen waarna de beelden gewist worden.
check-cameras-retention-too-long = U bewaart camerabeelden { $days } dagen; de Belgische camerawet staat hoogstens { $max } dagen toe, tenzij de beelden als bewijs nodig zijn.
    .hint = Stel uw recorder in om beelden na hoogstens { $max } dagen te wissen, en vul het nieuwe aantal hier in.
check-cameras-pictogram-missing = Uit uw antwoorden blijkt niet dat aan de ingangen van de bewaakte ruimte een bord met het wettelijke pictogram hangt, wat de Belgische camerawet vereist.
    .hint = Hang het pictogram (het model dat een koninklijk besluit vastlegt) aan elke ingang, en duid dat hier aan.
check-cameras-not-declared = Uit uw antwoorden blijkt niet dat de camera's bij de politie zijn aangegeven, wat de Belgische camerawet vereist.
    .hint = Geef ze aan via www.declarationcamera.be, en duid dat hier aan.
check-answers-country-unanswered = U hebt niet gezegd in welk land uw organisatie gevestigd is, dus de documenten kunnen de nationale wet die geldt en de toezichthouder waarbij men kan klagen niet noemen.
    .hint = Kies het land bij "Uw organisatie".
check-answers-data-categories-unanswered = U hebt niet gezegd welke soorten persoonsgegevens u verwerkt, dus de privacyverklaring kan ze niet opsommen.
    .hint = Vink bij "Personen en gegevens" de soorten gegevens aan die u verwerkt, of voeg uw eigen soorten toe.
check-answers-dpo-unanswered = U hebt niet gezegd of u een functionaris voor gegevensbescherming hebt aangesteld, dus de privacyverklaring zegt daar niets over.
    .hint = Beantwoord bij "Contact en klachten" of er een functionaris voor gegevensbescherming is aangesteld. Geef alleen een reden waarom niet als u die hebt nagegaan.
check-answers-sources-unanswered = U hebt niet gezegd of u persoonsgegevens ontvangt van anderen dan de betrokkenen zelf (art. 14).
    .hint = Beantwoord bij "Personen en gegevens" of er gegevens uit andere bronnen komen, en noem die bronnen dan.
check-answers-recipients-unanswered = U hebt niet gezegd of iemand buiten uw organisatie de gegevens ontvangt, dus de privacyverklaring zegt niets over ontvangers.
    .hint = Noem bij "Ontvangers" wie de gegevens ontvangt (uw boekhouder, uw webhost, ...), of antwoord dat niemand ze ontvangt.
check-answers-transfers-unanswered = U hebt niet gezegd of er gegevens naar een land buiten de Europese Economische Ruimte gaan.
    .hint = Beantwoord bij "Ontvangers" of er gegevens de EER verlaten. Zo ja, geef elke betrokken ontvanger zijn land en waarborg.
check-answers-automated-decisions-unanswered = U hebt niet gezegd of er beslissingen over personen volledig geautomatiseerd worden genomen.
    .hint = Beantwoord bij "Doeleinden" of er een beslissing met rechtsgevolgen of vergelijkbaar ingrijpende gevolgen wordt genomen zonder dat er een mens aan te pas komt.
check-answers-security-measures-unanswered = U hebt niet gezegd hoe u de gegevens beveiligt, dus de privacyverklaring zegt daar niets over.
    .hint = Vink bij "Contact en klachten" de maatregelen aan die u echt neemt.
check-answers-children-unanswered = U hebt niet gezegd of u onlinediensten rechtstreeks aan kinderen aanbiedt.
    .hint = Beantwoord bij "Contact en klachten" de vraag over kinderen. Als er minderjarigen zijn onder de personen van wie u gegevens verwerkt, beschrijf dan hoe u met hun gegevens omgaat.
check-answers-change-notice-unanswered = U hebt niet gezegd hoe u wijzigingen in de documenten bekendmaakt.
    .hint = Vink bij "Contact en klachten" aan hoe mensen van een nieuwe versie vernemen.
check-answers-cookies-unanswered = U hebt niet gezegd of uw website cookies of vergelijkbare technieken plaatst, dus het cookiebeleid zegt daar niets over.
    .hint = Vermeld bij "Cookies" welke cookies uw website plaatst (u kunt ze uit uw browser importeren), of antwoord dat ze er geen plaatst.
check-answers-cookie-consent-unanswered = Uw website plaatst cookies waarvoor toestemming nodig is, en u hebt niet gezegd hoe u daarom vraagt.
    .hint = Beantwoord bij "Cookies" hoe bezoekers om toestemming wordt gevraagd.
check-answers-sources-contradictory = U antwoordde dat alle gegevens van de betrokkenen zelf komen, maar u noemt ook andere bronnen. De documenten zeggen geen van beide.
    .hint = Verwijder de bronnen, of pas het antwoord aan zodat gegevens ook van anderen komen.
check-answers-recipients-contradictory = U antwoordde dat niemand buiten uw organisatie de gegevens ontvangt, maar u noemt ook ontvangers. De documenten zeggen geen van beide.
    .hint = Verwijder de ontvangers, of pas het antwoord aan zodat anderen wel gegevens ontvangen.
check-answers-transfers-contradictory = U antwoordde dat er geen gegevens de Europese Economische Ruimte verlaten, maar een ontvanger bevindt zich daarbuiten of heeft een waarborg voor doorgiften. De documenten zeggen geen van beide.
    .hint = Controleer de landen en waarborgen van de ontvangers en beantwoord daarna de vraag over doorgiften opnieuw.
check-answers-automated-decisions-contradictory = U antwoordde dat er geen volledig geautomatiseerde beslissingen worden genomen, maar een doeleinde beschrijft zo'n beslissing. De documenten zeggen geen van beide.
    .hint = Verwijder de geautomatiseerde beslissing uit het doeleinde, of pas het antwoord aan.
check-answers-cookies-contradictory = U antwoordde dat uw website geen cookies plaatst, maar u vermeldt ook cookies. Het cookiebeleid zegt geen van beide.
    .hint = Verwijder de cookies, of pas het antwoord aan zodat de website wel cookies plaatst.
check-art14-source-public-unanswered = U hebt niet gezegd of de bron "{ $item }" openbaar toegankelijk is, wat de privacyverklaring moet vermelden.
    .hint = Beantwoord bij "Personen en gegevens" of deze bron openbaar toegankelijk is (een openbaar register, een website) of niet.
check-art32-security-encryption-where = U hebt "versleuteling" aangevinkt zonder te zeggen waar, dus de privacyverklaring vermeldt het niet.
    .hint = Vink bij "Contact en klachten" aan of gegevens versleuteld worden bij verzending, bij opslag, of allebei.
check-art12-changes-website-missing = U maakt wijzigingen bekend op uw website, maar er is geen website opgegeven.
    .hint = Vul uw website in bij "Uw organisatie", of kies een andere manier om wijzigingen bekend te maken.
check-document-version-missing = De documenten hebben geen versie, dus lezers kunnen de ene versie niet van de volgende onderscheiden.
    .hint = Geef de documenten een versie, zoals 1.0, bij "Nakijken en exporteren".

## Wie verantwoordelijk is, en hoe men die bereikt.

check-art13-controller-name-missing = De organisatie heeft geen naam, dus de documenten kunnen niet zeggen wie verantwoordelijk is voor de gegevens.
    .hint = Vul de officiële naam van de organisatie in, zoals die geregistreerd is.
check-art13-controller-name-has-legal-form = De naam eindigt al op "{ $form }", en de documenten zetten de rechtsvorm na de naam, dus die zou er twee keer staan.
    .hint = Schrijf de naam zonder rechtsvorm, bijvoorbeeld "Bakkerij Janssens" met rechtsvorm "{ $form }".
check-art13-controller-address-incomplete = Het adres van de organisatie is onvolledig: lezers hebben een straat, een postcode en een plaats nodig om te weten waar ze u kunnen bereiken.
    .hint = Vul de straat en het huisnummer, de postcode en de plaats van de organisatie in.
check-art13-controller-enterprise-number-missing = Er is geen ondernemingsnummer ingevuld. Elke organisatie die in { $country } gevestigd is, heeft er een, en lezers zien daaraan precies welke organisatie verantwoordelijk is.
    .hint = Vul het nummer in: in België het ondernemingsnummer uit de Kruispuntbank van Ondernemingen (KBO), geschreven als 0123.456.789; in Nederland het KvK-nummer van 8 cijfers.
check-art27-representative-missing = De organisatie is gevestigd in { $country }, buiten de Europese Economische Ruimte, en noemt geen vertegenwoordiger in de EU.
    .hint = Stel een vertegenwoordiger aan in een EU-land waar de mensen wonen voor wie u werkt, en vul de naam en de contactgegevens van die vertegenwoordiger in.
check-art13-representative-contact-missing = De vertegenwoordiger in de EU wordt genoemd zonder contactgegevens.
    .hint = Vul een e-mailadres, een telefoonnummer of een postadres in waarop men de vertegenwoordiger kan bereiken.
check-art13-dpo-contact-missing = Er wordt een functionaris voor gegevensbescherming genoemd zonder contactgegevens.
    .hint = Vul een e-mailadres, een telefoonnummer of een postadres in waarop men de functionaris voor gegevensbescherming rechtstreeks kan bereiken.
check-art37-dpo-likely-required = Er is geen functionaris voor gegevensbescherming aangesteld, terwijl het doeleinde "{ $purpose }" gevoelige gegevens (zoals gezondheidsgegevens) verwerkt van anderen dan uw personeel. Als zulke verwerking op grote schaal de kern van uw werk is (een groepspraktijk, een laboratorium, een ziekenhuis, een vakbond), is er wettelijk een vereist.
    .hint = Is deze verwerking grootschalig en de kern van wat u doet, stel dan een functionaris voor gegevensbescherming aan en vul zijn of haar contactgegevens in. Een zorgverlener of kleine organisatie heeft er meestal geen nodig; dan kunt u dit zo laten.
check-art12-rights-channel-missing = Er is geen werkend e-mailadres voor privacyverzoeken, dus niemand kan de rechten uitoefenen die in de privacyverklaring staan.
    .hint = Vul een geldig e-mailadres in dat iemand leest, voor de privacycontactpersoon of voor de organisatie, bijvoorbeeld privacy@uwbedrijf.be.
check-art13-complaint-authority-missing = De documenten kunnen geen toezichthoudende autoriteit noemen waar men een klacht kan indienen: policywright kent er geen voor { $country }.
    .hint = Vul zelf de gegevensbeschermingsautoriteit van uw land in, met de naam, het adres en de website.
check-art13-complaint-authority-former = De toezichthoudende autoriteit "{ $item }" bestaat niet meer: klachten die daarheen worden gestuurd, bereiken niemand.
    .hint = Verwijder de autoriteit die u hebt ingevuld. Voor België en Nederland noemt policywright zelf de huidige (de Gegevensbeschermingsautoriteit, de Autoriteit Persoonsgegevens).

## Doelen, rechtsgronden en bewaartermijnen.

check-art13-purposes-missing = Er is geen enkel doel ingevuld: de privacyverklaring moet zeggen waarom u persoonsgegevens verwerkt.
    .hint = Voeg elk doel toe, zoals bestellingen afhandelen, de nieuwsbrief versturen of de lonen berekenen, met de rechtsgrond en de bewaartermijn.
check-art13-purpose-legal-basis-missing = Het doel "{ $item }" heeft geen rechtsgrond.
    .hint = Kies de rechtsgrond waarop u de gegevens voor dit doel mag gebruiken: toestemming, uitvoering van een overeenkomst, een wettelijke verplichting, een vitaal belang, een taak van algemeen belang of een gerechtvaardigd belang.
check-art13-purpose-legitimate-interest-missing = Het doel "{ $item }" steunt op een gerechtvaardigd belang, maar dat belang zelf is niet beschreven.
    .hint = Beschrijf in een paar woorden welk belang u nastreeft, bijvoorbeeld "onze website beschermen tegen misbruik" of "onze klanten informeren over gelijkaardige producten".
check-art13-purpose-retention-missing = Bij het doel "{ $item }" staat niet hoelang de gegevens worden bewaard.
    .hint = Geef een bewaartermijn, bijvoorbeeld 7 jaar na het einde van het boekjaar, of de criteria die de termijn bepalen. Alleen "zolang nodig" is niet genoeg.
check-art13-purpose-provision-missing = Het doel "{ $item }" steunt op een overeenkomst of een wettelijke verplichting, maar er staat niet of men de gegevens moet verstrekken en wat er gebeurt als men dat niet doet.
    .hint = Zeg of de gegevens verplicht zijn (door de wet, door de overeenkomst of om een overeenkomst te kunnen sluiten) en wat het gevolg is als iemand ze niet geeft. Duiden uw formulieren de verplichte velden al aan en leggen ze dat uit, dan kan dat volstaan.
check-art13-purpose-provision-consequence-missing = Voor het doel "{ $item }" moet men gegevens verstrekken, maar er staat niet wat er gebeurt als men dat niet doet.
    .hint = Beschrijf het gevolg in een paar woorden, bijvoorbeeld "kunnen wij uw bestelling niet leveren".
check-art13-automated-decision-logic-missing = Bij de geautomatiseerde beslissing in het doel "{ $item }" staat niet hoe de beslissing tot stand komt.
    .hint = Leg in gewone woorden uit waarop de beslissing gebaseerd is, bijvoorbeeld "een score op basis van uw betaalgeschiedenis".
check-art13-automated-decision-consequences-missing = Bij de geautomatiseerde beslissing in het doel "{ $item }" staat niet wat ze voor de betrokkene betekent.
    .hint = Beschrijf wat de uitkomst voor de betrokkene kan zijn, bijvoorbeeld "bij een lage score kunt u niet achteraf betalen".
check-art22-automated-decision-significance-unanswered = U hebt niet gezegd of het geautomatiseerde besluit van "{ $item }" rechtsgevolgen of vergelijkbaar ingrijpende gevolgen heeft voor personen, wat bepaalt wat de privacyverklaring erover moet zeggen.
    .hint = Beantwoord bij "Doeleinden" de vraag bij het besluit: een geweigerde betaling of overeenkomst is ingrijpend, een productaanbeveling niet.
check-art22-automated-decision-ground-missing = Het besluit van "{ $item }" wordt alleen door een computer genomen, met ingrijpende gevolgen, maar u hebt niet gezegd wat het toestaat. Art. 22, lid 2, staat het alleen toe voor een overeenkomst, bij wet, of met uitdrukkelijke toestemming.
    .hint = Kies bij "Doeleinden" de uitzondering die geldt. Geldt er geen, dan moet een mens elk zulk besluit nemen of herzien.

## Gevoelige gegevens en bronnen.

check-art9-condition-missing = "{ $item }" is een bijzondere categorie van persoonsgegevens, en er is geen uitzondering gekozen die u toestaat ze te verwerken.
    .hint = Kies de uitzondering van art. 9(2) AVG die van toepassing is, zoals uitdrukkelijke toestemming of medische zorg. Zonder uitzondering mag u deze gegevens niet verwerken.
check-art10-authorisation-missing = Er worden gegevens over strafrechtelijke veroordelingen en strafbare feiten verwerkt ("{ $item }") zonder de wet te noemen die dat toestaat.
    .hint = Noem de wet of regeling die u toestaat deze gegevens te verwerken, zoals de regels over het uittreksel uit het strafregister voor werk met minderjarigen.
check-art14-source-description-missing = Een bron van gegevens die u niet van de betrokkenen zelf krijgt, heeft geen beschrijving.
    .hint = Beschrijf waar de gegevens vandaan komen, bijvoorbeeld "het openbare ondernemingsregister" of "de persoon die de bestelling plaatste".
check-art14-source-data-missing = Bij de bron "{ $item }" staat niet welke gegevens die levert.
    .hint = Kies de categorieën van gegevens die u uit deze bron krijgt.

## Ontvangers en doorgifte buiten de Europese Economische Ruimte.

check-art13-recipient-name-missing = Een ontvanger van gegevens heeft geen naam.
    .hint = Vul de naam van het bedrijf in, of een categorie zoals "onze boekhouder".
check-art26-joint-controller-arrangement-missing = "{ $item }" is een gezamenlijke verwerkingsverantwoordelijke, maar de wezenlijke inhoud van uw regeling met hen ontbreekt, en mensen hebben het recht die te kennen.
    .hint = Zeg bij "Ontvangers" in enkele zinnen wie wat doet: wie mensen informeert, wie om toestemming vraagt, wie verzoeken beantwoordt.
check-art46-transfer-scc-repealed = De modelcontractbepalingen met "{ $item }" zijn die van besluit { $decision }, dat is ingetrokken: sinds 27 december 2022 zijn voor doorgiften de bepalingen van Besluit (EU) 2021/914 nodig.
    .hint = Sluit met de ontvanger de bepalingen van 2021/914 (de meeste aanbieders nemen ze op in hun verwerkersvoorwaarden) en kies ze daarna bij "Ontvangers".
check-art13-recipient-role-missing = De ontvanger "{ $item }" heeft geen rol, dus lezers kunnen niet zien of die in uw opdracht werkt of zelf beslist wat er met de gegevens gebeurt.
    .hint = Kies de rol: verwerker (werkt voor u, met een verwerkersovereenkomst), verwerkingsverantwoordelijke, gezamenlijke verwerkingsverantwoordelijke, overheidsinstantie of onderneming binnen uw groep.
check-art13-transfer-safeguard-missing = Gegevens gaan naar "{ $item }" in { $country }, buiten de Europese Economische Ruimte, zonder waarborg, en voor { $country } bestaat geen adequaatheidsbesluit.
    .hint = Vraag de ontvanger welke waarborg hij gebruikt (meestal de standaardcontractbepalingen van de Europese Commissie) en vul die in. Heeft hij er geen, kies dan een andere leverancier.
check-art45-transfer-adequacy-not-found = Voor "{ $item }" koos u een adequaatheidsbesluit, maar de Europese Commissie heeft er geen genomen voor { $country }.
    .hint = Vraag de ontvanger welke waarborg hij werkelijk gebruikt, meestal standaardcontractbepalingen, en vul die in.
check-art45-transfer-adequacy-needs-dpf = Voor "{ $item }" koos u een adequaatheidsbesluit voor { $country }, maar dat besluit geldt alleen voor organisaties die gecertificeerd zijn onder het EU-VS-kader voor gegevensbescherming (EU-US Data Privacy Framework).
    .hint = Staat "{ $item }" op de lijst van het Data Privacy Framework, kies dan die waarborg; vraag anders welke waarborg hij gebruikt, meestal standaardcontractbepalingen.
check-art45-transfer-dpf-outside-us = Voor "{ $item }" in { $country } koos u het EU-VS-kader voor gegevensbescherming (EU-US Data Privacy Framework), dat alleen geldt voor gecertificeerde organisaties in de Verenigde Staten.
    .hint = Controleer het land van de ontvanger. Blijven de gegevens in { $country }, kies dan de waarborg die daar geldt; gaan ze naar de Verenigde Staten, vul dan dat land in.
check-art49-transfer-derogation-unexplained = De doorgifte aan "{ $item }" steunt op een uitzondering voor specifieke situaties, maar die uitzondering is niet beschreven.
    .hint = Beschrijf welke uitzondering van toepassing is, bijvoorbeeld "uw uitdrukkelijke toestemming nadat wij u de risico's hebben uitgelegd" of "nodig om uw overeenkomst uit te voeren". Deze uitzonderingen zijn alleen bedoeld voor doorgiften die af en toe gebeuren.
check-art44-transfer-safeguard-inside-eea = Voor "{ $item }" koos u een waarborg voor doorgifte, maar { $country } ligt in de Europese Economische Ruimte, waar geen waarborg nodig is.
    .hint = Gaan de gegevens in werkelijkheid naar een ander land, bijvoorbeeld de Verenigde Staten, vul dan dat land in; verwijder anders de waarborg.
check-art13-transfer-country-missing = Voor "{ $item }" koos u een waarborg voor doorgifte, maar niet het land waar de gegevens naartoe gaan.
    .hint = Vul het land in waar de ontvanger de gegevens verwerkt, zodat de privacyverklaring kan zeggen waar ze naartoe gaan.

## Cookies.

check-eprivacy-cookies-consent-missing = Uw website gebruikt cookies waarvoor toestemming nodig is, maar er is geen cookiebanner die daarom vraagt voordat ze worden geplaatst.
    .hint = Gebruik een cookiebanner die toestemming vraagt voordat een cookie wordt geplaatst die niet strikt noodzakelijk is, met een knop om te weigeren die even gemakkelijk is als die om te accepteren. Verder surfen is geen toestemming.
check-eprivacy-cookies-consent-implied = Uw website beschouwt verder surfen als toestemming voor cookies. Dat is geen toestemming: bezoekers moeten actief instemmen, voordat de cookies worden geplaatst.
    .hint = Gebruik een cookiebanner die toestemming vraagt voordat een cookie wordt geplaatst die niet strikt noodzakelijk is, en antwoord "een banner" bij "Cookies".
check-art7-cookies-withdrawal-missing = Bezoekers kunnen hun toestemming voor cookies niet even gemakkelijk intrekken als ze die gaven: het cookiebeleid kan hun alleen zeggen dat ze u moeten schrijven of hun cookies moeten verwijderen.
    .hint = Bied op elke pagina een link of knop aan, zoals "Cookie-instellingen", die de cookiekeuze opnieuw opent, en beschrijf waar die staat.
check-art7-cookies-consent-not-granular = Voor cookies van verschillende categorieën is toestemming nodig, maar bezoekers kunnen ze alleen allemaal tegelijk accepteren of weigeren.
    .hint = Laat bezoekers in uw cookiebanner per categorie kiezen (bijvoorbeeld analytische cookies en marketingcookies apart), en duid dat hier aan.
check-eprivacy-cookies-analytics-exempt-outside-nl = U zegt dat uw analytische cookies zonder toestemming geplaatst mogen worden volgens de Nederlandse uitzondering voor analytische cookies met weinig gevolgen, maar uw organisatie is niet in Nederland gevestigd.
    .hint = Buiten Nederland vraagt u toestemming voor analytische cookies; vink de uitzondering uit.
check-eprivacy-cookies-analytics-exempt-third-party = U gebruikt de Nederlandse uitzondering voor analytische cookies met weinig gevolgen, maar "{ $item }" is een analytische cookie van een ander bedrijf, die daar zelden aan voldoet: de aanbieder kan de gegevens voor zichzelf gebruiken.
    .hint = Ga de voorwaarden van de Autoriteit Persoonsgegevens na (gegevens met niemand gedeeld, IP-adressen gemaskeerd, een verwerkersovereenkomst); voldoet uw instelling er niet aan, vink de uitzondering dan uit en vraag toestemming.
check-eprivacy-cookies-set-before-choice = Uw antwoorden zeggen niet dat de website de keuze van de bezoeker afwacht voor hij cookies plaatst waarvoor toestemming nodig is.
    .hint = Stel uw website of toestemmingstool zo in dat er alleen strikt noodzakelijke cookies worden geplaatst tot de bezoeker accepteert (scripts tot dan geblokkeerd), controleer dat in een privévenster van uw browser en duid het hier aan; tot dan kan het cookiebeleid het niet beloven.
check-art7-cookies-refusal-not-as-easy = Uit uw antwoorden blijkt niet dat cookies weigeren even eenvoudig is als ze accepteren.
    .hint = Zet op het eerste scherm van uw banner een weigerknop naast de accepteerknop, even goed zichtbaar, en duid dat hier aan; tot dan kan het cookiebeleid dat niet beloven.
check-art7-cookies-cookie-wall = Uit uw antwoorden blijkt niet dat bezoekers die cookies weigeren de website toch kunnen gebruiken.
    .hint = Maak het accepteren van cookies geen voorwaarde om de website te gebruiken (een cookiemuur), en duid dat hier aan; tot dan kan het cookiebeleid dat niet beloven.
check-art7-cookies-withdrawal-untold = Uw cookiebeleid staat elders, en u hebt niet gezegd hoe bezoekers hun toestemming voor cookies intrekken, dus de privacyverklaring kan het hun niet zeggen. Intrekken moet even gemakkelijk zijn als toestemming geven.
    .hint = Zeg bij "Cookies" hoe bezoekers hun keuze wijzigen of intrekken, bijvoorbeeld "via het cookie-icoon linksonder op elke pagina".
check-eprivacy-cookie-duration-missing = Bij de cookie "{ $item }" staat geen looptijd.
    .hint = Zoek uit hoelang de cookie blijft bestaan (de ontwikkelaarstools van uw browser of de documentatie van de aanbieder tonen dat) en vul die looptijd in.
check-eprivacy-cookie-duration-range-unclear = De looptijd van de cookie "{ $item }" is een bereik dat niet klopt: de langste looptijd moet een termijn zijn, en de kortste het sluiten van de browser of een kortere termijn.
    .hint = Vul als looptijd de langste tijd in dat de cookie blijft, en als kortste "tot de browser sluit" of een kortere termijn; of laat het bereik weg.
check-eprivacy-cookie-purpose-missing = Bij de cookie "{ $item }" staat niet waarvoor die dient.
    .hint = Beschrijf in een paar woorden wat de cookie doet, bijvoorbeeld "onthoudt uw taal".
check-eprivacy-cookie-category-missing = De cookie "{ $item }" heeft geen categorie, dus bezoekers kunnen niet zien wat voor cookie het is. Zolang die ontbreekt, wordt de cookie behandeld als een cookie waarvoor toestemming nodig is.
    .hint = Kies de categorie: strikt noodzakelijk, functioneel, analytisch, marketing of sociale media.
check-art5-cookie-duration-too-long = De cookie "{ $item }" blijft langer bestaan dan { $months } maanden, de langste looptijd die gegevensbeschermingsautoriteiten aanvaarden.
    .hint = Stel de looptijd in op hoogstens { $months } maanden, in uw website of in de instellingen van de aanbieder, en vul de nieuwe looptijd hier in.
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

check-identifier-belgian-enterprise-number-invalid = "{ $value }" is geen geldig Belgisch ondernemingsnummer.
    .hint = Een Belgisch ondernemingsnummer heeft 10 cijfers, begint met 0 of 1, en de laatste twee cijfers zijn een controle op de eerste acht, zoals in 0428.555.896. Neem het over uit de Kruispuntbank van Ondernemingen (KBO).
check-identifier-belgian-vat-number-invalid = "{ $value }" is geen geldig Belgisch btw-nummer.
    .hint = Een Belgisch btw-nummer is BE gevolgd door het ondernemingsnummer van 10 cijfers, zoals in BE0428555896.
check-identifier-belgian-vat-number-mismatch = Het btw-nummer "{ $value }" komt niet overeen met het ondernemingsnummer { $number }.
    .hint = Een Belgisch btw-nummer is BE gevolgd door het ondernemingsnummer, dus een van beide is verkeerd getypt. Controleer ze allebei in de Kruispuntbank van Ondernemingen (KBO).
check-identifier-dutch-kvk-number-invalid = "{ $value }" is geen geldig KvK-nummer.
    .hint = Een KvK-nummer heeft 8 cijfers. Neem het over uit uw inschrijving bij de Kamer van Koophandel.
check-identifier-dutch-vat-number-invalid = "{ $value }" is geen geldig Nederlands btw-identificatienummer.
    .hint = Een Nederlands btw-identificatienummer (btw-id) bestaat uit NL, 9 cijfers, de letter B en 2 cijfers, zoals in NL123456789B01.
check-identifier-email-invalid = "{ $value }" is geen geldig e-mailadres.
    .hint = Schrijf het adres als naam@domein.be, zonder spaties en zonder "mailto:".
check-identifier-link-invalid = "{ $value }" is geen webadres waarnaar de documenten kunnen linken.
    .hint = Schrijf het volledige adres, beginnend met https://, zoals in https://www.uwbedrijf.be/privacy. Andere soorten links zijn niet toegestaan.
check-identifier-placeholder = "{ $value }" is een voorbeeldadres dat uit een sjabloon is blijven staan, geen echt adres.
    .hint = Vervang het door het echte adres, of verwijder het.
check-identifier-phone-invalid = "{ $value }" is geen geldig telefoonnummer.
    .hint = Schrijf alleen het nummer: cijfers en spaties, met een + vooraan voor de landcode, zoals in +32 9 123 45 67.

## De datum waarop de documenten in werking treden.

check-document-effective-date-future = De documenten treden in werking op { $date }, en dat is na vandaag ({ $today }).
    .hint = Is de datum een vergissing, verbeter die dan. Kondigt u nieuwe documenten vooraf aan, laat de huidige documenten dan tot die datum online staan.
check-document-effective-date-old = De documenten zijn in werking getreden op { $date }, meer dan een jaar voor vandaag ({ $today }).
    .hint = Loop de antwoorden opnieuw na: nieuwe leveranciers, cookies en doelen worden makkelijk vergeten. Kies daarna een nieuwe datum en versie.

## De eigen woorden van de eigenaar, en antwoorden die niet bij elkaar passen.

check-answers-text-untranslated = "{ $item }" heeft geen versie in het { $language }, dus de documenten in het { $language } zouden het in een andere taal tonen.
    .hint = Schrijf de tekst ook in het { $language }, of schrap die taal uit de talen van de documenten.
check-answers-text-wrong-language = De tekst in het { $language } van "{ $item }" lijkt in het { $found } geschreven.
    .hint = Schrijf de versie in het { $language } in het { $language }; zet de tekst in het { $found } in zijn eigen veld.
check-answers-informal-register = "{ $item }" spreekt de lezer aan met "je" of "jij", terwijl de documenten "u" zeggen.
    .hint = Herschrijf de Nederlandse tekst met "u" en "uw", zodat de documenten één aanspreekvorm gebruiken.
check-art13-purpose-retention-vague = Het doeleinde "{ $item }" bewaart gegevens "zolang nodig", wat de lezer niets zegt.
    .hint = Geef een termijn ("2 jaar na uw laatste bestelling") of de criteria die ze bepalen ("tot de garantie afloopt, en hoogstens 3 jaar na de levering").
check-art10-authorisation-consent-only = Volgens de antwoorden mogen gegevens over strafrechtelijke veroordelingen alleen met toestemming worden verwerkt. Art. 10 vereist een wet die dat toestaat.
    .hint = Noem de wet die u toestaat deze gegevens te verwerken (in België bijvoorbeeld art. 10 van de wet van 30 juli 2018 en de specifieke wet voor uw sector).
check-art13-cookie-provider-not-recipient = { $provider } plaatst cookies op uw website maar staat niet bij de ontvangers, dus de privacyverklaring zegt niet dat het gegevens ontvangt.
    .hint = Voeg { $provider } toe als ontvanger bij "Ontvangers" (de dienstencatalogus kan het invullen), met zijn rol en land.
check-art6-purpose-contract-non-party = Het doeleinde "{ $item }" steunt op een overeenkomst, maar betreft { $audience }, die gewoonlijk geen partij zijn bij uw overeenkomst.
    .hint = Geef hen in dit doeleinde een eigen rechtsgrond (de knop "+" onder de rechtsgrond), meestal het gerechtvaardigd belang; een overeenkomst dekt alleen wie ze met u sloot.
check-answers-recipient-no-purpose = Voor "{ $item }" is geen doeleinde aangevinkt, dus de privacyverklaring kan niet zeggen waarvoor deze ontvanger gegevens krijgt.
    .hint = Vink de doeleinden aan waarvoor hij gegevens krijgt, of schrap hem als hij er geen krijgt.
check-answers-cookie-no-purpose = Geen enkel doeleinde zegt dat de website { $category ->
    [analytics] analytische cookies
    [social-media] socialemediacookies
   *[marketing] marketingcookies
} plaatst, zoals "{ $item }": de documenten zeggen niet waarom u ze plaatst.
    .hint = Vink deze soort cookies aan bij het doeleinde dat ze dient (bijvoorbeeld websitestatistieken of reclame), of voeg dat doeleinde toe.
check-art21-purpose-direct-marketing-unanswered = Is "{ $item }" direct marketing? Nieuwsbrieven, aanbiedingen en reclame zijn dat, en daartegen mag men altijd bezwaar maken, wat de privacyverklaring moet vermelden.
    .hint = Antwoord ja of nee bij het doeleinde. Alleen bij ja beschrijft de verklaring het recht van bezwaar tegen direct marketing.
check-answers-audience-unused = Geen enkel doeleinde betreft { $item }, dus de documenten zeggen nergens waarom u hun gegevens verwerkt.
    .hint = Voeg hen toe aan de doeleinden die hen betreffen, of schrap de groep.
check-answers-data-unused = Geen enkel doeleinde gebruikt { $item }, dus de documenten zeggen nergens waarom u die gegevens verwerkt.
    .hint = Voeg de gegevens toe aan de doeleinden die ze gebruiken, of schrap ze.
check-art12-rights-personal-mailbox = Verzoeken gaan naar { $address }, wat op de eigen mailbox van één persoon lijkt. Is die persoon afwezig of vertrokken, dan blijven verzoeken onbeantwoord.
    .hint = Gebruik een adres van de organisatie dat meer dan één persoon leest, zoals privacy@uwbedrijf.be.
check-art12-rights-phone-missing = U neemt verzoeken telefonisch aan, maar uw organisatie heeft geen telefoonnummer, dus de privacyverklaring kan niet zeggen welk nummer men belt.
    .hint = Vul bij "Uw organisatie" het telefoonnummer in, of vink verzoeken per telefoon uit.
check-art12-rights-response-too-slow = Verzoeken worden in meer dan { $days } dagen beantwoord, terwijl de wet een antwoord binnen één maand vraagt, wat maar { $days } dagen kan zijn.
    .hint = Beloof hoogstens { $days } dagen, of laat het aantal weg: de privacyverklaring zegt dan één maand, zoals de wet.

## Waar een bevinding is, in woorden: "Doeleinde 2 ‘Nieuwsbrief’: rechtsgrond".
## place-<lijst> noemt een item met zijn $number; place-<veld> een deel
## van het project; field-<naam> een vraag.

place-field = { $place }: { $field }
place-named = { $place } ‘{ $name }’
place-purposes = Doeleinde { $number }
place-recipients = Ontvanger { $number }
place-cookies = Cookie { $number }
place-sources = Bron { $number }
place-audiences = Groep { $number }
place-data_categories = Soort gegevens { $number }
place-organisation = Uw organisatie
place-dpo = Functionaris voor gegevensbescherming
place-privacy_contact = Privacycontact
place-supervisory_authority = Toezichthoudende autoriteit
place-document = De documenten
place-cookie_consent = Toestemming voor cookies
place-children = Kinderen
place-security_measures = Beveiligingsmaatregelen
place-change_notice = Wijzigingen bekendmaken
place-transfers_outside_eea = Doorgiften buiten de EER
place-automated_decisions = Geautomatiseerde besluiten
place-recipients_none = Ontvangers
place-cookies_none = Cookies
place-sources_none = Andere bronnen
field-name = naam
field-address = adres
field-address-country = land
field-email = e-mailadres
field-phone = telefoon
field-enterprise_number = ondernemingsnummer
field-vat_number = btw-nummer
field-websites = website
field-representative = vertegenwoordiger in de EU
field-legal_form = rechtsvorm
field-legal_basis = rechtsgrond
field-legitimate_interest = gerechtvaardigd belang
field-retention = bewaartermijn
field-retention-after = begin van de bewaartermijn
field-provision = moeten mensen de gegevens geven?
field-provision-consequence = als mensen de gegevens niet geven
field-automated_decision-logic = hoe het besluit genomen wordt
field-automated_decision-consequences = wat het voor de persoon betekent
field-automated_decision-significant = ingrijpende gevolgen
field-automated_decision-ground = uitzondering van art. 22, lid 2
field-audiences = wiens gegevens
field-data = welke gegevens
field-description = beschrijving
field-service = wat ze doen
field-role = rol
field-country = land
field-retention_days = dagen dat beelden bewaard worden
field-pictogram = pictogram
field-declared = aangegeven bij de politie
field-also_processed_in = andere landen van verwerking
field-seat = zetel
field-safeguard = waarborg
field-privacy_policy = privacybeleid
field-provider = aanbieder
field-category = categorie
field-contact-email = e-mailadres van het contact
field-contact-phone = telefoon van het contact
field-contact = contact
field-by_phone = verzoeken per telefoon
field-shared_with_police = beelden aan politie of gerecht
field-duration = looptijd
field-duration_range = bereik van de looptijd
field-purpose = doel
field-publicly_accessible = openbaar toegankelijk
field-art9_condition = uitzondering van art. 9, lid 2
field-art10_authorisation = wet die het toestaat (art. 10)
field-examples = voorbeelden
field-kind-name = naam
field-website = website
field-method = hoe toestemming gevraagd wordt
field-per_category = keuze per categorie
field-refuse_as_easy = weigeren even makkelijk als accepteren
field-waits_for_choice = geen cookies voor de keuze
field-no_cookie_wall = geen cookiemuur
field-withdraw_via = hoe toestemming intrekken
field-online_services = onlinediensten voor kinderen
field-minors = minderjarigen
field-version = versie
field-effective_date = datum van inwerkingtreding
field-languages = talen
place-purposes-all = Doeleinden
place-recipients-all = Ontvangers
place-cookies-all = Cookies
place-sources-all = Andere bronnen
place-audiences-all = Groepen personen
place-data_categories-all = Soorten gegevens
place-requests = Verzoeken en klachten
place-analytics_exempt = Analytische cookies zonder toestemming
place-cameras = Bewakingscamera's
place-profiles = Hoe gegevens binnenkomen
place-cookie_policy_elsewhere = Cookiebeleid elders gepubliceerd
field-response_days = dagen om te antwoorden
field-web_form = webformulier
field-identity_proof = bewijs van identiteit
field-purposes = doeleinden waarvoor hij gegevens krijgt
field-direct_marketing = direct marketing?
field-per_audience-legal_basis = rechtsgrond voor een van de groepen
field-per_audience-legitimate_interest = gerechtvaardigd belang voor een van de groepen
field-per_audience-provision = moet deze groep de gegevens geven?
field-per_audience-provision-consequence = als deze groep de gegevens niet geeft
field-per_audience-audience = groep met een eigen rechtsgrond
field-special_data-data = soort gegevens met een eigen voorwaarde
field-special_data-art10_authorisation = wet die het voor dit doeleinde toestaat (art. 10)
field-complaints = contact voor klachten
field-arrangement = regeling met ons
field-scc = modelcontractbepalingen
