### Teksten van de wizard: het venster dat opent wanneer policywright zonder
### opdracht of met “policywright open” wordt gestart. De groepscommentaren
### hieronder zeggen op welk scherm of bij welke stap elk bericht verschijnt,
### en waar daar.
## De eigen teksten van de wizard: venster, welkomstscherm, stappen en vragen.

## In de terminal afgedrukt, niet in een venster, wanneer de wizard niet kan
## starten.
# Op Linux, wanneer er geen beeldscherm is (DISPLAY is niet gezet); het
# programma stopt dan.
app-no-display = policywright kan zijn venster niet openen: er is geen beeldscherm (DISPLAY is niet ingesteld). Start het op een bureaublad, of gebruik de opdrachten, die er geen nodig hebben: policywright --help
# Wanneer het venstersysteem het venster niet kan openen. $reason is de eigen
# foutmelding van het venstersysteem, in het Engels.
app-window-failed = policywright kon zijn venster niet openen: { $reason }
## Het kader van het venster: de titel, de balk bovenaan (bestandsknoppen, en
## rechts de taal van het venster), de balken daaronder die een vraag stellen
## of vragen waar te bewaren, en de knoppen Vorige en Volgende onder de vragen
## van elke stap.
# Venstertitel van een project dat nog nooit bewaard werd (“Nieuw project —
# policywright”). Ook op het welkomstscherm, na app-recover-found, voor
# niet-bewaard werk zonder bestand en zonder naam van de organisatie.
app-untitled = Nieuw project
# Grijze voorbeeldtekst in het padveld onderaan het welkomstscherm, onder
# app-open-title.
app-path-placeholder = Pad van een projectbestand (.ron)
# Knop naast dat padveld: opent het project waarvan het pad getypt werd (Enter
# doet hetzelfde).
app-open = Openen
# Knop ernaast: kiest het projectbestand met het eigen bestandsvenster van het
# bureaublad.
app-browse = Bladeren…
# Knop in de balk bovenaan de editor (ook Ctrl+S). Ook de knop die bewaart in
# de balk “waar bewaren” en in de balk over niet-bewaarde wijzigingen.
app-save = Bewaren
# Knop in de balk bovenaan de editor (ook Ctrl+Shift+S): opent de balk “waar
# bewaren”, om onder een andere naam te bewaren.
app-save-as = Bewaren als…
# Knop in de balk bovenaan de editor (ook Ctrl+O): opent een ander project met
# het bestandsvenster van het bureaublad.
app-open-other = Openen…
# Kleine knop in de balk bovenaan de editor (ook Ctrl+Z); grijs wanneer er
# niets ongedaan te maken is.
app-undo = Ongedaan maken
# Kleine knop naast app-undo (ook Ctrl+Shift+Z of Ctrl+Y); grijs wanneer er
# niets opnieuw te doen is.
app-redo = Opnieuw
# Knop die de vraagbalk (niet-bewaarde wijzigingen, een bestand vervangen) of
# de balk “waar bewaren” sluit zonder iets te doen.
app-cancel = Annuleren
# Titel van de balk “waar bewaren” onder de balk bovenaan, geopend door Bewaren
# als…, of door Bewaren voor een project dat nog nooit bewaard werd.
app-save-prompt = Waar wilt u dit project bewaren?
# Label boven het mapveld van de balk “waar bewaren” (ingevuld met de map van
# het laatste project).
app-save-folder = Map
# Label boven het veld voor de bestandsnaam (ingevuld op basis van de naam van
# de organisatie).
app-save-name = Bestandsnaam
# In de balk “waar bewaren”, naast de knoppen, zolang map en bestandsnaam
# ingevuld zijn; $path is het volledige pad waaronder het project bewaard
# wordt.
app-save-target = Het wordt bewaard als { $path }
# In de balk “waar bewaren” in plaats van app-save-target zolang de map of de
# bestandsnaam leeg is. Ook in de statusregel onderaan het venster, als fout,
# wanneer dan op Bewaren gedrukt wordt.
app-save-where = Typ een map en een bestandsnaam om het project in te bewaren.
# Knop in de balk “waar bewaren”: kiest de plaats in de plaats daarvan met het
# eigen venster van het bureaublad.
app-save-browse = Kiezen met het venster van uw computer…
# Vraagbalk wanneer het gekozen bestand om in te bewaren al bestaat en niet het
# geopende project is; $path is dat bestand.
app-replace = { $path } bestaat al en is niet het project dat u open hebt. Wilt u het vervangen door dit project?
# Knop in die balk die het bestand overschrijft.
app-replace-confirm = Vervangen
# Knop onder de vragen van elke stap: gaat naar de vorige stap (ook Alt+Links);
# grijs bij de eerste stap.
app-back = Vorige
# Knop onder de vragen van elke stap: gaat naar de volgende stap (ook
# Alt+Rechts); grijs bij de laatste stap.
app-next = Volgende
# Grijze voorbeeldtekst van een keuzelijst zolang er niets gekozen is: het land
# van de organisatie, de rol en het land van een ontvanger, de waarborg, de
# standaardcontractbepalingen, de uitzondering van art. 22(2), de eenheid van
# de looptijd van een cookie. Ook de knop naast de exportmap bij stap “Nakijken
# en exporteren”, die het mapvenster van het bureaublad opent.
app-choose = Kies…
# Knop op een kaart of regel die ze verwijdert: een doel, een ontvanger, een
# bron, een cookie, een eigen groep of soort gegevens, of de eigen voorwaarden
# van een groep in een doel.
app-remove = Verwijderen
## Namen van de talen (app-language-<code>). Getoond als aankruisvakken bij
## stap “Nakijken en exporteren” (de talen waarin de documenten verschijnen, en
## die om te exporteren); in de bevindingen over een tekst zonder vertaling of
## in de verkeerde taal (checks.ftl); en in de opmerking bij het exporteren
## over een antwoord zonder tekst in een taal. De knoppen die de taal van het
## venster of van de voorbeeldweergave kiezen, tonen in de plaats daarvan de
## codes (NL, FR, DE, EN).
app-language-nl = Nederlands
app-language-fr = Frans
app-language-de = Duits
app-language-en = Engels
## Labels naast taalknoppen.
# Rechtsboven in het venster, voor de knoppen NL FR DE EN die de taal van de
# wizard zelf kiezen.
app-window-language = Taal van het venster
# In de balk boven de voorbeeldweergave (rechterdeel van de editor), voor de
# knoppen die de taal van het getoonde document kiezen.
app-preview-language = Taal van het document

## Gele balk onder de balk bovenaan die vraagt wat er met niet-bewaarde
## wijzigingen moet gebeuren, met de knoppen Bewaren (app-save),
## app-guard-discard en Annuleren (app-cancel).
# Wanneer een nieuw project gestart wordt (Ctrl+N) terwijl er niet-bewaarde
# wijzigingen zijn.
app-guard-new = U hebt wijzigingen die niet bewaard zijn. Wilt u ze bewaren voor u een nieuw project begint?
# Wanneer een ander project geopend wordt (Openen…, Ctrl+O, een recent project)
# terwijl er niet-bewaarde wijzigingen zijn.
app-guard-open = U hebt wijzigingen die niet bewaard zijn. Wilt u ze bewaren voor u een ander project opent?
# Wanneer het venster gesloten wordt (of Ctrl+Q) terwijl er niet-bewaarde
# wijzigingen zijn.
app-guard-quit = U hebt wijzigingen die niet bewaard zijn. Wilt u ze bewaren voor u policywright sluit?
# Rode knop in die balk: gaat verder zonder te bewaren.
app-guard-discard = Wijzigingen weggooien

## De statusregel onderaan het venster, die zegt wat er net gebeurde.
## Mislukkingen verschijnen in het rood met berichten uit cli.ftl (save-failed,
## load-*, cli-write-failed, cli-unreadable-file) of met app-save-where en
## app-export-open-failed.
# Nadat het project bewaard werd; $path is het bestand.
app-status-saved = Bewaard in { $path }.
# Nadat een project geopend werd; $path is het bestand.
app-status-opened = { $path } geopend.
# Nadat de knop “De documenten schrijven” (app-export-write) bij stap “Nakijken
# en exporteren” de bestanden schreef; $count bestanden werden in $folder
# geschreven.
app-status-exported = { $count ->
    [one] 1 bestand geschreven in { $folder }.
   *[other] { $count } bestanden geschreven in { $folder }.
}

