## De dienstencatalogus (templates/services.ron): wat elke dienst voor de
## organisatie doet, zoals de tabel met ontvangers het zegt, en waarvoor
## elk van zijn cookies dient, zoals de cookietabel het zegt. Alleen
## feiten: namen, bedrijven en looptijden staan als gegevens in
## services.ron, niet hier. Deze teksten worden in een project gekopieerd
## wanneer een dienst wordt toegevoegd, in alle talen tegelijk; een
## wijziging hier verandert een project pas wanneer de dienst opnieuw wordt
## toegevoegd.

# Een ontvanger genoemd naar het product en het bedrijf erachter, zoals
# "Google Analytics (Google Ireland Limited)".
catalog-recipient-name = { $service } ({ $company })

## Soorten diensten, zoals de opdracht services ze toont.
catalog-kind-analytics = websitestatistieken
catalog-kind-advertising = advertenties en trackingpixels
catalog-kind-email-marketing = e-mailmarketing
catalog-kind-crm-erp = CRM en ERP
catalog-kind-accounting = boekhouding en facturatie
catalog-kind-payment = betalingen
catalog-kind-webshop = webshopplatformen
catalog-kind-hosting = hosting en cloud
catalog-kind-office = kantoorsoftware
catalog-kind-video = ingesloten video
catalog-kind-support = chat en klantenservice
catalog-kind-security = beveiliging en CDN
catalog-kind-consent = toestemmingsbeheer
catalog-kind-forms = formulieren en afspraken
catalog-kind-payroll = loonadministratie en HR

## Waarvoor een dienst gewoonlijk gebruikt wordt.
catalog-purpose-website-statistics = websitestatistieken
catalog-purpose-advertising = advertenties
catalog-purpose-newsletter = nieuwsbrief en e-mailcampagnes
catalog-purpose-customer-relations = klantenbeheer
catalog-purpose-accounting = boekhouding
catalog-purpose-invoicing = facturatie
catalog-purpose-payments = betalingen
catalog-purpose-online-sales = online verkoop
catalog-purpose-hosting = hosting
catalog-purpose-email = e-mail
catalog-purpose-collaboration = samenwerken en vergaderen
catalog-purpose-file-sharing = bestanden bewaren en delen
catalog-purpose-embedded-video = video op de website
catalog-purpose-customer-support = klantenservice
catalog-purpose-website-security = beveiliging van de website
catalog-purpose-consent-records = cookietoestemming vastleggen
catalog-purpose-appointments = afspraken
catalog-purpose-forms = formulieren en enquêtes
catalog-purpose-payroll = loonadministratie
catalog-purpose-personnel-administration = personeelsadministratie
catalog-purpose-recruitment = werving en selectie

