## Meldingen van het programma: fouten, hulp bij de opdrachtregel en uitvoer.
## Tenzij een commentaar iets anders zegt, worden ze op de opdrachtregel
## afgedrukt, in de taal van --ui-lang of van LANG. Verscheidene verschijnen
## ook in de wizard, meestal in de statusregel onderaan het venster; hun
## commentaar zegt dat.

## Waarom een projectbestand niet geopend kon worden: afgedrukt door render,
## check, add-service, remove-service en import-cookies, en getoond in de
## statusregel van de wizard wanneer een project openen mislukt (Openen…, een
## recent project, policywright open BESTAND).
# Het bestand kon helemaal niet gelezen worden; $reason is een van de redenen
# system-* hieronder.
load-unreadable = { $path }: het bestand kan niet worden gelezen: { $reason }
# Fouten in een projectbestand; de plaats (bestand:regel:kolom en veld) staat ervoor.
# Komt op de plaats van $reason in load-invalid of load-invalid-field, zoals
# elk bericht mistake-*. Hier: het bestand is geen UTF-8-tekst.
mistake-not-text = het bestand is geen UTF-8-tekst; bewaar het als UTF-8 in uw editor.
# Er ontbreekt een komma tussen twee waarden van het projectbestand.
mistake-missing-comma = hier ontbreekt een komma, na de waarde ervoor.
# $opener is het haakje dat werd geopend: (, [ of {.
# Een haakje wordt nooit gesloten; de plaats wijst naar het geopende haakje.
mistake-unclosed = de { $opener } die hier opent, wordt nooit gesloten; het bestand eindigt voor het sluitende haakje.
# $found is de naam in het bestand, $suggestion de geldige naam die er het meest op lijkt, $expected de geldige namen.
# Een veldnaam die het formaat niet kent, wanneer een geldige naam erop lijkt.
mistake-unknown-field-suggested = hier bestaat geen veld "{ $found }"; bedoelde u "{ $suggestion }"? Geldige velden: { $expected }.
# Een veldnaam die het formaat niet kent, zonder geldige naam die erop lijkt.
mistake-unknown-field = hier bestaat geen veld "{ $found }". Geldige velden: { $expected }.
# Een waarde die geen van de keuzes van het veld is (zoals een rechtsgrond),
# wanneer een geldige keuze erop lijkt; $found, $suggestion en $expected zoals
# hierboven.
mistake-unknown-variant-suggested = "{ $found }" is hier geen van de keuzes; bedoelde u "{ $suggestion }"? Geldige keuzes: { $expected }.
# Hetzelfde, zonder geldige keuze die erop lijkt; $found en $expected zoals
# hierboven.
mistake-unknown-variant = "{ $found }" is hier geen van de keuzes. Geldige keuzes: { $expected }.
# $field is de naam van het ontbrekende veld.
# Een verplicht veld ontbreekt.
mistake-missing-field = het veld "{ $field }" ontbreekt hier.
# Een datum is niet geschreven als jaar-maand-dag.
mistake-date = datums schrijft u als jaar-maand-dag, bijvoorbeeld "2026-11-01".
# De tekst van het bestand is geen geldig project: $path:$line:$column is de
# plaats van de fout, $reason een bericht mistake-*.
load-invalid = { $path }:{ $line }:{ $column }: { $reason }
# Hetzelfde, wanneer de fout in een veld zit; $field is de naam ervan in het
# projectbestand.
load-invalid-field = { $path }:{ $line }:{ $column }: in het veld "{ $field }": { $reason }
# Het bestand heeft geen veld “version” en is dus geen projectbestand van
# policywright; $supported is de nieuwste formaatversie.
load-no-version = { $path }: dit is geen projectbestand van policywright: het veld "version" ontbreekt. Een projectbestand begint met "version: { $supported },".
# Het bestand werd bewaard door een nieuwere policywright; $found is de
# formaatversie ervan, $supported de nieuwste die dit programma leest.
load-newer-version = { $path }: dit projectbestand heeft formaatversie { $found }, maar deze policywright kan alleen versies tot en met { $supported } lezen. Het is opgeslagen met een nieuwere policywright: werk policywright bij om het te openen. Het bestand is niet gewijzigd.
# Eerste regel wanneer het project verwijst naar sleutels die het niet
# definieert, of een sleutel twee keer definieert; per probleem volgt één
# ingesprongen regel load-unknown-key of load-duplicate-key.
load-inconsistent = { $path }: het project verwijst naar onderdelen die er niet in zijn vastgelegd:
# Onder load-inconsistent: $field is de plaats in het projectbestand, $key de
# sleutel waarnaar verwezen wordt.
load-unknown-key = { $field }: er is geen onderdeel met de sleutel "{ $key }"; voeg het toe of verbeter de sleutel.
# Onder load-inconsistent: $field is de lijst, $key de sleutel die twee keer
# gebruikt wordt.
load-duplicate-key = { $field }: de sleutel "{ $key }" wordt twee keer gebruikt; elke sleutel moet uniek zijn.
# Wanneer de documenten geschreven worden (render, of “De documenten schrijven”
# in de wizard) in een taal waarvan de teksten onvolledig zijn, zoals een taal
# gestart met i18n new of een map --i18n waarin berichten ontbreken. Komt op de
# plaats van $reason in cli-write-failed. $language is de code van de taal,
# $count hoeveel berichten ontbreken, $examples tot drie van hun namen.
export-incomplete-language = De teksten in "{ $language }" zijn niet volledig ({ $count } berichten ontbreken, zoals { $examples }), dus er worden geen documenten in die taal geschreven: ze zouden Engelse tekst bevatten. Voer "policywright i18n check" uit om te zien wat ontbreekt.
# Een project bewaren mislukte: in de statusregel van de wizard (Bewaren,
# Bewaren als…), en na add-service, remove-service of import-cookies; $reason
# is een reden system-*.
save-failed = { $path }: opslaan is mislukt: { $reason }. Het bestaande bestand is niet gewijzigd.
# Het bestand veranderde op schijf sinds het geopend werd en werd daarom niet
# overschreven: in de statusregel van de wizard, en na add-service,
# remove-service of import-cookies.
save-changed-on-disk = { $path }: iemand anders heeft dit bestand gewijzigd nadat u het opende. Het is daarom niet overschreven en hun wijzigingen blijven bewaard. Sla uw werk op onder een andere naam en vergelijk beide.
# Wanneer --i18n, POLICYWRIGHT_I18N of “i18n check MAP” iets aanwijst dat geen
# map met vertalingen is. Werd de wizard met zo’n map gestart, dan staat dit in
# het rood bovenaan het venster.
i18n-dir-not-a-folder = { $path }: dit is geen map met vertalingen. Zo'n map bevat per taal een eigen map, genoemd naar de taalcode (nl, fr, de, en), met .ftl-bestanden.
# Wanneer “render --logo” een bestand geeft dat geen PNG- of JPEG-afbeelding
# is; komt op de plaats van $reason in cli-write-failed; $reason is hier de
# eigen uitleg van de beeldbibliotheek, in het Engels.
pdf-logo-unreadable = Het logo kan niet worden gebruikt: het moet een PNG- of JPEG-afbeelding zijn ({ $reason }).
# Een .ftl-bestand in de map van --i18n (of van “i18n check MAP”) kan niet
# gelezen worden; $reason is een reden system-*. In de wizard in het rood
# bovenaan het venster.
i18n-file-unreadable = { $path }: het bestand kan niet worden gelezen: { $reason }
# Waarom het systeem een bestand niet kon lezen of schrijven; komt op de plaats van { $reason } hierboven.
# Gebruikt in load-unreadable, save-failed, i18n-file-unreadable,
# cli-unreadable-file, cli-write-failed en in app-export-open-failed van de
# wizard, na een dubbele punt of tussen haakjes: houd het een zinsdeel zonder
# hoofdletter.
system-not-found = het bestaat niet
# Zie system-not-found.
system-permission-denied = u hebt er geen toestemming voor
# Zie system-not-found.
system-read-only = de schijf is alleen-lezen
# Zie system-not-found.
system-storage-full = de schijf is vol
# Zie system-not-found.
system-is-a-folder = het is een map, geen bestand
# Zie system-not-found.
system-not-a-folder = een deel van het pad is een bestand, geen map
# Zie system-not-found.
system-already-exists = er bestaat al een bestand met die naam
# Zie system-not-found.
system-invalid-name = de naam is op dit systeem niet geldig
# Zie system-not-found.
system-not-text = het is geen UTF-8-tekst