## Het welkomstscherm, het eerste scherm van de wizard: van nul of van een
## voorbeeldproject beginnen, niet-bewaard werk terugnemen, een recent project
## heropenen of een projectbestand openen.
# Grote titel bovenaan.
app-welcome-title = Uw privacyverklaring en cookiebeleid
# Alinea onder de titel.
app-welcome-intro = Beantwoord eenvoudige vragen over uw organisatie; policywright schrijft beide documenten in de talen die u kiest (Nederlands, Frans, Duits, Engels), en zegt u wat nog ontbreekt voordat u publiceert.
# In een geel kader, alleen wanneer na een crash niet-bewaard werk gevonden
# werd; gevolgd door het pad van het projectbestand, anders de naam van de
# organisatie, anders app-untitled.
app-recover-found = Er is werk gevonden dat niet bewaard was:
# Knop in dat kader: heropent het niet-bewaarde werk, dat dan als niet-bewaarde
# wijzigingen verschijnt.
app-recover = Herstellen
# Titel boven de lijst van recent geopende projecten; alleen als die er zijn.
app-recent = Recente projecten
# Knop die een leeg project start.
app-start-blank = Van nul beginnen
# Titel boven de kaarten van de voorbeeldprojecten. Elke kaart toont de titel
# (app-starter-<naam>) en daaronder de beschrijving starter-<naam> uit cli.ftl;
# een klik start er een project mee.
app-start-from-starter = Of begin met een voorbeeld dat op uw organisatie lijkt
# Titel van de kaart van het voorbeeldproject templates/starters/bakery.ron.
app-starter-bakery = Bakkerij met webwinkel
# Titel van de kaart van het voorbeeldproject
# templates/starters/general-practice.ron.
app-starter-general-practice = Huisartsenpraktijk
# Titel van de kaart van het voorbeeldproject
# templates/starters/accountancy.ron.
app-starter-accountancy = Boekhoudkantoor
# Titel van de kaart van het voorbeeldproject
# templates/starters/non-profit.ron.
app-starter-non-profit = Vereniging met leden
# Titel van de kaart van het voorbeeldproject
# templates/starters/webshop-nl.ron.
app-starter-webshop-nl = Nederlandse webwinkel
# Titel van de kaart van het voorbeeldproject
# templates/starters/dental-brussels.ron.
app-starter-dental-brussels = Tandartspraktijk in Brussel
# Titel van de kaart van het voorbeeldproject
# templates/starters/physio-eupen.ron.
app-starter-physio-eupen = Kinesitherapiepraktijk in Eupen
# Titel boven het padveld, app-open en app-browse, onderaan het scherm.
app-open-title = Verder werken aan een bewaard project

## De zijbalk links in de editor: voor elke stap het nummer en de naam
## (app-step-<stap>), en daaronder hoe de stap ervoor staat, volgens de
## bevindingen van de controles over de antwoorden ervan. Bij de laatste stap
## gaan de aantallen over het hele project.
# Niets meer te doen: elke vraag beantwoord en geen bevinding.
app-step-done = volledig
# Nog niets van de stap beantwoord.
app-step-not-started = niet begonnen
# $count vragen van de stap zijn nog niet beantwoord (fouten over iets wat
# ontbreekt).
app-step-to-answer = { $count ->
    [one] nog 1 te beantwoorden
   *[other] nog { $count } te beantwoorden
}
# Geen vraag meer open, maar $count fouten.
app-step-errors = { $count ->
    [one] 1 fout
   *[other] { $count } fouten
}
# Geen fout, maar $count waarschuwingen.
app-step-warnings = { $count ->
    [one] 1 waarschuwing
   *[other] { $count } waarschuwingen
}
# Alleen $count adviezen.
app-step-advice = { $count ->
    [one] 1 advies
   *[other] { $count } adviezen
}
## Namen van de ernst van de bevindingen van de controles.
# The one set of severity names, used on every step and in the review.
# Vet aan het begin van elke bevindingskaart, voor de plaats (“Fout · Doeleinde
# 2 …”): onder de betrokken antwoorden en in de lijst bij stap “Nakijken en
# exporteren”.
severity-error = Fout
# Zie severity-error.
severity-warning = Waarschuwing
# Zie severity-error; de lichtste graad, een advies.
severity-info = Advies
## Namen van de zeven stappen (app-step-<stap>) en hun inleiding (.intro). De
## naam staat genummerd in de zijbalk (“1. Uw organisatie”), als titel bovenaan
## de stap, en op de knop naast elke bevinding bij stap “Nakijken en
## exporteren” die naar de stap leidt. De .intro staat onder de titel.
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

## Stap “Uw organisatie” (stap 1): wie verantwoordelijk is voor de gegevens en
## hoe men die bereikt. Elk label heeft zijn .help eronder in kleine grijze
## letters, als het er een heeft; bevindingen over een veld staan er meteen
## onder, en bevindingen over antwoorden zonder veld (de vertegenwoordiger in
## de EU, die in het projectbestand staat) aan het einde van de stap.
# Eerste veld van de stap.
app-org-name = Naam van de organisatie
    .help = Zoals in het ondernemingsregister, bijvoorbeeld "Bakkerij Janssens".
# Veld onder de naam; de documenten drukken de rechtsvorm af na de naam.
app-org-legal-form = Rechtsvorm
    .help = BV, NV, vzw, eenmanszaak... De documenten zetten ze na de naam: "Bakkerij Janssens BV".
# Label boven de keuzelijst van landen (genoemd met de berichten country-* uit
# common.ftl). Onder de lijst: de .says van app-org-country-unanswered,
# app-org-country-chosen of app-org-country-no-authority. Ook bevindingen over
# het adres staan eronder.
app-org-country = Land
    .help = Waar uw organisatie gevestigd is. Het bepaalt de nationale privacywet en de toezichthouder die de documenten noemen.
# Regel onder de landenlijst zolang er geen land gekozen is (alleen de .says
# wordt gebruikt).
app-org-country-unanswered =
    .says = Nog niet gekozen: de documenten noemen geen nationale wet en geen toezichthouder, en blijven ontwerpen.
# $country-code is het gekozen land als code ("BE"); $authority is de toezichthouder ervan.
# Regel onder de landenlijst zodra een land gekozen is waarvan policywright de
# toezichthouder kent. De varianten [BE] en [NL] worden gekozen met de
# landcode: laat hun namen zoals ze zijn.
app-org-country-chosen =
    .says = { $country-code ->
        [BE] De privacyverklaring noemt naast de AVG de Belgische wet van 30 juli 2018. Klachten gaan naar: { $authority }.
        [NL] De privacyverklaring noemt naast de AVG de Nederlandse UAVG. Klachten gaan naar: { $authority }.
       *[other] De privacyverklaring noemt de AVG. Klachten gaan naar: { $authority }.
    }
# Regel onder de landenlijst voor een land waarvan policywright de
# toezichthouder niet kent.
app-org-country-no-authority =
    .says = De privacyverklaring noemt de AVG. policywright kent geen toezichthouder voor dit land, dus de verklaring toont daarvoor een open plek en blijft een ontwerp.
# Adresveld, boven postcode en gemeente.
app-org-street = Straat en nummer
# Veld naast de gemeente.
app-org-postcode = Postcode
# Veld naast de postcode.
app-org-city = Gemeente
# Veld naast het btw-nummer; voor een organisatie in België of Nederland
# controleren de controles het nummer.
app-org-enterprise-number = Ondernemingsnummer
    .help = België: het KBO-nummer, zoals 0428.555.896. Nederland: het KvK-nummer.
# Veld naast het ondernemingsnummer (geen .help).
app-org-vat = Btw-nummer
# Veld naast de telefoon; verzoeken gaan hierheen, tenzij de contactpersoon
# voor privacy bij stap “Contact en klachten” een eigen adres heeft.
app-org-email = E-mailadres
    .help = Waar men vragen over gegevens naartoe stuurt. Een gedeeld adres zoals privacy@ is beter dan dat van één persoon.
# Veld naast het e-mailadres.
app-org-phone = Telefoon
# Veld; meerdere adressen gescheiden door komma’s.
app-org-websites = Websites
    .help = Het volledige adres, beginnend met https://. Scheid er meerdere met komma's.
# Veld naast app-org-group.
app-org-trade-names = Handelsnamen en merken (niet verplicht)
    .help = Namen waaronder men u kent naast de officiële. Scheid meerdere met komma's.
# Veld naast app-org-trade-names.
app-org-group = Groep van ondernemingen (niet verplicht)
    .help = De groep waartoe uw organisatie behoort, als dat zo is.
# Laatste veld van de stap, één per documenttaal naast elkaar (NL, EN, …).
app-org-processor = Wat u als verwerker voor uw klanten doet (niet verplicht)
    .help = Bijvoorbeeld "Wij houden de loongegevens van onze klanten bij in hun opdracht." De privacyverklaring legt dan uit dat voor die gegevens de verklaring van uw klant geldt.

## Stap “Personen en gegevens” (stap 2), van boven naar onder: van wie de
## gegevens zijn, welke soorten gegevens, gegevens uit andere bronnen (de vraag
## app-q-sources en één kaart per bron), hoe gegevens per groep binnenkomen, en
## bewakingscamera’s. Velden voor een tekst van de eigenaar hebben één invoer
## per documenttaal naast elkaar.
# Titel boven de aankruisvakken van de standaardgroepen personen (berichten
# audience-* uit common.ftl); de .help eronder.
app-data-audiences = Van wie verwerkt u gegevens?
    .help = Vink elke groep aan; bij de doeleinden geeft u aan welk doel wie betreft.
