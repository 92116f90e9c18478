## Het cookiebeleid. Argumenten die elk bericht kan gebruiken, zoals in privacy.ftl:
##   $org       de naam van de organisatie
##   $email     waar privacyvragen naartoe kunnen
##   $date      de datum waarop de verklaring in werking treedt
##   $version   het versielabel
##   $country   het land van de verwerkingsverantwoordelijke
##   $website   de eerste website; $website-count hoeveel het er zijn
##   $consent-age  de leeftijd voor digitale toestemming in het land van de
##                 verwerkingsverantwoordelijke, of "none" als die niet bekend is
##   $has-version  "yes" als er een versielabel is, anders "no"
##   $country-code het land van de verwerkingsverantwoordelijke als code ("BE", "NL"), of leeg
##   $cookie-use   wat de website opslaat, zoals beantwoord: "cookies", "similar" (ook lokale opslag of pixels), "none", of "unknown" zolang het niet beantwoord is

# .inline: de titel in lopende tekst, met het bezittelijk voornaamwoord dat
# erbij hoort; zie privacy-cookies en cookies-privacy-link.
# Titel van het cookiebeleid. Altijd getoond. Er wordt helemaal geen
# cookiebeleid geschreven als "Staat uw cookiebeleid elders gepubliceerd? Het
# webadres (niet verplicht)" (stap "Cookies") ingevuld is.
# Bovenaan het beleid (en als paginatitel van de html-export), en als $title
# in de voet van elke pdf-pagina (document-footer in common.ftl). .inline is
# de titel midden in een zin: de privacyverklaring verwijst ermee naar het
# beleid (privacy-cookies).
cookies-title = Cookiebeleid
    .inline = ons cookiebeleid

## Sectie "Over dit beleid", de eerste van het cookiebeleid. Altijd getoond.
cookies-introduction-title = Over dit beleid
# De variant volgt hoeveel "Websites" ingevuld zijn (stap "Uw organisatie"):
# [0] geen, [one] één, [other] meer; $website is de eerste.
cookies-introduction = { $cookie-use ->
    [cookies] { $website-count ->
        [0] In dit beleid leest u welke cookies { $org } gebruikt, en waarom.
        [one] In dit beleid leest u welke cookies { $org } gebruikt op { $website }, en waarom.
       *[other] In dit beleid leest u welke cookies op { $website } en op de andere websites van { $org } worden gebruikt, en waarom.
    }
    [similar] { $website-count ->
        [0] In dit beleid leest u welke cookies en vergelijkbare technieken { $org } gebruikt, en waarom.
        [one] In dit beleid leest u welke cookies en vergelijkbare technieken { $org } gebruikt op { $website }, en waarom.
       *[other] In dit beleid leest u welke cookies en vergelijkbare technieken op { $website } en op de andere websites van { $org } worden gebruikt, en waarom.
    }
   *[other] { $website-count ->
        [0] In dit beleid leest u of en welke cookies en vergelijkbare technieken { $org } gebruikt, en waarom.
        [one] In dit beleid leest u of en welke cookies en vergelijkbare technieken { $org } gebruikt op { $website }, en waarom.
       *[other] In dit beleid leest u of en welke cookies en vergelijkbare technieken op { $website } en op de andere websites van { $org } worden gebruikt, en waarom.
    }
}

## Sectie "Wat zijn cookies?". Altijd getoond, met alle drie de alinea’s.
cookies-what-title = Wat zijn cookies?
cookies-what = Een cookie is een klein tekstbestand dat een website in uw browser opslaat wanneer u die website bezoekt. Bij een volgend bezoek kan de website of een derde partij de cookie opnieuw uitlezen, bijvoorbeeld om uw keuzes te onthouden of om uw apparaat te herkennen.
cookies-what-similar = Dit beleid geldt ook voor technieken die op een vergelijkbare manier werken, zoals lokale opslag en sessieopslag in uw browser, trackingpixels (kleine, onzichtbare afbeeldingen die melden dat een pagina of e-mail is geopend) en softwareonderdelen van andere bedrijven wanneer die in een website zijn ingebouwd.
cookies-what-personal-data = Cookies kunnen persoonsgegevens bevatten, zoals een unieke code waarmee uw apparaat kan worden herkend. In dat geval geldt ook onze privacyverklaring.

