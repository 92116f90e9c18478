## Gedeelde teksten: datums, landen, labels en de namen van de onderdelen
## waaruit een project bestaat. Gebruikt door beide documenten en door het
## programma.

date = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

document-subtitle = Versie { $version } · van kracht vanaf { $date }
document-subtitle-unversioned = Van kracht vanaf { $date }
document-contents = Inhoud
# De voet van elke gedrukte pagina; $title is de titel van het document.
document-footer = { $title } · { $org } · versie { $version } · { $date }
document-footer-unversioned = { $title } · { $org } · { $date }
document-page = Pagina { $page } van { $total }
not-stated = niet vermeld
# Between a label in bold and what follows it ("Customers: name, e-mail").
label-separator = { ": " }
# In de titel en op elke pagina zolang het project fouten heeft.
document-draft = Ontwerp — niet publiceren
# Staat waar een antwoord ontbreekt; $question noemt de vraag (question-*).
placeholder = [Nog te beantwoorden: { $question }]

label-name = Naam
label-address = Adres
label-enterprise-number = Ondernemingsnummer
label-kvk-number = KvK-nummer (Kamer van Koophandel)
label-vat-number = Btw-nummer
label-trade-names = Ook bekend als
label-group = Onderdeel van de groep
label-email = E-mail
label-phone = Telefoon
label-website = Website
label-authority = Toezichthoudende autoriteit
label-logic = Hoe het besluit tot stand komt
label-profiling-logic = Hoe het werkt
label-consequences = Wat dit voor u betekent

## Landen: lidstaten van de EER, landen waarvoor een adequaatheidsbesluit
## geldt, en andere landen waarnaar vaak gegevens worden doorgegeven.

country-AT = Oostenrijk
country-BE = België
country-BG = Bulgarije
country-HR = Kroatië
country-CY = Cyprus
country-CZ = Tsjechië
country-DK = Denemarken
country-EE = Estland
country-FI = Finland
country-FR = Frankrijk
country-DE = Duitsland
country-GR = Griekenland
country-HU = Hongarije
country-IE = Ierland
country-IT = Italië
country-LV = Letland
country-LT = Litouwen
country-LU = Luxemburg
country-MT = Malta
country-NL = Nederland
country-PL = Polen
country-PT = Portugal
country-RO = Roemenië
country-SK = Slowakije
country-SI = Slovenië
country-ES = Spanje
country-SE = Zweden
country-IS = IJsland
country-LI = Liechtenstein
country-NO = Noorwegen
country-AD = Andorra
country-AR = Argentinië
country-CA = Canada
country-FO = Faeröer
country-GG = Guernsey
country-IL = Israël
country-IM = Eiland Man
country-JP = Japan
country-JE = Jersey
country-NZ = Nieuw-Zeeland
country-KR = Zuid-Korea
country-CH = Zwitserland
country-GB = Verenigd Koninkrijk
country-UY = Uruguay
country-US = Verenigde Staten
country-AU = Australië
country-BR = Brazilië
country-CN = China
country-IN = India
country-SG = Singapore
country-ZA = Zuid-Afrika
country-TR = Turkije
country-UA = Oekraïne
country-MA = Marokko

## Over wie de gegevens gaan.

audience-customers = klanten
audience-prospects = potentiële klanten
audience-website-visitors = bezoekers van onze website
audience-newsletter-subscribers = abonnees op onze nieuwsbrief
audience-employees = werknemers
audience-applicants = sollicitanten
audience-suppliers = leveranciers en hun contactpersonen
audience-patients = patiënten
audience-members = leden
audience-volunteers = vrijwilligers
audience-donors = donateurs

## Soorten persoonsgegevens, elk met gangbare voorbeelden.

data-identity = Identificatiegegevens
    .examples = naam, voornaam, geboortedatum, taal
data-contact-details = Contactgegevens
    .examples = postadres, e-mailadres, telefoonnummer
data-national-number = Nationaal identificatienummer
    .examples = rijksregisternummer of burgerservicenummer
data-financial = Financiële gegevens
    .examples = bankrekeningnummer, betaalgegevens, facturen
data-transactions = Bestel- en transactiegegevens
    .examples = wat u hebt besteld of gekocht, wanneer, en hoe het is geleverd
data-communications = Correspondentie
    .examples = de inhoud van uw e-mails, brieven en berichten aan ons