# Titel boven de aankruisvakken van de standaardsoorten gegevens, elk getoond
# als “naam — voorbeelden” (berichten data-* uit common.ftl); de .help eronder.
app-data-categories = Welke soorten persoonsgegevens?
    .help = Gevoelige soorten (gezondheid, overtuiging, ...) vragen een extra rechtsgrond; u kiest die wanneer u ze aanvinkt.
# Veld onder een aangevinkte standaardsoort gegevens, bij het aanvinken
# ingevuld met de standaardvoorbeelden van die soort in elke documenttaal.
app-data-examples = Voorbeelden in de documenten
    .help = Worden na de soort gegevens afgedrukt. Pas ze aan uw organisatie aan, of maak ze leeg om er geen te geven.
# Knop onder de groepen: voegt een veld toe voor een eigen groep
# (app-data-own-audience).
app-data-add-audience = Een andere groep toevoegen
# Label van het veld dat een toegevoegde eigen groep benoemt, met een knop
# Verwijderen ernaast.
app-data-own-audience = Een andere groep personen
# Knop onder de soorten gegevens: voegt een veld toe voor een eigen soort.
app-data-add-category = Een andere soort gegevens toevoegen
# Label van het veld dat een toegevoegde eigen soort gegevens benoemt, met een
# knop Verwijderen ernaast.
app-data-own-category = Een andere soort gegevens
# Aankruisvak onder zo’n soort gegevens; aangevinkt verschijnt de lijst met
# uitzonderingen van art. 9(2) (app-data-condition).
app-data-own-category-special = Dit zijn gevoelige gegevens (gezondheid, overtuiging, ...: art. 9 AVG)
# Titel van het deel over gegevens uit andere bronnen; de .help eronder, dan de
# vraag app-q-sources, de kaarten van de bronnen en app-source-add.
app-sources = Gegevens die u van anderen krijgt
    .help = Als gegevens niet van de persoon zelf komen (een partner, een openbaar register, een doorverwijzing), moet de verklaring zeggen waar ze vandaan komen.
# Titel van elke bronkaart, gevolgd door het nummer (“Bron 1”).
app-source = Bron
# Knop onder de bronkaarten.
app-source-add = Een bron toevoegen
# Titel van het deel met één kader per groep personen in het project; de .help
# eronder.
app-collection = Hoe gegevens binnenkomen
    .help = Per groep: hoe hun gegevens u bereiken en, waar ze verschillen van de andere, welke gegevens ze geven. De privacyverklaring somt op wat u aanvinkt; laat een groep leeg om er niets over te zeggen.
# In het kader van elke groep, voor de aankruisvakken van kanalen (berichten
# channel-* uit common.ftl).
app-collection-channels = Hoe:
# In het kader van elke groep, voor de aankruisvakken van de soorten gegevens
# van het project.
app-collection-data = Hun gegevens:
# Aankruisvak aan het einde van de stap, de .help eronder. Aangevinkt
# verschijnen de camera-velden hieronder (app-cameras-purpose tot
# app-cameras-declared, en app-q-cameras-police).
app-cameras = Wij gebruiken bewakingscamera's in onze gebouwen
    .help = Alleen als u gebouwen met camera's hebt. De privacyverklaring krijgt dan een deel over camerabewaking.
# Camera-veld, één per documenttaal.
app-cameras-purpose = Waarvoor dienen de camera's?
    .help = Bijvoorbeeld "diefstal en vandalisme in de winkel voorkomen en opsporen".
# Label boven één keuzerondje per rechtsgrond (berichten basis-* uit
# common.ftl).
app-cameras-basis = Wat staat u toe de camera's te gebruiken?
# Cameravraag, de laatste van de camera-velden. De antwoorden naast elkaar:
# app-answer-unanswered, -yes en -no; daaronder de .says van het gekozen
# antwoord.
app-q-cameras-police = Geeft u beelden aan de politie of het gerecht wanneer ze een misdrijf kunnen helpen bewijzen?
# Alleen de .says wordt getoond, zolang de vraag niet beantwoord is; de waarde
# herhaalt alleen app-answer-unanswered.
app-q-cameras-police-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring noemt niemand die beelden ontvangt, en blijft een ontwerp tot u antwoordt.
# Antwoord; de .says staat onder de antwoorden zolang het gekozen is.
app-q-cameras-police-yes = Ja
    .says = De privacyverklaring zegt dat u beelden als bewijs aan de politie of het gerecht kunt bezorgen.
# Antwoord; de .says staat onder de antwoorden zolang het gekozen is.
app-q-cameras-police-no = Nee
    .says = Over het doorgeven van beelden wordt niets gezegd.
# Camera-veld voor een aantal dagen; de .help onder het label.
app-cameras-days = Hoeveel dagen bewaart u de beelden?
    .help = In België hoogstens een maand (30 dagen), tenzij beelden nodig zijn als bewijs.
# Aankruisvak bij de camera’s.
app-cameras-pictogram = Aan elke ingang van de bewaakte ruimte hangt een bord met het wettelijke pictogram
# Aankruisvak bij de camera’s.
app-cameras-declared = De camera's zijn aangegeven bij de politie (in België via www.declarationcamera.be)
# In elke bronkaart: veld, één per documenttaal; de .help onder het label.
app-source-description = Waar komen de gegevens vandaan?
    .help = Bijvoorbeeld "de Kruispuntbank van Ondernemingen" of "de arts die u heeft doorverwezen".
# In elke bronkaart: label voor de aankruisvakken van de soorten gegevens van
# het project. De kaart eindigt met de vraag app-q-source-public.
app-source-data = Welke gegevens?
# Label voor de lijst met uitzonderingen van art. 9(2) (app-art9-*), naast een
# aangevinkte gevoelige soort gegevens (gezondheid, overtuiging, …) of een
# eigen soort die als gevoelig aangeduid is.
app-data-condition = Toegestaan omdat:
# Veld onder de soort “Strafrechtelijke veroordelingen en strafbare feiten”
# (data-criminal-records) wanneer die aangevinkt is, één per documenttaal; de
# .help onder het label.
app-data-art10 = Welke wet staat u toe deze gegevens te verwerken?
    .help = Bijvoorbeeld de regels over het uittreksel uit het strafregister voor werk met kinderen.
## Uitzonderingen van art. 9(2) AVG (app-art9-<sleutel>): de keuzes van de
## lijst na app-data-condition bij stap “Personen en gegevens” (“Toegestaan
## omdat: …”), en van de eigen lijst van een doel (app-purpose-art9) bij stap
## “Doeleinden”.
app-art9-explicit-consent = de persoon gaf uitdrukkelijke toestemming
app-art9-employment-law = het arbeidsrecht of de sociale zekerheid vereist het
app-art9-vital-interests = om iemands leven te beschermen wanneer die geen toestemming kan geven
app-art9-non-profit-members = wij zijn een vereniging zonder winstoogmerk met een politiek, levensbeschouwelijk, godsdienstig of vakbondsdoel, over onze leden
app-art9-made-public = de persoon heeft het zelf openbaar gemaakt
app-art9-legal-claims = voor een rechtsvordering
app-art9-public-interest = zwaarwegend algemeen belang, bij wet bepaald
app-art9-health-care = medische diagnose, zorg of behandeling, of het beheer van de zorg (zoals facturatie)
app-art9-public-health = volksgezondheid
app-art9-research = archivering in het algemeen belang, onderzoek of statistiek

## Stap “Doeleinden” (stap 3): één kaart per doel, van boven naar onder: naam,
## beschrijving, van wie, welke gegevens, uitzonderingen voor gevoelige
## gegevens, rechtsgrond, gerechtvaardigd belang, bewaartermijn, of men de
## gegevens moet geven, andere voorwaarden voor één groep, direct marketing,
## cookies, en een beslissing door een computer. Onder de kaarten:
## app-purpose-add en de vraag app-q-automated. Bevindingen over een veld staan
## eronder, de andere aan het einde van de kaart. Velden voor een tekst van de
## eigenaar hebben één invoer per documenttaal naast elkaar.
# Titel van elke doelkaart, gevolgd door het nummer (“Doel 1”). Ook bij stap
# “Ontvangers”, voor een doel dat nog geen naam heeft.
app-purpose = Doel
# Knop onder de doelkaarten.
app-purpose-add = Een doel toevoegen
# Eerste veld van de kaart; de .help onder het label.
app-purpose-name = Waarvoor gebruikt u de gegevens?
    .help = In enkele woorden, bijvoorbeeld "Uw bestellingen leveren".