## Wat elke dienst voor ons doet (de "dienst" van een ontvanger).
catalog-service-google-analytics = Meet hoe bezoekers onze website gebruiken en verwerkt dat tot bezoekersstatistieken.
catalog-service-matomo = Meet hoe bezoekers onze website gebruiken; de software draait op onze eigen webserver, zodat de statistieken bij ons blijven.
catalog-service-matomo-cloud = Meet hoe bezoekers onze website gebruiken en bewaart de bezoekersstatistieken voor ons op zijn servers.
catalog-service-plausible = Telt bezoeken aan onze website zonder cookies en zonder IP-adressen te bewaren.
catalog-service-simple-analytics = Telt bezoeken aan onze website zonder cookies en zonder profielen van bezoekers op te bouwen.
catalog-service-hotjar = Toont ons hoe bezoekers klikken, scrollen en door onze webpagina's gaan, zodat wij ze gebruiksvriendelijker kunnen maken.
catalog-service-google-ads = Toont onze advertenties op Google en op andere websites, en meet welke ervan tot een bezoek of een bestelling leiden.
catalog-service-meta-pixel = Meet het effect van onze advertenties op Facebook en Instagram en laat ons die tonen aan bezoekers van onze website.
catalog-service-linkedin-insight = Meet het effect van onze advertenties op LinkedIn en geeft ons statistieken over het beroepsprofiel van onze bezoekers.
catalog-service-microsoft-advertising = Toont onze advertenties op Bing en meet welke ervan tot een bezoek of een bestelling leiden.
catalog-service-mailchimp = Verstuurt onze nieuwsbrieven en e-mailcampagnes en beheert de lijst van ingeschreven lezers.
catalog-service-brevo = Verstuurt onze nieuwsbrieven en e-mailcampagnes en beheert de lijst van ingeschreven lezers.
catalog-service-flexmail = Verstuurt onze nieuwsbrieven en e-mailcampagnes en beheert de lijst van ingeschreven lezers.
catalog-service-mailerlite = Verstuurt onze nieuwsbrieven en e-mailcampagnes en beheert de lijst van ingeschreven lezers.
catalog-service-hubspot = Beheert ons klanten- en prospectenbestand, verstuurt onze marketingmails en meet bezoeken aan onze website.
catalog-service-teamleader = Beheert ons klantenbestand, onze offertes, projecten en facturen.
catalog-service-odoo = Draait onze bedrijfssoftware: klantenbestand, verkoop, facturatie en, waar wij die gebruiken, onze webshop.
catalog-service-pipedrive = Beheert ons klanten- en prospectenbestand en volgt onze verkoop op.
catalog-service-exact-online = Voert onze boekhouding en facturatie online.
catalog-service-yuki = Voert onze boekhouding online en verwerkt onze aankoop- en verkoopfacturen.
catalog-service-billit = Verstuurt en ontvangt onze facturen, ook elektronisch, en geeft ze door aan onze boekhouding.
catalog-service-moneybird = Voert onze boekhouding en facturatie online.
catalog-service-mollie = Verwerkt online betalingen en voert daarbij als betaalinstelling zijn eigen wettelijk verplichte controles uit.
catalog-service-stripe = Verwerkt online betalingen en voert daarbij als betaalinstelling zijn eigen controles tegen fraude en witwassen uit.
catalog-service-paypal = Verwerkt betalingen met een PayPal-rekening of een kaart via PayPal, onder zijn eigen verantwoordelijkheid als bank.
catalog-service-adyen = Verwerkt online betalingen en betalingen in de winkel en voert daarbij als betaalinstelling zijn eigen wettelijk verplichte controles uit.
catalog-service-multisafepay = Verwerkt online betalingen en voert daarbij als betaalinstelling zijn eigen wettelijk verplichte controles uit.
catalog-service-shopify = Host onze webshop en verwerkt de bestellingen die erin geplaatst worden.
catalog-service-woocommerce = Laat de webshop op onze eigen website werken; de bestellingen blijven op onze eigen webserver.
catalog-service-lightspeed = Host onze webshop en verwerkt de bestellingen die erin geplaatst worden.
catalog-service-wix = Host onze website en, waar wij die gebruiken, onze webshop en de bestellingen daarin.
catalog-service-squarespace = Host onze website en, waar wij die gebruiken, onze webshop en de bestellingen daarin.
catalog-service-combell = Host onze website en e-mail in zijn datacenters.
catalog-service-ovhcloud = Host onze website of toepassingen op zijn servers.
catalog-service-aws = Host onze toepassingen en gegevens op zijn servers in de regio die wij kozen.
catalog-service-hetzner = Host onze website of toepassingen op zijn servers.
catalog-service-transip = Host onze website, domeinnamen en e-mail.
catalog-service-dropbox = Bewaart onze bestanden en laat ons die delen.
catalog-service-wetransfer = Verstuurt grote bestanden voor ons, of naar ons, via een downloadlink.
catalog-service-microsoft-365 = Levert onze e-mail, agenda's, documenten en videovergaderingen.
catalog-service-google-workspace = Levert onze e-mail, agenda's, documenten en videovergaderingen.
catalog-service-zoom = Verzorgt onze videovergaderingen en webinars.
catalog-service-slack = Verzorgt de berichten die ons team uitwisselt, ook over klanten en projecten.
catalog-service-youtube = Speelt de YouTube-video's af die op onze website staan; YouTube beslist zelf wat het doet met wat het leert wanneer u kijkt.
catalog-service-vimeo = Speelt de Vimeo-video's af die op onze website staan en houdt kijkstatistieken bij.
catalog-service-intercom = Laat het chatvenster op onze website werken en bewaart de gesprekken met onze klanten.
catalog-service-zendesk = Bewaart de vragen die onze klanten ons sturen en onze antwoorden daarop.
catalog-service-crisp = Laat het chatvenster op onze website werken en bewaart de gesprekken met onze klanten.
catalog-service-whatsapp-business = Verzorgt de berichten die wij via WhatsApp met klanten uitwisselen; WhatsApp beslist zelf wat het doet met de gegevens van zijn gebruikers.
catalog-service-cloudflare = Levert onze website snel af en beschermt ze tegen aanvallen en misbruik.
catalog-service-recaptcha = Gaat na of een formulier op onze website door een mens wordt ingevuld en niet door een programma dat spam verstuurt.
catalog-service-bunny-net = Levert de afbeeldingen en bestanden van onze website snel af vanaf servers dicht bij de bezoeker.
catalog-service-friendly-captcha = Gaat zonder cookies na of een formulier op onze website door een mens wordt ingevuld.
catalog-service-cookiebot = Vraagt bezoekers om toestemming voor cookies en houdt de gemaakte keuzes bij.
catalog-service-complianz = Vraagt bezoekers om toestemming voor cookies; de plug-in draait op onze eigen website.
catalog-service-cookieyes = Vraagt bezoekers om toestemming voor cookies en houdt de gemaakte keuzes bij.
catalog-service-usercentrics = Vraagt bezoekers om toestemming voor cookies en houdt de gemaakte keuzes bij.
catalog-service-calendly = Laat mensen online een afspraak met ons boeken en beheert onze afsprakenagenda.
catalog-service-typeform = Laat de formulieren en enquêtes op onze website werken en bewaart de antwoorden voor ons.
catalog-service-tally = Laat de formulieren en enquêtes op onze website werken en bewaart de antwoorden voor ons.
catalog-service-sd-worx = Berekent als ons sociaal secretariaat de lonen en doet de aangiften bij de sociale zekerheid en de belastingen voor onze medewerkers.
catalog-service-securex = Berekent als ons sociaal secretariaat de lonen en doet de aangiften bij de sociale zekerheid en de belastingen voor onze medewerkers.
catalog-service-partena = Berekent als ons sociaal secretariaat de lonen en doet de aangiften bij de sociale zekerheid en de belastingen voor onze medewerkers.
catalog-service-acerta = Berekent als ons sociaal secretariaat de lonen en doet de aangiften bij de sociale zekerheid en de belastingen voor onze medewerkers.
catalog-service-liantis = Berekent als ons sociaal secretariaat de lonen en doet de aangiften bij de sociale zekerheid en de belastingen voor onze medewerkers.
catalog-service-nmbrs = Voert onze loonadministratie en personeelsadministratie online.
catalog-service-personio = Beheert onze personeelsdossiers en de sollicitaties die wij ontvangen.

