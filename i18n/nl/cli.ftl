## Meldingen van het programma: fouten, hulp bij de opdrachtregel en uitvoer.

load-unreadable = { $path }: het bestand kan niet worden gelezen: { $reason }
# Fouten in een projectbestand; de plaats (bestand:regel:kolom en veld) staat ervoor.
mistake-not-text = het bestand is geen UTF-8-tekst; bewaar het als UTF-8 in uw editor.
mistake-missing-comma = hier ontbreekt een komma, na de waarde ervoor.
# $opener is het haakje dat werd geopend: (, [ of {.
mistake-unclosed = de { $opener } die hier opent, wordt nooit gesloten; het bestand eindigt voor het sluitende haakje.
# $found is de naam in het bestand, $suggestion de geldige naam die er het meest op lijkt, $expected de geldige namen.
mistake-unknown-field-suggested = hier bestaat geen veld "{ $found }"; bedoelde u "{ $suggestion }"? Geldige velden: { $expected }.
mistake-unknown-field = hier bestaat geen veld "{ $found }". Geldige velden: { $expected }.
mistake-unknown-variant-suggested = "{ $found }" is hier geen van de keuzes; bedoelde u "{ $suggestion }"? Geldige keuzes: { $expected }.
mistake-unknown-variant = "{ $found }" is hier geen van de keuzes. Geldige keuzes: { $expected }.
# $field is de naam van het ontbrekende veld.
mistake-missing-field = het veld "{ $field }" ontbreekt hier.
mistake-date = datums schrijft u als jaar-maand-dag, bijvoorbeeld "2026-11-01".
load-invalid = { $path }:{ $line }:{ $column }: { $reason }
load-invalid-field = { $path }:{ $line }:{ $column }: in het veld "{ $field }": { $reason }
load-no-version = { $path }: dit is geen projectbestand van policywright: het veld "version" ontbreekt. Een projectbestand begint met "version: { $supported },".
load-newer-version = { $path }: dit projectbestand heeft formaatversie { $found }, maar deze policywright kan alleen versies tot en met { $supported } lezen. Het is opgeslagen met een nieuwere policywright: werk policywright bij om het te openen. Het bestand is niet gewijzigd.
load-inconsistent = { $path }: het project verwijst naar onderdelen die er niet in zijn vastgelegd:
load-unknown-key = { $field }: er is geen onderdeel met de sleutel "{ $key }"; voeg het toe of verbeter de sleutel.
load-duplicate-key = { $field }: de sleutel "{ $key }" wordt twee keer gebruikt; elke sleutel moet uniek zijn.
export-incomplete-language = De teksten in "{ $language }" zijn niet volledig ({ $count } berichten ontbreken, zoals { $examples }), dus er worden geen documenten in die taal geschreven: ze zouden Engelse tekst bevatten. Voer "policywright i18n check" uit om te zien wat ontbreekt.
save-failed = { $path }: opslaan is mislukt: { $reason }. Het bestaande bestand is niet gewijzigd.
save-changed-on-disk = { $path }: iemand anders heeft dit bestand gewijzigd nadat u het opende. Het is daarom niet overschreven en hun wijzigingen blijven bewaard. Sla uw werk op onder een andere naam en vergelijk beide.
i18n-dir-not-a-folder = { $path }: dit is geen map met vertalingen. Zo'n map bevat per taal een eigen map, genoemd naar de taalcode (nl, fr, de, en), met .ftl-bestanden.
pdf-logo-unreadable = Het logo kan niet worden gebruikt: het moet een PNG- of JPEG-afbeelding zijn ({ $reason }).
i18n-file-unreadable = { $path }: het bestand kan niet worden gelezen: { $reason }
# Waarom het systeem een bestand niet kon lezen of schrijven; komt op de plaats van { $reason } hierboven.
system-not-found = het bestaat niet
system-permission-denied = u hebt er geen toestemming voor
system-read-only = de schijf is alleen-lezen
system-storage-full = de schijf is vol
system-is-a-folder = het is een map, geen bestand
system-not-a-folder = een deel van het pad is een bestand, geen map
system-already-exists = er bestaat al een bestand met die naam
system-invalid-name = de naam is op dit systeem niet geldig
system-not-text = het is geen UTF-8-tekst

