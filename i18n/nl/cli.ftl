## Meldingen van het programma: fouten, hulp bij de opdrachtregel en uitvoer.

load-unreadable = { $path }: het bestand kan niet worden gelezen: { $reason }
load-invalid = { $path }:{ $line }:{ $column }: { $reason }
load-invalid-field = { $path }:{ $line }:{ $column }: in het veld "{ $field }": { $reason }
load-no-version = { $path }: dit is geen projectbestand van policywright: het veld "version" ontbreekt. Een projectbestand begint met "version: { $supported },".
load-newer-version = { $path }: dit projectbestand heeft formaatversie { $found }, maar deze policywright kan alleen versies tot en met { $supported } lezen. Het is opgeslagen met een nieuwere policywright: werk policywright bij om het te openen. Het bestand is niet gewijzigd.
load-inconsistent = { $path }: het project verwijst naar onderdelen die er niet in zijn vastgelegd:
load-unknown-key = { $field }: er is geen onderdeel met de sleutel "{ $key }"; voeg het toe of verbeter de sleutel.
load-duplicate-key = { $field }: de sleutel "{ $key }" wordt twee keer gebruikt; elke sleutel moet uniek zijn.
save-failed = { $path }: opslaan is mislukt: { $reason }. Het bestaande bestand is niet gewijzigd.
i18n-dir-not-a-folder = { $path }: dit is geen map met vertalingen. Zo'n map bevat per taal een eigen map (en, nl) met .ftl-bestanden.
pdf-logo-unreadable = Het logo kan niet worden gebruikt: het moet een PNG- of JPEG-afbeelding zijn ({ $reason }).
i18n-file-unreadable = { $path }: het bestand kan niet worden gelezen: { $reason }

cli-about = Schrijft een privacyverklaring en een cookiebeleid op basis van de antwoorden van een organisatie, in het Nederlands en het Engels.
cli-usage-hint = Voer "policywright --help" uit voor de opdrachten, of "policywright <opdracht> --help" voor één opdracht.
cli-opt-i18n = Gebruikt de .ftl-bestanden in deze map in plaats van de ingebouwde (ook: POLICYWRIGHT_I18N).
cli-opt-ui-lang = De taal van de meldingen van het programma: nl of en (standaard: volgens LANG).
cli-render-about = Schrijft de documenten van een of meer projecten.
cli-render-projects = Projectbestanden (.ron).
cli-render-lang = Talen, gescheiden door komma's (standaard: de talen van het project zelf).
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
cli-templates-about = Toont de beschikbare startprojecten.
cli-i18n-about = Hulpmiddelen voor vertalers.
cli-i18n-check-about = Controleert de vertalingen: ontbrekende en overbodige berichten, variabelen en syntaxis.
cli-i18n-check-dir = Een map met een eigen map per taal (standaard: de ingebouwde teksten).

cli-unknown-language = "{ $value }" is geen taal waarin policywright schrijft. Gebruik nl of en.
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
cli-notice = { $project } ({ $locale }, { $document }): { $notice }
cli-write-failed = { $path }: schrijven is mislukt: { $reason }
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

## De opdracht check, en de controles die render eerst uitvoert.

cli-check-about = Controleert projecten op ontbrekende antwoorden en fouten voordat u publiceert: elke bevinding zegt wat er mis is, waar, op welk artikel ze steunt en wat u kunt doen.
cli-check-projects = Projectbestanden (.ron).
cli-check-lang = De taal van de bevindingen: nl of en (standaard: de taal van de meldingen van het programma).
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
cli-findings-where = Waar: { $path } ({ $basis })
cli-findings-fix = Wat u kunt doen: { $hint }
cli-render-strict = Schrijft geen documenten voor een project waarin de controles fouten vinden.
cli-render-check-errors = { $project }: { $errors ->
    [0] de controles vonden geen fouten.
    [one] de controles vonden 1 fout; voer "policywright check { $project }" uit om die te zien.
   *[other] de controles vonden { $errors } fouten; voer "policywright check { $project }" uit om ze te zien.
}
cli-render-refused = { $project }: niet geschreven, omdat de controles fouten vonden (--strict).
