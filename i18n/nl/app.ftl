## De eigen teksten van de wizard: venster, welkomstscherm, stappen en vragen.

app-no-display = policywright kan zijn venster niet openen: er is geen beeldscherm (DISPLAY is niet ingesteld). Start het op een bureaublad, of gebruik de opdrachten, die er geen nodig hebben: policywright --help
app-window-failed = policywright kon zijn venster niet openen: { $reason }
app-untitled = Nieuw project
app-path-placeholder = Pad van een projectbestand (.ron)
app-open = Openen
app-browse = Bladeren…
app-save = Bewaren
app-save-as = Bewaren als…
app-open-other = Openen…
app-undo = Ongedaan maken
app-redo = Opnieuw
app-cancel = Annuleren
app-save-prompt = Waar wilt u dit project bewaren?
app-save-folder = Map
app-save-name = Bestandsnaam
app-save-target = Het wordt bewaard als { $path }
app-save-where = Typ een map en een bestandsnaam om het project in te bewaren.
app-save-browse = Kiezen met het venster van uw computer…
app-replace = { $path } bestaat al en is niet het project dat u open hebt. Wilt u het vervangen door dit project?
app-replace-confirm = Vervangen
app-back = Vorige
app-next = Volgende
app-choose = Kies…
app-remove = Verwijderen
app-language-nl = Nederlands
app-language-en = Engels
app-window-language = Taal van het venster
app-preview-language = Taal van het document

app-guard-new = U hebt wijzigingen die niet bewaard zijn. Wilt u ze bewaren voor u een nieuw project begint?
app-guard-open = U hebt wijzigingen die niet bewaard zijn. Wilt u ze bewaren voor u een ander project opent?
app-guard-quit = U hebt wijzigingen die niet bewaard zijn. Wilt u ze bewaren voor u policywright sluit?
app-guard-discard = Wijzigingen weggooien

app-status-saved = Bewaard in { $path }.
app-status-opened = { $path } geopend.
app-status-exported = { $count ->
    [one] 1 bestand geschreven in { $folder }.
   *[other] { $count } bestanden geschreven in { $folder }.
}

app-welcome-title = Uw privacyverklaring en cookiebeleid
app-welcome-intro = Beantwoord eenvoudige vragen over uw organisatie; policywright schrijft beide documenten in het Nederlands en het Engels, en zegt u wat nog ontbreekt voordat u publiceert.
app-recover-found = Er is werk gevonden dat niet bewaard was:
app-recover = Herstellen
app-recent = Recente projecten
app-start-blank = Van nul beginnen
app-start-from-starter = Of begin met een voorbeeld dat op uw organisatie lijkt
app-starter-bakery = Bakkerij met webwinkel
app-starter-general-practice = Huisartsenpraktijk
app-starter-accountancy = Boekhoudkantoor
app-starter-non-profit = Vereniging met leden
app-starter-webshop-nl = Nederlandse webwinkel
app-open-title = Verder werken aan een bewaard project

app-step-done = volledig
app-step-not-started = niet begonnen
app-step-to-answer = { $count ->
    [one] nog 1 te beantwoorden
   *[other] nog { $count } te beantwoorden
}
app-step-errors = { $count ->
    [one] 1 fout
   *[other] { $count } fouten
}
app-step-warnings = { $count ->
    [one] 1 waarschuwing
   *[other] { $count } waarschuwingen
}
app-step-advice = { $count ->
    [one] 1 advies
   *[other] { $count } adviezen
}
# The one set of severity names, used on every step and in the review.
severity-error = Fout
severity-warning = Waarschuwing
severity-info = Advies
app-step-organisation = Uw organisatie
    .intro = Wie verantwoordelijk is voor de persoonsgegevens, en hoe men u kan bereiken.
app-step-data = Personen en gegevens
    .intro = Van wie u persoonsgegevens verwerkt, en welke soorten.
app-step-purposes = Doeleinden
    .intro = Waarvoor u de gegevens gebruikt, wat u dat toestaat, en hoelang u ze bewaart.