cli-about = Schrijft een privacyverklaring en een cookiebeleid op basis van de antwoorden van een organisatie, in het Nederlands, Frans, Duits en Engels.
cli-usage-hint = Voer "policywright --help" uit voor de opdrachten, of "policywright <opdracht> --help" voor één opdracht.
cli-opt-i18n = Gebruikt de .ftl-bestanden in deze map in plaats van de ingebouwde (ook: POLICYWRIGHT_I18N).
cli-opt-ui-lang = De taal van de meldingen van het programma, als taalcode zoals nl, fr, de of en (standaard: volgens LANG).
cli-render-about = Schrijft de documenten van een of meer projecten.
cli-render-projects = Projectbestanden (.ron).
cli-render-lang = Talen, gescheiden door komma's (standaard: de talen van het project zelf).
cli-render-documents = Documenten, gescheiden door komma's: privacy-statement (de privacyverklaring), cookie-policy (het cookiebeleid) (standaard: beide).
cli-render-show-ids = Zet voor elke tekst van de documenten de id van het bericht, om het in de .ftl-bestanden te vinden.
cli-render-format = Uitvoerformaten, gescheiden door komma's: html, pdf (standaard: beide).
cli-render-out = Uitvoermap; elk project krijgt daarin een eigen map.
cli-render-fragment = Schrijft een fragment om in een bestaande webpagina te plakken, in plaats van een volledige pagina.
cli-render-paper = Papierformaat van pdf-documenten: a4 of letter.
cli-render-ragged = Zet alinea's in pdf-documenten met een rechter rafelrand in plaats van uitgevuld.
cli-render-logo = Een logo (PNG of JPEG) voor de eerste pagina van pdf-documenten.
cli-render-accent = De kleur van titels, links en tabelkoppen in pdf-documenten, als #rrggbb.
cli-new-about = Maakt een nieuw project op basis van een startproject.
cli-new-path = Waar het nieuwe projectbestand moet worden opgeslagen.
cli-new-template = Het startproject waarmee u begint (zie "policywright templates").
cli-open-about = Open de wizard, met een projectbestand als u er een opgeeft. Zonder opdracht opent policywright de wizard ook.
cli-templates-about = Toont de beschikbare startprojecten.
cli-i18n-about = Hulpmiddelen voor vertalers.
cli-i18n-check-about = Controleert de vertalingen: ontbrekende en overbodige berichten, variabelen en syntaxis.
cli-i18n-new-about = Begin een nieuwe taal: kopieer de Engelse teksten naar een map met de taalcode als naam, klaar om te vertalen.
cli-i18n-new-code = De code van de taal, zoals pt of es.
cli-i18n-new-dir = De map met vertalingen waar de taal bij komt; gebruik die daarna met --i18n. [standaard: i18n]
cli-i18n-new-bad-code = "{ $value }" is geen taalcode: schrijf twee of drie letters, zoals pt, eventueel gevolgd door een regio, zoals pt-BR.
cli-i18n-new-exists = { $path } bestaat al; er is niets gewijzigd. Vertaal de bestanden daarin, of kies een andere map met --dir.
cli-i18n-new-done = { $count } bestanden gekopieerd naar { $path }. Ze zijn in het Engels: vertaal elk bericht, voer "policywright i18n check" uit op de map, en gebruik die met --i18n. Documenten in "{ $code }" zeggen wat deze bestanden zeggen, dus vertaal ze allemaal voordat u er een publiceert.
cli-i18n-check-dir = Een map met een eigen map per taal (standaard: de ingebouwde teksten).

cli-unknown-language = "{ $value }" is geen taal waarin policywright schrijft. Gebruik een van deze: { $languages }.
cli-unknown-document = "{ $value }" is geen document. Gebruik privacy-statement, cookie-policy of beide, gescheiden door een komma.
cli-unknown-format = "{ $value }" is geen uitvoerformaat. Gebruik html, pdf of html,pdf.
cli-unknown-template = Er is geen startproject met de naam "{ $name }". Voer "policywright templates" uit om te zien welke er zijn.
cli-unknown-paper = "{ $value }" is geen papierformaat. Gebruik a4 of letter.
cli-unknown-colour = "{ $value }" is geen kleur. Schrijf ze als #rrggbb, bijvoorbeeld #1f4e79.
cli-unreadable-file = { $path }: het bestand kan niet worden gelezen: { $reason }
cli-missing-characters = { $path }: { $count ->
    [one] 1 teken dat het lettertype niet kan weergeven, is
   *[other] { $count } tekens die het lettertype niet kan weergeven, zijn
} vervangen door �: { $characters }
cli-file-exists = { $path } bestaat al; kies een andere naam of verwijder het bestaande bestand eerst.
cli-written = { $path }: opgeslagen.
cli-rendered = { $project }: { $count ->
    [one] 1 bestand geschreven in { $folder }
   *[other] { $count } bestanden geschreven in { $folder }
}
cli-write-failed = { $path }: schrijven is mislukt: { $reason }
cli-render-progress = { $done } van { $total } projecten verwerkt…
cli-failed-summary = { $failed ->
    [one] 1 van de { $total } projecten is mislukt.
   *[other] { $failed } van de { $total } projecten zijn mislukt.
}
cli-template-line = { $name }: { $description }

