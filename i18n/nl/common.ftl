## Gedeelde teksten: datums, landen, labels en de namen van de onderdelen
## waaruit een project bestaat. Gebruikt door beide documenten en door het
## programma.

# Elke datum in de documenten: $date is "Van kracht vanaf" (stap "Nakijken en
# exporteren"), getoond in de ondertitel, de paginavoet en
# privacy-changes-effective. Ook gebruikt voor datums in de eigen berichten
# van het programma. $month is een van month-1 tot month-12.
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

## Het kader rond de secties van beide documenten: titelblok, inhoudsopgave,
## paginavoet, en de teksten die in de plaats komen van ontbrekende
## antwoorden.
# Onder de titel van beide documenten (en als onderwerp van de pdf) als
# "Versie" (stap "Nakijken en exporteren") ingevuld is.
document-subtitle = Versie { $version } · van kracht vanaf { $date }
# In plaats van document-subtitle als "Versie" leeg is.
document-subtitle-unversioned = Van kracht vanaf { $date }
# De kop van de inhoudsopgave, alleen in de html-export.
document-contents = Inhoud
# De voet van elke gedrukte pagina; $title is de titel van het document.
# In de pdf, als "Versie" ingevuld is. Zolang het document een ontwerp is,
# staat document-draft in hoofdletters ervoor.
document-footer = { $title } · { $org } · versie { $version } · { $date }
# In plaats van document-footer als "Versie" leeg is.
document-footer-unversioned = { $title } · { $org } · { $date }
# In de voet van elke pdf-pagina, rechts.
document-page = Pagina { $page } van { $total }
# Staat in de privacyverklaring en het cookiebeleid waar een antwoord leeg is:
# de rechtsgrond of bewaartermijn van een doeleinde (tabel van doeleinden),
# een gerechtvaardigd belang ("Onze gerechtvaardigde belangen"), de rol of
# plaats van verwerking van een ontvanger (tabel van ontvangers), de looptijd
# van een cookie (cookietabellen).
not-stated = niet vermeld
# Between a label in bold and what follows it ("Customers: name, e-mail").
# Gebruikt overal waar een vetgedrukte naam door zijn tekst gevolgd wordt: de
# lijsten van soorten gegevens, groepen, rechten, gerechtvaardigde belangen,
# verplichtingen, gezamenlijk verantwoordelijken, doorgiften en soorten
# cookies.
label-separator = { ": " }
list-separator = { "; " }
# Alternatieven in een zin: $items zijn alle behalve de laatste, met komma's.
list-or = { $items } of { $last }
# "yes" als tekst die na een label en zijn dubbele punt verdergaat met een
# kleine letter begint ("Voor klanten: de uitvoering van een overeenkomst"),
# "no" als hij zijn hoofdletter houdt (Duits, voor zelfstandige naamwoorden).
label-continues-lowercase = yes
# In de titel en op elke pagina zolang het project fouten heeft.
# Dat wil zeggen: zolang stap "Nakijken en exporteren" fouten toont. In de
# html staat het bovenaan en onderaan; in de pdf in het titelblok en, in
# hoofdletters, in de voet van elke pagina.
document-draft = Ontwerp — niet publiceren
# Staat waar een antwoord ontbreekt; $question noemt de vraag (question-*).
# In beide documenten, overal waar een antwoord ontbreekt dat een zin nodig
# heeft; het document is dan een ontwerp.
placeholder = [Nog te beantwoorden: { $question }]

## Labels van de gegevensblokken in de privacyverklaring: de organisatie ("Wie
## is verantwoordelijk voor uw gegevens?"), het privacycontact, de
## vertegenwoordiger, de DPO, het contact voor klachten, en de toezichthouder
## ("Klachten").
# In elk gegevensblok behalve dat van de toezichthouder; voor de organisatie
# "Naam van de organisatie" gevolgd door de "Rechtsvorm" (stap "Uw
# organisatie").
label-name = Naam
# Het adres van de organisatie (altijd; een open plek zolang straat, postcode
# en gemeente leeg zijn), het adres van een contact als het project er een
# geeft, het adres van de toezichthouder.
label-address = Adres
# Voor de organisatie, als "Ondernemingsnummer" ingevuld is en het "Land" niet
# Nederland is.
label-enterprise-number = Ondernemingsnummer
# In plaats van label-enterprise-number als het "Land" Nederland is.
label-kvk-number = KvK-nummer (Kamer van Koophandel)
# Voor de organisatie, als "Btw-nummer" ingevuld is.
label-vat-number = Btw-nummer
# Voor de organisatie, als "Handelsnamen en merken (niet verplicht)" ingevuld
# is.
label-trade-names = Handelsnaam
# Voor de organisatie, als "Groep van ondernemingen (niet verplicht)" ingevuld
# is.
label-group = Onderdeel van de groep
# Het "E-mailadres" van de organisatie (altijd; een open plek zolang het leeg
# is), het e-mailadres van een contact als het opgegeven is, dat van de
# toezichthouder.
label-email = E-mail
# De "Telefoon" van de organisatie en die van een contact, als ze opgegeven
# zijn, en die van de toezichthouder.
label-phone = Telefoon
# De "Websites" van de organisatie, als ze opgegeven zijn, en de website van
# de toezichthouder.
label-website = Website
# De naam van de toezichthouder, sectie "Klachten", als policywright de
# toezichthouder van het "Land" kent of het projectbestand er een noemt.
label-authority = Toezichthoudende autoriteit
## Labels in de sectie "Geautomatiseerde besluitvorming en profilering" van de
## privacyverklaring, voor de antwoorden op "Hoe beslist hij?" en "Wat
## betekent het voor de persoon?" (stap "Doeleinden").
# Bij een besluit met rechtsgevolgen of vergelijkbaar ingrijpende gevolgen.
label-logic = Hoe het besluit tot stand komt
# Bij profilering zonder zulke gevolgen.
label-profiling-logic = Hoe het werkt
# Bij beide.
label-consequences = Wat dit voor u betekent