## Hulp van de opdrachtregel: “policywright --help” en “policywright <opdracht>
## --help”, opgebouwd uit deze teksten.
# Eerste regel van “policywright --help”.
cli-about = Schrijft een privacyverklaring en een cookiebeleid op basis van de antwoorden van een organisatie, in het Nederlands, Frans, Duits en Engels.
# Afgedrukt onder de lijst met opdrachten wanneer de opdrachtregel zonder
# opdracht draait. policywright zonder opdracht opent in de plaats daarvan de
# wizard, dus dit verschijnt zelden.
cli-usage-hint = Voer "policywright --help" uit voor de opdrachten, of "policywright <opdracht> --help" voor één opdracht.
# Hulp bij de optie --i18n, vermeld in de --help van elke opdracht.
cli-opt-i18n = Gebruikt de .ftl-bestanden in deze map in plaats van de ingebouwde (ook: POLICYWRIGHT_I18N).
# Hulp bij de optie --ui-lang, vermeld in de --help van elke opdracht.
cli-opt-ui-lang = De taal van de meldingen van het programma, als taalcode zoals nl, fr, de of en (standaard: volgens LANG).
# Beschrijving van de opdracht render, in de lijst met opdrachten en in “render
# --help”.
cli-render-about = Schrijft de documenten van een of meer projecten.
# Hulp bij de argumenten PROJECT van render; ook bij het argument PROJECT van
# open, dat één bestand neemt.
cli-render-projects = Projectbestanden (.ron).
# Hulp bij een optie van render, in “render --help”.
cli-render-lang = Talen, gescheiden door komma's (standaard: de talen van het project zelf).
# Hulp bij een optie van render, in “render --help”.
cli-render-documents = Documenten, gescheiden door komma's: privacy-statement (de privacyverklaring), cookie-policy (het cookiebeleid) (standaard: beide).
# Hulp bij een optie van render, in “render --help”.
cli-render-show-ids = Zet voor elke tekst van de documenten de id van het bericht, om het in de .ftl-bestanden te vinden.
# Hulp bij een optie van render, in “render --help”.
cli-render-format = Uitvoerformaten, gescheiden door komma's: html, pdf (standaard: beide).
# Hulp bij een optie van render, in “render --help”.
cli-render-out = Uitvoermap; elk project krijgt daarin een eigen map.
# Hulp bij een optie van render, in “render --help”.
cli-render-fragment = Schrijft een fragment om in een bestaande webpagina te plakken, in plaats van een volledige pagina.
# Hulp bij een optie van render, in “render --help”.
cli-render-paper = Papierformaat van pdf-documenten: a4 of letter.
# Hulp bij een optie van render, in “render --help”.
cli-render-ragged = Zet alinea's in pdf-documenten met een rechter rafelrand in plaats van uitgevuld.
# Hulp bij een optie van render, in “render --help”.
cli-render-logo = Een logo (PNG of JPEG) voor de eerste pagina van pdf-documenten.
# Hulp bij een optie van render, in “render --help”.
cli-render-accent = De kleur van titels, links en tabelkoppen in pdf-documenten, als #rrggbb.
# Beschrijving van de opdracht new (in de lijst met opdrachten en in “new
# --help”).
cli-new-about = Maakt een nieuw project op basis van een startproject.
# Hulp bij een argument van new, in “new --help”.
cli-new-path = Waar het nieuwe projectbestand moet worden opgeslagen.
# Hulp bij een argument van new, in “new --help”.
cli-new-template = Het startproject waarmee u begint (zie "policywright templates").
# Beschrijving van de opdracht open.
cli-open-about = Open de wizard, met een projectbestand als u er een opgeeft. Zonder opdracht opent policywright de wizard ook.
# Beschrijving van de opdracht templates.
cli-templates-about = Toont de beschikbare startprojecten.
# Beschrijving van de opdracht i18n, met de subopdrachten check en new.
cli-i18n-about = Hulpmiddelen voor vertalers.
# Beschrijving van “i18n check” (vertalingen), niet van de opdracht check
# (bevindingen).
cli-i18n-check-about = Controleert de vertalingen: ontbrekende en overbodige berichten, variabelen en syntaxis.
# Beschrijving van “i18n new”.
cli-i18n-new-about = Begin een nieuwe taal: kopieer de Engelse teksten naar een map met de taalcode als naam, klaar om te vertalen.
# Hulp bij een argument van “i18n new”.
cli-i18n-new-code = De code van de taal, zoals pt of es.
# Hulp bij een argument van “i18n new”.
cli-i18n-new-dir = De map met vertalingen waar de taal bij komt; gebruik die daarna met --i18n. [standaard: i18n]
# Afgedrukt door “i18n new CODE” wanneer CODE geen taalcode is; $value is wat
# getypt werd.
cli-i18n-new-bad-code = "{ $value }" is geen taalcode: schrijf twee of drie letters, zoals pt, eventueel gevolgd door een regio, zoals pt-BR.
# Afgedrukt door “i18n new” wanneer de map van de taal al bestaat; $path is die
# map.
cli-i18n-new-exists = { $path } bestaat al; er is niets gewijzigd. Vertaal de bestanden daarin, of kies een andere map met --dir.
# Afgedrukt door “i18n new” na het kopiëren van de Engelse bestanden; $count
# bestanden naar $path, $code de code van de nieuwe taal.
cli-i18n-new-done = { $count } bestanden gekopieerd naar { $path }. Ze zijn in het Engels: vertaal elk bericht, voer "policywright i18n check" uit op de map, en gebruik die met --i18n. Documenten in "{ $code }" zeggen wat deze bestanden zeggen, dus vertaal ze allemaal voordat u er een publiceert.
# Hulp bij het argument DIR van “i18n check”.
cli-i18n-check-dir = Een map met een eigen map per taal (standaard: de ingebouwde teksten).