app-step-recipients = Ontvangers
    .intro = Wie de gegevens nog ontvangt: leveranciers zoals uw boekhouder of webhost, en overheden.
app-step-cookies = Cookies
    .intro = Wat uw website in de browser van bezoekers opslaat, en hoe bezoekers kiezen.
app-step-rights = Contact en klachten
    .intro = Waar men terechtkan met vragen en verzoeken, en waar men een klacht kan indienen.
app-step-review = Nakijken en exporteren
    .intro = Wat nog aandacht vraagt, en het schrijven van de documenten.

app-org-name = Naam van de organisatie
    .help = Zoals in het ondernemingsregister, bijvoorbeeld "Bakkerij Janssens".
app-org-legal-form = Rechtsvorm
    .help = BV, NV, vzw, eenmanszaak... De documenten zetten ze na de naam: "Bakkerij Janssens BV".
app-org-country = Land
    .help = Waar uw organisatie gevestigd is. Het bepaalt de nationale privacywet en de toezichthouder die de documenten noemen.
app-org-street = Straat en nummer
app-org-postcode = Postcode
app-org-city = Gemeente
app-org-enterprise-number = Ondernemingsnummer
    .help = België: het KBO-nummer, zoals 0428.555.896. Nederland: het KvK-nummer.
app-org-vat = Btw-nummer
app-org-email = E-mailadres
    .help = Waar men vragen over gegevens naartoe stuurt. Een gedeeld adres zoals privacy@ is beter dan dat van één persoon.
app-org-phone = Telefoon
app-org-websites = Websites
    .help = Het volledige adres, beginnend met https://. Scheid er meerdere met komma's.
app-org-trade-names = Handelsnamen en merken (niet verplicht)
    .help = Namen waaronder men u kent naast de officiële. Scheid meerdere met komma's.
app-org-group = Groep van ondernemingen (niet verplicht)
    .help = De groep waartoe uw organisatie behoort, als dat zo is.
app-org-processor = Wat u als verwerker voor uw klanten doet (niet verplicht)
    .help = Bijvoorbeeld "Wij houden de loongegevens van onze klanten bij in hun opdracht." De privacyverklaring legt dan uit dat voor die gegevens de verklaring van uw klant geldt.

app-data-audiences = Van wie verwerkt u gegevens?
    .help = Vink elke groep aan; bij de doeleinden geeft u aan welk doel wie betreft.
app-data-categories = Welke soorten persoonsgegevens?
    .help = Gevoelige soorten (gezondheid, overtuiging, ...) vragen een extra rechtsgrond; u kiest die wanneer u ze aanvinkt.
app-data-examples = Voorbeelden in de documenten
    .help = Worden na de soort gegevens afgedrukt. Pas ze aan uw organisatie aan, of maak ze leeg om er geen te geven.
app-data-add-audience = Een andere groep toevoegen
app-data-own-audience = Een andere groep personen
app-data-add-category = Een andere soort gegevens toevoegen
app-data-own-category = Een andere soort gegevens
app-data-own-category-special = Dit zijn gevoelige gegevens (gezondheid, overtuiging, ...: art. 9 AVG)
app-sources = Gegevens die u van anderen krijgt
    .help = Als gegevens niet van de persoon zelf komen (een partner, een openbaar register, een doorverwijzing), moet de verklaring zeggen waar ze vandaan komen.
app-source = Bron
app-source-add = Een bron toevoegen
app-source-description = Waar komen de gegevens vandaan?
    .help = Bijvoorbeeld "de Kruispuntbank van Ondernemingen" of "de arts die u heeft doorverwezen".
app-source-data = Welke gegevens?
app-data-condition = Toegestaan omdat:
app-data-art10 = Welke wet staat u toe deze gegevens te verwerken?
    .help = Bijvoorbeeld de regels over het uittreksel uit het strafregister voor werk met kinderen.