# Optioneel veld onder de naam.
app-purpose-description = Meer uitleg (niet verplicht)
# Label voor de aankruisvakken van de groepen personen van het project.
app-purpose-audiences = Van wie?
# Label voor de aankruisvakken van de soorten gegevens van het project.
app-purpose-data = Welke gegevens?
# Label boven één keuzerondje per rechtsgrond (berichten basis-* uit
# common.ftl); de .help eronder.
app-purpose-basis = Wat staat u toe ze te gebruiken?
    .help = De rechtsgrond. De meeste doeleinden steunen op een overeenkomst, een wettelijke verplichting, toestemming of uw gerechtvaardigd belang.
# Veld dat alleen verschijnt wanneer de rechtsgrond het gerechtvaardigd belang
# is. Ook in de eigen voorwaarden van een groep (app-terms-for), daar zonder
# .help.
app-purpose-interest = Uw gerechtvaardigd belang
    .help = Wat u ermee bereikt, bijvoorbeeld "onze webwinkel beschermen tegen fraude".
# Label boven de twee aankruisvakken app-purpose-retention-fixed en -criteria.
app-purpose-retention = Hoelang bewaart u de gegevens?
# Aankruisvak; aangevinkt verschijnen op één regel een getal, een eenheid
# (app-unit-*), app-purpose-after en het moment waarop de termijn begint
# (retention-after-* uit common.ftl).
app-purpose-retention-fixed = een vaste termijn
# Aankruisvak; aangevinkt verschijnt het veld app-purpose-criteria.
app-purpose-retention-criteria = dat hangt af van
# Woord tussen de termijn (“1 jaren”) en de lijst van momenten waarvanaf hij
# telt.
app-purpose-after = na
# Veld dat verschijnt wanneer app-purpose-retention-criteria aangevinkt is; de
# .help onder het label.
app-purpose-criteria = Wat bepaalt hoelang?
    .help = Bijvoorbeeld "tot u zich uitschrijft voor de nieuwsbrief".
# Keuze in de lijst met eenheden van een vaste bewaartermijn, na het getal.
# Hetzelfde woord staat er bij elk getal; een enkelvoud is niet mogelijk.
app-unit-days = dagen
# Keuze in de lijst met eenheden van een vaste bewaartermijn, na het getal.
# Hetzelfde woord staat er bij elk getal; een enkelvoud is niet mogelijk.
app-unit-weeks = weken
# Keuze in de lijst met eenheden van een vaste bewaartermijn, na het getal.
# Hetzelfde woord staat er bij elk getal; een enkelvoud is niet mogelijk.
app-unit-months = maanden
# Keuze in de lijst met eenheden van een vaste bewaartermijn, na het getal.
# Hetzelfde woord staat er bij elk getal; een enkelvoud is niet mogelijk.
app-unit-years = jaar
# Label boven de keuzelijst met antwoorden: eerst app-purpose-requirement-none,
# dan app-requirement-*. Ook in de eigen voorwaarden van een groep.
app-purpose-requirement = Moet men deze gegevens verstrekken?
# Eerste keuze van die lijst; de .says staat onder de lijst zolang ze gekozen
# is (niet in de eigen voorwaarden van een groep).
app-purpose-requirement-none = niet gevraagd
    .says = Niet gevraagd: de privacyverklaring zegt niets over of men deze gegevens moet verstrekken.
# $sentence is what the privacy statement says for the chosen answer.
# Regel onder die lijst zodra een ander antwoord gekozen is; de zin is het
# bericht requirement-* uit common.ftl. Ook gebruikt bij stap “Ontvangers”,
# onder de lijst met waarborgen, met de zin die de gekozen waarborg de
# verklaring laat zeggen (safeguard-* uit common.ftl).
app-purpose-requirement-says = De privacyverklaring zegt: ‘{ $sentence }’
# Keuze in de lijst “Moet men deze gegevens verstrekken?”
# (app-purpose-requirement).
app-requirement-statutory = ja, de wet vereist het
# Keuze in de lijst “Moet men deze gegevens verstrekken?”
# (app-purpose-requirement).
app-requirement-contractual = ja, onze overeenkomst vereist het
# Keuze in de lijst “Moet men deze gegevens verstrekken?”
# (app-purpose-requirement).
app-requirement-needed-for-contract = ja, om een overeenkomst te kunnen sluiten
# Keuze in de lijst “Moet men deze gegevens verstrekken?”
# (app-purpose-requirement).
app-requirement-voluntary = nee, dat kiest men zelf
# Veld dat verschijnt zodra een ander antwoord dan app-purpose-requirement-none
# gekozen is; ook in de eigen voorwaarden van een groep, daar zonder .help.
app-purpose-consequence = Wat gebeurt er als men dat niet doet?
    .help = Bijvoorbeeld "wij kunnen uw bestelling niet leveren". De verklaring zet er "Verstrekt u ze niet, dan" voor.
# Kleine knop, één per groep van het doel die nog geen eigen voorwaarden heeft;
# $audience is de naam van de groep. Staat onder app-terms-add.
app-terms-add-button = + { $audience }
# Titel van een kader met de eigen rechtsgrond en verplichting om gegevens te
# geven van één groep, met een knop Verwijderen; $audience is de naam van de
# groep.
app-terms-for = Een andere grond voor { $audience }
# Regel boven de knoppen app-terms-add-button; alleen wanneer het doel meer dan
# één groep betreft.
app-terms-add = Geldt voor een van deze groepen een andere rechtsgrond, of een andere plicht om de gegevens te geven? Kies ze:
# Eerste keuze van de lijst app-purpose-art9: het doel neemt de uitzondering
# over die bij de soort gegevens gegeven is.
app-purpose-art9-as-kind = dezelfde uitzondering als voor de soort gegevens
# Label boven een lijst met uitzonderingen van art. 9(2), één per gevoelige
# soort gegevens die het doel gebruikt; $data is de naam van de soort.
app-purpose-art9 = Uitzondering voor { $data } bij dit doeleinde
# Label van een veld voor strafrechtelijke gegevens die het doel gebruikt;
# $data is de naam van de soort.
app-purpose-art10 = Wet die { $data } bij dit doeleinde toestaat
    .help = Alleen als het een andere wet is dan die bij de soort gegevens.
# Label boven één aankruisvak per cookiecategorie (berichten category-* uit
# common.ftl); de .help eronder.
app-purpose-cookies = Welke cookies plaatst uw website voor dit doeleinde?
    .help = Het cookiebeleid noemt dit doeleinde bij elke soort die u aanvinkt.
# Vraag in elke doelkaart. De antwoorden naast elkaar: app-answer-unanswered,
# -yes en -no; daaronder de .says van het gekozen antwoord.
app-q-direct-marketing = Is dit doeleinde direct marketing: nieuwsbrieven, aanbiedingen of reclame?
# Alleen de .says wordt getoond, zolang de vraag niet beantwoord is; de waarde
# herhaalt alleen app-answer-unanswered.
app-q-direct-marketing-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring beschrijft voor dit doeleinde niet het recht van bezwaar tegen direct marketing.
# Antwoord; de .says staat onder de antwoorden zolang het gekozen is.
app-q-direct-marketing-yes = Ja
    .says = De privacyverklaring zegt dat u gegevens voor direct marketing gebruikt en dat men daartegen altijd bezwaar kan maken, zonder reden.
# Antwoord; de .says staat onder de antwoorden zolang het gekozen is.
app-q-direct-marketing-no = Nee
    .says = Er wordt voor dit doeleinde niets gezegd over direct marketing.
# Stap “Ontvangers”, in elke ontvangerkaart: label voor de al toegevoegde
# landen (elk een kleine knop met ×) en een keuzelijst, met de .placeholder als
# grijze tekst, om er een toe te voegen.
app-recipient-also-in = Ook verwerkt in:
    .placeholder = Voeg een land toe…
# Stap “Ontvangers”, in elke ontvangerkaart: aankruisvak.
app-recipient-unstated = De aanbieder zegt dat de gegevens ook buiten de EER verwerkt kunnen worden, zonder de landen te noemen
# Stap “Ontvangers”, in elke ontvangerkaart: label voor de landenlijst van de
# zetel van het bedrijf.
app-recipient-seat = Zetel van de onderneming:
# Eerste keuze van die lijst.
app-recipient-seat-same = waar de gegevens verwerkt worden
# Stap “Ontvangers”, in elke ontvangerkaart: label boven één aankruisvak per
# doel; alleen als het project doelen heeft.
app-recipient-purposes = Voor welke doeleinden krijgt deze ontvanger gegevens?
# Aankruisvak bijna aan het einde van elke doelkaart; aangevinkt verschijnen de
# velden van de beslissing hieronder.
app-purpose-automated = Een computer beslist over personen, of maakt een profiel van hen, zonder dat er een mens aan te pas komt
# Aankruisvak dat verschijnt zodra app-purpose-automated aangevinkt is.
app-purpose-profiling = Daarbij wordt profilering gebruikt
# Vraag die verschijnt zodra app-purpose-automated aangevinkt is. De antwoorden
# naast elkaar: app-answer-unanswered, -yes en -no; daaronder de .says van het
# gekozen antwoord.
app-q-art22 = Heeft het rechtsgevolgen of vergelijkbaar ingrijpende gevolgen voor de persoon (een geweigerde betaling, een geweigerde overeenkomst)?
# Alleen de .says wordt getoond, zolang de vraag niet beantwoord is; de waarde
# herhaalt alleen app-answer-unanswered.
app-q-art22-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring toont een open plek tot u antwoordt.
# Antwoord; de .says staat onder de antwoorden zolang het gekozen is.
app-q-art22-yes = Ja
    .says = De privacyverklaring beschrijft het als een besluit volgens art. 22 AVG, met de uitzondering die het toestaat en hoe men het kan laten herzien.