## Fouten over wat op de opdrachtregel getypt werd, en wat de opdrachten
## afdrukken terwijl ze werken.
# Bij --ui-lang, “render --lang” of “check --lang” met een taal waarvoor
# policywright geen teksten heeft; $value is wat getypt werd, $languages de
# codes die gebruikt kunnen worden.
cli-unknown-language = "{ $value }" is geen taal waarin policywright schrijft. Gebruik een van deze: { $languages }.
# Bij “render --documents”; $value is wat getypt werd.
cli-unknown-document = "{ $value }" is geen document. Gebruik privacy-statement, cookie-policy of beide, gescheiden door een komma.
# Bij “render --format”; $value is wat getypt werd.
cli-unknown-format = "{ $value }" is geen uitvoerformaat. Gebruik html, pdf of html,pdf.
# Bij “new --template”; $name is wat getypt werd.
cli-unknown-template = Er is geen startproject met de naam "{ $name }". Voer "policywright templates" uit om te zien welke er zijn.
# Bij “render --paper”; $value is wat getypt werd.
cli-unknown-paper = "{ $value }" is geen papierformaat. Gebruik a4 of letter.
# Bij “render --accent”; $value is wat getypt werd.
cli-unknown-colour = "{ $value }" is geen kleur. Schrijf ze als #rrggbb, bijvoorbeeld #1f4e79.
# Een bestand dat op de opdrachtregel genoemd wordt, kan niet gelezen worden:
# het logo van “render --logo”, of het BESTAND van import-cookies. Ook in de
# statusregel van de wizard wanneer de lijst met cookies die bij stap “Cookies”
# getypt werd niet gelezen kan worden. $reason is een reden system-*.
cli-unreadable-file = { $path }: het bestand kan niet worden gelezen: { $reason }
# Na het schrijven van PDF-documenten, wanneer het lettertype tekens van de
# teksten mist: afgedrukt door render, en getoond onder “De documenten
# schrijven” bij stap “Nakijken en exporteren” van de wizard; $path is de PDF,
# $count hoeveel tekens, $characters de tekens zelf.
cli-missing-characters = { $path }: { $count ->
    [one] 1 teken dat het lettertype niet kan weergeven, is
   *[other] { $count } tekens die het lettertype niet kan weergeven, zijn
} vervangen door �: { $characters }
# Afgedrukt door “policywright new PAD” wanneer PAD al bestaat.
cli-file-exists = { $path } bestaat al; kies een andere naam of verwijder het bestaande bestand eerst.
# Afgedrukt door “policywright new” na het schrijven van het nieuwe
# projectbestand.
cli-written = { $path }: opgeslagen.
# Afgedrukt door render voor elk geschreven project; $project is het bestand,
# $count de bestanden geschreven in $folder.
cli-rendered = { $project }: { $count ->
    [one] 1 bestand geschreven in { $folder }
   *[other] { $count } bestanden geschreven in { $folder }
}
# Een bestand kon niet geschreven worden: door render, new en “i18n new”, en in
# de statusregel van de wizard wanneer “De documenten schrijven” mislukt.
# $reason is een reden system-*, export-incomplete-language,
# pdf-logo-unreadable, of een kapotte tekst van een vertaling.
cli-write-failed = { $path }: schrijven is mislukt: { $reason }
# Alleen op een terminal getoond door render, op één regel die overschreven
# wordt naarmate projecten klaar zijn; $done van $total.
cli-render-progress = { $done } van { $total } projecten verwerkt…
# Laatste regel van render wanneer sommige projecten niet gelezen of geschreven
# konden worden; $failed van $total.
cli-failed-summary = { $failed ->
    [one] 1 van de { $total } projecten is mislukt.
   *[other] { $failed } van de { $total } projecten zijn mislukt.
}
# Eén regel per voorbeeldproject in “policywright templates”; $name is de naam
# om te typen, $description het bericht starter-* ervan.
cli-template-line = { $name }: { $description }