data-online-identifiers = Online-identificatoren
    .examples = IP-adres, cookie-identificatoren, gebruikersnaam
data-device-and-usage = Apparaat- en gebruiksgegevens
    .examples = browser, besturingssysteem, bezochte pagina's en hoelang u ze bekeek
data-location = Locatiegegevens
    .examples = uw locatie bij benadering, afgeleid van uw IP-adres of apparaat
data-camera-images = Camerabeelden
    .examples = beelden van personen in onze lokalen, opgenomen door onze bewakingscamera's
data-images = Beeldmateriaal
    .examples = foto's en video-opnamen
data-employment = Gegevens over uw werk
    .examples = functie, loon, werktijden, evaluaties
data-education = Opleiding en bijscholing
    .examples = diploma's, getuigschriften, gevolgde cursussen
data-family = Gezinssituatie
    .examples = burgerlijke staat, kinderen, personen die financieel van u afhankelijk zijn
data-health = Gezondheidsgegevens
    .examples = medische voorgeschiedenis, diagnoses, behandelingen, voorgeschreven geneesmiddelen
data-ethnic-origin = Ras of etnische afkomst
    .examples = gegevens waaruit uw ras of etnische afkomst blijkt
data-political-opinions = Politieke opvattingen
    .examples = lidmaatschap van een politieke partij, politieke voorkeur
data-beliefs = Godsdienstige of levensbeschouwelijke overtuigingen
    .examples = godsdienst, geloof, levensbeschouwing
data-trade-union-membership = Lidmaatschap van een vakbond
    .examples = het feit dat u lid bent van een vakbond
data-genetic = Genetische gegevens
    .examples = resultaten van genetische tests
data-biometric = Biometrische gegevens om u te identificeren
    .examples = vingerafdrukken, sjablonen voor gezichtsherkenning
data-sex-life = Seksueel gedrag of seksuele gerichtheid
    .examples = gegevens over uw seksueel gedrag of uw seksuele gerichtheid
data-criminal-records = Strafrechtelijke veroordelingen en strafbare feiten
    .examples = uittreksel uit het strafregister, veroordelingen

## Rechtsgronden van art. 6, lid 1, AVG.

basis-consent = Uw toestemming (art. 6, lid 1, a) AVG)
basis-contract = De uitvoering van een overeenkomst met u, of maatregelen die u vóór het sluiten van een overeenkomst hebt gevraagd (art. 6, lid 1, b) AVG)
basis-legal-obligation = Een wettelijke verplichting die op ons rust (art. 6, lid 1, c) AVG)
basis-vital-interests = De bescherming van uw vitale belangen of die van een andere persoon (art. 6, lid 1, d) AVG)
basis-public-task = De vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan ons is opgedragen (art. 6, lid 1, e) AVG)
basis-legitimate-interests = De gerechtvaardigde belangen van ons of van een derde (art. 6, lid 1, f) AVG)

## De uitzonderingen van art. 9, lid 2, AVG voor bijzondere categorieën van
## persoonsgegevens.

art9-explicit-consent = Wij verwerken deze gegevens alleen met uw uitdrukkelijke toestemming (art. 9, lid 2, a) AVG).
art9-employment-law = Wij verwerken deze gegevens om onze verplichtingen op het gebied van het arbeidsrecht en het socialezekerheidsrecht na te komen (art. 9, lid 2, b) AVG).
art9-vital-interests = Wij verwerken deze gegevens om uw vitale belangen te beschermen wanneer u zelf niet in staat bent uw toestemming te geven (art. 9, lid 2, c) AVG).
art9-non-profit-members = Wij verwerken deze gegevens als organisatie zonder winstoogmerk met een politiek, levensbeschouwelijk, godsdienstig of vakbondsdoel, uitsluitend over onze leden, oud-leden en personen die in verband met dat doel regelmatig contact met ons hebben, met passende waarborgen; wij geven ze zonder uw toestemming niet door buiten onze organisatie (art. 9, lid 2, d) AVG).
art9-made-public = Wij verwerken deze gegevens omdat u ze zelf duidelijk openbaar hebt gemaakt (art. 9, lid 2, e) AVG).
art9-legal-claims = Wij verwerken deze gegevens om een rechtsvordering in te stellen, uit te oefenen of te onderbouwen (art. 9, lid 2, f) AVG).
art9-public-interest = Wij verwerken deze gegevens om redenen van zwaarwegend algemeen belang die in de wet zijn vastgelegd (art. 9, lid 2, g) AVG).
art9-health-care = Wij verwerken deze gegevens om medische diagnoses te stellen en zorg of behandelingen te verlenen, onder beroepsgeheim (art. 9, lid 2, h) AVG).
art9-public-health = Wij verwerken deze gegevens om redenen van algemeen belang op het gebied van de volksgezondheid (art. 9, lid 2, i) AVG).
art9-research = Wij verwerken deze gegevens met het oog op archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek, zoals de wet toestaat en met passende waarborgen (art. 9, lid 2, j) AVG).
criminal-data-authorised-by = Wij verwerken deze gegevens alleen omdat de wet dat toestaat: { $law } (art. 10 AVG).