app-art9-ExplicitConsent = de persoon gaf uitdrukkelijke toestemming
app-art9-EmploymentLaw = het arbeidsrecht of de sociale zekerheid vereist het
app-art9-VitalInterests = om iemands leven te beschermen wanneer die geen toestemming kan geven
app-art9-NonProfitMembers = wij zijn een vereniging zonder winstoogmerk met een politiek, levensbeschouwelijk, godsdienstig of vakbondsdoel, over onze leden
app-art9-MadePublic = de persoon heeft het zelf openbaar gemaakt
app-art9-LegalClaims = voor een rechtsvordering
app-art9-SubstantialPublicInterest = zwaarwegend algemeen belang, bij wet bepaald
app-art9-HealthCare = medische zorg, diagnose of behandeling
app-art9-PublicHealth = volksgezondheid
app-art9-Research = archivering in het algemeen belang, onderzoek of statistiek

app-purpose = Doel
app-purpose-add = Een doel toevoegen
app-purpose-name = Waarvoor gebruikt u de gegevens?
    .help = In enkele woorden, bijvoorbeeld "Uw bestellingen leveren".
app-purpose-description = Meer uitleg (niet verplicht)
app-purpose-audiences = Van wie?
app-purpose-data = Welke gegevens?
app-purpose-basis = Wat staat u toe ze te gebruiken?
    .help = De rechtsgrond. De meeste doeleinden steunen op een overeenkomst, een wettelijke verplichting, toestemming of uw gerechtvaardigd belang.
app-purpose-interest = Uw gerechtvaardigd belang
    .help = Wat u ermee bereikt, bijvoorbeeld "onze webwinkel beschermen tegen fraude".
app-purpose-retention = Hoelang bewaart u de gegevens?
app-purpose-retention-fixed = een vaste termijn
app-purpose-retention-criteria = dat hangt af van
app-purpose-after = na
app-purpose-criteria = Wat bepaalt hoelang?
    .help = Bijvoorbeeld "tot u zich uitschrijft voor de nieuwsbrief".
app-unit-days = dagen
app-unit-weeks = weken
app-unit-months = maanden
app-unit-years = jaar
app-purpose-requirement = Moet men deze gegevens verstrekken?
app-purpose-requirement-none = niet gevraagd
    .says = Niet gevraagd: de privacyverklaring zegt niets over of men deze gegevens moet verstrekken.
# $sentence is what the privacy statement says for the chosen answer.
app-purpose-requirement-says = De privacyverklaring zegt: ‘{ $sentence }’
app-requirement-statutory = ja, de wet vereist het
app-requirement-contractual = ja, onze overeenkomst vereist het
app-requirement-needed-for-contract = ja, voordat wij een overeenkomst kunnen sluiten
app-requirement-voluntary = nee, dat kiest men zelf
app-purpose-consequence = Wat gebeurt er als men dat niet doet?
    .help = Bijvoorbeeld "wij kunnen uw bestelling niet leveren". De verklaring zet er "Verstrekt u ze niet, dan" voor.
app-terms-add-button = + { $audience }
app-terms-for = Een andere grond voor { $audience }
app-terms-add = Geldt voor een van deze groepen een andere rechtsgrond, of een andere plicht om de gegevens te geven? Kies ze:
app-purpose-art9-as-kind = dezelfde uitzondering als voor de soort gegevens
app-purpose-art9 = Uitzondering voor { $data } bij dit doeleinde
app-purpose-art10 = Wet die { $data } bij dit doeleinde toestaat
    .help = Alleen als het een andere wet is dan die bij de soort gegevens.
app-purpose-cookies = Welke cookies plaatst uw website voor dit doeleinde?
    .help = Het cookiebeleid noemt dit doeleinde bij elke soort die u aanvinkt.