## Uitvoer van “policywright i18n check” (vertalingen, niet de bevindingen van
## de opdracht check): één regel per probleem, dan cli-check-summary. $locale
## is een taalcode, $entry “bestand: naam van het bericht” of “bestand:
## naam.attribuut”.
# Een taal zonder enig probleem.
cli-check-clean = { $locale }: volledig, geen problemen.
# Een syntaxfout; $error zegt waar en wat.
cli-check-syntax = { $locale }: syntaxisfout: { $error }
# Een .ftl-bestand dat het Engels heeft en deze taal niet; $file is de naam.
cli-check-missing-file = { $locale }: bestand ontbreekt: { $file }
# Een bericht of attribuut dat het Engels heeft en deze taal niet.
cli-check-missing = { $locale }: ontbreekt: { $entry }
# Een bericht of attribuut dat deze taal heeft en het Engels niet.
cli-check-extra = { $locale }: komt niet voor in het Engels: { $entry }
# Een bericht dat in één taal twee keer gedefinieerd is.
cli-check-duplicate = { $locale }: twee keer gedefinieerd: { $entry }
# De variabelen verschillen van het Engels; $missing en $unknown zijn lijsten
# zoals “$email, $org”, of “-” als ze leeg zijn.
cli-check-variables = { $locale }: { $entry }: andere variabelen dan in het Engels; ontbrekend: { $missing }; onbekend: { $unknown }
# De namen van de keuzes ([BE], [none], …) verschillen van het Engels; $missing
# en $unknown zijn namen gescheiden door komma’s.
cli-check-keys = { $locale }: { $entry }: de keuzes verschillen van het Engels: het Engels heeft [{ $missing }], deze taal [{ $unknown }]. Laat de namen tussen haken zoals het Engels ze schrijft; vertaal alleen de tekst erna.
# Laatste regel van “i18n check”; $problems is het aantal problemen in alle
# talen.
cli-check-summary = { $problems ->
    [0] Alle vertalingen zijn volledig.
    [one] 1 probleem gevonden.
   *[other] { $problems } problemen gevonden.
}