## Landen: lidstaten van de EER, landen waarvoor een adequaatheidsbesluit
## geldt, en andere landen waarnaar vaak gegevens worden doorgegeven.
## Gebruikt overal waar een land genoemd wordt: in adressen, in de tabel van
## ontvangers (column-location, recipient-seat), in de lijst van doorgiften,
## als $country (complaint-authority-unknown), en in de landenlijsten van de
## wizard.

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
## De groepen aangevinkt onder "Van wie verwerkt u gegevens?" (stap "Personen
## en gegevens"); ook de labels van die vinkjes. In de privacyverklaring: in
## purpose-concerns en for-audience (tabel van doeleinden), in
## purpose-for-audience (sectie "Uw recht van bezwaar"), en aan het begin van
## een regel in de lijst na privacy-profiles, waar het programma de eerste
## letter een hoofdletter maakt. Elders staan ze midden in een zin.

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
## De soorten aangevinkt onder "Welke soorten persoonsgegevens?" (stap
## "Personen en gegevens"); ook de labels van die vinkjes. De naam verschijnt
## in de privacyverklaring in de lijst van "Welke persoonsgegevens verwerken
## wij?" (gevoelige soorten in "Bijzondere persoonsgegevens", data-criminal-records in
## "Gegevens over strafrechtelijke veroordelingen"), in de tabel van
## doeleinden (column-data), in de lijst van bronnen en in profile-data.
## .examples wordt niet van hier afgedrukt: als een soort aangevinkt wordt,
## kopieert de wizard het, in elke taal waarin de documenten gepubliceerd
## worden, naar het project als "Voorbeelden in de documenten", die de
## eigenaar kan wijzigen of leegmaken; de documenten drukken de voorbeelden
## uit het project af. Een gewijzigde vertaling geldt dus alleen voor soorten
## die daarna aangevinkt worden.

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
    .examples = browser, besturingssysteem, bezochte pagina’s en hoelang u ze bekeek
data-location = Locatiegegevens
    .examples = uw locatie bij benadering, afgeleid van uw IP-adres of apparaat
# Niet aangeboden in de wizard: toegevoegd, met de .examples van hier, aan het
# eind van de lijst van "Welke persoonsgegevens verwerken wij?" als "Wij
# gebruiken bewakingscamera's in onze gebouwen" aangevinkt is (stap "Personen
# en gegevens").
data-camera-images = Camerabeelden
    .examples = beelden van personen in onze gebouwen, opgenomen door onze bewakingscamera’s
data-images = Beeldmateriaal
    .examples = foto’s en video-opnamen
data-employment = Arbeidsgegevens
    .examples = functie, loon, werktijden, evaluaties
data-education = Opleiding en bijscholing
    .examples = diploma’s, certificaten, gevolgde cursussen
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
## De antwoorden op "Wat staat u toe ze te gebruiken?" (stap "Doeleinden"),
## ook de labels van die keuzes in de wizard. In de privacyverklaring: de
## kolom rechtsgrond van de tabel van doeleinden (column-legal-basis), per
## doeleinde en, met for-audience, per groep; en $basis in cameras-basis voor
## "Wat staat u toe de camera's te gebruiken?" (behalve gerechtvaardigde
## belangen, daar gezegd met cameras-basis-legitimate-interests).

basis-consent = Uw toestemming (art. 6 lid 1 onder a AVG)
basis-contract = De uitvoering van een overeenkomst met u, of maatregelen die u vóór het sluiten van een overeenkomst hebt gevraagd (art. 6 lid 1 onder b AVG)
basis-legal-obligation = Een wettelijke verplichting die op ons rust (art. 6 lid 1 onder c AVG)
basis-vital-interests = De bescherming van uw vitale belangen of die van een andere persoon (art. 6 lid 1 onder d AVG)
basis-public-task = De vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan ons is opgedragen (art. 6 lid 1 onder e AVG)
basis-legitimate-interests = De gerechtvaardigde belangen van ons of van een derde (art. 6 lid 1 onder f AVG)