app-q-direct-marketing = Is dit doeleinde direct marketing: nieuwsbrieven, aanbiedingen of reclame?
app-q-direct-marketing-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring beschrijft voor dit doeleinde niet het recht van bezwaar tegen direct marketing.
app-q-direct-marketing-yes = Ja
    .says = De privacyverklaring zegt dat u gegevens voor direct marketing gebruikt en dat men daartegen altijd bezwaar kan maken, zonder reden.
app-q-direct-marketing-no = Nee
    .says = Er wordt voor dit doeleinde niets gezegd over direct marketing.
app-recipient-purposes = Voor welke doeleinden krijgt deze ontvanger gegevens?
app-purpose-automated = Een computer beslist over personen, of maakt een profiel van hen, zonder dat er een mens aan te pas komt
app-purpose-profiling = Daarbij wordt profilering gebruikt
app-q-art22 = Heeft het rechtsgevolgen of vergelijkbaar ingrijpende gevolgen voor de persoon (een geweigerde betaling, een geweigerde overeenkomst)?
app-q-art22-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring toont een open plek tot u antwoordt.
app-q-art22-yes = Ja
    .says = De privacyverklaring beschrijft het als een besluit volgens art. 22 AVG, met de uitzondering die het toestaat en hoe men het kan laten herzien.
app-q-art22-no = Nee
    .says = De privacyverklaring beschrijft het als profilering zonder zulke gevolgen (productaanbevelingen), met het recht van bezwaar waar dat geldt.
app-purpose-art22-ground = Wat staat het besluit toe? (art. 22, lid 2)
app-purpose-taken-by = Wie neemt het besluit, als u het niet bent? (niet verplicht)
    .help = Bijvoorbeeld "Klarna". De privacyverklaring zegt dat dan, en dat de persoon bij hen een herziening vraagt.
app-purpose-logic = Hoe beslist hij?
    .help = In gewone woorden, bijvoorbeeld "een score op basis van uw betaalgeschiedenis".
app-purpose-effects = Wat betekent het voor de persoon?

app-catalog = Diensten die u gebruikt
    .help = Typ de naam van een tool, zoals Mollie of Google Analytics: als u die toevoegt, worden de ontvanger en de cookies die ze plaatst ingevuld.
app-catalog-placeholder = Diensten zoeken…
app-catalog-none = Geen dienst in de catalogus komt hiermee overeen.
app-catalog-add = Toevoegen
app-catalog-remove = Verwijderen
app-recipient = Ontvanger
app-recipient-add = Een ontvanger toevoegen
app-recipient-name = Naam
    .help = Een bedrijf, of een soort ontvanger zoals "onze boekhouder".
app-recipient-service = Wat doen zij met de gegevens?
app-recipient-role = Hun rol
app-recipient-country = Waar worden de gegevens verwerkt?
app-recipient-safeguard = Waarborg voor de doorgifte
    .help = Dit land ligt buiten de Europese Economische Ruimte, dus de doorgifte vraagt een waarborg.
app-recipient-safeguard-none =
    .says = Nog niet gekozen: de privacyverklaring toont een open plek voor deze doorgifte.
app-recipient-arrangement = De wezenlijke inhoud van uw regeling (gezamenlijke verantwoordelijken)
    .help = Wie wat doet, in enkele zinnen: bijvoorbeeld "Wij vragen uw toestemming voor de pixel en informeren u; Meta beantwoordt verzoeken over de gegevens die het ontvangt." Wordt afgedrukt zoals u het schrijft.
app-scc = Welke modelcontractbepalingen?
# $decision is the Commission decision, such as 2021/914.
app-scc-decision = Besluit { $decision } van de Commissie
app-scc-module = Module van de bepalingen (1 tot 4, niet verplicht)
    .help = Module 1: verantwoordelijke naar verantwoordelijke; 2: verantwoordelijke naar verwerker; 3: verwerker naar verwerker; 4: verwerker naar verantwoordelijke.
app-safeguard-adequacy = adequaatheidsbesluit van de Europese Commissie
app-safeguard-dpf = gecertificeerd onder het EU-VS-gegevensprivacykader
app-safeguard-scc = modelcontractbepalingen
app-safeguard-bcr = bindende bedrijfsvoorschriften
app-recipient-policy = Link naar hun privacyverklaring (niet verplicht)