## Sectie "Soorten cookies". Altijd getoond. Zolang
## "Plaatst uw website cookies of vergelijkbare technieken (local storage,
## pixels)?" (stap "Cookies") niet beantwoord is, staat er alleen een open
## plek (question-cookies).
cookies-categories-title = Soorten cookies
# Dutch law (art. 11.7a(3)(b) Telecommunicatiewet) also exempts analytics
# cookies with little or no effect on privacy.
# Getoond als er minstens één cookie toegevoegd is. [NL] als "Land" (stap "Uw
# organisatie") Nederland is, of de vrijstelling voor analytische cookies nu
# aangevinkt is of niet. Er volgt een lijst met één regel per soort cookie die
# gebruikt wordt (category-* in common.ftl).
cookies-categories = { $country-code ->
    [NL] Wij gebruiken de volgende soorten cookies. De wet staat toe dat strikt noodzakelijke cookies, en analytische cookies die weinig of geen gevolgen hebben voor uw privacy, zonder uw toestemming worden geplaatst.
   *[other] Wij gebruiken de volgende soorten cookies. Alleen strikt noodzakelijke cookies mogen zonder uw toestemming worden geplaatst.
}
# After a kind of cookie: the purposes it serves, by their names.
# Toegevoegd aan de regel van een soort als een doeleinde die soort aanvinkt
# onder "Welke cookies plaatst uw website voor dit doeleinde?" (stap
# "Doeleinden").
cookies-category-purposes = { $count ->
    [one] Ze worden geplaatst voor dit doel: { $purposes }.
   *[other] Ze worden geplaatst voor deze doeleinden: { $purposes }.
}
# Alleen als een toestemmingsbanner is geantwoord.
# Dat wil zeggen: als "Hoe wordt bezoekers om toestemming gevraagd?" (stap
# "Cookies") beantwoord is met "Met een banner, voordat de cookies geplaatst
# worden". Het staat tussen cookies-categories en de lijst.
cookies-categories-consent = Voor alle andere soorten vragen wij eerst uw toestemming.
# In de plaats daarvan getoond, als hele sectie, als het antwoord "Nee, geen"
# is.
cookies-none = Onze website gebruikt geen cookies of vergelijkbare technieken.

## Sectie "Overzicht van onze cookies". Alleen getoond als er minstens één
## cookie toegevoegd is (stap "Cookies"). Op cookies-list volgen, per soort
## cookie die gebruikt wordt, de naam van de soort als tussenkop en een tabel
## van die cookies (column-*, party-*, storage-* en duration-* in common.ftl).
cookies-list-title = Overzicht van onze cookies
cookies-list = Hieronder vindt u per cookie de aanbieder, waarvoor de cookie dient en hoelang die in uw browser bewaard blijft.

## Sectie "Cookies van derden". Alleen getoond als bij een cookie "een ander
## bedrijf (derde partij)" aangevinkt is (stap "Cookies"). Op
## cookies-third-parties volgt de lijst van die bedrijven (hun "Geplaatst
## door"), elk met een link naar zijn privacybeleid als een ontvanger met die
## naam er een opgeeft.
cookies-third-parties-title = Cookies van derden
cookies-third-parties = Sommige cookies worden geplaatst en uitgelezen door andere bedrijven. Die bedrijven kunnen zien dat u onze website hebt bezocht en kunnen dat combineren met andere informatie waarover zij beschikken. Waar wij samen met zo’n bedrijf bepalen waarom en hoe via onze website gegevens worden verzameld, zijn wij samen met dat bedrijf verantwoordelijk voor die verzameling; wat het bedrijf daarna met de gegevens doet, valt onder zijn eigen verantwoordelijkheid (zie zijn privacyverklaring).