## De uitzonderingen van art. 9, lid 2, AVG voor bijzondere categorieën van
## persoonsgegevens.
## Privacyverklaring, sectie "Bijzondere persoonsgegevens": onder een gevoelige soort
## waarvoor "Toegestaan omdat:" (stap "Personen en gegevens") beantwoord is,
## en met for-purpose eronder voor een doeleinde dat een andere uitzondering
## koos ("Uitzondering voor … bij dit doeleinde", stap "Doeleinden"). De eigen
## labels van deze keuzes in de wizard zijn de berichten app-art9-* in
## app.ftl.

art9-explicit-consent = Wij verwerken deze gegevens alleen met uw uitdrukkelijke toestemming (art. 9 lid 2 onder a AVG).
art9-employment-law = Wij verwerken deze gegevens om onze verplichtingen op het gebied van het arbeidsrecht en het socialezekerheidsrecht na te komen (art. 9 lid 2 onder b AVG).
art9-vital-interests = Wij verwerken deze gegevens om uw vitale belangen te beschermen wanneer u niet in staat bent zelf uw toestemming te geven (art. 9 lid 2 onder c AVG).
art9-non-profit-members = Wij verwerken deze gegevens als organisatie zonder winstoogmerk met een politiek, levensbeschouwelijk, godsdienstig of vakbondsdoel, uitsluitend over onze leden, oud-leden en personen die in verband met dat doel regelmatig contact met ons hebben, met passende waarborgen; wij geven ze zonder uw toestemming niet door buiten onze organisatie (art. 9 lid 2 onder d AVG).
art9-made-public = Wij verwerken deze gegevens omdat u ze zelf duidelijk openbaar hebt gemaakt (art. 9 lid 2 onder e AVG).
art9-legal-claims = Wij verwerken deze gegevens om een rechtsvordering in te stellen, uit te oefenen of te onderbouwen (art. 9 lid 2 onder f AVG).
art9-public-interest = Wij verwerken deze gegevens om redenen van zwaarwegend algemeen belang die in de wet zijn vastgelegd (art. 9 lid 2 onder g AVG).
art9-health-care = Wij verwerken deze gegevens voor medische diagnoses, het verstrekken van gezondheidszorg of behandelingen, of het beheer van gezondheidszorgstelsels en -diensten, door of onder de verantwoordelijkheid van een beroepsbeoefenaar die aan het beroepsgeheim gebonden is (art. 9 lid 2 onder h en lid 3 AVG).
art9-public-health = Wij verwerken deze gegevens om redenen van algemeen belang op het gebied van de volksgezondheid (art. 9 lid 2 onder i AVG).
art9-research = Wij verwerken deze gegevens met het oog op archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek, zoals de wet toestaat en met passende waarborgen (art. 9 lid 2 onder j AVG).
# Privacyverklaring, sectie "Gegevens over strafrechtelijke veroordelingen":
# onder "Strafrechtelijke veroordelingen en strafbare feiten" als "Welke wet
# staat u toe deze gegevens te verwerken?" (stap "Personen en gegevens")
# ingevuld is, en met for-purpose voor de eigen "Wet die … bij dit doeleinde
# toestaat" van een doeleinde (stap "Doeleinden"); $law is dat antwoord.
criminal-data-authorised-by = Wij verwerken deze gegevens alleen omdat de wet dat toestaat: { $law } (art. 10 AVG).

## Bewaartermijnen.
## Privacyverklaring, de kolom bewaartermijn van de tabel van doeleinden
## (column-retention), volgens "Hoelang bewaart u de gegevens?" (stap
## "Doeleinden"). Bij "een vaste termijn" verbindt retention-for de termijn
## (period-*) met het moment gekozen na "na" (retention-after-*, ook de labels
## van die keuzes in de wizard); bij "dat hangt af van" wordt de tekst van de
## eigenaar afgedrukt, en not-stated zolang het niet beantwoord is. period-*
## geeft ook de looptijd van cookies in het cookiebeleid (column-duration).

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
# Alleen voor de looptijd van cookies (cookiebeleid); minuten en uren zijn
# nooit een bewaartermijn.
period-minutes = { $count ->
    [one] 1 minuut
   *[other] { $count } minuten
}
# Alleen voor de looptijd van cookies (cookiebeleid).
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

## Of u de gegevens moet verstrekken (art. 13 lid 2 onder e AVG).
## Privacyverklaring, sectie "Bent u verplicht uw gegevens te verstrekken?":
## één regel per doeleinde (of groep) waarvoor "Moet men deze gegevens
## verstrekken?" (stap "Doeleinden") beantwoord is; requirement-* volgt het
## antwoord, en de wizard toont het als "De privacyverklaring zegt: …".