app-import = Een lijst met cookies importeren
    .help = Een lijst met cookienamen, één per regel, of een CSV-export uit de ontwikkelaarstools van uw browser of een cookiescanner. Bekende cookies worden volledig ingevuld; de andere worden toegevoegd zodat u ze kunt aanvullen.
app-import-placeholder = Pad van de lijst of het CSV-bestand
app-import-button = Importeren
app-cookie-add = Een cookie toevoegen
app-cookie-name = Naam van de cookie
app-cookie-provider = Geplaatst door
app-cookie-third-party = een ander bedrijf (derde partij)
# $sentence is what the cookie policy says of the chosen category.
app-cookie-category-says = Het cookiebeleid zegt: ‘{ $sentence }’
app-cookie-duration = Looptijd
app-cookie-purpose = Waarvoor dient ze?
app-lifetime-session = tot de browser sluit
app-lifetime-minutes = minuten
app-lifetime-hours = uur
app-lifetime-days = dagen
app-lifetime-months = maanden
app-lifetime-years = jaar
app-lifetime-persistent = tot ze verwijderd wordt
app-consent = Toestemming
    .help = Cookies die niet strikt noodzakelijk zijn, mogen pas geplaatst worden nadat bezoekers ermee instemmen.
app-consent-per-category = Bezoekers kunnen per soort cookie kiezen
app-consent-waits = Zolang bezoekers niet kozen, plaatst de website alleen strikt noodzakelijke cookies (de andere wachten op toestemming)
app-consent-refuse = Weigeren is even eenvoudig als accepteren (een weigerknop naast de accepteerknop)
app-consent-no-wall = Bezoekers die weigeren, kunnen de website toch gebruiken
app-consent-tool = Toestemmingstool (niet verplicht)
app-consent-kept = Hoeveel maanden een keuze bewaard blijft (niet verplicht)
    .help = Daarna vraagt de banner het opnieuw; toezichthouders zoals de Franse CNIL raden aan het na 6 maanden opnieuw te vragen. Het cookiebeleid zegt wat u hier invult.
app-consent-withdraw = Waar kunnen bezoekers hun keuze wijzigen?
    .help = Bijvoorbeeld "via de link 'Cookie-instellingen' onderaan elke pagina".

app-rights-contact = Contactpersoon voor privacy
    .help = De persoon of dienst die vragen en verzoeken over persoonsgegevens beantwoordt.
app-rights-contact-name = Naam
app-rights-contact-email = E-mailadres
app-rights-dpo-name = Naam van de DPO
app-rights-dpo-email = E-mailadres van de DPO
app-requests = Verzoeken en klachten
    .help = Verzoeken gaan altijd naar het e-mailadres hierboven. Vink aan wat u nog aanbiedt; de privacyverklaring somt het op.
app-requests-post = Men kan verzoeken ook per post sturen, naar uw adres
app-requests-in-person = Men kan verzoeken ook persoonlijk doen, bij u ter plaatse
app-requests-form = Webformulier voor verzoeken (niet verplicht)
app-requests-identity = Bewijs van identiteit dat u vraagt (niet verplicht)
    .help = Alleen wat nodig is, bijvoorbeeld "een kopie van de voorkant van uw identiteitskaart, met de foto en het rijksregisternummer onleesbaar gemaakt". Wordt afgedrukt zoals u het schrijft.
app-requests-days = U antwoordt binnen ... dagen (niet verplicht)
    .help = Laat leeg om te beloven wat de wet zegt: één maand. Een maand kan 28 dagen zijn, dus beloof hoogstens 28.