## Beschrijvingen van de voorbeeldprojecten (starter-<naam>): afgedrukt door
## “policywright templates” na de naam (cli-template-line), en getoond op het
## welkomstscherm van de wizard onder de titel van elke kaart
## (app-starter-<naam> uit app.ftl).
# Het voorbeeldproject templates/starters/bakery.ron.
starter-bakery = Een Belgische bakkerij met een kleine webwinkel, een nieuwsbrief en websitestatistieken.
# Het voorbeeldproject templates/starters/general-practice.ron.
starter-general-practice = Een Belgische huisartsenpraktijk die medische dossiers bijhoudt.
# Het voorbeeldproject templates/starters/accountancy.ron.
starter-accountancy = Een Belgisch boekhoudkantoor dat zijn klanten controleert volgens de antiwitwaswetgeving.
# Het voorbeeldproject templates/starters/non-profit.ron.
starter-non-profit = Een Belgische vzw met leden, vrijwilligers en donateurs.
# Het voorbeeldproject templates/starters/webshop-nl.ron.
starter-webshop-nl = Een Nederlandse webwinkel met online betalen, bezorging, advertentiecookies en fraudecontrole.
# Het voorbeeldproject templates/starters/dental-brussels.ron.
starter-dental-brussels = Een Brusselse tandartspraktijk met patiëntendossiers, elektronische attestering via eHealth en online afspraken, in het Frans, Nederlands en Engels.
# Het voorbeeldproject templates/starters/physio-eupen.ron.
starter-physio-eupen = Een kinesitherapiepraktijk in de Duitstalige Gemeenschap die patiëntendossiers bijhoudt en via MyCareNet met de ziekenfondsen afrekent, in het Duits, Frans en Engels.

## De opdracht check, en de controles die render eerst uitvoert.

# Beschrijving van de opdracht check, in de lijst met opdrachten en in “check
# --help”.
cli-check-about = Controleert projecten op ontbrekende antwoorden en fouten voordat u publiceert: elke bevinding zegt wat er mis is, waar, op welk artikel ze steunt en wat u kunt doen.
# Hulp bij een argument van check, in “check --help”.
cli-check-projects = Projectbestanden (.ron).
# Hulp bij een argument van check, in “check --help”.
cli-check-lang = De taal van de bevindingen, als taalcode zoals nl, fr, de of en (standaard: de taal van de meldingen van het programma).
# Hulp bij een argument van check, in “check --help”.
cli-check-format = Hoe de bevindingen worden getoond: text, voor mensen, of json, voor andere programma's.
# Bij “check --format” anders dan text of json; $value is wat getypt werd.
cli-unknown-check-format = "{ $value }" is geen manier om bevindingen te tonen. Gebruik text of json.
# Eerste regel voor elk project in “policywright check” (tekstformaat);
# $project is het bestand; $error, $warning en $info zijn aantallen.
cli-findings-summary = { $project }: { $error ->
    [one] 1 fout
   *[other] { $error } fouten
}, { $warning ->
    [one] 1 waarschuwing
   *[other] { $warning } waarschuwingen
}, { $info ->
    [one] 1 advies
   *[other] { $info } adviezen
}.
# Titel boven de bevindingen van één ernst in “policywright check”
# (cli-findings-heading-<ernst>); alleen als die er zijn.
cli-findings-heading-error = Fouten: zoals de antwoorden nu zijn, zouden de documenten de wet overtreden.
# Titel boven de bevindingen van één ernst in “policywright check”
# (cli-findings-heading-<ernst>); alleen als die er zijn.
cli-findings-heading-warning = Waarschuwingen: waarschijnlijk een probleem; controleer ze.
# Titel boven de bevindingen van één ernst in “policywright check”
# (cli-findings-heading-<ernst>); alleen als die er zijn.
cli-findings-heading-info = Adviezen:
# Ingesprongen onder de tekst van elke bevinding in “policywright check”;
# $place is de plaats in woorden (place-* en field-* uit checks.ftl), $path de
# plaats in het projectbestand, $basis het artikel (check-basis).
cli-findings-where = Waar: { $place } ({ $path }; { $basis })
# Onder cli-findings-where; $hint is de .hint van de bevinding.
cli-findings-fix = Wat u kunt doen: { $hint }
# Hulp bij de optie --strict van render.
cli-render-strict = Schrijft geen documenten voor een project waarin de controles fouten vinden.
# Afgedrukt door render voor elk project voordat het geschreven wordt; $project
# is het bestand, $errors het aantal fouten.
cli-render-check-errors = { $project }: { $errors ->
    [0] de controles vonden geen fouten.
    [one] de controles vonden 1 fout; voer "policywright check { $project }" uit om die te zien.
   *[other] de controles vonden { $errors } fouten; voer "policywright check { $project }" uit om ze te zien.
}
# Afgedrukt door “render --strict” voor een project met fouten, dat dan niet
# geschreven wordt.
cli-render-refused = { $project }: niet geschreven, omdat de controles fouten vonden (--strict).