## Bewaartermijnen.

# $period is een opgemaakte termijn zoals "7 jaar"; $start zegt vanaf wanneer.
retention-for = { $period } na { $start }
retention-after-collection = het verzamelen
retention-after-last-contact = ons laatste contact met u
retention-after-end-of-contract = het einde van de overeenkomst
retention-after-end-of-financial-year = het einde van het betrokken boekjaar
retention-after-end-of-employment = het einde van de arbeidsrelatie
retention-after-end-of-membership = het einde van het lidmaatschap
retention-after-end-of-application = het einde van de sollicitatieprocedure
retention-after-withdrawal-of-consent = de intrekking van uw toestemming
period-minutes = { $count ->
    [one] 1 minuut
   *[other] { $count } minuten
}
period-hours = { $count ->
    [one] 1 uur
   *[other] { $count } uur
}
period-days = { $count ->
    [one] 1 dag
   *[other] { $count } dagen
}
period-weeks = { $count ->
    [one] 1 week
   *[other] { $count } weken
}
period-months = { $count ->
    [one] 1 maand
   *[other] { $count } maanden
}
period-years = { $count ->
    [one] 1 jaar
   *[other] { $count } jaar
}

## Of u de gegevens moet verstrekken (art. 13, lid 2, e) AVG).

requirement-statutory = het verstrekken van deze gegevens is een wettelijk vereiste: de wet verplicht ons ze te verwerken.
requirement-contractual = onze overeenkomst met u verplicht u deze gegevens te verstrekken.
requirement-needed-for-contract = wij hebben deze gegevens nodig voordat wij een overeenkomst met u kunnen sluiten.
requirement-voluntary = u beslist zelf of u deze gegevens verstrekt.
provision-consequence = Verstrekt u ze niet, dan { $consequence }
# One line of a purpose's terms that hold for one group of people only.
for-audience = Voor { $audience }: { $text }
# A condition that holds for one purpose only.
# A purpose named with the groups a basis applies to.
purpose-for-audience = { $purpose } (voor { $audience })
for-purpose = Voor ‘{ $purpose }’: { $text }
art22-contract = Dit is toegestaan omdat het nodig is om een overeenkomst met u te sluiten of uit te voeren (art. 22, lid 2, a) AVG).
    .label = Nodig voor een overeenkomst met de persoon (a)
art22-law = Dit is toegestaan omdat een wet het toestaat (art. 22, lid 2, b) AVG).
    .label = Toegestaan door een wet (b)
art22-explicit-consent = Dit is toegestaan omdat u er uitdrukkelijk toestemming voor gaf (art. 22, lid 2, c) AVG).
    .label = Uitdrukkelijke toestemming van de persoon (c)
# $controller takes the decision, under its contract with the person.
art22-contract-other = Dit is toegestaan omdat het nodig is om een overeenkomst tussen u en { $controller } te sluiten of uit te voeren (art. 22, lid 2, a) AVG).

## Ontvangers en doorgiften.