app-sector-aml = Wij bewaren gegevens volgens de antiwitwaswet (inzage loopt via de toezichthouder)
app-sector-patient-rights = Onze cliënten zijn patiënten met de rechten van de wet patiëntenrechten
app-sector-professional-secrecy = Wij zijn gebonden aan het beroepsgeheim
app-complaints-name = Contact voor klachten, als dat niet het privacycontact is (niet verplicht)
    .help = Een persoon of dienst die klachten behandelt, zoals een ombudsdienst. De privacyverklaring noemt hen vóór de toezichthouder.
app-complaints-email = E-mailadres voor klachten
app-rights-authority = Toezichthoudende autoriteit
    .help = Gekozen op basis van uw land; de verklaring vermeldt ze met haar contactgegevens.
app-rights-authority-unknown = policywright heeft geen gegevens over de autoriteit van dit land; voeg ze toe aan het projectbestand onder supervisory_authority.

app-security = Hoe u de gegevens beschermt
    .help = Vink de maatregelen aan die u echt neemt; de verklaring somt ze op.
app-children = Kinderen
app-changes = Wijzigingen aan deze documenten bekendmaken

app-review-summary = Fouten: { $errors } · waarschuwingen: { $warnings } · adviezen: { $advice }. Fouten betekenen dat de documenten, zoals beantwoord, niet aan de wet voldoen of iets zeggen wat niemand beantwoordde: het blijven ontwerpen tot elke fout is opgelost.
app-document = De documenten
app-document-version = Versie
app-document-date = Van kracht vanaf
    .help = Als jaar-maand-dag, bijvoorbeeld 2026-11-01.
app-document-languages = Gepubliceerd in
app-export = Exporteren
app-export-folder = Map
app-export-target = De bestanden worden geschreven naar { $folder }
app-export-write = De documenten schrijven

app-export-open = De map openen
app-export-open-failed = De map kon niet worden geopend ({ $reason }); de bestanden staan in { $folder }.

app-preview-privacy = Privacyverklaring
app-preview-cookies = Cookiebeleid

## Vragen waarvan het antwoord een zin beslist: de vraag, de antwoorden,
## en wat elk antwoord de documenten laat zeggen (.says).

app-answer-unanswered = Nog niet beantwoord
app-q-dpo = Hebt u een functionaris voor gegevensbescherming (DPO) aangesteld?
app-q-dpo-unanswered = { app-answer-unanswered }
    .says = De documenten zeggen nog niets over een DPO, en blijven ontwerpen tot u antwoordt.
app-q-dpo-yes = Ja
    .says = De privacyverklaring noemt uw DPO en hoe die te bereiken is.
app-q-dpo-no = Nee
    .says = De privacyverklaring zegt dat u geen DPO hebt aangesteld, en geeft alleen een reden als u die opschrijft.
app-rights-dpo-reason = Waarom niet? (niet verplicht)
    .help = Wordt afgedrukt zoals u het schrijft, bijvoorbeeld "De wet verplicht dat voor onze organisatie niet." Schrijf alleen een reden die u hebt nagegaan.
app-q-children = Biedt u onlinediensten rechtstreeks aan kinderen aan?
app-q-children-unanswered = { app-answer-unanswered }
    .says = De documenten zeggen nog niets over kinderen, en blijven ontwerpen tot u antwoordt.
app-q-children-yes = Ja
    .says = De privacyverklaring zegt dat, en dat een ouder de toestemming moet geven of goedkeuren voor kinderen onder de leeftijd voor digitale toestemming.
app-q-children-no = Nee
    .says = De privacyverklaring zegt dat u geen onlinediensten rechtstreeks aan kinderen aanbiedt.
app-children-age-limit = Uw eigen minimumleeftijd (niet verplicht)
    .help = Bijvoorbeeld 18 als uw onlinediensten alleen voor volwassenen zijn. Wordt afgedrukt als "bedoeld voor personen van 18 jaar of ouder".
app-children-minors = Hoe u met gegevens van minderjarigen omgaat (niet verplicht)
    .help = Als er minderjarigen zijn onder de personen van wie u gegevens verwerkt (patiënten, jonge leden, kinderen in een belastingaangifte), beschrijf dan in uw woorden hoe u met hun gegevens omgaat. Wordt afgedrukt zoals u het schrijft.