requirement-statutory = het verstrekken van deze gegevens is wettelijk verplicht.
requirement-contractual = onze overeenkomst met u verplicht u deze gegevens te verstrekken.
requirement-needed-for-contract = wij hebben deze gegevens nodig om een overeenkomst met u te kunnen sluiten.
requirement-voluntary = u beslist zelf of u deze gegevens verstrekt.
# Na requirement-*, als "Wat gebeurt er als men dat niet doet?" ingevuld is;
# $consequence is dat antwoord.
provision-consequence = Verstrekt u ze niet, dan { $consequence }
# One line of a purpose's terms that hold for one group of people only.
# Gebruikt als een doeleinde "Een andere grond voor …" een groep heeft (stap
# "Doeleinden"): in de kolom rechtsgrond van de tabel van doeleinden, in "Onze
# gerechtvaardigde belangen" en in "Bent u verplicht uw gegevens te
# verstrekken?". $audience noemt die groep, of de andere groepen van het
# doeleinde; $text is de grond, het belang of de verplichting.
for-audience = Voor { $audience }: { $text }
# A condition that holds for one purpose only.
# A purpose named with the groups a basis applies to.
# Privacyverklaring, sectie "Uw recht van bezwaar": een doeleinde genoemd in
# privacy-objection-interests, met de groepen waarvoor het op gerechtvaardigde
# belangen of een taak van algemeen belang berust, als het "Een andere grond
# voor …" heeft.
purpose-for-audience = { $purpose } (voor { $audience })
# Privacyverklaring, secties "Bijzondere persoonsgegevens" en "Gegevens over
# strafrechtelijke veroordelingen": onder een soort gegevens, de eigen
# uitzondering of wet van een doeleinde ($text: art9-* of
# criminal-data-authorised-by), voor een doeleinde dat er een koos
# ("Uitzondering voor … bij dit doeleinde", "Wet die … bij dit doeleinde
# toestaat", stap "Doeleinden"); $purpose is de naam van het doeleinde. De
# regel "A condition that holds for one purpose only." boven
# purpose-for-audience is voor dit bericht bedoeld.
for-purpose = Voor ‘{ $purpose }’: { $text }
## Privacyverklaring, sectie "Geautomatiseerde besluitvorming en profilering":
## bij elk besluit met rechtsgevolgen of vergelijkbaar ingrijpende gevolgen,
## de uitzondering gekozen onder "Wat staat het besluit toe? (art. 22, lid 2)"
## (stap "Doeleinden"); een open plek zolang het niet beantwoord is
## (question-art22-ground). .label is het label van die keuze in de wizard.
art22-contract = Dit is toegestaan omdat het nodig is om een overeenkomst met u te sluiten of uit te voeren (art. 22 lid 2 onder a AVG).
    .label = Nodig voor een overeenkomst met de persoon (a)
art22-law = Dit is toegestaan omdat een wet het toestaat (art. 22 lid 2 onder b AVG).
    .label = Toegestaan door een wet (b)
art22-explicit-consent = Dit is toegestaan omdat u er uitdrukkelijk toestemming voor gaf (art. 22 lid 2 onder c AVG).
    .label = Uitdrukkelijke toestemming van de persoon (c)
# $controller takes the decision, under its contract with the person.
# In plaats van art22-contract als "Wie neemt het besluit, als u het niet
# bent? (niet verplicht)" ingevuld is; $controller is dat antwoord.
art22-contract-other = Dit is toegestaan omdat het nodig is om een overeenkomst tussen u en { $controller } te sluiten of uit te voeren (art. 22 lid 2 onder a AVG).

## Ontvangers en doorgiften.
## role-*: privacyverklaring, de kolom rol van de tabel van ontvangers
## (column-role), volgens "Hun rol" (stap "Ontvangers"); not-stated zolang het
## niet beantwoord is. safeguard-*: privacyverklaring, de lijst van de sectie
## "Doorgifte buiten de Europese Economische Ruimte", na elke ontvanger buiten
## de EER, volgens "Waarborg voor de doorgifte"; de wizard toont de zin ook
## als wat de verklaring zegt. Zolang geen waarborg een doorgifte dekt, staat
## daar question-safeguard.

