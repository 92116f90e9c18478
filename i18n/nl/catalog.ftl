## De dienstencatalogus (templates/services.ron): wat elke dienst voor de
## organisatie doet, zoals de tabel met ontvangers het zegt, en waarvoor
## elk van zijn cookies dient, zoals de cookietabel het zegt. Alleen
## feiten: namen, bedrijven en looptijden staan als gegevens in
## services.ron, niet hier. Deze teksten worden in een project gekopieerd
## wanneer een dienst wordt toegevoegd, in alle talen tegelijk; een
## wijziging hier verandert een project pas wanneer de dienst opnieuw wordt
## toegevoegd.
## Waar ze verschijnen: catalog-kind-* bij het zoeken naar diensten in de
## wizard (stap “Ontvangers”, onder elke gevonden dienst, na het bedrijf) en op
## elke regel van “policywright services”; het zoeken vindt ook deze woorden.
## De teksten van diensten en cookies worden in een project gekopieerd wanneer
## een dienst toegevoegd wordt (het zoeken bij stap “Ontvangers”, of
## “policywright add-service”) of wanneer geïmporteerde cookies herkend worden
## (het importformulier bij stap “Cookies”, of “policywright import-cookies”):
## de eigenaar ziet ze dan in het veld “Wat doen zij met de gegevens?” van de
## ontvanger of “Waarvoor dient ze?” van de cookie, en de documenten drukken ze
## af bij de ontvangers in de privacyverklaring en in de cookietabellen van het
## cookiebeleid. remove-service verwijdert alleen items waarvan de teksten nog
## gelijk zijn aan deze; een tekst hier wijzigen laat het dus eerder
## toegevoegde items behouden.

# Een ontvanger genoemd naar het product en het bedrijf erachter, zoals
# "Google Analytics (Google Ireland Limited)".
# Ook het “Geplaatst door” van de cookies van de dienst (in de eerste
# documenttaal van het project). Niet gebruikt wanneer de naam van het bedrijf
# de naam van het product al bevat (dan alleen het bedrijf).
catalog-recipient-name = { $service } ({ $company })

## Soorten diensten, zoals de opdracht services ze toont.
# Diensten van deze soort: Google Analytics, Matomo, Matomo Cloud, Plausible
# Analytics, Simple Analytics, Hotjar.
catalog-kind-analytics = websitestatistieken
# Diensten van deze soort: Google Ads, Meta Pixel, LinkedIn Insight Tag,
# Microsoft Advertising.
catalog-kind-advertising = advertenties en trackingpixels
# Diensten van deze soort: Mailchimp, Brevo, Flexmail, MailerLite.
catalog-kind-email-marketing = e-mailmarketing
# Diensten van deze soort: HubSpot, Teamleader, Odoo, Pipedrive.
catalog-kind-crm-erp = CRM en ERP
# Diensten van deze soort: Exact Online, Yuki, Billit, Moneybird.
catalog-kind-accounting = boekhouding en facturatie
# Diensten van deze soort: Mollie, Stripe, PayPal, Adyen, MultiSafepay.
catalog-kind-payment = betalingen
# Diensten van deze soort: Shopify, WooCommerce, Lightspeed eCom, Wix,
# Squarespace.
catalog-kind-webshop = webshopplatformen
# Diensten van deze soort: Combell, OVHcloud, Amazon Web Services, Hetzner,
# TransIP, Dropbox, WeTransfer.
catalog-kind-hosting = hosting en cloud
# Diensten van deze soort: Microsoft 365, Google Workspace, Zoom, Slack.
catalog-kind-office = kantoorsoftware
# Diensten van deze soort: YouTube, Vimeo.
catalog-kind-video = ingesloten video
# Diensten van deze soort: Intercom, Zendesk, Crisp, WhatsApp Business.
catalog-kind-support = chat en klantenservice
# Diensten van deze soort: Cloudflare, Google reCAPTCHA, bunny.net, Friendly
# Captcha.
catalog-kind-security = beveiliging en CDN
# Diensten van deze soort: Cookiebot, Complianz, CookieYes, Usercentrics.
catalog-kind-consent = toestemmingsbeheer
# Diensten van deze soort: Calendly, Typeform, Tally.
catalog-kind-forms = formulieren en afspraken
# Diensten van deze soort: SD Worx, Securex, Partena Professional, Acerta,
# Liantis, Nmbrs, Personio.
catalog-kind-payroll = loonadministratie en HR