cli-check-clean = { $locale }: volledig, geen problemen.
cli-check-syntax = { $locale }: syntaxisfout: { $error }
cli-check-missing-file = { $locale }: bestand ontbreekt: { $file }
cli-check-missing = { $locale }: ontbreekt: { $entry }
cli-check-extra = { $locale }: komt niet voor in het Engels: { $entry }
cli-check-duplicate = { $locale }: twee keer gedefinieerd: { $entry }
cli-check-variables = { $locale }: { $entry }: andere variabelen dan in het Engels; ontbrekend: { $missing }; onbekend: { $unknown }
cli-check-keys = { $locale }: { $entry }: de keuzes verschillen van het Engels: het Engels heeft [{ $missing }], deze taal [{ $unknown }]. Laat de namen tussen haken zoals het Engels ze schrijft; vertaal alleen de tekst erna.
cli-check-summary = { $problems ->
    [0] Alle vertalingen zijn volledig.
    [one] 1 probleem gevonden.
   *[other] { $problems } problemen gevonden.
}

starter-bakery = Een Belgische bakkerij met een kleine webwinkel, een nieuwsbrief en websitestatistieken.
starter-general-practice = Een Belgische huisartsenpraktijk die medische dossiers bijhoudt.
starter-accountancy = Een Belgisch boekhoudkantoor dat zijn klanten controleert volgens de antiwitwaswetgeving.
starter-non-profit = Een Belgische vzw met leden, vrijwilligers en donateurs.
starter-webshop-nl = Een Nederlandse webwinkel met online betalen, bezorging, advertentiecookies en fraudecontrole.
starter-dental-brussels = Een Brusselse tandartspraktijk met patiëntendossiers, elektronische attestering via eHealth en online afspraken, in het Frans, Nederlands en Engels.
starter-physio-eupen = Een kinesitherapiepraktijk in de Duitstalige Gemeenschap die patiëntendossiers bijhoudt en via MyCareNet met de ziekenfondsen afrekent, in het Duits, Frans en Engels.

## De opdracht check, en de controles die render eerst uitvoert.

cli-check-about = Controleert projecten op ontbrekende antwoorden en fouten voordat u publiceert: elke bevinding zegt wat er mis is, waar, op welk artikel ze steunt en wat u kunt doen.
cli-check-projects = Projectbestanden (.ron).
cli-check-lang = De taal van de bevindingen, als taalcode zoals nl, fr, de of en (standaard: de taal van de meldingen van het programma).
cli-check-format = Hoe de bevindingen worden getoond: text, voor mensen, of json, voor andere programma's.
cli-unknown-check-format = "{ $value }" is geen manier om bevindingen te tonen. Gebruik text of json.
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
cli-findings-heading-error = Fouten: zoals de antwoorden nu zijn, zouden de documenten de wet overtreden.
cli-findings-heading-warning = Waarschuwingen: waarschijnlijk een probleem; controleer ze.
cli-findings-heading-info = Adviezen:
cli-findings-where = Waar: { $place } ({ $path }; { $basis })
cli-findings-fix = Wat u kunt doen: { $hint }
cli-render-strict = Schrijft geen documenten voor een project waarin de controles fouten vinden.
cli-render-check-errors = { $project }: { $errors ->
    [0] de controles vonden geen fouten.
    [one] de controles vonden 1 fout; voer "policywright check { $project }" uit om die te zien.
   *[other] de controles vonden { $errors } fouten; voer "policywright check { $project }" uit om ze te zien.
}
cli-render-refused = { $project }: niet geschreven, omdat de controles fouten vonden (--strict).

## De dienstencatalogus: services, add-service, remove-service en
## import-cookies. Lijsten van namen ($cookies, $categories, $suggestions)
## komen gescheiden door komma's.