role-processor = Verwerker: werkt volgens onze instructies
role-controller = Zelfstandige verwerkingsverantwoordelijke
role-joint-controller = Gezamenlijke verwerkingsverantwoordelijke, samen met ons
role-authority = Overheidsinstantie
role-group-company = Onderneming binnen onze groep
role-employer = Uw werkgever
role-professional-body = Beroepsorde of toezichthouder van ons beroep
role-acquirer = Koper van (een deel van) onze onderneming, bij een verkoop of fusie
safeguard-adequacy = de Europese Commissie heeft vastgesteld dat dit land een passend beschermingsniveau voor persoonsgegevens biedt (art. 45 AVG).
safeguard-dpf = de gegevens gaan naar een onderneming in de Verenigde Staten die gecertificeerd is onder het EU-VS-gegevensprivacykader (EU-US Data Privacy Framework), dat volgens de Europese Commissie een passend beschermingsniveau biedt (art. 45 AVG).
safeguard-scc = wij zijn met de ontvanger de standaardcontractbepalingen van de Europese Commissie overeengekomen (art. 46, lid 2, c) AVG).
# $module is the module of the clauses (1 to 4), or "none" when not given.
safeguard-scc-2021 = { $module ->
    [none] wij hebben met de ontvanger de modelcontractbepalingen van Uitvoeringsbesluit (EU) 2021/914 van de Europese Commissie gesloten (art. 46, lid 2, c) AVG).
   *[other] wij hebben met de ontvanger de modelcontractbepalingen van Uitvoeringsbesluit (EU) 2021/914 van de Europese Commissie gesloten, module { $module } (art. 46, lid 2, c) AVG).
}
safeguard-bcr = de groep waartoe de ontvanger behoort, past bindende bedrijfsvoorschriften toe die door een toezichthoudende autoriteit zijn goedgekeurd (art. 47 AVG).
safeguard-derogation = de doorgifte steunt op een uitzondering voor specifieke situaties (art. 49 AVG): { $reason }

## De vragen waarvan het antwoord een zin beslist, zoals open plekken ze noemen.

question-dpo = hebt u een functionaris voor gegevensbescherming aangesteld?
question-org-name = wat is de naam van uw organisatie?
question-email = op welk e-mailadres kunnen mensen u bereiken over hun gegevens?
question-address = wat is het adres van uw organisatie?
question-country = in welk land is uw organisatie gevestigd?
channel-web-form = webformulieren
channel-email = e-mail
channel-phone = telefoon
channel-post = post
channel-in-person = persoonlijk bij ons
channel-app = onze app
channel-server-logs = de serverlogs van onze website
channel-social-media = sociale media
channel-email-tracking = het openen van en klikken in onze e-mails
question-camera-purpose = waarvoor dienen uw bewakingscamera's?
question-safeguard = welke waarborg geldt voor deze doorgifte?
question-phone = wat is uw telefoonnummer?
question-camera-basis = wat staat u toe de camera's te gebruiken?
question-arrangement = wat is de wezenlijke inhoud van uw regeling met deze gezamenlijke verwerkingsverantwoordelijke?
question-art22-ground = welke uitzondering van art. 22, lid 2, staat dit besluit toe?
question-art22-significant = heeft dit besluit rechtsgevolgen of vergelijkbaar ingrijpende gevolgen voor u?
question-data-categories = welke soorten persoonsgegevens verwerkt u?
question-purposes = waarom verwerkt u persoonsgegevens?
question-sources = ontvangt u persoonsgegevens van anderen dan de betrokkenen zelf?
question-source-public = is deze bron openbaar toegankelijk?
question-recipients = ontvangt iemand buiten uw organisatie de gegevens?
question-transfers = gaan er gegevens naar een land buiten de EER?
question-automated-decisions = worden er beslissingen over personen genomen die volledig geautomatiseerd zijn?
question-security-measures = hoe beveiligt u de gegevens?
question-children = biedt u onlinediensten rechtstreeks aan kinderen aan?
question-change-notice = hoe maakt u wijzigingen in deze verklaring bekend?
question-cookies = plaatst uw website cookies of vergelijkbare technieken?
question-cookie-consent = hoe vraagt u bezoekers toestemming voor cookies?

## Beveiligingsmaatregelen (art. 32 AVG).

security-access-control = Toegang tot persoonsgegevens is beperkt tot wie ze voor zijn of haar werk nodig heeft.
security-encryption-in-transit = Persoonsgegevens worden versleuteld wanneer ze over het internet worden verzonden.
security-encryption-at-rest = Persoonsgegevens worden versleuteld opgeslagen.
security-two-factor = Wij gebruiken tweefactorauthenticatie om aan te melden op systemen met persoonsgegevens.
security-backups = Wij maken regelmatig back-ups van persoonsgegevens.
security-restore-tests = Wij testen regelmatig of back-ups kunnen worden teruggezet.
security-updates = Wij installeren beveiligingsupdates voor onze software en apparaten.
security-training = Wie voor ons met persoonsgegevens werkt, is opgeleid om daar zorgvuldig mee om te gaan.
security-confidentiality = Iedereen die met de gegevens werkt, is tot geheimhouding verplicht.
security-pseudonymisation = Waar mogelijk pseudonimiseren wij gegevens, zodat ze niet rechtstreeks aan u kunnen worden gekoppeld.
security-logging = Wij houden logboeken bij die ons helpen misbruik op te sporen.
security-processor-agreements = Met elke verwerker hebben wij een verwerkersovereenkomst gesloten.