## Waarvoor een dienst gewoonlijk gebruikt wordt.
## Wordt momenteel nergens door het programma getoond: services.ron vermeldt ze
## per dienst (purposes), en alleen een test controleert dat elke tekst
## bestaat.
# Vermeld bij: Google Analytics, Matomo, Matomo Cloud, Plausible Analytics,
# Simple Analytics, Hotjar.
catalog-purpose-website-statistics = websitestatistieken
# Vermeld bij: Google Ads, Meta Pixel, LinkedIn Insight Tag, Microsoft
# Advertising.
catalog-purpose-advertising = advertenties
# Vermeld bij: Mailchimp, Brevo, Flexmail, MailerLite, HubSpot.
catalog-purpose-newsletter = nieuwsbrief en e-mailcampagnes
# Vermeld bij: HubSpot, Teamleader, Odoo, Pipedrive.
catalog-purpose-customer-relations = klantenbeheer
# Vermeld bij: Exact Online, Yuki, Billit, Moneybird.
catalog-purpose-accounting = boekhouding
# Vermeld bij: Teamleader, Odoo, Exact Online, Billit, Moneybird.
catalog-purpose-invoicing = facturatie
# Vermeld bij: Mollie, Stripe, PayPal, Adyen, MultiSafepay.
catalog-purpose-payments = betalingen
# Vermeld bij: Odoo, Shopify, WooCommerce, Lightspeed eCom, Wix, Squarespace.
catalog-purpose-online-sales = online verkoop
# Vermeld bij: Shopify, Lightspeed eCom, Wix, Squarespace, Combell, OVHcloud,
# Amazon Web Services, Hetzner, TransIP, Cloudflare, bunny.net.
catalog-purpose-hosting = hosting
# Vermeld bij: Combell, TransIP, Microsoft 365, Google Workspace.
catalog-purpose-email = e-mail
# Vermeld bij: Microsoft 365, Google Workspace, Zoom, Slack.
catalog-purpose-collaboration = samenwerken en vergaderen
# Vermeld bij: Dropbox, WeTransfer, Microsoft 365, Google Workspace.
catalog-purpose-file-sharing = bestanden bewaren en delen
# Vermeld bij: YouTube, Vimeo.
catalog-purpose-embedded-video = video op de website
# Vermeld bij: Intercom, Zendesk, Crisp, WhatsApp Business.
catalog-purpose-customer-support = klantenservice
# Vermeld bij: Cloudflare, Google reCAPTCHA, Friendly Captcha.
catalog-purpose-website-security = beveiliging van de website
# Vermeld bij: Cookiebot, Complianz, CookieYes, Usercentrics.
catalog-purpose-consent-records = cookietoestemming vastleggen
# Vermeld bij: Calendly.
catalog-purpose-appointments = afspraken
# Vermeld bij: Typeform, Tally.
catalog-purpose-forms = formulieren en enquêtes
# Vermeld bij: SD Worx, Securex, Partena Professional, Acerta, Liantis, Nmbrs.
catalog-purpose-payroll = loonadministratie
# Vermeld bij: SD Worx, Securex, Partena Professional, Acerta, Liantis, Nmbrs,
# Personio.
catalog-purpose-personnel-administration = personeelsadministratie
# Vermeld bij: Personio.
catalog-purpose-recruitment = werving en selectie