role-processor = Verwerker: werkt volgens onze instructies
role-controller = Zelfstandige verwerkingsverantwoordelijke
role-joint-controller = Gezamenlijke verwerkingsverantwoordelijke, samen met ons
role-authority = Overheidsinstantie
role-group-company = Onderneming binnen onze groep
role-employer = Uw werkgever
role-professional-body = Beroepsorde of toezichthouder van ons beroep
role-acquirer = Koper van (een deel van) onze onderneming, bij een verkoop of fusie
# Als de waarborg "adequaatheidsbesluit van de Europese Commissie" is, of als
# er geen gekozen is en elk genoemd land buiten de EER een
# adequaatheidsbesluit heeft.
safeguard-adequacy = de Europese Commissie heeft vastgesteld dat dit land een passend beschermingsniveau voor persoonsgegevens biedt (art. 45 AVG).
# Als de waarborg "gecertificeerd onder het EU-VS-kader voor gegevensbescherming" is.
safeguard-dpf = de onderneming in de Verenigde Staten die de gegevens ontvangt of er toegang toe kan krijgen, is gecertificeerd onder het EU-VS-kader voor gegevensbescherming (EU-U.S. Data Privacy Framework); de Europese Commissie heeft vastgesteld dat de Verenigde Staten een passend beschermingsniveau waarborgen voor persoonsgegevens die worden doorgegeven aan ondernemingen die onder dat kader gecertificeerd zijn (adequaatheidsbesluit van 10 juli 2023, art. 45 AVG).
# Als de waarborg "modelcontractbepalingen" is en "Welke
# modelcontractbepalingen?" een ouder besluit van de Commissie noemt
# (2001/497, 2004/915, 2010/87) of geen.
safeguard-scc = wij zijn met de ontvanger de standaardcontractbepalingen van de Europese Commissie overeengekomen (art. 46 lid 2 onder c AVG).
# $module is the module of the clauses (1 to 4), or "none" when not given.
# Als de waarborg "modelcontractbepalingen" is en "Welke
# modelcontractbepalingen?" "Besluit 2021/914 van de Commissie" is; $module
# komt uit "Module van de bepalingen (1 tot 4, niet verplicht)".
safeguard-scc-2021 = { $module ->
    [none] wij hebben met de ontvanger de modelcontractbepalingen van Uitvoeringsbesluit (EU) 2021/914 van de Europese Commissie gesloten (art. 46 lid 2 onder c AVG).
   *[other] wij hebben met de ontvanger de modelcontractbepalingen van Uitvoeringsbesluit (EU) 2021/914 van de Europese Commissie gesloten, module { $module } (art. 46 lid 2 onder c AVG).
}
# Als de waarborg "bindende bedrijfsvoorschriften" is.
safeguard-bcr = de groep waartoe de ontvanger behoort, past bindende bedrijfsvoorschriften toe die door een toezichthoudende autoriteit zijn goedgekeurd (art. 47 AVG).
# Niet aangeboden in de wizard: een afwijking (art. 49 AVG) die in het
# projectbestand geschreven is, met de reden ($reason).
safeguard-derogation = de doorgifte steunt op een uitzondering voor specifieke situaties (art. 49 AVG): { $reason }

## De vragen waarvan het antwoord een zin beslist, zoals open plekken ze noemen.
## Elk ervan komt in placeholder te staan waar het antwoord in een van beide
## documenten ontbreekt. Die welke een hele sectie beslissen (question-dpo,
## -data-categories, -purposes, -sources, -recipients, -transfers,
## -automated-decisions, -security-measures, -children, -change-notice,
## -cookies, -cookie-consent) staan alleen in die sectie tot ze beantwoord
## zijn.

