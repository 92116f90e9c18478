## Het cookiebeleid. Dezelfde argumenten als in privacy.ftl zijn beschikbaar.

# .inline: de titel in lopende tekst, met het bezittelijk voornaamwoord dat
# erbij hoort; zie privacy-cookies en cookies-privacy-link.
cookies-title = Cookiebeleid
    .inline = ons cookiebeleid

cookies-introduction-title = Over dit beleid
cookies-introduction = { $website-count ->
    [0] In dit beleid leest u of en welke cookies en vergelijkbare technieken { $org } gebruikt, en waarom.
    [one] In dit beleid leest u of en welke cookies en vergelijkbare technieken { $org } gebruikt op { $website }, en waarom.
   *[other] In dit beleid leest u of en welke cookies en vergelijkbare technieken op { $website } en op de andere websites van { $org } worden gebruikt, en waarom.
}

cookies-what-title = Wat zijn cookies?
cookies-what = Een cookie is een klein tekstbestand dat een website in uw browser opslaat wanneer u die website bezoekt. Bij een volgend bezoek kan de website of een derde partij de cookie opnieuw uitlezen, bijvoorbeeld om uw keuzes te onthouden of om uw apparaat te herkennen.
cookies-what-similar = Andere technieken werken op een vergelijkbare manier en vallen ook onder dit beleid: lokale opslag en sessieopslag in uw browser, trackingpixels (piepkleine afbeeldingen die melden dat een pagina of e-mail is geopend) en softwareonderdelen van andere bedrijven die in onze website zijn ingebouwd.
cookies-what-personal-data = Cookies kunnen persoonsgegevens bevatten, zoals een unieke code waarmee uw apparaat kan worden herkend. In dat geval geldt ook onze privacyverklaring.

cookies-categories-title = De soorten cookies die wij gebruiken
# Dutch law (art. 11.7a(3)(b) Telecommunicatiewet) also exempts analytics
# cookies with little or no effect on privacy.
cookies-categories = { $country-code ->
    [NL] Wij gebruiken de volgende soorten cookies. De wet staat toe dat strikt noodzakelijke cookies, en analytische cookies die weinig of geen gevolgen hebben voor uw privacy, zonder uw toestemming worden geplaatst.
   *[other] Wij gebruiken de volgende soorten cookies. Alleen strikt noodzakelijke cookies mogen zonder uw toestemming worden geplaatst.
}
# After a kind of cookie: the purposes it serves, by their names.
cookies-category-purposes = Ze worden geplaatst voor: { $purposes }.
# Alleen als een toestemmingsbanner is geantwoord.
cookies-categories-consent = Voor alle andere soorten vragen wij eerst uw toestemming.
cookies-none = Onze website gebruikt geen cookies of vergelijkbare technieken.

cookies-list-title = Overzicht van onze cookies
cookies-list = Hieronder vindt u per cookie wie die plaatst, waarvoor die dient en hoelang die in uw browser bewaard blijft.

cookies-third-parties-title = Cookies van derden
cookies-third-parties = Sommige cookies worden geplaatst en uitgelezen door andere bedrijven. Die bedrijven kunnen zien dat u onze website hebt bezocht en kunnen dat combineren met andere informatie waarover zij beschikken. Waar wij samen met zo'n bedrijf bepalen waarom en hoe via onze website gegevens worden verzameld, zijn wij samen met dat bedrijf verantwoordelijk voor die verzameling; wat het bedrijf daarna met de gegevens doet, valt onder zijn eigen privacyverklaring.

cookies-consent-title = Uw toestemming
consent-banner = Bij uw eerste bezoek vragen wij u in een melding of u cookies accepteert die niet strikt noodzakelijk zijn.
# $exempt is "yes" when a Dutch organisation's low-impact analytics need no consent.
consent-waits-for-choice = { $exempt ->
    [yes] Zolang u geen keuze hebt gemaakt, plaatsen wij alleen strikt noodzakelijke cookies en de analytische cookies waarvoor geen toestemming nodig is.
   *[no] Zolang u geen keuze hebt gemaakt, plaatsen wij alleen strikt noodzakelijke cookies.
}
consent-per-category = U kunt per categorie kiezen welke cookies u accepteert.
consent-refuse-equal = Weigeren is even eenvoudig als accepteren.
consent-no-wall = U kunt de website gebruiken, of u nu accepteert of niet.
# $months is how long the choice is kept before the banner asks again.
consent-choice-kept = Wij bewaren uw keuze { $months ->
    [one] 1 maand
   *[other] { $months } maanden
} en vragen het u daarna opnieuw.
consent-tool = Wij registreren uw keuze met { $tool }.
# $via zegt waar de cookie-instellingen te vinden zijn, in de woorden van de gebruiker.
consent-withdraw-via = U kunt uw toestemming op elk moment wijzigen of intrekken { $via }.
cookies-consent-withdraw = U kunt uw toestemming op elk moment intrekken door te schrijven naar { $email } of door de cookies in uw browser te verwijderen, zoals hieronder wordt uitgelegd.
cookies-consent-only-necessary = Wij gebruiken alleen strikt noodzakelijke cookies. Daarvoor is uw toestemming niet nodig, dus vragen wij er ook niet om.

cookies-browser-title = Cookies blokkeren en verwijderen in uw browser
cookies-browser = U kunt cookies ook weigeren of verwijderen via de instellingen van uw browser. Op de hulppagina's van de gangbare browsers leest u hoe dat werkt.
cookies-browser-effect = Als u alle cookies blokkeert, werken sommige onderdelen van de website mogelijk niet meer zoals bedoeld.

cookies-contact-title = Vragen
# $address is een link naar het e-mailadres voor privacyvragen.
cookies-contact = Hebt u een vraag over cookies of over uw gegevens, schrijf dan naar { $address }.
cookies-privacy-link = Hoe wij in het algemeen met uw persoonsgegevens omgaan, leest u in { $document }.
cookies-changes-title = Wijzigingen in dit beleid
cookies-changes = Wij kunnen dit beleid wijzigen wanneer de cookies die wij gebruiken veranderen.