## Waarvoor elke cookie dient, per naam (catalog-cookie-<naam>, met
## -prefix voor een naam die verder loopt, zoals _ga_*).
catalog-cookie-ga = Geeft uw browser een willekeurig nummer, zodat Google Analytics nieuwe en terugkerende bezoekers kan onderscheiden.
catalog-cookie-ga-prefix = Onthoudt het lopende bezoek en het hoeveelste bezoek het is, zodat Google Analytics paginaweergaven per bezoek kan tellen.
catalog-cookie-gid = Herkent uw browser gedurende één dag, voor de dagelijkse bezoekerscijfers van Google Analytics.
catalog-cookie-gat = Remt af hoe vaak Google Analytics gegevens verstuurt, zodat drukke pagina's niet te veel tegelijk doorsturen.
catalog-cookie-dc-gtm-prefix = Remt af hoe vaak Google Analytics, geladen via Google Tag Manager, gegevens verstuurt.
catalog-cookie-pk-id-prefix = Geeft uw browser een willekeurig bezoekersnummer, zodat Matomo terugkerende bezoekers kan herkennen.
catalog-cookie-pk-ses-prefix = Houdt de pagina's die u tijdens één bezoek bekijkt samen in de statistieken van Matomo.
catalog-cookie-pk-ref-prefix = Onthoudt hoe u onze website voor het eerst bereikte, zoals via een zoekmachine of een link op een andere website.
catalog-cookie-pk-cvar-prefix = Bewaart even extra gegevens over het lopende bezoek voor de statistieken van Matomo.
catalog-cookie-pk-hsr-prefix = Houdt de heatmap of sessie-opname van het lopende bezoek samen in Matomo.
catalog-cookie-hjSessionUser-prefix = Geeft uw browser een willekeurig Hotjar-gebruikersnummer, zodat latere bezoeken aan onze website als dezelfde bezoeker tellen.
catalog-cookie-hjSession-prefix = Houdt de pagina's die u tijdens één bezoek bekijkt samen in Hotjar.
catalog-cookie-hjAbsoluteSessionInProgress = Laat Hotjar de eerste paginaweergave van een bezoek opmerken, om bezoeken te tellen.
catalog-cookie-gcl-au = Koppelt een bezoek aan onze website aan een Google-advertentie waarop u klikte, om te meten of onze advertenties tot bestellingen leiden.
catalog-cookie-gcl-aw = Onthoudt de klik op een Google-advertentie die u naar onze website bracht, om het effect ervan te meten.
catalog-cookie-IDE = Laat Google u op andere websites advertenties tonen op basis van uw eerdere bezoeken, en die meten.
catalog-cookie-test-cookie = Gaat na of uw browser cookies van de advertentiedienst van Google aanvaardt.
catalog-cookie-fbp = Geeft uw browser een nummer, zodat Meta bezoeken aan onze website kan koppelen aan onze advertenties op Facebook en Instagram.
catalog-cookie-fbc = Onthoudt de klik op een advertentie op Facebook of Instagram die u naar onze website bracht.
catalog-cookie-fr = Laat Meta uw browser herkennen om advertenties te tonen en te meten, ook als u niet aangemeld bent.
catalog-cookie-li-sugr = Laat LinkedIn proberen uw browser van elders te herkennen, om onze advertenties te meten.
catalog-cookie-bcookie = Identificeert uw browser bij LinkedIn, ook op andere websites met inhoud van LinkedIn.
catalog-cookie-lidc = Laat LinkedIn het datacenter kiezen dat de verzoeken van uw browser afhandelt.
catalog-cookie-UserMatchHistory = Laat LinkedIn uw browser koppelen aan zijn eigen gegevens, om onze advertenties te tonen en te meten.
catalog-cookie-AnalyticsSyncHistory = Onthoudt wanneer LinkedIn uw browser voor het laatst met zijn eigen gegevens koppelde.
catalog-cookie-uetsid = Houdt uw bezoeken van één dag samen, zodat Microsoft Advertising onze advertenties kan meten.
catalog-cookie-uetvid = Geeft uw browser een nummer, zodat Microsoft Advertising latere bezoeken aan onze advertenties kan koppelen.
catalog-cookie-MUID = Identificeert uw browser op de websites en diensten van Microsoft, voor advertenties.
catalog-cookie-hssc = Houdt de pagina's die u tijdens één bezoek bekijkt samen in de statistieken van HubSpot.
catalog-cookie-hssrc = Laat HubSpot opmerken dat u uw browser opnieuw startte, om een nieuw bezoek van het lopende te onderscheiden.
catalog-cookie-stripe-mid = Laat Stripe uw browser herkennen om fraude met betalingen te voorkomen.
catalog-cookie-stripe-sid = Laat Stripe het lopende bezoek herkennen om fraude met betalingen te voorkomen.
catalog-cookie-tracking-consent = Onthoudt uw keuzes over cookies in onze webshop.
catalog-cookie-cart = Onthoudt wat er in uw winkelmandje zit.
catalog-cookie-secure-customer-sig = Houdt u aangemeld in uw klantenaccount in onze webshop.
catalog-cookie-keep-alive = Houdt uw bezoek aan onze webshop gaande terwijl u van pagina naar pagina gaat.
catalog-cookie-shopify-y = Geeft uw browser een nummer, zodat de statistieken van de webshop terugkerende bezoekers kunnen herkennen.
catalog-cookie-shopify-s = Houdt de pagina's die u tijdens één bezoek bekijkt samen in de statistieken van de webshop.
catalog-cookie-wp-woocommerce-session-prefix = Koppelt uw browser aan uw winkelmandje, zodat de webshop weet wat u gekozen hebt.
catalog-cookie-woocommerce-cart-hash = Merkt op wanneer de inhoud van uw winkelmandje verandert.
catalog-cookie-woocommerce-items-in-cart = Onthoudt of er iets in uw winkelmandje zit.
catalog-cookie-woocommerce-recently-viewed = Onthoudt de producten die u bekeek, om ze opnieuw te tonen.
catalog-cookie-YSC = Houdt één kijksessie van een ingesloten YouTube-video samen; YouTube gebruikt ze ook tegen misbruik.
catalog-cookie-VISITOR-INFO1-LIVE = Laat YouTube de instellingen en het kijkgedrag van uw browser onthouden, ook voor zijn aanbevelingen en advertenties.
catalog-cookie-vuid = Geeft uw browser een nummer, zodat Vimeo kan tellen wie onze video's bekijkt.
catalog-cookie-intercom-id-prefix = Herkent uw browser in ons chatvenster, zodat een eerder gesprek kan worden voortgezet.
catalog-cookie-intercom-session-prefix = Houdt u een week lang verbonden met uw gesprekken in ons chatvenster.
catalog-cookie-intercom-device-id-prefix = Herkent het toestel dat ons chatvenster gebruikt, om misbruik te voorkomen.
catalog-cookie-cf-bm = Helpt Cloudflare bezoekers te onderscheiden van geautomatiseerde programma's, om onze website te beschermen.
catalog-cookie-cfruid = Laat Cloudflare bezoekers herkennen die één IP-adres delen, zodat beperkingen tegen misbruik hen niet treffen.
catalog-cookie-cfuvid = Laat Cloudflare bezoekers herkennen die één IP-adres delen, zodat beperkingen tegen misbruik hen niet treffen.
catalog-cookie-GRECAPTCHA = Laat Google reCAPTCHA inschatten of een formulier door een mens wordt ingevuld, om spam te weren.
catalog-cookie-CookieConsent = Onthoudt welke soorten cookies u aanvaard of geweigerd hebt, zodat wij het niet op elke pagina opnieuw vragen.
catalog-cookie-cmplz-prefix = Onthouden welke soorten cookies u aanvaard of geweigerd hebt, zodat wij het niet op elke pagina opnieuw vragen.
catalog-cookie-cookieyes-consent = Onthoudt welke soorten cookies u aanvaard of geweigerd hebt, zodat wij het niet op elke pagina opnieuw vragen.