# Privacyverklaring, sectie "Functionaris voor gegevensbescherming".
question-dpo = hebt u een functionaris voor gegevensbescherming aangesteld?
# Overal waar $org gebruikt wordt, en als naam in "Wie is verantwoordelijk
# voor uw gegevens?", zolang "Naam van de organisatie" (stap "Uw organisatie")
# leeg is.
question-org-name = wat is de naam van uw organisatie?
# Overal waar $email of het e-mailadres voor privacy gebruikt wordt, zolang
# noch "E-mailadres" (stap "Uw organisatie") noch het e-mailadres van het
# privacycontact ingevuld is; en in de gegevens van de organisatie zolang
# "E-mailadres" leeg is.
question-email = op welk e-mailadres kunnen mensen u bereiken over hun gegevens?
# Het adres van de organisatie in "Wie is verantwoordelijk voor uw gegevens?",
# zolang straat, postcode en gemeente (stap "Uw organisatie") leeg zijn.
question-address = wat is het adres van uw organisatie?
# Overal waar $country gebruikt wordt, zolang "Land" (stap "Uw organisatie")
# niet gekozen is.
question-country = in welk land is uw organisatie gevestigd?
## Wegen waarlangs gegevens binnenkomen: de keuzes van "Hoe:" onder "Hoe
## gegevens binnenkomen" (stap "Personen en gegevens"), ook hun labels in de
## wizard. In de privacyverklaring worden ze opgesomd als $channels in
## profile-channels, na de naam van de groep of haar soorten gegevens. Elk
## zegt dus hoe de gegevens binnenkomen ("per e-mail").
channel-web-form = via webformulieren
channel-email = per e-mail
channel-phone = telefonisch
channel-post = per post
channel-in-person = persoonlijk bij ons
channel-app = via onze app
channel-server-logs = via de serverlogs van onze website
channel-social-media = via sociale media
channel-email-tracking = doordat onze e-mails worden geopend en links erin worden aangeklikt
## De vragen die open plekken noemen, vervolg.
# Privacyverklaring, in cameras-purpose en in de regel over de camera’s in
# "Onze gerechtvaardigde belangen", zolang "Waarvoor dienen de camera's?" leeg
# is.
question-camera-purpose = waarvoor dienen uw bewakingscamera’s?
# Privacyverklaring, lijst van doorgiften: bij een ontvanger buiten de EER
# zonder waarborg die de doorgifte dekt ("Waarborg voor de doorgifte", stap
# "Ontvangers").
question-safeguard = welke waarborg geldt voor deze doorgifte?
# Privacyverklaring, in request-by-phone, zolang "Telefoon" (stap "Uw
# organisatie") leeg is.
question-phone = wat is uw telefoonnummer?
# Privacyverklaring, in cameras-basis, zolang "Wat staat u toe de camera's te
# gebruiken?" niet beantwoord is.
question-camera-basis = wat staat u toe de camera’s te gebruiken?
# Privacyverklaring, lijst van gezamenlijk verantwoordelijken, zolang "De
# wezenlijke inhoud van uw regeling (gezamenlijke verantwoordelijken)" leeg
# is.
question-arrangement = wat is de wezenlijke inhoud van uw regeling met deze gezamenlijke verwerkingsverantwoordelijke?
# Privacyverklaring, bij een besluit, zolang "Wat staat het besluit toe? (art.
# 22, lid 2)" niet beantwoord is.
question-art22-ground = welke uitzondering van art. 22, lid 2, staat dit besluit toe?
# Privacyverklaring, bij een besluit, zolang "Heeft het rechtsgevolgen of
# vergelijkbaar ingrijpende gevolgen voor de persoon ...?" niet beantwoord is.
question-art22-significant = heeft dit besluit rechtsgevolgen of vergelijkbaar ingrijpende gevolgen voor u?
# Privacyverklaring, sectie "Welke persoonsgegevens verwerken wij?".
question-data-categories = welke soorten persoonsgegevens verwerkt u?
# Privacyverklaring, sectie "Waarom wij uw gegevens verwerken, op welke
# rechtsgrond en hoelang wij ze bewaren".
question-purposes = waarom verwerkt u persoonsgegevens?
# Privacyverklaring, sectie "Gegevens die wij niet van uzelf krijgen".
question-sources = ontvangt u persoonsgegevens van anderen dan de betrokkenen zelf?
# Privacyverklaring, onder een bron, zolang "Is deze bron openbaar
# toegankelijk?" niet beantwoord is.
question-source-public = is deze bron openbaar toegankelijk?
# Privacyverklaring, sectie "Wie ontvangt uw gegevens?".
question-recipients = ontvangt iemand buiten uw organisatie de gegevens?
# Privacyverklaring, sectie "Doorgifte buiten de Europese Economische Ruimte".
question-transfers = gaan er gegevens naar een land buiten de EER?
# Privacyverklaring, sectie "Geautomatiseerde besluitvorming en profilering".
question-automated-decisions = worden er beslissingen over personen genomen die volledig geautomatiseerd zijn?
# Privacyverklaring, sectie "Hoe beschermen wij uw gegevens?".
question-security-measures = hoe beveiligt u de gegevens?
# Privacyverklaring, sectie "Kinderen".
question-children = biedt u onlinediensten rechtstreeks aan kinderen aan?
# Beide documenten: secties "Wijzigingen in deze verklaring" en "Wijzigingen
# in dit beleid", in plaats van privacy-changes-channels. Het verschijnt in
# beide documenten en noemt daarom geen van beide.
question-change-notice = hoe maakt u wijzigingen in uw documenten bekend?
# Privacyverklaring, sectie "Cookies", en cookiebeleid, sectie "Soorten
# cookies".
question-cookies = plaatst uw website cookies of vergelijkbare technieken?
# Cookiebeleid, sectie "Uw toestemming", als een cookie toestemming nodig
# heeft.
question-cookie-consent = hoe vraagt u bezoekers toestemming voor cookies?

## Beveiligingsmaatregelen (art. 32 AVG).
## Privacyverklaring, sectie "Hoe beschermen wij uw gegevens?": één regel per
## maatregel aangevinkt onder "Hoe u de gegevens beschermt" (stap "Contact en
## klachten"), in de volgorde waarin ze aangevinkt zijn; dit zijn ook de
## labels van de vinkjes in de wizard.

security-access-control = Toegang tot persoonsgegevens is beperkt tot wie ze voor zijn of haar werk nodig heeft.
security-encryption-in-transit = Persoonsgegevens worden versleuteld wanneer ze over het internet worden verzonden.
security-encryption-at-rest = Persoonsgegevens worden versleuteld opgeslagen.
security-two-factor = Wij gebruiken tweefactorauthenticatie om in te loggen op systemen met persoonsgegevens.
security-backups = Wij maken regelmatig back-ups van persoonsgegevens.
security-restore-tests = Wij testen regelmatig of back-ups kunnen worden teruggezet.
security-updates = Wij installeren beveiligingsupdates voor onze software en apparaten.
security-training = Onze medewerkers die toegang hebben tot persoonsgegevens, zijn opgeleid om daar zorgvuldig mee om te gaan.
security-confidentiality = Iedereen die met de gegevens werkt, is tot geheimhouding verplicht.
security-pseudonymisation = Waar mogelijk pseudonimiseren wij gegevens, zodat ze niet rechtstreeks aan u kunnen worden gekoppeld.
security-logging = Wij houden logboeken bij die ons helpen misbruik op te sporen.
security-processor-agreements = Met elke verwerker hebben wij een verwerkersovereenkomst gesloten.