## De dienstencatalogus: services, add-service, remove-service en
## import-cookies. Lijsten van namen ($cookies, $categories, $suggestions)
## komen gescheiden door komma's.

# Beschrijving van de opdracht services.
cli-services-about = Toont de diensten in de catalogus, of zoekt ze op sleutel, naam, bedrijf of soort.
# Hulp bij het argument QUERY van services.
cli-services-query = Een deel van een sleutel, naam, bedrijf of soort, zoals "mail" of "loon" (standaard: alles tonen).
# Beschrijving van de opdracht add-service.
cli-add-service-about = Voegt diensten uit de catalogus toe aan een project: hun ontvanger en hun cookies, volledig ingevuld.
# Beschrijving van de opdracht remove-service.
cli-remove-service-about = Haalt diensten uit de catalogus weer uit een project; onderdelen die u wijzigde, blijven staan.
# Beschrijving van de opdracht import-cookies.
cli-import-cookies-about = Voegt de cookies uit een lijst of een CSV-export (ontwikkelaarstools van de browser, cookiescanners) toe aan een project: bekende cookies ingevuld uit de catalogus, onbekende om zelf aan te vullen.
# Hulp bij het argument FILE van import-cookies.
cli-import-cookies-file = Een lijst van cookienamen, één per regel, of een CSV-bestand met een kolom voor de naam (en, als u die hebt, een kolom voor het domein).
# Hulp bij het argument PROJECT van add-service, remove-service en
# import-cookies.
cli-catalog-project = Het projectbestand (.ron) dat u wilt wijzigen; de vorige versies worden bewaard als .1.bak- (de nieuwste) tot .5.bak-bestanden.
# Hulp bij de argumenten NAME van add-service en remove-service.
cli-catalog-names = Sleutels of namen van diensten, zoals google-analytics of "Google Analytics" (zie "policywright services").
# Eerste regel van “policywright services” zonder zoekterm; $date is de datum
# waarop de feiten van de catalogus gecontroleerd werden.
cli-services-all = { $count } diensten in de catalogus (feiten gecontroleerd op { $date }):
# Eerste regel van “policywright services ZOEKTERM” wanneer er diensten
# overeenkomen; $query is wat getypt werd.
cli-services-found = { $count ->
    [one] 1 dienst past bij "{ $query }"
   *[other] { $count } diensten passen bij "{ $query }"
} (feiten gecontroleerd op { $date }):
# Eén regel per dienst, na de sleutel ervan; $kind is een bericht
# catalog-kind-*, $country een naam country-*.
cli-services-line = { $name } · { $company }, { $country } · { $kind }
# “policywright services ZOEKTERM” wanneer niets overeenkomt; suggesties
# volgen.
cli-services-none = Geen enkele dienst in de catalogus past bij "{ $query }".
# add-service of remove-service met een naam die de catalogus niet kent;
# gevolgd door cli-service-suggestions of cli-service-no-suggestion.
cli-service-unknown = Er is geen dienst "{ $name }" in de catalogus.
# Sleutels van diensten waarvan de naam lijkt op wat getypt werd.
cli-service-suggestions = Bedoelt u: { $suggestions }?
# Wanneer geen enkele dienst een naam heeft die lijkt op wat getypt werd.
cli-service-no-suggestion = Voer "policywright services" uit om de diensten te zien die de catalogus kent; vul voor een andere dienst de ontvanger en de cookies zelf in het project in.
# Laatste regel van add-service of remove-service wanneer sommige namen niet
# gevonden werden; $unknown van $total.
cli-service-partly = { $unknown } van { $total } diensten werden niet gevonden; de andere zijn verwerkt.
# add-service: titel per dienst, met de regels hieronder ingesprongen eronder.
cli-added-heading = { $service }:
# Er werd een ontvanger toegevoegd; $recipient is de naam. Ook afgedrukt door
# import-cookies wanneer bekende cookies hun ontvanger meebrengen.
cli-added-recipient = ontvanger toegevoegd: { $recipient }
# Het project heeft deze ontvanger al; $recipient is de naam daar.
cli-added-recipient-present = staat al als ontvanger vermeld als "{ $recipient }"; ongewijzigd gelaten
# Voor software die op de eigen website van de organisatie draait (Matomo,
# WooCommerce, Complianz): er wordt geen ontvanger toegevoegd.
cli-added-own-website = draait op uw eigen website, ontvangt dus geen gegevens en wordt niet als ontvanger vermeld
# Toegevoegde cookies; $cookies zijn hun namen.
cli-added-cookies = { $count ->
    [one] 1 cookie toegevoegd: { $cookies }
   *[other] { $count } cookies toegevoegd: { $cookies }
}
# Cookies van de dienst die het project al heeft.
cli-added-cookies-present = staan al in het project en zijn ongewijzigd gelaten: { $cookies }
# De dienst verwerkt gewoonlijk soorten gegevens die het project niet vermeldt;
# $categories zijn hun namen (data-* uit common.ftl).
cli-added-data-missing = verwerkt gewoonlijk gegevens die uw project nog niet vermeldt: { $categories }. Voeg ze toe onder data_categories als ze voor u gelden.
# Na add-service of import-cookies, wanneer cookies toegevoegd werden die
# toestemming vereisen en het project geen toestemming met een banner vraagt.
cli-added-consent-missing = Het project bevat nu cookies waarvoor toestemming nodig is, maar geen cookiebanner die erom vraagt. Voer "policywright check" uit om te zien wat u moet aanvullen.
# remove-service: titel per dienst, met de regels hieronder ingesprongen
# eronder.
cli-removed-heading = { $service }:
# remove-service, wanneer niets in het project van de dienst kwam.
cli-removed-nothing = { $service }: niets in dit project komt van deze dienst.
# remove-service: de ontvanger werd verwijderd.
cli-removed-recipient = ontvanger verwijderd
# remove-service: verwijderde cookies; $cookies zijn hun namen.
cli-removed-cookies = { $count ->
    [one] 1 cookie verwijderd: { $cookies }
   *[other] { $count } cookies verwijderd: { $cookies }
}
# remove-service: de ontvanger verschilt van wat de catalogus nu schrijft en
# blijft dus staan; $recipient is de naam.
cli-removed-recipient-kept = ontvanger "{ $recipient }" behouden: die wijkt af van wat de catalogus schrijft (u hebt ze gewijzigd, of de catalogus is intussen gewijzigd). Verwijder ze zelf als ze weg moet.
# remove-service: deze cookies verschillen van wat de catalogus nu schrijft en
# blijven dus staan.
cli-removed-cookies-kept = behouden, omdat ze afwijken van wat de catalogus schrijft (u hebt ze gewijzigd, of de catalogus is intussen gewijzigd): { $cookies }. Verwijder ze zelf als ze weg moeten.
# Eerste regel van import-cookies; ook de statusregel van de wizard na
# Importeren bij stap “Cookies”. $file is de lijst, dan vier aantallen.
cli-import-summary = { $file }: { $matched ->
    [one] 1 bekende cookie ingevuld
   *[other] { $matched } bekende cookies ingevuld
}, { $unknown ->
    [one] 1 onbekende cookie toegevoegd
   *[other] { $unknown } onbekende cookies toegevoegd
}, { $duplicates ->
    [one] 1 dubbele
   *[other] { $duplicates } dubbele
} en { $present ->
    [one] 1 die al in het project stond
   *[other] { $present } die al in het project stonden
} overgeslagen.
# import-cookies: cookies ingevuld uit de catalogus (alleen opdrachtregel).
cli-import-matched = uit de catalogus: { $cookies }
# import-cookies: cookies toegevoegd om door de eigenaar aan te vullen (alleen
# opdrachtregel).
cli-import-unknown = zelf aan te vullen (aanbieder, doel, categorie en looptijd): { $cookies }
# import-cookies, op de foutuitvoer, voor elke regel van de lijst die
# overgeslagen werd (cli-import-ignored-<reden>); $line is het regelnummer,
# $text de regel. Niet getoond door de wizard.
cli-import-ignored-not-a-cookie-name = regel { $line } overgeslagen: "{ $text }" is geen cookienaam.
# import-cookies, op de foutuitvoer, voor elke regel van de lijst die
# overgeslagen werd (cli-import-ignored-<reden>); $line is het regelnummer,
# $text de regel. Niet getoond door de wizard.
cli-import-ignored-no-name = regel { $line } overgeslagen: de kolom met de naam is leeg.
# import-cookies, op de foutuitvoer, voor elke regel van de lijst die
# overgeslagen werd (cli-import-ignored-<reden>); $line is het regelnummer,
# $text de regel. Niet getoond door de wizard.
cli-import-ignored-before-header = regel { $line } overgeslagen: die staat vóór de kopregel.
# Nadat add-service, remove-service of import-cookies het project wijzigde;
# $backup is het bestand met de vorige versie.
cli-catalog-saved = { $path }: opgeslagen; de vorige versie is bewaard als { $backup }.
# Wanneer add-service, remove-service of import-cookies niets wijzigde.
cli-catalog-unchanged = { $path }: er is niets te wijzigen.