## Wat elke dienst voor ons doet (de "dienst" van een ontvanger).
## Gekopieerd in het veld “Wat doen zij met de gegevens?” van de ontvanger die
## de dienst toevoegt (stap “Ontvangers”).
# Google Analytics (Google Ireland Limited), soort “websitestatistieken”,
# gewoonlijk een verwerker.
catalog-service-google-analytics = Meet hoe bezoekers onze website gebruiken en verwerkt dat tot bezoekersstatistieken.
# Matomo (InnoCraft Ltd), soort “websitestatistieken”. Draait op de eigen
# website van de organisatie, dus toevoegen voegt geen ontvanger toe: deze
# tekst wordt momenteel niet gebruikt.
catalog-service-matomo = Meet hoe bezoekers onze website gebruiken; de software draait op onze eigen webserver, zodat de statistieken bij ons blijven.
# Matomo Cloud (InnoCraft Ltd), soort “websitestatistieken”, gewoonlijk een
# verwerker.
catalog-service-matomo-cloud = Meet hoe bezoekers onze website gebruiken en bewaart de bezoekersstatistieken voor ons op zijn servers.
# Plausible Analytics (Plausible Insights OÜ), soort “websitestatistieken”,
# gewoonlijk een verwerker.
catalog-service-plausible = Telt bezoeken aan onze website zonder cookies en zonder IP-adressen te bewaren.
# Simple Analytics (Simple Analytics B.V.), soort “websitestatistieken”,
# gewoonlijk een verwerker.
catalog-service-simple-analytics = Telt bezoeken aan onze website zonder cookies en zonder profielen van bezoekers op te bouwen.
# Hotjar (Hotjar Ltd), soort “websitestatistieken”, gewoonlijk een verwerker.
catalog-service-hotjar = Toont ons hoe bezoekers klikken, scrollen en door onze webpagina's gaan, zodat wij ze gebruiksvriendelijker kunnen maken.
# Google Ads (Google Ireland Limited), soort “advertenties en trackingpixels”,
# gewoonlijk een zelfstandige verwerkingsverantwoordelijke.
catalog-service-google-ads = Toont onze advertenties op Google en op andere websites, en meet welke ervan tot een bezoek of een bestelling leiden.
# Meta Pixel (Meta Platforms Ireland Limited), soort “advertenties en
# trackingpixels”, gewoonlijk een gezamenlijke verwerkingsverantwoordelijke.
catalog-service-meta-pixel = Meet het effect van onze advertenties op Facebook en Instagram en laat ons die tonen aan bezoekers van onze website.
# LinkedIn Insight Tag (LinkedIn Ireland Unlimited Company), soort
# “advertenties en trackingpixels”, gewoonlijk een gezamenlijke
# verwerkingsverantwoordelijke.
catalog-service-linkedin-insight = Meet het effect van onze advertenties op LinkedIn en geeft ons statistieken over het beroepsprofiel van onze bezoekers.
# Microsoft Advertising (Microsoft Ireland Operations Limited), soort
# “advertenties en trackingpixels”, gewoonlijk een zelfstandige
# verwerkingsverantwoordelijke.
catalog-service-microsoft-advertising = Toont onze advertenties op Bing en meet welke ervan tot een bezoek of een bestelling leiden.
# Mailchimp (The Rocket Science Group LLC), soort “e-mailmarketing”, gewoonlijk
# een verwerker.
catalog-service-mailchimp = Verstuurt onze nieuwsbrieven en e-mailcampagnes en beheert de lijst van ingeschreven lezers.
# Brevo (Sendinblue SAS), soort “e-mailmarketing”, gewoonlijk een verwerker.
catalog-service-brevo = Verstuurt onze nieuwsbrieven en e-mailcampagnes en beheert de lijst van ingeschreven lezers.
# Flexmail (Flexmail NV), soort “e-mailmarketing”, gewoonlijk een verwerker.
catalog-service-flexmail = Verstuurt onze nieuwsbrieven en e-mailcampagnes en beheert de lijst van ingeschreven lezers.
# MailerLite (UAB MailerLite), soort “e-mailmarketing”, gewoonlijk een
# verwerker.
catalog-service-mailerlite = Verstuurt onze nieuwsbrieven en e-mailcampagnes en beheert de lijst van ingeschreven lezers.
# HubSpot (HubSpot Ireland Limited), soort “CRM en ERP”, gewoonlijk een
# verwerker.
catalog-service-hubspot = Beheert ons klanten- en prospectenbestand, verstuurt onze marketingmails en meet bezoeken aan onze website.
# Teamleader (Teamleader NV), soort “CRM en ERP”, gewoonlijk een verwerker.
catalog-service-teamleader = Beheert ons klantenbestand, onze offertes, projecten en facturen.
# Odoo (Odoo SA), soort “CRM en ERP”, gewoonlijk een verwerker.
catalog-service-odoo = Draait onze bedrijfssoftware: klantenbestand, verkoop, facturatie en, waar wij die gebruiken, onze webshop.
# Pipedrive (Pipedrive OÜ), soort “CRM en ERP”, gewoonlijk een verwerker.
catalog-service-pipedrive = Beheert ons klanten- en prospectenbestand en volgt onze verkoop op.
# Exact Online (Exact Group B.V.), soort “boekhouding en facturatie”,
# gewoonlijk een verwerker.
catalog-service-exact-online = Voert onze boekhouding en facturatie online.
# Yuki (Yuki Works B.V.), soort “boekhouding en facturatie”, gewoonlijk een
# verwerker.
catalog-service-yuki = Voert onze boekhouding online en verwerkt onze aankoop- en verkoopfacturen.
# Billit (Billit BV), soort “boekhouding en facturatie”, gewoonlijk een
# verwerker.
catalog-service-billit = Verstuurt en ontvangt onze facturen, ook elektronisch, en geeft ze door aan onze boekhouding.
# Moneybird (Moneybird B.V.), soort “boekhouding en facturatie”, gewoonlijk een
# verwerker.
catalog-service-moneybird = Voert onze boekhouding en facturatie online.
# Mollie (Mollie B.V.), soort “betalingen”, gewoonlijk een zelfstandige
# verwerkingsverantwoordelijke.
catalog-service-mollie = Verwerkt online betalingen en voert daarbij als betaalinstelling zijn eigen wettelijk verplichte controles uit.
# Stripe (Stripe Payments Europe, Limited), soort “betalingen”, gewoonlijk een
# zelfstandige verwerkingsverantwoordelijke.
catalog-service-stripe = Verwerkt online betalingen en voert daarbij als betaalinstelling zijn eigen controles tegen fraude en witwassen uit.
# PayPal (PayPal (Europe) S.à r.l. et Cie, S.C.A.), soort “betalingen”,
# gewoonlijk een zelfstandige verwerkingsverantwoordelijke.
catalog-service-paypal = Verwerkt betalingen met een PayPal-rekening of een kaart via PayPal, onder zijn eigen verantwoordelijkheid als bank.
# Adyen (Adyen N.V.), soort “betalingen”, gewoonlijk een zelfstandige
# verwerkingsverantwoordelijke.
catalog-service-adyen = Verwerkt online betalingen en betalingen in de winkel en voert daarbij als betaalinstelling zijn eigen wettelijk verplichte controles uit.
# MultiSafepay (MultiSafepay B.V.), soort “betalingen”, gewoonlijk een
# zelfstandige verwerkingsverantwoordelijke.
catalog-service-multisafepay = Verwerkt online betalingen en voert daarbij als betaalinstelling zijn eigen wettelijk verplichte controles uit.
# Shopify (Shopify International Limited), soort “webshopplatformen”,
# gewoonlijk een verwerker.
catalog-service-shopify = Host onze webshop en verwerkt de bestellingen die erin geplaatst worden.
# WooCommerce (Automattic Inc.), soort “webshopplatformen”. Draait op de eigen
# website van de organisatie, dus toevoegen voegt geen ontvanger toe: deze
# tekst wordt momenteel niet gebruikt.
catalog-service-woocommerce = Laat de webshop op onze eigen website werken; de bestellingen blijven op onze eigen webserver.
# Lightspeed eCom (Lightspeed Commerce Inc.), soort “webshopplatformen”,
# gewoonlijk een verwerker.
catalog-service-lightspeed = Host onze webshop en verwerkt de bestellingen die erin geplaatst worden.
# Wix (Wix.com Ltd.), soort “webshopplatformen”, gewoonlijk een verwerker.
catalog-service-wix = Host onze website en, waar wij die gebruiken, onze webshop en de bestellingen daarin.
# Squarespace (Squarespace Ireland Limited), soort “webshopplatformen”,
# gewoonlijk een verwerker.
catalog-service-squarespace = Host onze website en, waar wij die gebruiken, onze webshop en de bestellingen daarin.
# Combell (Combell NV), soort “hosting en cloud”, gewoonlijk een verwerker.
catalog-service-combell = Host onze website en e-mail in zijn datacenters.
# OVHcloud (OVH SAS), soort “hosting en cloud”, gewoonlijk een verwerker.
catalog-service-ovhcloud = Host onze website of toepassingen op zijn servers.
# Amazon Web Services (Amazon Web Services EMEA SARL), soort “hosting en
# cloud”, gewoonlijk een verwerker.
catalog-service-aws = Host onze toepassingen en gegevens op zijn servers in de regio die wij kozen.
# Hetzner (Hetzner Online GmbH), soort “hosting en cloud”, gewoonlijk een
# verwerker.
catalog-service-hetzner = Host onze website of toepassingen op zijn servers.
# TransIP (TransIP B.V.), soort “hosting en cloud”, gewoonlijk een verwerker.
catalog-service-transip = Host onze website, domeinnamen en e-mail.
# Dropbox (Dropbox International Unlimited Company), soort “hosting en cloud”,
# gewoonlijk een verwerker.
catalog-service-dropbox = Bewaart onze bestanden en laat ons die delen.
# WeTransfer (WeTransfer B.V.), soort “hosting en cloud”, gewoonlijk een
# verwerker.
catalog-service-wetransfer = Verstuurt grote bestanden voor ons, of naar ons, via een downloadlink.
# Microsoft 365 (Microsoft Ireland Operations Limited), soort
# “kantoorsoftware”, gewoonlijk een verwerker.
catalog-service-microsoft-365 = Levert onze e-mail, agenda's, documenten en videovergaderingen.
# Google Workspace (Google Cloud EMEA Limited), soort “kantoorsoftware”,
# gewoonlijk een verwerker.
catalog-service-google-workspace = Levert onze e-mail, agenda's, documenten en videovergaderingen.
# Zoom (Zoom Communications, Inc.), soort “kantoorsoftware”, gewoonlijk een
# verwerker.
catalog-service-zoom = Verzorgt onze videovergaderingen en webinars.
# Slack (Slack Technologies Limited), soort “kantoorsoftware”, gewoonlijk een
# verwerker.
catalog-service-slack = Verzorgt de berichten die ons team uitwisselt, ook over klanten en projecten.
# YouTube (Google Ireland Limited), soort “ingesloten video”, gewoonlijk een
# zelfstandige verwerkingsverantwoordelijke.
catalog-service-youtube = Speelt de YouTube-video's af die op onze website staan; YouTube beslist zelf wat het doet met wat het leert wanneer u kijkt.
# Vimeo (Vimeo.com, Inc.), soort “ingesloten video”, gewoonlijk een
# zelfstandige verwerkingsverantwoordelijke.
catalog-service-vimeo = Speelt de Vimeo-video's af die op onze website staan en houdt kijkstatistieken bij.
# Intercom (Intercom R&D Unlimited Company), soort “chat en klantenservice”,
# gewoonlijk een verwerker.
catalog-service-intercom = Laat het chatvenster op onze website werken en bewaart de gesprekken met onze klanten.
# Zendesk (Zendesk, Inc.), soort “chat en klantenservice”, gewoonlijk een
# verwerker.
catalog-service-zendesk = Bewaart de vragen die onze klanten ons sturen en onze antwoorden daarop.
# Crisp (Crisp IM SAS), soort “chat en klantenservice”, gewoonlijk een
# verwerker.
catalog-service-crisp = Laat het chatvenster op onze website werken en bewaart de gesprekken met onze klanten.
# WhatsApp Business (WhatsApp Ireland Limited), soort “chat en klantenservice”,
# gewoonlijk een zelfstandige verwerkingsverantwoordelijke.
catalog-service-whatsapp-business = Verzorgt de berichten die wij via WhatsApp met klanten uitwisselen; WhatsApp beslist zelf wat het doet met de gegevens van zijn gebruikers.
# Cloudflare (Cloudflare, Inc.), soort “beveiliging en CDN”, gewoonlijk een
# verwerker.
catalog-service-cloudflare = Levert onze website snel af en beschermt ze tegen aanvallen en misbruik.
# Google reCAPTCHA (Google Ireland Limited), soort “beveiliging en CDN”,
# gewoonlijk een zelfstandige verwerkingsverantwoordelijke.
catalog-service-recaptcha = Gaat na of een formulier op onze website door een mens wordt ingevuld en niet door een programma dat spam verstuurt.
# bunny.net (BunnyWay d.o.o.), soort “beveiliging en CDN”, gewoonlijk een
# verwerker.
catalog-service-bunny-net = Levert de afbeeldingen en bestanden van onze website snel af vanaf servers dicht bij de bezoeker.
# Friendly Captcha (Friendly Captcha GmbH), soort “beveiliging en CDN”,
# gewoonlijk een verwerker.
catalog-service-friendly-captcha = Gaat zonder cookies na of een formulier op onze website door een mens wordt ingevuld.
# Cookiebot (Usercentrics A/S), soort “toestemmingsbeheer”, gewoonlijk een
# verwerker.
catalog-service-cookiebot = Vraagt bezoekers om toestemming voor cookies en houdt de gemaakte keuzes bij.
# Complianz (Complianz B.V.), soort “toestemmingsbeheer”. Draait op de eigen
# website van de organisatie, dus toevoegen voegt geen ontvanger toe: deze
# tekst wordt momenteel niet gebruikt.
catalog-service-complianz = Vraagt bezoekers om toestemming voor cookies; de plug-in draait op onze eigen website.
# CookieYes (CookieYes Limited), soort “toestemmingsbeheer”, gewoonlijk een
# verwerker.
catalog-service-cookieyes = Vraagt bezoekers om toestemming voor cookies en houdt de gemaakte keuzes bij.
# Usercentrics (Usercentrics GmbH), soort “toestemmingsbeheer”, gewoonlijk een
# verwerker.
catalog-service-usercentrics = Vraagt bezoekers om toestemming voor cookies en houdt de gemaakte keuzes bij.
# Calendly (Calendly LLC), soort “formulieren en afspraken”, gewoonlijk een
# verwerker.
catalog-service-calendly = Laat mensen online een afspraak met ons boeken en beheert onze afsprakenagenda.
# Typeform (Typeform SL), soort “formulieren en afspraken”, gewoonlijk een
# verwerker.
catalog-service-typeform = Laat de formulieren en enquêtes op onze website werken en bewaart de antwoorden voor ons.
# Tally (Tally BV), soort “formulieren en afspraken”, gewoonlijk een verwerker.
catalog-service-tally = Laat de formulieren en enquêtes op onze website werken en bewaart de antwoorden voor ons.
# SD Worx (SD Worx Group NV), soort “loonadministratie en HR”, gewoonlijk een
# verwerker.
catalog-service-sd-worx = Berekent als ons sociaal secretariaat de lonen en doet de aangiften bij de sociale zekerheid en de belastingen voor onze medewerkers.
# Securex (Securex Sociaal Secretariaat), soort “loonadministratie en HR”,
# gewoonlijk een verwerker.
catalog-service-securex = Berekent als ons sociaal secretariaat de lonen en doet de aangiften bij de sociale zekerheid en de belastingen voor onze medewerkers.
# Partena Professional (Partena Sociaal Secretariaat), soort “loonadministratie
# en HR”, gewoonlijk een verwerker.
catalog-service-partena = Berekent als ons sociaal secretariaat de lonen en doet de aangiften bij de sociale zekerheid en de belastingen voor onze medewerkers.
# Acerta (Acerta Sociaal Secretariaat vzw), soort “loonadministratie en HR”,
# gewoonlijk een verwerker.
catalog-service-acerta = Berekent als ons sociaal secretariaat de lonen en doet de aangiften bij de sociale zekerheid en de belastingen voor onze medewerkers.
# Liantis (Liantis), soort “loonadministratie en HR”, gewoonlijk een verwerker.
catalog-service-liantis = Berekent als ons sociaal secretariaat de lonen en doet de aangiften bij de sociale zekerheid en de belastingen voor onze medewerkers.
# Nmbrs (Nmbrs B.V.), soort “loonadministratie en HR”, gewoonlijk een
# verwerker.
catalog-service-nmbrs = Voert onze loonadministratie en personeelsadministratie online.
# Personio (Personio SE & Co. KG), soort “loonadministratie en HR”, gewoonlijk
# een verwerker.
catalog-service-personio = Beheert onze personeelsdossiers en de sollicitaties die wij ontvangen.