app-q-sources = Ontvangt u persoonsgegevens van anderen dan de betrokkenen zelf?
app-q-sources-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring zegt nog niets over andere bronnen, en blijft een ontwerp tot u antwoordt.
app-q-sources-yes = Ja
    .says = De privacyverklaring noemt elke bron, de gegevens die ze u geeft, en of ze openbaar is.
app-q-sources-no = Nee, alles komt van de betrokkenen zelf
    .says = De privacyverklaring heeft geen onderdeel over andere bronnen.
app-q-source-public = Is deze bron openbaar toegankelijk?
app-q-source-public-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring toont hier een open plek tot u antwoordt.
app-q-source-public-yes = Ja
    .says = De privacyverklaring zegt dat dit een openbaar toegankelijke bron is.
app-q-source-public-no = Nee
    .says = De privacyverklaring zegt dat deze bron niet openbaar toegankelijk is.
app-q-automated = Neemt een computer alleen beslissingen over personen, met rechtsgevolgen of vergelijkbaar ingrijpende gevolgen?
app-q-automated-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring zegt nog niets over geautomatiseerde beslissingen, en blijft een ontwerp tot u antwoordt.
app-q-automated-yes = Ja
    .says = Beschrijf elke zulke beslissing bij haar doeleinde; de privacyverklaring legt ze uit, met de rechten die erbij horen.
app-q-automated-no = Nee
    .says = De privacyverklaring zegt dat u zulke beslissingen niet neemt.
app-q-recipients = Ontvangt iemand buiten uw organisatie de gegevens?
app-q-recipients-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring zegt nog niets over ontvangers, en blijft een ontwerp tot u antwoordt.
app-q-recipients-yes = Ja
    .says = De privacyverklaring somt de ontvangers hieronder op.
app-q-recipients-no = Nee, niemand
    .says = De privacyverklaring zegt dat u de gegevens met niemand deelt, tenzij de wet u daartoe verplicht.
app-q-transfers = Gaan er gegevens naar een land buiten de Europese Economische Ruimte (EER)?
app-q-transfers-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring zegt nog niets over doorgiften, en blijft een ontwerp tot u antwoordt.
app-q-transfers-yes = Ja
    .says = Geef elke betrokken ontvanger zijn land en waarborg; de privacyverklaring somt ze op.
app-q-transfers-no = Nee
    .says = De privacyverklaring zegt dat u geen gegevens buiten de EER doorgeeft.
app-q-cookies = Plaatst uw website cookies of vergelijkbare technieken (local storage, pixels)?
app-q-cookies-unanswered = { app-answer-unanswered }
    .says = Het cookiebeleid zegt nog niets over cookies, en blijft een ontwerp tot u antwoordt.
app-q-cookies-yes = Ja
    .says = Het cookiebeleid beschrijft elke cookie hieronder.
app-q-cookies-no = Nee, geen
    .says = Het cookiebeleid zegt dat uw website geen cookies of vergelijkbare technieken gebruikt.
app-q-consent = Hoe wordt bezoekers om toestemming gevraagd?
app-q-consent-unanswered = { app-answer-unanswered }
    .says = Het cookiebeleid zegt nog niets over toestemming, en blijft een ontwerp tot u antwoordt.
app-q-consent-banner = Met een banner, voordat de cookies geplaatst worden
    .says = Het cookiebeleid beschrijft uw banner met de eigenschappen die u hieronder aanvinkt.
app-q-consent-implied = Verder surfen geldt als toestemming
    .says = Dat is geen geldige toestemming: het cookiebeleid beweert geen toestemming, en de controle meldt een fout.
app-q-consent-not-asked = Er wordt geen toestemming gevraagd
    .says = Het cookiebeleid beweert geen toestemming, en de controle meldt een fout voor elke cookie die ze nodig heeft.