## Cookies: categorieën, partijen, opslag en looptijden.
## Alles in het cookiebeleid. category-*: de soorten cookies, per cookie
## gekozen in stap "Cookies" (ook de labels van die keuze). Elke gebruikte
## soort krijgt een regel in "Soorten cookies" (naam,
## .description en één zin over toestemming) en is de tussenkop van zijn tabel
## in "Overzicht van onze cookies".

category-necessary = Strikt noodzakelijke cookies
    .description = Zonder deze cookies kunnen wij een dienst waar u uitdrukkelijk om hebt gevraagd, niet leveren.
category-functional = Functionele cookies
    .description = Deze onthouden keuzes die u op de website maakt.
category-analytics = Analytische cookies
    .description = Hiermee zien wij hoe bezoekers de website gebruiken, zodat wij die kunnen verbeteren.
category-marketing = Marketingcookies
    .description = Deze worden gebruikt voor advertenties en om het effect ervan te meten, en kunnen uw bezoeken over verschillende websites heen volgen.
category-social-media = Cookies van sociale media
    .description = Deze komen mee met inhoud of knoppen van sociale media en stellen die bedrijven in staat u te herkennen.
category-other = Andere cookies
    .description = Deze dienen doelen die bij geen van de soorten hierboven passen; de lijst hieronder zegt waarvoor elk ervan dient.
# Voor cookies waarvan de soort nog niet gekozen is (een nieuwe cookie begint
# zo).
category-unclassified = Nog niet ingedeelde cookies
    .description = Wij gaan nog na waarvoor deze cookies dienen.
# Na de beschrijving van analytische cookies, als het "Land" Nederland is en
# "Onze analytische cookies hebben weinig of geen gevolgen voor de privacy en
# worden zonder toestemming geplaatst" (stap "Cookies") aangevinkt is.
category-analytics-exempt = Ze hebben weinig of geen gevolgen voor uw privacy; daarom mogen wij ze volgens de Nederlandse wet zonder uw toestemming plaatsen (art. 11.7a lid 3 onder b Telecommunicatiewet).
# Na de beschrijving van elke andere soort die toestemming nodig heeft, alleen
# als "Hoe wordt bezoekers om toestemming gevraagd?" "Met een banner, voordat
# de cookies geplaatst worden" is; bij een ander antwoord wordt niets gezegd.
category-needs-consent = Wij plaatsen ze alleen met uw toestemming.
# Na de beschrijving van strikt noodzakelijke cookies.
category-no-consent = Hiervoor is uw toestemming niet nodig.
# Cookietabellen, kolom aanbieder (column-provider), als "een ander bedrijf
# (derde partij)" niet aangevinkt is. De aanbieder ("Geplaatst door", of de
# naam van de organisatie als dat leeg is) staat erboven, het "Domein
# (optioneel)" eronder.
party-first = first-party cookie (opgeslagen onder ons domein)
# A table row that stands for all cookies of a provider that does not name them.
# Cookietabellen, kolom naam (column-cookie), als "De aanbieder noemt zijn
# cookies niet: deze regel staat voor ze allemaal" aangevinkt is; $provider is
# "Geplaatst door".
cookie-names-unknown = Alle cookies van { $provider } (de aanbieder noemt ze niet)
# Cookietabellen, kolom aanbieder, als "een ander bedrijf (derde partij)"
# aangevinkt is.
party-third = geplaatst door een derde partij
# Nooit getoond in een document: onder de naam van een gewone cookie wordt
# niets toegevoegd.
storage-cookie = cookie
# Cookietabellen, kolom naam, onder de naam, voor lokale opslag. De wizard
# heeft geen veld voor de soort opslag: die staat in het projectbestand
# (cookies[].storage), of komt van een dienst uit de catalogus die ze noemt
# (nog geen enkele doet dat).
storage-local = lokale opslag
# Zoals storage-local, voor sessieopslag.
storage-session = sessieopslag
# Zoals storage-local, voor een pixel.
storage-pixel = pixel
# Cookietabellen, kolom looptijd (column-duration), als de "Looptijd" van de
# cookie "tot de browser sluit" is.
duration-session = tot u uw browser sluit
# $longest en $shortest zijn looptijden zoals "2 jaar".
# Kolom looptijd, als de "Looptijd" opgegeven is als "maximaal".
duration-up-to = maximaal { $longest }
# Kolom looptijd, als de "Looptijd" opgegeven is als "tussen … en …".
duration-between = tussen { $shortest } en { $longest }
# Kolom looptijd, als de "Looptijd" opgegeven is als "tot de browser sluit, of
# maximaal".
duration-session-or-up-to = tot u uw browser sluit, of maximaal { $longest }
# Kolom looptijd, als de "Looptijd" "tot ze verwijderd wordt" is.
duration-persistent = tot u deze zelf verwijdert