# Antwoord; de .says staat onder de antwoorden zolang het gekozen is.
app-q-art22-no = Nee
    .says = De privacyverklaring beschrijft het als profilering zonder zulke gevolgen (productaanbevelingen), met het recht van bezwaar waar dat geldt.
# Label boven de lijst met uitzonderingen (art22-*.label uit common.ftl);
# alleen wanneer op app-q-art22 ja geantwoord is.
app-purpose-art22-ground = Wat staat het besluit toe? (art. 22, lid 2)
# Veld dat alleen verschijnt wanneer op app-q-art22 ja geantwoord is; de .help
# onder het label.
app-purpose-taken-by = Wie neemt het besluit, als u het niet bent? (niet verplicht)
    .help = Bijvoorbeeld "Klarna". De privacyverklaring zegt dat dan, en dat de persoon bij hen een herziening vraagt.
# Veld van de beslissing; de .help onder het label.
app-purpose-logic = Hoe beslist hij?
    .help = In gewone woorden, bijvoorbeeld "een score op basis van uw betaalgeschiedenis".
# Laatste veld van de beslissing en van de kaart.
app-purpose-effects = Wat betekent het voor de persoon?

## Stap “Ontvangers” (stap 4), van boven naar onder: de vraag app-q-recipients,
## het zoeken in de catalogus van diensten, één kaart per ontvanger,
## app-recipient-add, en de vraag app-q-transfers. Drie labels van de
## ontvangerkaart (app-recipient-also-in, app-recipient-seat,
## app-recipient-purposes) staan hoger in dit bestand, bij de doelen.
## Bevindingen over een veld staan eronder, de andere aan het einde van de
## kaart.
# Titel van het kader dat de catalogus van diensten doorzoekt; de .help
# eronder.
app-catalog = Diensten die u gebruikt
    .help = Typ de naam van een tool, zoals Mollie of Google Analytics: als u die toevoegt, worden de ontvanger en de cookies die ze plaatst ingevuld.
# Grijze voorbeeldtekst van het zoekveld.
app-catalog-placeholder = Diensten zoeken…
# Onder het zoekveld wanneer niets in de catalogus overeenkomt met wat getypt
# is.
app-catalog-none = Geen dienst in de catalogus komt hiermee overeen.
# Knop naast elke gevonden dienst (naam, dan “bedrijf · soort” uit
# catalog-kind-*): voegt de ontvanger en de cookies ervan toe, met de teksten
# uit catalog.ftl. Enter voegt de eerste gevonden dienst toe.
app-catalog-add = Toevoegen
# Rode knop in de plaats van app-catalog-add wanneer iets van die dienst in het
# project staat: haalt weg wat hij toevoegde, tenzij de eigenaar het wijzigde.
app-catalog-remove = Verwijderen
# Titel van elke ontvangerkaart, gevolgd door het nummer (“Ontvanger 1”).
app-recipient = Ontvanger
# Knop onder de ontvangerkaarten.
app-recipient-add = Een ontvanger toevoegen
# Eerste veld van de kaart, één per documenttaal; de .help onder het label.
app-recipient-name = Naam
    .help = Een bedrijf, of een soort ontvanger zoals "onze boekhouder".
# Veld, één per documenttaal; een dienst uit de catalogus vult het in met zijn
# tekst catalog-service-*.
app-recipient-service = Wat doen zij met de gegevens?
# Label boven de keuzelijst van rollen (app-recipient-role-<rol>); onder de
# lijst de .says van de gekozen rol.
app-recipient-role = Hun rol
# Label boven de keuzelijst van landen, naast de rol; onder de lijst de .says
# van een van de berichten app-recipient-country-*.
app-recipient-country = Waar worden de gegevens verwerkt?
# Regel onder de rollenlijst zolang er geen rol gekozen is (alleen de .says
# wordt gebruikt).
app-recipient-role-unanswered =
    .says = Nog niet gekozen: de privacyverklaring toont een open plek voor de rol en blijft een ontwerp.
# Keuze in de rollenlijst; de .says staat onder de lijst zolang ze gekozen is.
app-recipient-role-processor = Verwerker
    .says = De privacyverklaring zegt dat zij volgens uw instructies werken en de gegevens niet voor eigen doeleinden mogen gebruiken. Sluit een verwerkersovereenkomst met hen (art. 28 AVG).
# Keuze in de rollenlijst; de .says staat onder de lijst zolang ze gekozen is.
app-recipient-role-controller = Zelfstandig verantwoordelijke
    .says = De privacyverklaring zegt dat zij zelf bepalen wat zij met de gegevens doen.
# Keuze in de rollenlijst; de .says staat onder de lijst zolang ze gekozen is.
app-recipient-role-joint-controller = Gezamenlijk verantwoordelijke
    .says = De privacyverklaring zegt dat u samen beslist, geeft de wezenlijke inhoud van uw regeling (hieronder gevraagd) en dat mensen hun rechten bij elk van u kunnen uitoefenen.
# Keuze in de rollenlijst; de .says staat onder de lijst zolang ze gekozen is.
app-recipient-role-authority = Overheidsinstantie
    .says = De privacyverklaring noemt hen als overheidsinstantie aan wie u gegevens doorgeeft.
# Keuze in de rollenlijst; de .says staat onder de lijst zolang ze gekozen is.
app-recipient-role-group-company = Onderneming van onze groep
    .says = De privacyverklaring noemt hen als onderneming van uw groep.
# Keuze in de rollenlijst; de .says staat onder de lijst zolang ze gekozen is.
app-recipient-role-employer = Werkgever van de betrokkene
    .says = De privacyverklaring noemt hen als werkgever van de betrokkene.
# Keuze in de rollenlijst; de .says staat onder de lijst zolang ze gekozen is.
app-recipient-role-professional-body = Beroepsorde of toezichthouder
    .says = De privacyverklaring noemt hen als beroepsorde of toezichthouder van uw beroep.
# Keuze in de rollenlijst; de .says staat onder de lijst zolang ze gekozen is.
app-recipient-role-acquirer = Koper bij verkoop of fusie
    .says = De privacyverklaring noemt hen als koper van (een deel van) uw onderneming.
# Regel onder de landenlijst zolang er geen land gekozen is.
app-recipient-country-unanswered =
    .says = Nog niet gekozen: de privacyverklaring toont een open plek voor waar de gegevens worden verwerkt.
# Regel onder de landenlijst voor een land in de EER.
app-recipient-country-eea =
    .says = Binnen de Europese Economische Ruimte: de privacyverklaring noemt het land.
# Regel onder de landenlijst voor een land buiten de EER met een
# adequaatheidsbesluit.
app-recipient-country-adequate =
    .says = Buiten de Europese Economische Ruimte, met een adequaatheidsbesluit: de privacyverklaring noemt het land en het besluit.
# Regel onder de landenlijst voor elk ander land buiten de EER; de velden van
# de waarborg verschijnen dan.
app-recipient-country-outside =
    .says = Buiten de Europese Economische Ruimte: de privacyverklaring noemt het land en de waarborg die u hieronder kiest.
# Label boven de lijst met waarborgen (app-safeguard-*), alleen wanneer de
# ontvanger gegevens buiten de EER verwerkt; de .help eronder. Onder de lijst:
# app-purpose-requirement-says met de zin van de waarborg, of
# app-recipient-safeguard-none.
app-recipient-safeguard = Waarborg voor de doorgifte
    .help = Dit land ligt buiten de Europese Economische Ruimte, dus de doorgifte vraagt een waarborg.
# Regel onder de lijst met waarborgen zolang er geen gekozen is en geen
# adequaatheidsbesluit de landen dekt (alleen de .says wordt gebruikt).
app-recipient-safeguard-none =
    .says = Nog niet gekozen: de privacyverklaring toont een open plek voor deze doorgifte.
# Label van de contactvelden, de .help eronder; alleen wanneer de rol
# gezamenlijke verwerkingsverantwoordelijke is, onder
# app-recipient-arrangement.
app-recipient-contact = Waar men hen bereikt (niet verplicht)
    .help = De dienst of functionaris voor gegevensbescherming van deze gezamenlijke verwerkingsverantwoordelijke die verzoeken behandelt. De privacyverklaring vermeldt die naast de regeling.