## Cookies: categorieën, partijen, opslag en looptijden.

category-necessary = Strikt noodzakelijke cookies
    .description = Deze zijn nodig om de website of een dienst waarom u vraagt te leveren.
category-functional = Functionele cookies
    .description = Deze onthouden keuzes die u op de website maakt.
category-analytics = Analytische cookies
    .description = Hiermee zien wij hoe bezoekers de website gebruiken, zodat wij die kunnen verbeteren.
category-marketing = Marketingcookies
    .description = Deze worden gebruikt voor advertenties en om het effect ervan te meten, en kunnen uw bezoeken over verschillende websites heen volgen.
category-social-media = Cookies van sociale media
    .description = Deze komen mee met inhoud of knoppen van sociale media, en laten die bedrijven toe u te herkennen.
category-other = Andere cookies
    .description = Deze dienen doelen die bij geen van de soorten hierboven passen; de lijst hieronder zegt waarvoor elk ervan dient.
category-unclassified = Nog niet ingedeelde cookies
    .description = Wij gaan nog na waarvoor deze cookies dienen.
category-analytics-exempt = Ze hebben weinig of geen gevolgen voor uw privacy; daarom mogen wij ze volgens de Nederlandse wet zonder uw toestemming plaatsen (art. 11.7a lid 3 sub b Telecommunicatiewet).
category-needs-consent = Wij plaatsen ze alleen met uw toestemming.
category-no-consent = Hiervoor is uw toestemming niet nodig.
party-first = geplaatst door ons zelf
# A table row that stands for all cookies of a provider that does not name them.
cookie-names-unknown = Alle cookies van { $provider } (de aanbieder noemt ze niet)
party-third = geplaatst door een derde partij
storage-cookie = cookie
storage-local = lokale opslag
storage-session = sessieopslag
storage-pixel = pixel
duration-session = tot u uw browser sluit
# $longest en $shortest zijn looptijden zoals "2 jaar".
duration-up-to = maximaal { $longest }
duration-between = tussen { $shortest } en { $longest }
duration-session-or-up-to = tot u uw browser sluit, of maximaal { $longest }
duration-persistent = tot u deze zelf verwijdert

## Tabelkoppen.

column-purpose = Doel
column-data = Persoonsgegevens
column-legal-basis = Rechtsgrond
column-retention = Bewaartermijn
column-recipient = Ontvanger
column-service = Wat zij doen
# A recipient's place of processing when the provider names no country.
country-outside-eea-unstated = een land buiten de EER dat de aanbieder niet noemt
# A recipient's company seat, when the data is processed elsewhere.
recipient-seat = Zetel: { $country }
recipient-purposes = Krijgt gegevens voor: { $purposes }
column-role = Rol
column-location = Locatie
column-cookie = Naam
column-provider = Aanbieder
column-duration = Looptijd

## Opmerkingen over een opgebouwd document, getoond aan de gebruiker (niet in
## het document).

notice-untranslated-answer = Het antwoord "{ $field }" heeft geen tekst in deze taal; de tekst in het { $used } is gebruikt.
notice-unknown-country = De landcode "{ $code }" is niet bekend bij policywright; de code zelf is gebruikt.
text-issue-fallback = De tekst "{ $id }" ontbreekt in "{ $locale }"; de Engelse tekst is gebruikt.
text-issue-missing = De tekst "{ $id }" ontbreekt in alle talen.
text-issue-formatting = De tekst "{ $id }" in "{ $locale }" kon niet volledig worden ingevuld: { $detail }

# Wat een export over één document zegt: $document is de bestandsnaam zonder extensie, $locale de taalcode.
export-notice = { $document } ({ $locale }): { $notice }
# $address is het webadres waar de organisatie haar cookiebeleid publiceert.
export-cookie-policy-elsewhere = Geen cookiebeleid geschreven: het uwe staat op { $address }, en de privacyverklaring verwijst ernaar.