## Sectie "Uw toestemming". Getoond als een cookie toestemming nodig heeft:
## elke soort behalve strikt noodzakelijke (en, voor een Nederlandse
## organisatie die de vrijstelling voor analytische cookies aanvinkte, ook
## niet de analytische). Zolang "Hoe wordt bezoekers om toestemming gevraagd?"
## (stap "Cookies") niet beantwoord is, staat er alleen een open plek
## (question-cookie-consent). De zinnen hieronder worden alleen gezegd als het
## antwoord "Met een banner, voordat de cookies geplaatst worden" is; bij een
## ander antwoord valt de sectie weg. Als er cookies zijn maar geen enkele
## toestemming nodig heeft, bevat de sectie alleen
## cookies-consent-only-necessary.
cookies-consent-title = Uw toestemming
# Als eerste getoond als het antwoord de banner is. consent-banner en de
# zinnen hieronder die van toepassing zijn, komen samen in één alinea.
consent-banner = Bij uw eerste bezoek vragen wij u in een melding of u cookies accepteert die niet strikt noodzakelijk zijn.
# $exempt is "yes" when a Dutch organisation's low-impact analytics need no consent.
# Getoond als "Zolang bezoekers niet kozen, plaatst de website alleen strikt
# noodzakelijke cookies (de andere wachten op toestemming)" aangevinkt is;
# [yes] als het "Land" Nederland is en ook "Onze analytische cookies hebben
# weinig of geen gevolgen voor de privacy en worden zonder toestemming
# geplaatst" aangevinkt is.
consent-waits-for-choice = { $exempt ->
    [yes] Zolang u geen keuze hebt gemaakt, plaatsen wij alleen strikt noodzakelijke cookies en de analytische cookies waarvoor geen toestemming nodig is.
   *[no] Zolang u geen keuze hebt gemaakt, plaatsen wij alleen strikt noodzakelijke cookies.
}
# Getoond als "Bezoekers kunnen per soort cookie kiezen" aangevinkt is.
consent-per-category = U kunt per categorie kiezen welke cookies u accepteert.
# Getoond als "Weigeren is even eenvoudig als accepteren (een weigerknop naast
# de accepteerknop)" aangevinkt is.
consent-refuse-equal = Weigeren is even eenvoudig als accepteren.
# Getoond als "Bezoekers die weigeren, kunnen de website toch gebruiken"
# aangevinkt is.
consent-no-wall = U kunt de website gebruiken, of u nu accepteert of niet.
# $months is how long the choice is kept before the banner asks again.
# Getoond als "Hoeveel maanden een keuze bewaard blijft (niet verplicht)"
# ingevuld is met meer dan 0.
consent-choice-kept = Wij bewaren uw keuze { $months ->
    [one] 1 maand
   *[other] { $months } maanden
} en vragen het u daarna opnieuw.
# Getoond als "Toestemmingstool (niet verplicht)" ingevuld is; $tool is dat
# antwoord.
consent-tool = Wij registreren uw keuze met { $tool }.
# $via zegt waar de cookie-instellingen te vinden zijn, in de woorden van de gebruiker.
# Getoond als eigen alinea, na de zinnen over de banner, als "Waar kunnen
# bezoekers hun keuze wijzigen?" ingevuld is.
consent-withdraw-via = U kunt uw toestemming op elk moment wijzigen of intrekken { $via }.
# Getoond in plaats van consent-withdraw-via als die vraag leeg gelaten is
# (alleen bij de banner).
cookies-consent-withdraw = U kunt uw toestemming op elk moment intrekken door te schrijven naar { $email } of door de cookies in uw browser te verwijderen, zoals hieronder wordt uitgelegd.
# In de plaats daarvan getoond, als hele sectie, als er cookies toegevoegd
# zijn maar geen enkele toestemming nodig heeft.
cookies-consent-only-necessary = Geen van de cookies die onze website gebruikt, vereist uw toestemming; daarom vragen wij er ook niet om.

## Sectie "Cookies blokkeren en verwijderen in uw browser". Alleen getoond als
## er minstens één cookie toegevoegd is. Op cookies-browser volgen links naar
## de hulppagina’s van Google Chrome, Mozilla Firefox, Apple Safari en
## Microsoft Edge, dan cookies-browser-effect.
cookies-browser-title = Cookies blokkeren en verwijderen in uw browser
cookies-browser = U kunt cookies ook weigeren of verwijderen via de instellingen van uw browser. Op de hulppagina’s van de gangbare browsers leest u hoe dat werkt.
cookies-browser-effect = Als u alle cookies blokkeert, werken sommige onderdelen van de website mogelijk niet meer zoals bedoeld.

## Sectie "Vragen". Altijd getoond, met beide alinea’s.
cookies-contact-title = Vragen
# $address is een link naar het e-mailadres voor privacyvragen.
cookies-contact = Hebt u een vraag over cookies of over uw gegevens, schrijf dan naar { $address }.
cookies-privacy-link = Hoe wij in het algemeen met uw persoonsgegevens omgaan, leest u in { $document }.
## Sectie "Wijzigingen in dit beleid", de laatste van het cookiebeleid. Altijd
## getoond: cookies-changes, dan privacy-changes-channels met de manieren
## waarop wijzigingen bekendgemaakt worden (of een open plek,
## question-change-notice), dan privacy-changes-effective; die twee komen uit
## privacy.ftl.
cookies-changes-title = Wijzigingen in dit beleid
# Altijd getoond, als eerste alinea van de sectie.
cookies-changes = Wij kunnen dit beleid wijzigen wanneer ons gebruik van cookies verandert.