# Contactveld van een gezamenlijke verwerkingsverantwoordelijke, de drie naast
# elkaar.
app-recipient-contact-name = Naam
# Contactveld van een gezamenlijke verwerkingsverantwoordelijke, de drie naast
# elkaar.
app-recipient-contact-email = E-mailadres
# Contactveld van een gezamenlijke verwerkingsverantwoordelijke, de drie naast
# elkaar.
app-recipient-contact-phone = Telefoon
# Veld, één per documenttaal, alleen wanneer de rol gezamenlijke
# verwerkingsverantwoordelijke is; de .help onder het label.
app-recipient-arrangement = De wezenlijke inhoud van uw regeling (gezamenlijke verantwoordelijken)
    .help = Wie wat doet, in enkele zinnen: bijvoorbeeld "Wij vragen uw toestemming voor de pixel en informeren u; Meta beantwoordt verzoeken over de gegevens die het ontvangt." Wordt afgedrukt zoals u het schrijft.
# Label boven de lijst met besluiten van de Commissie (app-scc-decision),
# wanneer standaardcontractbepalingen de waarborg zijn.
app-scc = Welke modelcontractbepalingen?
# $decision is the Commission decision, such as 2021/914.
# Elke keuze van die lijst: 2021/914 (de huidige bepalingen), 2010/87, 2004/915
# en 2001/497 (ingetrokken).
app-scc-decision = Besluit { $decision } van de Commissie
# Veld voor een getal, alleen wanneer de huidige bepalingen (2021/914) gekozen
# zijn; de .help onder het label.
app-scc-module = Module van de bepalingen (1 tot 4, niet verplicht)
    .help = Module 1: verantwoordelijke naar verantwoordelijke; 2: verantwoordelijke naar verwerker; 3: verwerker naar verwerker; 4: verwerker naar verantwoordelijke.
# Keuze in de lijst met waarborgen (app-recipient-safeguard).
app-safeguard-adequacy = adequaatheidsbesluit van de Europese Commissie
# Keuze in de lijst met waarborgen (app-recipient-safeguard).
app-safeguard-dpf = gecertificeerd onder het EU-VS-kader voor gegevensbescherming
# Keuze in de lijst met waarborgen (app-recipient-safeguard).
app-safeguard-scc = modelcontractbepalingen
# Keuze in de lijst met waarborgen (app-recipient-safeguard).
app-safeguard-bcr = bindende bedrijfsvoorschriften
# Veld voor een webadres, bijna aan het einde van de kaart.
app-recipient-policy = Link naar hun privacyverklaring (niet verplicht)

## Stap “Cookies” (stap 5), van boven naar onder: app-cookie-policy-elsewhere,
## de vraag app-q-cookies, het importformulier, één kaart per cookie,
## app-cookie-add, en het deel over toestemming (app-consent). Bevindingen over
## een veld van een cookie staan eronder, de andere aan het einde van de kaart.
# Titel van het importformulier; de .help eronder.
app-import = Een lijst met cookies importeren
    .help = Een lijst met cookienamen, één per regel, of een CSV-export uit de ontwikkelaarstools van uw browser of een cookiescanner. Bekende cookies worden volledig ingevuld; de andere worden toegevoegd zodat u ze kunt aanvullen.
# Grijze voorbeeldtekst van het padveld van het importformulier.
app-import-placeholder = Pad van de lijst of het CSV-bestand
# Knop naast dat veld (Enter doet hetzelfde). Het resultaat staat in de
# statusregel: cli-import-summary, of cli-unreadable-file wanneer het bestand
# niet gelezen kan worden.
app-import-button = Importeren
# Knop onder de cookiekaarten.
app-cookie-add = Een cookie toevoegen
# Eerste veld van een cookiekaart; Enter erin voegt een cookie toe.
app-cookie-name = Naam van de cookie
# Veld naast de naam; een nieuwe cookie krijgt de naam van de organisatie.
app-cookie-provider = Geplaatst door
# Optioneel veld, naast app-cookie-names-unknown.
app-cookie-domain = Domein (optioneel)
# Aankruisvak naast het domein.
app-cookie-names-unknown = De aanbieder noemt zijn cookies niet: deze regel staat voor ze allemaal
# Aankruisvak naast de lijst met categorieën (berichten category-* uit
# common.ftl).
app-cookie-third-party = een ander bedrijf (derde partij)
# $sentence is what the cookie policy says of the chosen category.
# Regel onder de categorielijst van elke cookiekaart; de zin komt uit de eigen
# teksten van het cookiebeleid.
app-cookie-category-says = Het cookiebeleid zegt: ‘{ $sentence }’
# Label boven de looptijd: hoe precies ze is (app-cookie-span-*), het kortste
# uiteinde van een bereik, dan getal en eenheid (app-lifetime-*).
app-cookie-duration = Looptijd
# Laatste veld van een cookiekaart, één per documenttaal; een cookie uit de
# catalogus vult het in met zijn tekst catalog-cookie-*.
app-cookie-purpose = Waarvoor dient ze?
# Eerste veld van de stap; de .help onder het label.
app-cookie-policy-elsewhere = Staat uw cookiebeleid elders gepubliceerd? Het webadres (niet verplicht)
    .help = Bijvoorbeeld het beleid dat uw toestemmingstool schrijft en bijhoudt. policywright schrijft dan zelf geen cookiebeleid, en de privacyverklaring verwijst naar het uwe. De vragen hieronder zijn dan niet verplicht.
# Niet bij de stap: bovenaan de voorbeeldweergave (rechterdeel) zolang een
# adres van een cookiebeleid ingevuld is; $address is dat adres.
app-preview-cookie-policy-elsewhere = Uw cookiebeleid staat op { $address }, dus policywright schrijft er geen. De privacyverklaring verwijst ernaar.
# Keuze in de eerste lijst van de looptijd van een cookie: hoe precies ze is.
app-cookie-span-exactly = precies
# Keuze in de eerste lijst van de looptijd van een cookie: hoe precies ze is.
app-cookie-span-up-to = maximaal
# Keuze in de eerste lijst van de looptijd van een cookie: hoe precies ze is.
app-cookie-span-session-or-up-to = tot de browser sluit, of maximaal
# Keuze in de eerste lijst van de looptijd van een cookie: hoe precies ze is.
app-cookie-span-between = tussen
# Woord tussen het kortste en het langste uiteinde, wanneer
# app-cookie-span-between gekozen is.
app-cookie-span-and = en
# Keuze in de lijst met eenheden van de looptijd van een cookie, na het getal;
# app-lifetime-session en app-lifetime-persistent hebben geen getal. Hetzelfde
# woord staat er bij elk getal.
app-lifetime-session = tot de browser sluit
# Keuze in de lijst met eenheden van de looptijd van een cookie, na het getal;
# app-lifetime-session en app-lifetime-persistent hebben geen getal. Hetzelfde
# woord staat er bij elk getal.
app-lifetime-minutes = minuten
# Keuze in de lijst met eenheden van de looptijd van een cookie, na het getal;
# app-lifetime-session en app-lifetime-persistent hebben geen getal. Hetzelfde
# woord staat er bij elk getal.
app-lifetime-hours = uur
# Keuze in de lijst met eenheden van de looptijd van een cookie, na het getal;
# app-lifetime-session en app-lifetime-persistent hebben geen getal. Hetzelfde
# woord staat er bij elk getal.
app-lifetime-days = dagen
# Keuze in de lijst met eenheden van de looptijd van een cookie, na het getal;
# app-lifetime-session en app-lifetime-persistent hebben geen getal. Hetzelfde
# woord staat er bij elk getal.
app-lifetime-weeks = weken
# Keuze in de lijst met eenheden van de looptijd van een cookie, na het getal;
# app-lifetime-session en app-lifetime-persistent hebben geen getal. Hetzelfde
# woord staat er bij elk getal.
app-lifetime-months = maanden
# Keuze in de lijst met eenheden van de looptijd van een cookie, na het getal;
# app-lifetime-session en app-lifetime-persistent hebben geen getal. Hetzelfde
# woord staat er bij elk getal.
app-lifetime-years = jaar
# Keuze in de lijst met eenheden van de looptijd van een cookie, na het getal;
# app-lifetime-session en app-lifetime-persistent hebben geen getal. Hetzelfde
# woord staat er bij elk getal.
app-lifetime-persistent = tot ze verwijderd wordt
# Titel van het deel over toestemming aan het einde van de stap, de .help
# eronder. Daaronder: app-analytics-exempt (alleen organisaties in Nederland),
# de vraag app-q-consent, aankruisvakken die alleen bruikbaar zijn als het
# antwoord een banner is, en velden. Bevindingen over toestemming staan aan het
# einde van dit deel.
app-consent = Toestemming
    .help = Cookies die niet strikt noodzakelijk zijn, mogen pas geplaatst worden nadat bezoekers ermee instemmen.