## Opdracht "policywright status": alle projecten van de klanten in één overzicht.
cli-status-about = Toon alle projecten van uw klanten in één overzicht: fouten en onbeantwoorde vragen, sinds wanneer de documenten gelden, de versie, wanneer ze het laatst zijn geëxporteerd en of de antwoorden sindsdien veranderden, en de gebruikte diensten uit de catalogus.
cli-status-projects = Projectbestanden, of mappen waarvan de .ron-bestanden projecten zijn.
cli-status-format = Hoe het overzicht getoond wordt: text, een tabel voor mensen, of json, voor andere programma's.
# Als --format iets anders krijgt; $value is wat gegeven werd.
cli-unknown-status-format = "{ $value }" is geen manier om het overzicht te tonen. Gebruik text of json.
# Kolomkoppen van de tabel.
cli-status-project = Project
cli-status-organisation = Organisatie
cli-status-errors = Fouten
cli-status-unanswered = Onbeantwoord
cli-status-effective = Geldt sinds
cli-status-version = Versie
cli-status-exported = Geëxporteerd
cli-status-services = Diensten
# In de kolom "Geldt sinds", als de documenten meer dan een jaar geleden ingingen.
cli-status-over-a-year = { $date } (meer dan een jaar geleden)
# In de kolom "Geëxporteerd": nooit, wanneer (UTC), of wanneer en dat de antwoorden sindsdien veranderden.
cli-status-never = nooit
cli-status-exported-at = { $date } UTC
cli-status-exported-changed = { $date } UTC, antwoorden sindsdien gewijzigd
# Onder de tabel.
cli-status-summary = { $projects ->
    [one] 1 project
   *[other] { $projects } projecten
}: { $with-errors } met fouten, { $unreadable } onleesbaar.