cli-services-about = Toont de diensten in de catalogus, of zoekt ze op sleutel, naam, bedrijf of soort.
cli-services-query = Een deel van een sleutel, naam, bedrijf of soort, zoals "mail" of "loon" (standaard: alles tonen).
cli-add-service-about = Voegt diensten uit de catalogus toe aan een project: hun ontvanger en hun cookies, volledig ingevuld.
cli-remove-service-about = Haalt diensten uit de catalogus weer uit een project; onderdelen die u wijzigde, blijven staan.
cli-import-cookies-about = Voegt de cookies uit een lijst of een CSV-export (ontwikkelaarstools van de browser, cookiescanners) toe aan een project: bekende cookies ingevuld uit de catalogus, onbekende om zelf aan te vullen.
cli-import-cookies-file = Een lijst van cookienamen, één per regel, of een CSV-bestand met een kolom voor de naam (en, als u die hebt, een kolom voor het domein).
cli-catalog-project = Het projectbestand (.ron) dat u wilt wijzigen; de vorige versies worden bewaard als .1.bak- (de nieuwste) tot .5.bak-bestanden.
cli-catalog-names = Sleutels of namen van diensten, zoals google-analytics of "Google Analytics" (zie "policywright services").
cli-services-all = { $count } diensten in de catalogus (feiten gecontroleerd op { $date }):
cli-services-found = { $count ->
    [one] 1 dienst past bij "{ $query }"
   *[other] { $count } diensten passen bij "{ $query }"
} (feiten gecontroleerd op { $date }):
cli-services-line = { $name } · { $company }, { $country } · { $kind }
cli-services-none = Geen enkele dienst in de catalogus past bij "{ $query }".
cli-service-unknown = Er is geen dienst "{ $name }" in de catalogus.
cli-service-suggestions = Bedoelt u: { $suggestions }?
cli-service-no-suggestion = Voer "policywright services" uit om de diensten te zien die de catalogus kent; vul voor een andere dienst de ontvanger en de cookies zelf in het project in.
cli-service-partly = { $unknown } van { $total } diensten werden niet gevonden; de andere zijn verwerkt.
cli-added-heading = { $service }:
cli-added-recipient = ontvanger toegevoegd: { $recipient }
cli-added-recipient-present = staat al als ontvanger vermeld als "{ $recipient }"; ongewijzigd gelaten
cli-added-own-website = draait op uw eigen website, ontvangt dus geen gegevens en wordt niet als ontvanger vermeld
cli-added-cookies = { $count ->
    [one] 1 cookie toegevoegd: { $cookies }
   *[other] { $count } cookies toegevoegd: { $cookies }
}
cli-added-cookies-present = staan al in het project en zijn ongewijzigd gelaten: { $cookies }
cli-added-data-missing = verwerkt gewoonlijk gegevens die uw project nog niet vermeldt: { $categories }. Voeg ze toe onder data_categories als ze voor u gelden.
cli-added-consent-missing = Het project bevat nu cookies waarvoor toestemming nodig is, maar geen cookiebanner die erom vraagt. Voer "policywright check" uit om te zien wat u moet aanvullen.
cli-removed-heading = { $service }:
cli-removed-nothing = { $service }: niets in dit project komt van deze dienst.
cli-removed-recipient = ontvanger verwijderd
cli-removed-cookies = { $count ->
    [one] 1 cookie verwijderd: { $cookies }
   *[other] { $count } cookies verwijderd: { $cookies }
}
cli-removed-recipient-kept = ontvanger "{ $recipient }" behouden: die wijkt af van wat de catalogus schrijft (u hebt ze gewijzigd, of de catalogus is intussen gewijzigd). Verwijder ze zelf als ze weg moet.
cli-removed-cookies-kept = behouden, omdat ze afwijken van wat de catalogus schrijft (u hebt ze gewijzigd, of de catalogus is intussen gewijzigd): { $cookies }. Verwijder ze zelf als ze weg moeten.
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
cli-import-matched = uit de catalogus: { $cookies }
cli-import-unknown = zelf aan te vullen (aanbieder, doel, categorie en looptijd): { $cookies }
cli-import-ignored-not-a-cookie-name = regel { $line } overgeslagen: "{ $text }" is geen cookienaam.
cli-import-ignored-no-name = regel { $line } overgeslagen: de kolom met de naam is leeg.
cli-import-ignored-before-header = regel { $line } overgeslagen: die staat vóór de kopregel.
cli-catalog-saved = { $path }: opgeslagen; de vorige versie is bewaard als { $backup }.
cli-catalog-unchanged = { $path }: er is niets te wijzigen.