## Waarvoor elke cookie dient, per naam (catalog-cookie-<naam>, met
## -prefix voor een naam die verder loopt, zoals _ga_*).
## Gekopieerd in het veld “Waarvoor dient ze?” van de cookie (stap “Cookies”)
## en afgedrukt in de tabel van het cookiebeleid.
# Cookie “_ga” van Google Analytics: analytisch, eigen cookie (first party).
catalog-cookie-ga = Geeft uw browser een willekeurig nummer, zodat Google Analytics nieuwe en terugkerende bezoekers kan onderscheiden.
# Cookie “_ga_*” van Google Analytics: analytisch, eigen cookie (first party).
# Staat voor elke cookie waarvan de naam begint met wat voor de * staat.
catalog-cookie-ga-prefix = Onthoudt het lopende bezoek en het hoeveelste bezoek het is, zodat Google Analytics paginaweergaven per bezoek kan tellen.
# Cookie “_gid” van Google Analytics: analytisch, eigen cookie (first party).
catalog-cookie-gid = Herkent uw browser gedurende één dag, voor de dagelijkse bezoekerscijfers van Google Analytics.
# Cookie “_gat” van Google Analytics: analytisch, eigen cookie (first party).
catalog-cookie-gat = Remt af hoe vaak Google Analytics gegevens verstuurt, zodat drukke pagina's niet te veel tegelijk doorsturen.
# Cookie “_dc_gtm_*” van Google Analytics: analytisch, eigen cookie (first
# party). Staat voor elke cookie waarvan de naam begint met wat voor de *
# staat.
catalog-cookie-dc-gtm-prefix = Remt af hoe vaak Google Analytics, geladen via Google Tag Manager, gegevens verstuurt.
# Cookie “_pk_id.*” van Matomo, Matomo Cloud: analytisch, eigen cookie (first
# party). Staat voor elke cookie waarvan de naam begint met wat voor de *
# staat.
catalog-cookie-pk-id-prefix = Geeft uw browser een willekeurig bezoekersnummer, zodat Matomo terugkerende bezoekers kan herkennen.
# Cookie “_pk_ses.*” van Matomo, Matomo Cloud: analytisch, eigen cookie (first
# party). Staat voor elke cookie waarvan de naam begint met wat voor de *
# staat.
catalog-cookie-pk-ses-prefix = Houdt de pagina's die u tijdens één bezoek bekijkt samen in de statistieken van Matomo.
# Cookie “_pk_ref.*” van Matomo, Matomo Cloud: analytisch, eigen cookie (first
# party). Staat voor elke cookie waarvan de naam begint met wat voor de *
# staat.
catalog-cookie-pk-ref-prefix = Onthoudt hoe u onze website voor het eerst bereikte, zoals via een zoekmachine of een link op een andere website.
# Cookie “_pk_cvar.*” van Matomo, Matomo Cloud: analytisch, eigen cookie (first
# party). Staat voor elke cookie waarvan de naam begint met wat voor de *
# staat.
catalog-cookie-pk-cvar-prefix = Bewaart even extra gegevens over het lopende bezoek voor de statistieken van Matomo.
# Cookie “_pk_hsr.*” van Matomo, Matomo Cloud: analytisch, eigen cookie (first
# party). Staat voor elke cookie waarvan de naam begint met wat voor de *
# staat.
catalog-cookie-pk-hsr-prefix = Houdt de heatmap of sessie-opname van het lopende bezoek samen in Matomo.
# Cookie “_hjSessionUser_*” van Hotjar: analytisch, eigen cookie (first party).
# Staat voor elke cookie waarvan de naam begint met wat voor de * staat.
catalog-cookie-hjSessionUser-prefix = Geeft uw browser een willekeurig Hotjar-gebruikersnummer, zodat latere bezoeken aan onze website als dezelfde bezoeker tellen.
# Cookie “_hjSession_*” van Hotjar: analytisch, eigen cookie (first party).
# Staat voor elke cookie waarvan de naam begint met wat voor de * staat.
catalog-cookie-hjSession-prefix = Houdt de pagina's die u tijdens één bezoek bekijkt samen in Hotjar.
# Cookie “_hjAbsoluteSessionInProgress” van Hotjar: analytisch, eigen cookie
# (first party).
catalog-cookie-hjAbsoluteSessionInProgress = Laat Hotjar de eerste paginaweergave van een bezoek opmerken, om bezoeken te tellen.
# Cookie “_gcl_au” van Google Ads: marketing, eigen cookie (first party).
catalog-cookie-gcl-au = Koppelt een bezoek aan onze website aan een Google-advertentie waarop u klikte, om te meten of onze advertenties tot bestellingen leiden.
# Cookie “_gcl_aw” van Google Ads: marketing, eigen cookie (first party).
catalog-cookie-gcl-aw = Onthoudt de klik op een Google-advertentie die u naar onze website bracht, om het effect ervan te meten.
# Cookie “IDE” van Google Ads: marketing, cookie van een derde partij.
catalog-cookie-IDE = Laat Google u op andere websites advertenties tonen op basis van uw eerdere bezoeken, en die meten.
# Cookie “test_cookie” van Google Ads: marketing, cookie van een derde partij.
catalog-cookie-test-cookie = Gaat na of uw browser cookies van de advertentiedienst van Google aanvaardt.
# Cookie “_fbp” van Meta Pixel: marketing, eigen cookie (first party).
catalog-cookie-fbp = Geeft uw browser een nummer, zodat Meta bezoeken aan onze website kan koppelen aan onze advertenties op Facebook en Instagram.
# Cookie “_fbc” van Meta Pixel: marketing, eigen cookie (first party).
catalog-cookie-fbc = Onthoudt de klik op een advertentie op Facebook of Instagram die u naar onze website bracht.
# Cookie “fr” van Meta Pixel: marketing, cookie van een derde partij.
catalog-cookie-fr = Laat Meta uw browser herkennen om advertenties te tonen en te meten, ook als u niet aangemeld bent.
# Cookie “li_sugr” van LinkedIn Insight Tag: marketing, cookie van een derde
# partij.
catalog-cookie-li-sugr = Laat LinkedIn proberen uw browser van elders te herkennen, om onze advertenties te meten.
# Cookie “bcookie” van LinkedIn Insight Tag: marketing, cookie van een derde
# partij.
catalog-cookie-bcookie = Identificeert uw browser bij LinkedIn, ook op andere websites met inhoud van LinkedIn.
# Cookie “lidc” van LinkedIn Insight Tag: marketing, cookie van een derde
# partij.
catalog-cookie-lidc = Laat LinkedIn het datacenter kiezen dat de verzoeken van uw browser afhandelt.
# Cookie “UserMatchHistory” van LinkedIn Insight Tag: marketing, cookie van een
# derde partij.
catalog-cookie-UserMatchHistory = Laat LinkedIn uw browser koppelen aan zijn eigen gegevens, om onze advertenties te tonen en te meten.
# Cookie “AnalyticsSyncHistory” van LinkedIn Insight Tag: marketing, cookie van
# een derde partij.
catalog-cookie-AnalyticsSyncHistory = Onthoudt wanneer LinkedIn uw browser voor het laatst met zijn eigen gegevens koppelde.
# Cookie “_uetsid” van Microsoft Advertising: marketing, eigen cookie (first
# party).
catalog-cookie-uetsid = Houdt uw bezoeken van één dag samen, zodat Microsoft Advertising onze advertenties kan meten.
# Cookie “_uetvid” van Microsoft Advertising: marketing, eigen cookie (first
# party).
catalog-cookie-uetvid = Geeft uw browser een nummer, zodat Microsoft Advertising latere bezoeken aan onze advertenties kan koppelen.
# Cookie “MUID” van Microsoft Advertising: marketing, cookie van een derde
# partij.
catalog-cookie-MUID = Identificeert uw browser op de websites en diensten van Microsoft, voor advertenties.
# Cookie “__hssc” van HubSpot: analytisch, eigen cookie (first party).
catalog-cookie-hssc = Houdt de pagina's die u tijdens één bezoek bekijkt samen in de statistieken van HubSpot.
# Cookie “__hssrc” van HubSpot: analytisch, eigen cookie (first party).
catalog-cookie-hssrc = Laat HubSpot opmerken dat u uw browser opnieuw startte, om een nieuw bezoek van het lopende te onderscheiden.
# Cookie “__stripe_mid” van Stripe: strikt noodzakelijk, eigen cookie (first
# party).
catalog-cookie-stripe-mid = Laat Stripe uw browser herkennen om fraude met betalingen te voorkomen.
# Cookie “__stripe_sid” van Stripe: strikt noodzakelijk, eigen cookie (first
# party).
catalog-cookie-stripe-sid = Laat Stripe het lopende bezoek herkennen om fraude met betalingen te voorkomen.
# Cookie “_tracking_consent” van Shopify: strikt noodzakelijk, eigen cookie
# (first party).
catalog-cookie-tracking-consent = Onthoudt uw keuzes over cookies in onze webshop.
# Cookie “cart” van Shopify: strikt noodzakelijk, eigen cookie (first party).
catalog-cookie-cart = Onthoudt wat er in uw winkelmandje zit.
# Cookie “secure_customer_sig” van Shopify: strikt noodzakelijk, eigen cookie
# (first party).
catalog-cookie-secure-customer-sig = Houdt u aangemeld in uw klantenaccount in onze webshop.
# Cookie “keep_alive” van Shopify: strikt noodzakelijk, eigen cookie (first
# party).
catalog-cookie-keep-alive = Houdt uw bezoek aan onze webshop gaande terwijl u van pagina naar pagina gaat.
# Cookie “_shopify_y” van Shopify: analytisch, eigen cookie (first party).
catalog-cookie-shopify-y = Geeft uw browser een nummer, zodat de statistieken van de webshop terugkerende bezoekers kunnen herkennen.
# Cookie “_shopify_s” van Shopify: analytisch, eigen cookie (first party).
catalog-cookie-shopify-s = Houdt de pagina's die u tijdens één bezoek bekijkt samen in de statistieken van de webshop.
# Cookie “wp_woocommerce_session_*” van WooCommerce: strikt noodzakelijk, eigen
# cookie (first party). Staat voor elke cookie waarvan de naam begint met wat
# voor de * staat.
catalog-cookie-wp-woocommerce-session-prefix = Koppelt uw browser aan uw winkelmandje, zodat de webshop weet wat u gekozen hebt.
# Cookie “woocommerce_cart_hash” van WooCommerce: strikt noodzakelijk, eigen
# cookie (first party).
catalog-cookie-woocommerce-cart-hash = Merkt op wanneer de inhoud van uw winkelmandje verandert.
# Cookie “woocommerce_items_in_cart” van WooCommerce: strikt noodzakelijk,
# eigen cookie (first party).
catalog-cookie-woocommerce-items-in-cart = Onthoudt of er iets in uw winkelmandje zit.
# Cookie “woocommerce_recently_viewed” van WooCommerce: functioneel, eigen
# cookie (first party).
catalog-cookie-woocommerce-recently-viewed = Onthoudt de producten die u bekeek, om ze opnieuw te tonen.
# Cookie “YSC” van YouTube: functioneel, cookie van een derde partij.
catalog-cookie-YSC = Houdt één kijksessie van een ingesloten YouTube-video samen; YouTube gebruikt ze ook tegen misbruik.
# Cookie “VISITOR_INFO1_LIVE” van YouTube: marketing, cookie van een derde
# partij.
catalog-cookie-VISITOR-INFO1-LIVE = Laat YouTube de instellingen en het kijkgedrag van uw browser onthouden, ook voor zijn aanbevelingen en advertenties.
# Cookie “vuid” van Vimeo: analytisch, cookie van een derde partij.
catalog-cookie-vuid = Geeft uw browser een nummer, zodat Vimeo kan tellen wie onze video's bekijkt.
# Cookie “intercom-id-*” van Intercom: functioneel, eigen cookie (first party).
# Staat voor elke cookie waarvan de naam begint met wat voor de * staat.
catalog-cookie-intercom-id-prefix = Herkent uw browser in ons chatvenster, zodat een eerder gesprek kan worden voortgezet.
# Cookie “intercom-session-*” van Intercom: functioneel, eigen cookie (first
# party). Staat voor elke cookie waarvan de naam begint met wat voor de *
# staat.
catalog-cookie-intercom-session-prefix = Houdt u een week lang verbonden met uw gesprekken in ons chatvenster.
# Cookie “intercom-device-id-*” van Intercom: functioneel, eigen cookie (first
# party). Staat voor elke cookie waarvan de naam begint met wat voor de *
# staat.
catalog-cookie-intercom-device-id-prefix = Herkent het toestel dat ons chatvenster gebruikt, om misbruik te voorkomen.
# Cookie “__cf_bm” van Cloudflare: strikt noodzakelijk, eigen cookie (first
# party).
catalog-cookie-cf-bm = Helpt Cloudflare bezoekers te onderscheiden van geautomatiseerde programma's, om onze website te beschermen.
# Cookie “__cfruid” van Cloudflare: strikt noodzakelijk, eigen cookie (first
# party).
catalog-cookie-cfruid = Laat Cloudflare bezoekers herkennen die één IP-adres delen, zodat beperkingen tegen misbruik hen niet treffen.
# Cookie “_cfuvid” van Cloudflare: strikt noodzakelijk, eigen cookie (first
# party).
catalog-cookie-cfuvid = Laat Cloudflare bezoekers herkennen die één IP-adres delen, zodat beperkingen tegen misbruik hen niet treffen.
# Cookie “_GRECAPTCHA” van Google reCAPTCHA: strikt noodzakelijk, cookie van
# een derde partij.
catalog-cookie-GRECAPTCHA = Laat Google reCAPTCHA inschatten of een formulier door een mens wordt ingevuld, om spam te weren.
# Cookie “CookieConsent” van Cookiebot: strikt noodzakelijk, eigen cookie
# (first party).
catalog-cookie-CookieConsent = Onthoudt welke soorten cookies u aanvaard of geweigerd hebt, zodat wij het niet op elke pagina opnieuw vragen.
# Cookie “cmplz_*” van Complianz: strikt noodzakelijk, eigen cookie (first
# party). Staat voor elke cookie waarvan de naam begint met wat voor de *
# staat.
catalog-cookie-cmplz-prefix = Onthouden welke soorten cookies u aanvaard of geweigerd hebt, zodat wij het niet op elke pagina opnieuw vragen.
# Cookie “cookieyes-consent” van CookieYes: strikt noodzakelijk, eigen cookie
# (first party).
catalog-cookie-cookieyes-consent = Onthoudt welke soorten cookies u aanvaard of geweigerd hebt, zodat wij het niet op elke pagina opnieuw vragen.