## Opdracht "policywright record": het register van verwerkingsactiviteiten.
cli-record-about = Schrijf het register van verwerkingsactiviteiten (art. 30 AVG) van een of meer projecten: één rij per doeleinde, als rekenblad, webpagina of PDF.
cli-record-format = Formaten, gescheiden door komma's: xlsx, html, pdf (standaard: xlsx).
# Als --format iets anders noemt; $value is wat gegeven werd.
cli-unknown-record-format = "{ $value }" is geen formaat van het register. Gebruik xlsx, html of pdf, gescheiden door komma's.

## Opdracht "policywright update-services": de nieuwe gegevens van de
## catalogus toegepast op de items van elk project die eruit komen.
cli-update-services-about = Werk de items uit de dienstencatalogus bij in een of meer projecten: items die niemand wijzigde krijgen de huidige gegevens van de catalogus, gewijzigde blijven behouden en worden genoemd.
# De kop van het verslag van elk project; $path is het bestand.
cli-update-project = { $path }:
# $entry is de ontvanger of cookie; $fields de gegevens die veranderden (namen uit field-*).
cli-update-updated = { $entry }: bijgewerkt ({ $fields }).
cli-update-kept = { $entry }: behouden zoals u het wijzigde, al zegt de catalogus nu iets anders.
cli-update-differs = { $entry }: wijkt af van de catalogus en blijft behouden, want niets legt vast of het gewijzigd werd.
# $service is de dienst uit de catalogus.
cli-update-removed = { $entry }: verwijderd, want de catalogus noemt hem niet meer bij { $service }.
cli-update-new-cookie = De catalogus noemt ook de cookie { $entry } bij { $service }; plaatst uw website die, voeg hem dan toe met add-service.
cli-update-gone = { $entry }: { $service } staat niet meer in de catalogus; het item blijft behouden.