# Aankruisvak, alleen bruikbaar wanneer toestemming met een banner gevraagd
# wordt; het cookiebeleid belooft alleen wat aangevinkt is.
app-consent-per-category = Bezoekers kunnen per soort cookie kiezen
# Aankruisvak dat alleen verschijnt voor een organisatie in Nederland, of
# wanneer het eerder aangevinkt werd; de .help eronder.
app-analytics-exempt = Onze analytische cookies hebben weinig of geen gevolgen voor de privacy en worden zonder toestemming geplaatst (Nederlandse wet: art. 11.7a lid 3 sub b Telecommunicatiewet)
    .help = Alleen analytics van uzelf, of een aanbieder ingesteld zoals de Autoriteit Persoonsgegevens vraagt: gegevens met niemand gedeeld, IP-adressen gemaskeerd, een verwerkersovereenkomst.
# Aankruisvak, alleen bruikbaar wanneer toestemming met een banner gevraagd
# wordt; het cookiebeleid belooft alleen wat aangevinkt is.
app-consent-waits = Zolang bezoekers niet kozen, plaatst de website alleen strikt noodzakelijke cookies (de andere wachten op toestemming)
# Aankruisvak, alleen bruikbaar wanneer toestemming met een banner gevraagd
# wordt; het cookiebeleid belooft alleen wat aangevinkt is.
app-consent-refuse = Weigeren is even eenvoudig als accepteren (een weigerknop naast de accepteerknop)
# Aankruisvak, alleen bruikbaar wanneer toestemming met een banner gevraagd
# wordt; het cookiebeleid belooft alleen wat aangevinkt is.
app-consent-no-wall = Bezoekers die weigeren, kunnen de website toch gebruiken
# Optioneel veld voor de naam van de toestemmingstool.
app-consent-tool = Toestemmingstool (niet verplicht)
# Optioneel veld voor een aantal maanden; de .help onder het label.
app-consent-kept = Hoeveel maanden een keuze bewaard blijft (niet verplicht)
    .help = Daarna vraagt de banner het opnieuw; toezichthouders zoals de Franse CNIL raden aan het na 6 maanden opnieuw te vragen. Het cookiebeleid zegt wat u hier invult.
# Laatste veld van de stap, één per documenttaal; de .help onder het label.
app-consent-withdraw = Waar kunnen bezoekers hun keuze wijzigen?
    .help = Bijvoorbeeld "via de link 'Cookie-instellingen' onderaan elke pagina".

## Stap “Contact en klachten” (stap 6), van boven naar onder: contactpersoon
## voor privacy, de vraag over de DPO (app-q-dpo, in de groep vragen aan het
## einde van dit bestand), verzoeken en klachten, de toezichthoudende
## autoriteit, beveiligingsmaatregelen, kinderen, en wijzigingen bekendmaken.
# Titel van het eerste deel van de stap; de .help eronder.
app-rights-contact = Contactpersoon voor privacy
    .help = De persoon of dienst die vragen en verzoeken over persoonsgegevens beantwoordt.
# Veld van de contactpersoon voor privacy.
app-rights-contact-name = Naam
# Veld van de contactpersoon voor privacy; ingevuld gaan verzoeken naar dit
# adres in plaats van naar dat van de organisatie.
app-rights-contact-email = E-mailadres
# Veld dat verschijnt zodra op app-q-dpo ja geantwoord is.
app-rights-dpo-name = Naam van de DPO
# Veld dat verschijnt zodra op app-q-dpo ja geantwoord is.
app-rights-dpo-email = E-mailadres van de DPO
# Titel van het deel over verzoeken en klachten; de .help eronder.
app-requests = Verzoeken en klachten
    .help = Verzoeken gaan altijd naar het e-mailadres hierboven. Vink aan wat u nog aanbiedt; de privacyverklaring somt het op.
# Aankruisvak in het deel over verzoeken.
app-requests-post = Men kan verzoeken ook per post sturen, naar uw adres
# Aankruisvak in het deel over verzoeken.
app-requests-phone = Men kan verzoeken ook telefonisch doen, op uw nummer
# Aankruisvak in het deel over verzoeken.
app-requests-in-person = Men kan verzoeken ook persoonlijk doen, bij u ter plaatse
# Veld voor een webadres.
app-requests-form = Webformulier voor verzoeken (niet verplicht)
# Veld, één per documenttaal; de .help onder het label.
app-requests-identity = Bewijs van identiteit dat u vraagt (niet verplicht)
    .help = Alleen wat nodig is, bijvoorbeeld "een kopie van de voorkant van uw identiteitskaart, met de foto en het rijksregisternummer onleesbaar gemaakt". Wordt afgedrukt zoals u het schrijft.
# Veld voor een aantal dagen; de .help onder het label.
app-requests-days = U antwoordt binnen ... dagen (niet verplicht)
    .help = Laat leeg om te beloven wat de wet zegt: één maand. Een maand kan 28 dagen zijn, dus beloof hoogstens 28.
# Aankruisvak van een Belgische sectorregel, alleen voor een organisatie in
# België.
app-sector-aml = Wij bewaren gegevens volgens de antiwitwaswet (inzage loopt via de toezichthouder)
# Aankruisvak van een Belgische sectorregel, alleen voor een organisatie in
# België.
app-sector-patient-rights = Onze cliënten zijn patiënten met de rechten van de wet patiëntenrechten
# Aankruisvak van een Belgische sectorregel, alleen voor een organisatie in
# België.
app-sector-professional-secrecy = Wij zijn gebonden aan het beroepsgeheim
# Veld; de .help onder het label.
app-complaints-name = Contact voor klachten, als dat niet het privacycontact is (niet verplicht)
    .help = Een persoon of dienst die klachten behandelt, zoals een ombudsdienst. De privacyverklaring noemt hen vóór de toezichthouder.
# Veld, het laatste van het deel over verzoeken.
app-complaints-email = E-mailadres voor klachten
# Titel, de .help eronder; dan een kader met naam en adres van de autoriteit,
# of app-rights-authority-no-country of app-rights-authority-unknown.
app-rights-authority = Toezichthoudende autoriteit
    .help = Gekozen op basis van uw land; de verklaring vermeldt ze met haar contactgegevens.
# Tekst in het kader van de autoriteit zolang er bij stap “Uw organisatie” geen
# land gekozen is.
app-rights-authority-no-country = Verschijnt zodra u bij "Uw organisatie" uw land invult.
# Tekst in het kader van de autoriteit wanneer policywright geen autoriteit
# kent voor het gekozen land en het projectbestand er geen opgeeft.
app-rights-authority-unknown = policywright heeft geen gegevens over de autoriteit van dit land; voeg ze toe aan het projectbestand onder supervisory_authority.

# Titel boven de aankruisvakken van beveiligingsmaatregelen (berichten
# security-* uit common.ftl); de .help eronder.
app-security = Hoe u de gegevens beschermt
    .help = Vink de maatregelen aan die u echt neemt; de verklaring somt ze op.
# Titel boven de vraag app-q-children en de velden app-children-age-limit en
# app-children-minors.
app-children = Kinderen
# Laatste titel van de stap, boven de aankruisvakken changes-website en
# changes-email uit common.ftl.
app-changes = Wijzigingen aan deze documenten bekendmaken

## Stap “Nakijken en exporteren” (stap 7): een samenvatting, elke bevinding van
## de controles, de instellingen van de documenten, en het exporteren.
# Eerste regel van de stap; de aantallen gaan over het hele project. Daaronder
# elke bevinding als kaart, elk met een knop naar de stap ervan
# (app-step-<stap>).
app-review-summary = Fouten: { $errors } · waarschuwingen: { $warnings } · adviezen: { $advice }. Fouten betekenen dat de documenten, zoals beantwoord, niet aan de wet voldoen of iets zeggen wat niemand beantwoordde: het blijven ontwerpen tot elke fout is opgelost.
# Titel van de instellingen van de documenten, onder de bevindingen.
app-document = De documenten
# Veld naast de datum.
app-document-version = Versie
# Veld naast de versie; de .help onder het label. Wat getypt wordt, blijft
# staan tot het als datum gelezen kan worden.
app-document-date = Van kracht vanaf
    .help = Als jaar-maand-dag, bijvoorbeeld 2026-11-01.
# Label boven één aankruisvak per taal (app-language-*).
app-document-languages = Gepubliceerd in
# Titel van het exporteren: aankruisvakken van de talen om te schrijven (uit de
# gepubliceerde), HTML en PDF.
app-export = Exporteren
# Stap "Controleren en exporteren": een vakje naast HTML en PDF; aangevinkt
# schrijft de export ook het register van verwerkingsactiviteiten (art. 30) als rekenblad.
app-export-record = Register van verwerkingsactiviteiten (XLSX)
# Label boven het mapveld en de knop Kies… (app-choose).
app-export-folder = Map
# Regel onder het mapveld; $folder is het volledige pad.
app-export-target = De bestanden worden geschreven naar { $folder }
# Knop die de bestanden schrijft. Het resultaat staat in de statusregel
# (app-status-exported, of cli-write-failed), en opmerkingen
# (cli-missing-characters, meldingen van het exporteren) onder de knop.
app-export-write = De documenten schrijven