## Tabelkoppen.
## Privacyverklaring: de tabel van doeleinden heeft column-purpose,
## column-data, column-legal-basis en column-retention; de tabel van
## ontvangers heeft column-recipient, column-service, column-role en
## column-location. Cookiebeleid: elke cookietabel heeft column-cookie,
## column-provider, column-purpose en column-duration. De koppen van een tabel
## staan er telkens als de tabel getoond wordt.

column-purpose = Doel
column-data = Persoonsgegevens
column-legal-basis = Rechtsgrond
column-retention = Bewaartermijn
column-recipient = Ontvanger
column-service = Wat zij doen
# A recipient's place of processing when the provider names no country.
# Privacyverklaring, tabel van ontvangers (column-location) en lijst van
# doorgiften, als "De aanbieder zegt dat de gegevens ook buiten de EER
# verwerkt kunnen worden, zonder de landen te noemen" aangevinkt is (stap
# "Ontvangers").
country-outside-eea-unstated = een land buiten de EER dat de aanbieder niet noemt
# A recipient's company seat, when the data is processed elsewhere.
# Privacyverklaring, tabel van ontvangers, column-location, als "Zetel van de
# onderneming:" een land noemt (stap "Ontvangers").
recipient-seat = Gevestigd in { $country }
# Privacyverklaring, tabel van ontvangers, column-service, onder het antwoord
# op "Wat doen zij met de gegevens?", als er doeleinden aangevinkt zijn onder
# "Voor welke doeleinden krijgt deze ontvanger gegevens?" (stap "Ontvangers").
recipient-purposes = { $count ->
    [one] Doel: { $purposes }
   *[other] Doeleinden: { $purposes }
}
column-role = Rol
column-location = Plaats van verwerking
column-cookie = Naam
column-provider = Aanbieder
column-duration = Looptijd

## Opmerkingen over een opgebouwd document, getoond aan de gebruiker (niet in
## het document).

# Als een antwoord geen tekst heeft in de taal van het document en de tekst in
# een andere taal gebruikt is; $field noemt het antwoord, $used de taal.
notice-untranslated-answer = Het antwoord "{ $field }" heeft geen tekst in deze taal; de tekst in het { $used } is gebruikt.
# Als het project een landcode noemt waarvoor geen bericht country-* bestaat.
notice-unknown-country = De landcode "{ $code }" is niet bekend bij policywright; de code zelf is gebruikt.
# Als een bericht van de documenten in een taal ontbreekt en het Engelse
# gebruikt is.
text-issue-fallback = De tekst "{ $id }" ontbreekt in "{ $locale }"; de Engelse tekst is gebruikt.
# Als een bericht in elke taal ontbreekt.
text-issue-missing = De tekst "{ $id }" ontbreekt in alle talen.
# Als een bericht niet ingevuld kan worden, bijvoorbeeld omdat het een
# variabele gebruikt die het programma niet meegeeft; $detail zegt waarom.
text-issue-formatting = De tekst "{ $id }" in "{ $locale }" kon niet volledig worden ingevuld: { $detail }

# Wat een export over één document zegt: $document is de bestandsnaam zonder extensie, $locale de taalcode.
export-notice = { $document } ({ $locale }): { $notice }
# $address is het webadres waar de organisatie haar cookiebeleid publiceert.
# Gemeld bij het exporteren als "Staat uw cookiebeleid elders gepubliceerd?
# Het webadres (niet verplicht)" (stap "Cookies") ingevuld is.
export-cookie-policy-elsewhere = Geen cookiebeleid geschreven: het uwe staat op { $address }, en de privacyverklaring verwijst ernaar.

## Fouten in een .ftl-bestand van een vertaler, getoond door "policywright
## i18n check", op de opdrachtregel bij --i18n, en bovenaan het venster van
## de wizard terwijl die een map met teksten volgt.

# $file, $line en $column zeggen waar de fout staat; $problem is een van de
# ftl-*-berichten hieronder.
ftl-syntax-error = { $file }:{ $line }:{ $column }: { $problem }
# $line en $column zijn de plaats van de niet-gesloten {.
ftl-unclosed = hier ontbreekt een "{"}"}" om de "{"{"}" te sluiten die op regel { $line }, kolom { $column } begint.
ftl-unopened-brace = deze "{"}"}" sluit niets af: er ontbreekt een "{"{"}" ervoor, of hij is er een te veel.
# $expected is het teken dat hier in het bestand hoort.
ftl-expected = hier wordt "{ $expected }" verwacht.
ftl-no-text = het bericht heeft geen tekst na zijn "=".
ftl-no-default-variant = een keuze heeft één variant nodig die met * als standaard is gemarkeerd, zoals *[other].
ftl-several-default-variants = een keuze mag maar één variant met * als standaard markeren.
ftl-unterminated-string = een tekst tussen aanhalingstekens wordt op zijn regel niet met " gesloten.
# $detail is de eigen, Engelse beschrijving van de Fluent-parser.
ftl-other = dit is geen geldige Fluent ({ $detail }).

# Na een export, als het verslag ervan naast het project niet geschreven kon worden; $path is de geschiedenismap, $reason waarom.
export-history-failed = De export is niet vastgelegd in { $path }: { $reason }