# Knop ernaast, bruikbaar nadat de documenten geschreven werden: toont de map
# in het bestandsbeheer van het bureaublad.
app-export-open = De map openen
# In de statusregel, als fout, wanneer het bureaublad de map niet kon openen;
# $reason is een van de redenen system-* uit cli.ftl, of de eigen woorden van
# het systeem.
app-export-open-failed = De map kon niet worden geopend ({ $reason }); de bestanden staan in { $folder }.

## De voorbeeldweergave, het rechterdeel van de editor: knoppen boven het
## document kiezen welk getoond wordt.
# Knop die de privacyverklaring toont.
app-preview-privacy = Privacyverklaring
# Knop die het cookiebeleid toont.
app-preview-cookies = Cookiebeleid

## Vragen waarvan het antwoord een zin beslist: de vraag, de antwoorden,
## en wat elk antwoord de documenten laat zeggen (.says).
## Waar ze verschijnen: de antwoorden zijn keuzerondjes naast elkaar,
## app-answer-unanswered eerst; de .says van het gekozen antwoord staat eronder
## in kleine grijze letters. Van elk bericht -unanswered wordt alleen de .says
## getoond: de waarde herhaalt alleen app-answer-unanswered. Bij elke vraag
## hieronder staat bij welke stap ze hoort.

# Eerste antwoord van elke zulke vraag, bij elke stap.
app-answer-unanswered = Nog niet beantwoord
# Stap “Contact en klachten”, na de contactpersoon voor privacy.
app-q-dpo = Hebt u een functionaris voor gegevensbescherming (DPO) aangesteld?
app-q-dpo-unanswered = { app-answer-unanswered }
    .says = De documenten zeggen nog niets over een DPO, en blijven ontwerpen tot u antwoordt.
app-q-dpo-yes = Ja
    .says = De privacyverklaring noemt uw DPO en hoe die te bereiken is.
app-q-dpo-no = Nee
    .says = De privacyverklaring zegt dat u geen DPO hebt aangesteld, en geeft alleen een reden als u die opschrijft.
# Veld dat verschijnt wanneer op app-q-dpo nee geantwoord is; de .help onder
# het label.
app-rights-dpo-reason = Waarom niet? (niet verplicht)
    .help = Wordt afgedrukt zoals u het schrijft, bijvoorbeeld "De wet verplicht dat voor onze organisatie niet." Schrijf alleen een reden die u hebt nagegaan.
# Stap “Contact en klachten”, onder de titel app-children.
app-q-children = Biedt u onlinediensten rechtstreeks aan kinderen aan?
app-q-children-unanswered = { app-answer-unanswered }
    .says = De documenten zeggen nog niets over kinderen, en blijven ontwerpen tot u antwoordt.
app-q-children-yes = Ja
    .says = De privacyverklaring zegt dat, en dat een ouder de toestemming moet geven of goedkeuren voor kinderen onder de leeftijd voor digitale toestemming.
app-q-children-no = Nee
    .says = De privacyverklaring zegt dat u geen onlinediensten rechtstreeks aan kinderen aanbiedt.
# Veld voor een getal, onder app-q-children; de .help onder het label.
app-children-age-limit = Uw eigen minimumleeftijd (niet verplicht)
    .help = Bijvoorbeeld 18 als uw onlinediensten alleen voor volwassenen zijn. Wordt afgedrukt als "bedoeld voor personen van 18 jaar of ouder".
# Veld, één per documenttaal, onder app-children-age-limit; de .help onder het
# label.
app-children-minors = Hoe u met gegevens van minderjarigen omgaat (niet verplicht)
    .help = Als er minderjarigen zijn onder de personen van wie u gegevens verwerkt (patiënten, jonge leden, kinderen in een belastingaangifte), beschrijf dan in uw woorden hoe u met hun gegevens omgaat. Wordt afgedrukt zoals u het schrijft.
# Stap “Personen en gegevens”, onder de titel app-sources; ja antwoorden voegt
# een eerste bronkaart toe.
app-q-sources = Ontvangt u persoonsgegevens van anderen dan de betrokkenen zelf?
app-q-sources-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring zegt nog niets over andere bronnen, en blijft een ontwerp tot u antwoordt.
app-q-sources-yes = Ja
    .says = De privacyverklaring noemt elke bron, de gegevens die ze u geeft, en of ze openbaar is.
app-q-sources-no = Nee, alles komt van de betrokkenen zelf
    .says = De privacyverklaring heeft geen onderdeel over andere bronnen.
# Stap “Personen en gegevens”, aan het einde van elke bronkaart.
app-q-source-public = Is deze bron openbaar toegankelijk?
app-q-source-public-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring toont hier een open plek tot u antwoordt.
app-q-source-public-yes = Ja
    .says = De privacyverklaring zegt dat dit een openbaar toegankelijke bron is.
app-q-source-public-no = Nee
    .says = De privacyverklaring zegt dat deze bron niet openbaar toegankelijk is.
# Stap “Doeleinden”, onder alle doelkaarten. Getoond als ja wanneer een doel
# een beslissing door een computer beschrijft.
app-q-automated = Neemt een computer alleen beslissingen over personen, met rechtsgevolgen of vergelijkbaar ingrijpende gevolgen?
app-q-automated-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring zegt nog niets over geautomatiseerde beslissingen, en blijft een ontwerp tot u antwoordt.
app-q-automated-yes = Ja
    .says = Beschrijf elke zulke beslissing bij haar doeleinde; de privacyverklaring legt ze uit, met de rechten die erbij horen.
app-q-automated-no = Nee
    .says = De privacyverklaring zegt dat u zulke beslissingen niet neemt.
# Bovenaan stap “Ontvangers”; ja antwoorden voegt een eerste ontvangerkaart
# toe.
app-q-recipients = Ontvangt iemand buiten uw organisatie de gegevens?
app-q-recipients-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring zegt nog niets over ontvangers, en blijft een ontwerp tot u antwoordt.
app-q-recipients-yes = Ja
    .says = De privacyverklaring somt de ontvangers hieronder op.
app-q-recipients-no = Nee, niemand
    .says = De privacyverklaring zegt dat u de gegevens met niemand deelt, tenzij de wet u daartoe verplicht.
# Einde van stap “Ontvangers”. Getoond als ja wanneer een ontvanger gegevens
# buiten de EER verwerkt.
app-q-transfers = Gaan er gegevens naar een land buiten de Europese Economische Ruimte (EER)?
app-q-transfers-unanswered = { app-answer-unanswered }
    .says = De privacyverklaring zegt nog niets over doorgiften, en blijft een ontwerp tot u antwoordt.
app-q-transfers-yes = Ja
    .says = Geef elke betrokken ontvanger zijn land en waarborg; de privacyverklaring somt ze op.
app-q-transfers-no = Nee
    .says = De privacyverklaring zegt dat u geen gegevens buiten de EER doorgeeft.
# Stap “Cookies”, onder het veld app-cookie-policy-elsewhere.
app-q-cookies = Plaatst uw website cookies of vergelijkbare technieken (local storage, pixels)?
app-q-cookies-unanswered = { app-answer-unanswered }
    .says = Het cookiebeleid zegt nog niets over cookies, en blijft een ontwerp tot u antwoordt.
app-q-cookies-yes = Ja
    .says = Het cookiebeleid beschrijft elke cookie hieronder.
app-q-cookies-no = Nee, geen
    .says = Het cookiebeleid zegt dat uw website geen cookies of vergelijkbare technieken gebruikt.
# Stap “Cookies”, in het deel over toestemming (app-consent); de antwoorden:
# app-answer-unanswered, app-q-consent-banner, -implied en -not-asked.
app-q-consent = Hoe wordt bezoekers om toestemming gevraagd?
app-q-consent-unanswered = { app-answer-unanswered }
    .says = Het cookiebeleid zegt nog niets over toestemming, en blijft een ontwerp tot u antwoordt.
app-q-consent-banner = Met een banner, voordat de cookies geplaatst worden
    .says = Het cookiebeleid beschrijft uw banner met de eigenschappen die u hieronder aanvinkt.
app-q-consent-implied = Verder surfen geldt als toestemming
    .says = Dat is geen geldige toestemming: het cookiebeleid beweert geen toestemming, en de controle meldt een fout.
app-q-consent-not-asked = Er wordt geen toestemming gevraagd
    .says = Het cookiebeleid beweert geen toestemming, en de controle meldt een fout voor elke cookie die ze nodig heeft.
