## The service catalogue (templates/services.ron): what each service does
## for the organisation, as the recipient table says it, and what each of
## its cookies is for, as the cookie table says it. Facts only: the names,
## companies and durations are data in services.ron, not text here.
## These texts are copied into a project when a service is added, in every
## language at once; editing one here changes projects only when the
## service is added again.
## Wo sie erscheinen: catalog-kind-* bei der Dienstesuche im Assistenten
## (Schritt „Empfänger“, unter jedem gefundenen Dienst, nach der Firma) und in
## jeder Zeile von „policywright services“; die Suche findet auch diese Wörter.
## Die Texte der Dienste und Cookies werden in ein Projekt kopiert, wenn ein
## Dienst hinzugefügt wird (die Suche im Schritt „Empfänger“ oder „policywright
## add-service“) oder wenn importierte Cookies erkannt werden (das
## Importformular im Schritt „Cookies“ oder „policywright import-cookies“): der
## Inhaber sieht sie dann im Feld „Was macht der Empfänger mit den Daten?“ des
## Empfängers oder „Wozu dient es?“ des Cookies, und die Dokumente drucken sie
## bei den Empfängern der Datenschutzerklärung und in den Cookie-Tabellen der
## Cookie-Richtlinie. remove-service entfernt nur Einträge, deren Texte noch
## gleich sind; eine Änderung hier lässt es früher hinzugefügte Einträge also
## behalten.

# A recipient named after the product and the company behind it, such as
# "Google Analytics (Google Ireland Limited)".
# Auch das „Gesetzt von“ der Cookies des Dienstes (in der ersten
# Dokumentsprache des Projekts). Nicht verwendet, wenn der Firmenname den
# Produktnamen schon enthält (dann nur die Firma).
catalog-recipient-name = { $service } ({ $company })

## Kinds of service, as the services command lists them.
# Dienste dieser Art: Google Analytics, Matomo, Matomo Cloud, Plausible
# Analytics, Simple Analytics, Hotjar.
catalog-kind-analytics = Website-Analyse
# Dienste dieser Art: Google Ads, Meta Pixel, LinkedIn Insight Tag, Microsoft
# Advertising.
catalog-kind-advertising = Werbung und Tracking-Pixel
# Dienste dieser Art: Mailchimp, Brevo, Flexmail, MailerLite.
catalog-kind-email-marketing = E-Mail-Marketing
# Dienste dieser Art: HubSpot, Teamleader, Odoo, Pipedrive.
catalog-kind-crm-erp = CRM und ERP
# Dienste dieser Art: Exact Online, Yuki, Billit, Moneybird.
catalog-kind-accounting = Buchhaltung und Rechnungsstellung
# Dienste dieser Art: Mollie, Stripe, PayPal, Adyen, MultiSafepay.
catalog-kind-payment = Zahlungsdienste
# Dienste dieser Art: Shopify, WooCommerce, Lightspeed eCom, Wix, Squarespace.
catalog-kind-webshop = Webshop-Plattformen
# Dienste dieser Art: Combell, OVHcloud, Amazon Web Services, Hetzner, TransIP,
# Dropbox, WeTransfer.
catalog-kind-hosting = Hosting und Cloud
# Dienste dieser Art: Microsoft 365, Google Workspace, Zoom, Slack.
catalog-kind-office = Office-Pakete
# Dienste dieser Art: YouTube, Vimeo.
catalog-kind-video = eingebettete Videos
# Dienste dieser Art: Intercom, Zendesk, Crisp, WhatsApp Business.
catalog-kind-support = Chat und Kundenservice
# Dienste dieser Art: Cloudflare, Google reCAPTCHA, bunny.net, Friendly
# Captcha.
catalog-kind-security = Sicherheit und CDN
# Dienste dieser Art: Cookiebot, Complianz, CookieYes, Usercentrics.
catalog-kind-consent = Einwilligungsverwaltung
# Dienste dieser Art: Calendly, Typeform, Tally.
catalog-kind-forms = Formulare und Terminbuchung
# Dienste dieser Art: SD Worx, Securex, Partena Professional, Acerta, Liantis,
# Nmbrs, Personio.
catalog-kind-payroll = Lohnabrechnung und Personalwesen

## What a service is usually used for.
## Wird derzeit vom Programm nirgends angezeigt: services.ron führt sie pro
## Dienst auf (purposes), und nur ein Test prüft, dass jeder Text existiert.
# Angegeben bei: Google Analytics, Matomo, Matomo Cloud, Plausible Analytics,
# Simple Analytics, Hotjar.
catalog-purpose-website-statistics = Website-Statistiken
# Angegeben bei: Google Ads, Meta Pixel, LinkedIn Insight Tag, Microsoft
# Advertising.
catalog-purpose-advertising = Werbung
# Angegeben bei: Mailchimp, Brevo, Flexmail, MailerLite, HubSpot.
catalog-purpose-newsletter = Newsletter und E-Mail-Kampagnen
# Angegeben bei: HubSpot, Teamleader, Odoo, Pipedrive.
catalog-purpose-customer-relations = Kundenbeziehungen
# Angegeben bei: Exact Online, Yuki, Billit, Moneybird.
catalog-purpose-accounting = Buchhaltung
# Angegeben bei: Teamleader, Odoo, Exact Online, Billit, Moneybird.
catalog-purpose-invoicing = Rechnungsstellung
# Angegeben bei: Mollie, Stripe, PayPal, Adyen, MultiSafepay.
catalog-purpose-payments = Zahlungen
# Angegeben bei: Odoo, Shopify, WooCommerce, Lightspeed eCom, Wix, Squarespace.
catalog-purpose-online-sales = Online-Verkauf
# Angegeben bei: Shopify, Lightspeed eCom, Wix, Squarespace, Combell, OVHcloud,
# Amazon Web Services, Hetzner, TransIP, Cloudflare, bunny.net.
catalog-purpose-hosting = Hosting
# Angegeben bei: Combell, TransIP, Microsoft 365, Google Workspace.
catalog-purpose-email = E-Mail
# Angegeben bei: Microsoft 365, Google Workspace, Zoom, Slack.
catalog-purpose-collaboration = Zusammenarbeit und Besprechungen
# Angegeben bei: Dropbox, WeTransfer, Microsoft 365, Google Workspace.
catalog-purpose-file-sharing = Speichern und Teilen von Dateien
# Angegeben bei: YouTube, Vimeo.
catalog-purpose-embedded-video = Videos auf der Website
# Angegeben bei: Intercom, Zendesk, Crisp, WhatsApp Business.
catalog-purpose-customer-support = Kundenservice
# Angegeben bei: Cloudflare, Google reCAPTCHA, Friendly Captcha.
catalog-purpose-website-security = Sicherheit der Website
# Angegeben bei: Cookiebot, Complianz, CookieYes, Usercentrics.
catalog-purpose-consent-records = Nachweis der Cookie-Einwilligungen
# Angegeben bei: Calendly.
catalog-purpose-appointments = Terminvereinbarung
# Angegeben bei: Typeform, Tally.
catalog-purpose-forms = Formulare und Umfragen
# Angegeben bei: SD Worx, Securex, Partena Professional, Acerta, Liantis,
# Nmbrs.
catalog-purpose-payroll = Lohnabrechnung
# Angegeben bei: SD Worx, Securex, Partena Professional, Acerta, Liantis,
# Nmbrs, Personio.
catalog-purpose-personnel-administration = Personalverwaltung
# Angegeben bei: Personio.
catalog-purpose-recruitment = Personalgewinnung

## What each service does for us (a recipient's "service").
## In das Feld „Was macht der Empfänger mit den Daten?“ des Empfängers kopiert,
## den der Dienst hinzufügt (Schritt „Empfänger“).
# Google Analytics (Google Ireland Limited), Art „Website-Analyse“, in der
# Regel Auftragsverarbeiter.
catalog-service-google-analytics = Misst, wie Besucher unsere Website nutzen, und erstellt daraus Besucherstatistiken.
# Matomo (InnoCraft Ltd), Art „Website-Analyse“. Läuft auf der eigenen Website
# der Organisation, das Hinzufügen fügt also keinen Empfänger hinzu: dieser
# Text wird derzeit nicht verwendet.
catalog-service-matomo = Misst, wie Besucher unsere Website nutzen; die Software läuft auf unserem eigenen Webserver, sodass die Statistiken bei uns bleiben.
# Matomo Cloud (InnoCraft Ltd), Art „Website-Analyse“, in der Regel
# Auftragsverarbeiter.
catalog-service-matomo-cloud = Misst, wie Besucher unsere Website nutzen, und speichert die Besucherstatistiken für uns auf seinen Servern.
# Plausible Analytics (Plausible Insights OÜ), Art „Website-Analyse“, in der
# Regel Auftragsverarbeiter.
catalog-service-plausible = Zählt Besuche auf unserer Website, ohne Cookies und ohne IP-Adressen zu speichern.
# Simple Analytics (Simple Analytics B.V.), Art „Website-Analyse“, in der Regel
# Auftragsverarbeiter.
catalog-service-simple-analytics = Zählt Besuche auf unserer Website, ohne Cookies und ohne Profile von Besuchern zu erstellen.
# Hotjar (Hotjar Ltd), Art „Website-Analyse“, in der Regel Auftragsverarbeiter.
catalog-service-hotjar = Zeigt uns, wie Besucher auf unseren Webseiten klicken, scrollen und sich darauf bewegen, damit wir die Seiten benutzerfreundlicher gestalten können.
# Google Ads (Google Ireland Limited), Art „Werbung und Tracking-Pixel“, in der
# Regel eigenständiger Verantwortlicher.
catalog-service-google-ads = Zeigt unsere Anzeigen bei Google und auf anderen Websites und misst, welche davon zu einem Besuch oder einer Bestellung führen.
# Meta Pixel (Meta Platforms Ireland Limited), Art „Werbung und
# Tracking-Pixel“, in der Regel gemeinsam Verantwortlicher.
catalog-service-meta-pixel = Misst die Wirkung unserer Anzeigen auf Facebook und Instagram und ermöglicht es uns, diese Anzeigen den Besuchern unserer Website zu zeigen.
# LinkedIn Insight Tag (LinkedIn Ireland Unlimited Company), Art „Werbung und
# Tracking-Pixel“, in der Regel gemeinsam Verantwortlicher.
catalog-service-linkedin-insight = Misst die Wirkung unserer Anzeigen auf LinkedIn und liefert uns Statistiken über das berufliche Profil unserer Besucher.
# Microsoft Advertising (Microsoft Ireland Operations Limited), Art „Werbung
# und Tracking-Pixel“, in der Regel eigenständiger Verantwortlicher.
catalog-service-microsoft-advertising = Zeigt unsere Anzeigen auf Bing und misst, welche davon zu einem Besuch oder einer Bestellung führen.
# Mailchimp (The Rocket Science Group LLC), Art „E-Mail-Marketing“, in der
# Regel Auftragsverarbeiter.
catalog-service-mailchimp = Versendet unsere Newsletter und E-Mail-Kampagnen und verwaltet die Liste der Abonnenten.
# Brevo (Sendinblue SAS), Art „E-Mail-Marketing“, in der Regel
# Auftragsverarbeiter.
catalog-service-brevo = Versendet unsere Newsletter und E-Mail-Kampagnen und verwaltet die Liste der Abonnenten.
# Flexmail (Flexmail NV), Art „E-Mail-Marketing“, in der Regel
# Auftragsverarbeiter.
catalog-service-flexmail = Versendet unsere Newsletter und E-Mail-Kampagnen und verwaltet die Liste der Abonnenten.
# MailerLite (UAB MailerLite), Art „E-Mail-Marketing“, in der Regel
# Auftragsverarbeiter.
catalog-service-mailerlite = Versendet unsere Newsletter und E-Mail-Kampagnen und verwaltet die Liste der Abonnenten.
# HubSpot (HubSpot Ireland Limited), Art „CRM und ERP“, in der Regel
# Auftragsverarbeiter.
catalog-service-hubspot = Verwaltet unsere Kunden- und Interessentendaten, versendet unsere Marketing-E-Mails und misst Besuche auf unserer Website.
# Teamleader (Teamleader NV), Art „CRM und ERP“, in der Regel
# Auftragsverarbeiter.
catalog-service-teamleader = Verwaltet unsere Kundendaten, Angebote, Projekte und Rechnungen.
# Odoo (Odoo SA), Art „CRM und ERP“, in der Regel Auftragsverarbeiter.
catalog-service-odoo = Betreibt unsere Unternehmenssoftware: Kundendaten, Verkauf, Rechnungsstellung und, sofern wir ihn nutzen, unseren Webshop.
# Pipedrive (Pipedrive OÜ), Art „CRM und ERP“, in der Regel
# Auftragsverarbeiter.
catalog-service-pipedrive = Verwaltet unsere Kunden- und Interessentendaten und unterstützt uns bei der Nachverfolgung unserer Verkäufe.
# Exact Online (Exact Group B.V.), Art „Buchhaltung und Rechnungsstellung“, in
# der Regel Auftragsverarbeiter.
catalog-service-exact-online = Führt unsere Buchhaltung und Rechnungsstellung online.
# Yuki (Yuki Works B.V.), Art „Buchhaltung und Rechnungsstellung“, in der Regel
# Auftragsverarbeiter.
catalog-service-yuki = Führt unsere Buchhaltung online und verarbeitet unsere Einkaufs- und Verkaufsrechnungen.
# Billit (Billit BV), Art „Buchhaltung und Rechnungsstellung“, in der Regel
# Auftragsverarbeiter.
catalog-service-billit = Versendet und empfängt unsere Rechnungen, auch elektronisch, und leitet sie an unsere Buchhaltung weiter.
# Moneybird (Moneybird B.V.), Art „Buchhaltung und Rechnungsstellung“, in der
# Regel Auftragsverarbeiter.
catalog-service-moneybird = Führt unsere Buchhaltung und Rechnungsstellung online.
# Mollie (Mollie B.V.), Art „Zahlungsdienste“, in der Regel eigenständiger
# Verantwortlicher.
catalog-service-mollie = Wickelt Online-Zahlungen ab und führt als Zahlungsinstitut eigene, gesetzlich vorgeschriebene Prüfungen durch.
# Stripe (Stripe Payments Europe, Limited), Art „Zahlungsdienste“, in der Regel
# eigenständiger Verantwortlicher.
catalog-service-stripe = Wickelt Online-Zahlungen ab und führt als Zahlungsinstitut eigene Prüfungen zur Verhinderung von Betrug und Geldwäsche durch.
# PayPal (PayPal (Europe) S.à r.l. et Cie, S.C.A.), Art „Zahlungsdienste“, in
# der Regel eigenständiger Verantwortlicher.
catalog-service-paypal = Wickelt Zahlungen mit einem PayPal-Konto oder mit einer Karte über PayPal ab, in eigener Verantwortung als Bank.
# Adyen (Adyen N.V.), Art „Zahlungsdienste“, in der Regel eigenständiger
# Verantwortlicher.
catalog-service-adyen = Wickelt Zahlungen online und im Geschäft ab und führt als Zahlungsinstitut eigene, gesetzlich vorgeschriebene Prüfungen durch.
# MultiSafepay (MultiSafepay B.V.), Art „Zahlungsdienste“, in der Regel
# eigenständiger Verantwortlicher.
catalog-service-multisafepay = Wickelt Online-Zahlungen ab und führt als Zahlungsinstitut eigene, gesetzlich vorgeschriebene Prüfungen durch.
# Shopify (Shopify International Limited), Art „Webshop-Plattformen“, in der
# Regel Auftragsverarbeiter.
catalog-service-shopify = Hostet unseren Webshop und verarbeitet die darin aufgegebenen Bestellungen.
# WooCommerce (Automattic Inc.), Art „Webshop-Plattformen“. Läuft auf der
# eigenen Website der Organisation, das Hinzufügen fügt also keinen Empfänger
# hinzu: dieser Text wird derzeit nicht verwendet.
catalog-service-woocommerce = Betreibt den Webshop auf unserer eigenen Website; die Bestellungen bleiben auf unserem eigenen Webserver.
# Lightspeed eCom (Lightspeed Commerce Inc.), Art „Webshop-Plattformen“, in der
# Regel Auftragsverarbeiter.
catalog-service-lightspeed = Hostet unseren Webshop und verarbeitet die darin aufgegebenen Bestellungen.
# Wix (Wix.com Ltd.), Art „Webshop-Plattformen“, in der Regel
# Auftragsverarbeiter.
catalog-service-wix = Hostet unsere Website und, sofern wir ihn nutzen, unseren Webshop mit den darin aufgegebenen Bestellungen.
# Squarespace (Squarespace Ireland Limited), Art „Webshop-Plattformen“, in der
# Regel Auftragsverarbeiter.
catalog-service-squarespace = Hostet unsere Website und, sofern wir ihn nutzen, unseren Webshop mit den darin aufgegebenen Bestellungen.
# Combell (Combell NV), Art „Hosting und Cloud“, in der Regel
# Auftragsverarbeiter.
catalog-service-combell = Hostet unsere Website und unsere E-Mails in seinen Rechenzentren.
# OVHcloud (OVH SAS), Art „Hosting und Cloud“, in der Regel
# Auftragsverarbeiter.
catalog-service-ovhcloud = Hostet unsere Website oder Anwendungen auf seinen Servern.
# Amazon Web Services (Amazon Web Services EMEA SARL), Art „Hosting und Cloud“,
# in der Regel Auftragsverarbeiter.
catalog-service-aws = Hostet unsere Anwendungen und Daten auf seinen Servern in der von uns gewählten Region.
# Hetzner (Hetzner Online GmbH), Art „Hosting und Cloud“, in der Regel
# Auftragsverarbeiter.
catalog-service-hetzner = Hostet unsere Website oder Anwendungen auf seinen Servern.
# TransIP (TransIP B.V.), Art „Hosting und Cloud“, in der Regel
# Auftragsverarbeiter.
catalog-service-transip = Hostet unsere Website, Domainnamen und E-Mails.
# Dropbox (Dropbox International Unlimited Company), Art „Hosting und Cloud“,
# in der Regel Auftragsverarbeiter.
catalog-service-dropbox = Speichert unsere Dateien und ermöglicht es uns, sie zu teilen.
# WeTransfer (WeTransfer B.V.), Art „Hosting und Cloud“, in der Regel
# Auftragsverarbeiter.
catalog-service-wetransfer = Verschickt große Dateien für uns oder an uns über einen Download-Link.
# Microsoft 365 (Microsoft Ireland Operations Limited), Art „Office-Pakete“, in
# der Regel Auftragsverarbeiter.
catalog-service-microsoft-365 = Stellt unsere E-Mails, Kalender, Dokumente und Videokonferenzen bereit.
# Google Workspace (Google Cloud EMEA Limited), Art „Office-Pakete“, in der
# Regel Auftragsverarbeiter.
catalog-service-google-workspace = Stellt unsere E-Mails, Kalender, Dokumente und Videokonferenzen bereit.
# Zoom (Zoom Communications, Inc.), Art „Office-Pakete“, in der Regel
# Auftragsverarbeiter.
catalog-service-zoom = Ermöglicht unsere Videokonferenzen und Webinare.
# Slack (Slack Technologies Limited), Art „Office-Pakete“, in der Regel
# Auftragsverarbeiter.
catalog-service-slack = Überträgt die Nachrichten, die unser Team austauscht, auch zu Kunden und Projekten.
# YouTube (Google Ireland Limited), Art „eingebettete Videos“, in der Regel
# eigenständiger Verantwortlicher.
catalog-service-youtube = Spielt die auf unserer Website gezeigten YouTube-Videos ab; YouTube entscheidet selbst, was es mit den Informationen macht, die es beim Ansehen über Sie erhält.
# Vimeo (Vimeo.com, Inc.), Art „eingebettete Videos“, in der Regel
# eigenständiger Verantwortlicher.
catalog-service-vimeo = Spielt die auf unserer Website gezeigten Vimeo-Videos ab und erstellt Statistiken über ihre Aufrufe.
# Intercom (Intercom R&D Unlimited Company), Art „Chat und Kundenservice“, in
# der Regel Auftragsverarbeiter.
catalog-service-intercom = Betreibt das Chatfenster auf unserer Website und speichert die Gespräche mit unseren Kunden.
# Zendesk (Zendesk, Inc.), Art „Chat und Kundenservice“, in der Regel
# Auftragsverarbeiter.
catalog-service-zendesk = Speichert die Fragen, die unsere Kunden uns senden, und unsere Antworten darauf.
# Crisp (Crisp IM SAS), Art „Chat und Kundenservice“, in der Regel
# Auftragsverarbeiter.
catalog-service-crisp = Betreibt das Chatfenster auf unserer Website und speichert die Gespräche mit unseren Kunden.
# WhatsApp Business (WhatsApp Ireland Limited), Art „Chat und Kundenservice“,
# in der Regel eigenständiger Verantwortlicher.
catalog-service-whatsapp-business = Überträgt die Nachrichten, die wir per WhatsApp mit Kunden austauschen; WhatsApp entscheidet selbst, was es mit den Daten seiner Nutzer macht.
# Cloudflare (Cloudflare, Inc.), Art „Sicherheit und CDN“, in der Regel
# Auftragsverarbeiter.
catalog-service-cloudflare = Liefert unsere Website schnell aus und schützt sie vor Angriffen und missbräuchlichem Datenverkehr.
# Google reCAPTCHA (Google Ireland Limited), Art „Sicherheit und CDN“, in der
# Regel eigenständiger Verantwortlicher.
catalog-service-recaptcha = Prüft, ob ein Formular auf unserer Website von einem Menschen ausgefüllt wird und nicht von einem Programm, das Spam verschickt.
# bunny.net (BunnyWay d.o.o.), Art „Sicherheit und CDN“, in der Regel
# Auftragsverarbeiter.
catalog-service-bunny-net = Liefert die Bilder und Dateien unserer Website schnell von Servern in der Nähe des Besuchers aus.
# Friendly Captcha (Friendly Captcha GmbH), Art „Sicherheit und CDN“, in der
# Regel Auftragsverarbeiter.
catalog-service-friendly-captcha = Prüft ohne Cookies, ob ein Formular auf unserer Website von einem Menschen ausgefüllt wird.
# Cookiebot (Usercentrics A/S), Art „Einwilligungsverwaltung“, in der Regel
# Auftragsverarbeiter.
catalog-service-cookiebot = Bittet Besucher um ihre Einwilligung in Cookies und dokumentiert die getroffene Auswahl.
# Complianz (Complianz B.V.), Art „Einwilligungsverwaltung“. Läuft auf der
# eigenen Website der Organisation, das Hinzufügen fügt also keinen Empfänger
# hinzu: dieser Text wird derzeit nicht verwendet.
catalog-service-complianz = Bittet Besucher um ihre Einwilligung in Cookies; das Plugin läuft auf unserer eigenen Website.
# CookieYes (CookieYes Limited), Art „Einwilligungsverwaltung“, in der Regel
# Auftragsverarbeiter.
catalog-service-cookieyes = Bittet Besucher um ihre Einwilligung in Cookies und dokumentiert die getroffene Auswahl.
# Usercentrics (Usercentrics GmbH), Art „Einwilligungsverwaltung“, in der Regel
# Auftragsverarbeiter.
catalog-service-usercentrics = Bittet Besucher um ihre Einwilligung in Cookies und dokumentiert die getroffene Auswahl.
# Calendly (Calendly LLC), Art „Formulare und Terminbuchung“, in der Regel
# Auftragsverarbeiter.
catalog-service-calendly = Ermöglicht es, online einen Termin bei uns zu buchen, und verwaltet unseren Terminkalender.
# Typeform (Typeform SL), Art „Formulare und Terminbuchung“, in der Regel
# Auftragsverarbeiter.
catalog-service-typeform = Betreibt die Formulare und Umfragen auf unserer Website und speichert die Antworten für uns.
# Tally (Tally BV), Art „Formulare und Terminbuchung“, in der Regel
# Auftragsverarbeiter.
catalog-service-tally = Betreibt die Formulare und Umfragen auf unserer Website und speichert die Antworten für uns.
# SD Worx (SD Worx Group NV), Art „Lohnabrechnung und Personalwesen“, in der
# Regel Auftragsverarbeiter.
catalog-service-sd-worx = Berechnet als unser Sozialsekretariat die Löhne und erledigt die Meldungen an die soziale Sicherheit und die Steuerverwaltung für unser Personal.
# Securex (Securex Sociaal Secretariaat), Art „Lohnabrechnung und
# Personalwesen“, in der Regel Auftragsverarbeiter.
catalog-service-securex = Berechnet als unser Sozialsekretariat die Löhne und erledigt die Meldungen an die soziale Sicherheit und die Steuerverwaltung für unser Personal.
# Partena Professional (Partena Sociaal Secretariaat), Art „Lohnabrechnung und
# Personalwesen“, in der Regel Auftragsverarbeiter.
catalog-service-partena = Berechnet als unser Sozialsekretariat die Löhne und erledigt die Meldungen an die soziale Sicherheit und die Steuerverwaltung für unser Personal.
# Acerta (Acerta Sociaal Secretariaat vzw), Art „Lohnabrechnung und
# Personalwesen“, in der Regel Auftragsverarbeiter.
catalog-service-acerta = Berechnet als unser Sozialsekretariat die Löhne und erledigt die Meldungen an die soziale Sicherheit und die Steuerverwaltung für unser Personal.
# Liantis (Liantis), Art „Lohnabrechnung und Personalwesen“, in der Regel
# Auftragsverarbeiter.
catalog-service-liantis = Berechnet als unser Sozialsekretariat die Löhne und erledigt die Meldungen an die soziale Sicherheit und die Steuerverwaltung für unser Personal.
# Nmbrs (Nmbrs B.V.), Art „Lohnabrechnung und Personalwesen“, in der Regel
# Auftragsverarbeiter.
catalog-service-nmbrs = Führt unsere Lohnabrechnung und Personalverwaltung online.
# Personio (Personio SE & Co. KG), Art „Lohnabrechnung und Personalwesen“, in
# der Regel Auftragsverarbeiter.
catalog-service-personio = Verwaltet unsere Personalakten und die Bewerbungen, die bei uns eingehen.

## What each cookie is for, by its name (catalog-cookie-<name>, with
## -prefix for a name that continues, such as _ga_*).
## In das Feld „Wozu dient es?“ des Cookies kopiert (Schritt „Cookies“) und in
## der Tabelle der Cookie-Richtlinie gedruckt.
# Cookie „_ga“ von Google Analytics: Analyse, Erstanbieter-Cookie.
catalog-cookie-ga = Weist Ihrem Browser eine Zufallsnummer zu, damit Google Analytics neue von wiederkehrenden Besuchern unterscheiden kann.
# Cookie „_ga_*“ von Google Analytics: Analyse, Erstanbieter-Cookie. Steht für
# jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-ga-prefix = Speichert den laufenden Besuch und dessen laufende Nummer, damit Google Analytics die Seitenaufrufe pro Besuch zählen kann.
# Cookie „_gid“ von Google Analytics: Analyse, Erstanbieter-Cookie.
catalog-cookie-gid = Erkennt Ihren Browser einen Tag lang wieder, für die täglichen Besucherzahlen von Google Analytics.
# Cookie „_gat“ von Google Analytics: Analyse, Erstanbieter-Cookie.
catalog-cookie-gat = Drosselt, wie oft Google Analytics Daten sendet, damit stark besuchte Seiten nicht zu viel auf einmal übertragen.
# Cookie „_dc_gtm_*“ von Google Analytics: Analyse, Erstanbieter-Cookie. Steht
# für jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-dc-gtm-prefix = Drosselt, wie oft Google Analytics Daten sendet, wenn es über den Google Tag Manager geladen wird.
# Cookie „_pk_id.*“ von Matomo, Matomo Cloud: Analyse, Erstanbieter-Cookie.
# Steht für jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-pk-id-prefix = Weist Ihrem Browser eine zufällige Besuchernummer zu, damit Matomo wiederkehrende Besucher erkennen kann.
# Cookie „_pk_ses.*“ von Matomo, Matomo Cloud: Analyse, Erstanbieter-Cookie.
# Steht für jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-pk-ses-prefix = Fasst die Seiten, die Sie bei einem Besuch aufrufen, in den Statistiken von Matomo zusammen.
# Cookie „_pk_ref.*“ von Matomo, Matomo Cloud: Analyse, Erstanbieter-Cookie.
# Steht für jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-pk-ref-prefix = Speichert, wie Sie zum ersten Mal auf unsere Website gelangt sind, etwa über eine Suchmaschine oder einen Link auf einer anderen Website.
# Cookie „_pk_cvar.*“ von Matomo, Matomo Cloud: Analyse, Erstanbieter-Cookie.
# Steht für jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-pk-cvar-prefix = Speichert kurzzeitig zusätzliche Angaben zum laufenden Besuch für die Statistiken von Matomo.
# Cookie „_pk_hsr.*“ von Matomo, Matomo Cloud: Analyse, Erstanbieter-Cookie.
# Steht für jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-pk-hsr-prefix = Fasst die Heatmap oder Sitzungsaufzeichnung des laufenden Besuchs in Matomo zusammen.
# Cookie „_hjSessionUser_*“ von Hotjar: Analyse, Erstanbieter-Cookie. Steht für
# jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-hjSessionUser-prefix = Weist Ihrem Browser eine zufällige Hotjar-Nutzernummer zu, damit spätere Besuche auf unserer Website demselben Besucher zugeordnet werden.
# Cookie „_hjSession_*“ von Hotjar: Analyse, Erstanbieter-Cookie. Steht für
# jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-hjSession-prefix = Fasst die Seiten, die Sie bei einem Besuch aufrufen, in Hotjar zusammen.
# Cookie „_hjAbsoluteSessionInProgress“ von Hotjar: Analyse,
# Erstanbieter-Cookie.
catalog-cookie-hjAbsoluteSessionInProgress = Lässt Hotjar den ersten Seitenaufruf eines Besuchs erkennen, um Besuche zu zählen.
# Cookie „_gcl_au“ von Google Ads: Marketing, Erstanbieter-Cookie.
catalog-cookie-gcl-au = Verknüpft einen Besuch auf unserer Website mit einer Google-Anzeige, auf die Sie geklickt haben, um zu messen, ob unsere Werbung zu Bestellungen führt.
# Cookie „_gcl_aw“ von Google Ads: Marketing, Erstanbieter-Cookie.
catalog-cookie-gcl-aw = Speichert den Klick auf eine Google-Anzeige, über die Sie auf unsere Website gelangt sind, um deren Wirkung zu messen.
# Cookie „IDE“ von Google Ads: Marketing, Drittanbieter-Cookie.
catalog-cookie-IDE = Ermöglicht es Google, Ihnen auf anderen Websites Anzeigen auf Grundlage Ihrer früheren Besuche zu zeigen und diese Anzeigen zu messen.
# Cookie „test_cookie“ von Google Ads: Marketing, Drittanbieter-Cookie.
catalog-cookie-test-cookie = Prüft, ob Ihr Browser Cookies des Werbedienstes von Google akzeptiert.
# Cookie „_fbp“ von Meta Pixel: Marketing, Erstanbieter-Cookie.
catalog-cookie-fbp = Weist Ihrem Browser eine Nummer zu, damit Meta Besuche auf unserer Website mit unseren Anzeigen auf Facebook und Instagram verknüpfen kann.
# Cookie „_fbc“ von Meta Pixel: Marketing, Erstanbieter-Cookie.
catalog-cookie-fbc = Speichert den Klick auf eine Anzeige auf Facebook oder Instagram, über die Sie auf unsere Website gelangt sind.
# Cookie „fr“ von Meta Pixel: Marketing, Drittanbieter-Cookie.
catalog-cookie-fr = Ermöglicht es Meta, Ihren Browser wiederzuerkennen, um Anzeigen zu zeigen und zu messen, auch wenn Sie nicht angemeldet sind.
# Cookie „li_sugr“ von LinkedIn Insight Tag: Marketing, Drittanbieter-Cookie.
catalog-cookie-li-sugr = Lässt LinkedIn versuchen, Ihren Browser von anderen Websites her wiederzuerkennen, um unsere Anzeigen zu messen.
# Cookie „bcookie“ von LinkedIn Insight Tag: Marketing, Drittanbieter-Cookie.
catalog-cookie-bcookie = Identifiziert Ihren Browser gegenüber LinkedIn, auch auf anderen Websites mit LinkedIn-Inhalten.
# Cookie „lidc“ von LinkedIn Insight Tag: Marketing, Drittanbieter-Cookie.
catalog-cookie-lidc = Lässt LinkedIn das Rechenzentrum wählen, das die Anfragen Ihres Browsers bearbeitet.
# Cookie „UserMatchHistory“ von LinkedIn Insight Tag: Marketing,
# Drittanbieter-Cookie.
catalog-cookie-UserMatchHistory = Ermöglicht es LinkedIn, Ihren Browser mit eigenen Datensätzen zu verknüpfen, um unsere Anzeigen zu zeigen und zu messen.
# Cookie „AnalyticsSyncHistory“ von LinkedIn Insight Tag: Marketing,
# Drittanbieter-Cookie.
catalog-cookie-AnalyticsSyncHistory = Speichert, wann LinkedIn Ihren Browser zuletzt mit eigenen Datensätzen abgeglichen hat.
# Cookie „_uetsid“ von Microsoft Advertising: Marketing, Erstanbieter-Cookie.
catalog-cookie-uetsid = Fasst Ihre Besuche eines Tages zusammen, damit Microsoft Advertising unsere Anzeigen messen kann.
# Cookie „_uetvid“ von Microsoft Advertising: Marketing, Erstanbieter-Cookie.
catalog-cookie-uetvid = Weist Ihrem Browser eine Nummer zu, damit Microsoft Advertising spätere Besuche mit unseren Anzeigen verknüpfen kann.
# Cookie „MUID“ von Microsoft Advertising: Marketing, Drittanbieter-Cookie.
catalog-cookie-MUID = Identifiziert Ihren Browser über die Websites und Dienste von Microsoft hinweg, zu Werbezwecken.
# Cookie „__hssc“ von HubSpot: Analyse, Erstanbieter-Cookie.
catalog-cookie-hssc = Fasst die Seiten, die Sie bei einem Besuch aufrufen, in den Statistiken von HubSpot zusammen.
# Cookie „__hssrc“ von HubSpot: Analyse, Erstanbieter-Cookie.
catalog-cookie-hssrc = Lässt HubSpot erkennen, dass Sie Ihren Browser neu gestartet haben, um einen neuen Besuch vom laufenden zu unterscheiden.
# Cookie „__stripe_mid“ von Stripe: unbedingt erforderlich,
# Erstanbieter-Cookie.
catalog-cookie-stripe-mid = Ermöglicht es Stripe, Ihren Browser wiederzuerkennen, um Betrug bei Zahlungen zu verhindern.
# Cookie „__stripe_sid“ von Stripe: unbedingt erforderlich,
# Erstanbieter-Cookie.
catalog-cookie-stripe-sid = Ermöglicht es Stripe, den laufenden Besuch zu erkennen, um Betrug bei Zahlungen zu verhindern.
# Cookie „_tracking_consent“ von Shopify: unbedingt erforderlich,
# Erstanbieter-Cookie.
catalog-cookie-tracking-consent = Speichert Ihre Cookie-Auswahl in unserem Webshop.
# Cookie „cart“ von Shopify: unbedingt erforderlich, Erstanbieter-Cookie.
catalog-cookie-cart = Speichert, was sich in Ihrem Warenkorb befindet.
# Cookie „secure_customer_sig“ von Shopify: unbedingt erforderlich,
# Erstanbieter-Cookie.
catalog-cookie-secure-customer-sig = Hält Sie in Ihrem Kundenkonto in unserem Webshop angemeldet.
# Cookie „keep_alive“ von Shopify: unbedingt erforderlich, Erstanbieter-Cookie.
catalog-cookie-keep-alive = Hält Ihren Besuch in unserem Webshop aufrecht, während Sie zwischen den Seiten wechseln.
# Cookie „_shopify_y“ von Shopify: Analyse, Erstanbieter-Cookie.
catalog-cookie-shopify-y = Weist Ihrem Browser eine Nummer zu, damit die Statistiken des Webshops wiederkehrende Besucher erkennen können.
# Cookie „_shopify_s“ von Shopify: Analyse, Erstanbieter-Cookie.
catalog-cookie-shopify-s = Fasst die Seiten, die Sie bei einem Besuch aufrufen, in den Statistiken des Webshops zusammen.
# Cookie „wp_woocommerce_session_*“ von WooCommerce: unbedingt erforderlich,
# Erstanbieter-Cookie. Steht für jedes Cookie, dessen Name mit dem beginnt, was
# vor dem * steht.
catalog-cookie-wp-woocommerce-session-prefix = Verknüpft Ihren Browser mit Ihrem Warenkorb, damit der Webshop weiß, was Sie ausgewählt haben.
# Cookie „woocommerce_cart_hash“ von WooCommerce: unbedingt erforderlich,
# Erstanbieter-Cookie.
catalog-cookie-woocommerce-cart-hash = Erkennt, wenn sich der Inhalt Ihres Warenkorbs ändert.
# Cookie „woocommerce_items_in_cart“ von WooCommerce: unbedingt erforderlich,
# Erstanbieter-Cookie.
catalog-cookie-woocommerce-items-in-cart = Speichert, ob sich etwas in Ihrem Warenkorb befindet.
# Cookie „woocommerce_recently_viewed“ von WooCommerce: funktional,
# Erstanbieter-Cookie.
catalog-cookie-woocommerce-recently-viewed = Speichert die Produkte, die Sie sich angesehen haben, um sie Ihnen erneut anzuzeigen.
# Cookie „YSC“ von YouTube: funktional, Drittanbieter-Cookie.
catalog-cookie-YSC = Fasst eine Wiedergabesitzung eines eingebetteten YouTube-Videos zusammen; YouTube nutzt es auch zur Abwehr von Missbrauch.
# Cookie „VISITOR_INFO1_LIVE“ von YouTube: Marketing, Drittanbieter-Cookie.
catalog-cookie-VISITOR-INFO1-LIVE = Ermöglicht es YouTube, die Einstellungen und das Sehverhalten Ihres Browsers zu speichern, auch für eigene Empfehlungen und Werbung.
# Cookie „vuid“ von Vimeo: Analyse, Drittanbieter-Cookie.
catalog-cookie-vuid = Weist Ihrem Browser eine Nummer zu, damit Vimeo zählen kann, wer unsere Videos ansieht.
# Cookie „intercom-id-*“ von Intercom: funktional, Erstanbieter-Cookie. Steht
# für jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-intercom-id-prefix = Erkennt Ihren Browser in unserem Chatfenster wieder, damit ein früheres Gespräch fortgesetzt werden kann.
# Cookie „intercom-session-*“ von Intercom: funktional, Erstanbieter-Cookie.
# Steht für jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-intercom-session-prefix = Hält Sie eine Woche lang mit Ihren Gesprächen in unserem Chatfenster verbunden.
# Cookie „intercom-device-id-*“ von Intercom: funktional, Erstanbieter-Cookie.
# Steht für jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-intercom-device-id-prefix = Erkennt das Gerät, das unser Chatfenster nutzt, um Missbrauch zu verhindern.
# Cookie „__cf_bm“ von Cloudflare: unbedingt erforderlich, Erstanbieter-Cookie.
catalog-cookie-cf-bm = Hilft Cloudflare, Besucher von automatisierten Programmen zu unterscheiden, um unsere Website zu schützen.
# Cookie „__cfruid“ von Cloudflare: unbedingt erforderlich,
# Erstanbieter-Cookie.
catalog-cookie-cfruid = Ermöglicht es Cloudflare, Besucher zu erkennen, die sich eine IP-Adresse teilen, damit Beschränkungen gegen missbräuchlichen Datenverkehr sie nicht treffen.
# Cookie „_cfuvid“ von Cloudflare: unbedingt erforderlich, Erstanbieter-Cookie.
catalog-cookie-cfuvid = Ermöglicht es Cloudflare, Besucher zu erkennen, die sich eine IP-Adresse teilen, damit Beschränkungen gegen missbräuchlichen Datenverkehr sie nicht treffen.
# Cookie „_GRECAPTCHA“ von Google reCAPTCHA: unbedingt erforderlich,
# Drittanbieter-Cookie.
catalog-cookie-GRECAPTCHA = Ermöglicht es Google reCAPTCHA einzuschätzen, ob ein Formular von einem Menschen ausgefüllt wird, um Spam abzuwehren.
# Cookie „CookieConsent“ von Cookiebot: unbedingt erforderlich,
# Erstanbieter-Cookie.
catalog-cookie-CookieConsent = Speichert, welche Arten von Cookies Sie akzeptiert oder abgelehnt haben, damit wir nicht auf jeder Seite erneut fragen.
# Cookie „cmplz_*“ von Complianz: unbedingt erforderlich, Erstanbieter-Cookie.
# Steht für jedes Cookie, dessen Name mit dem beginnt, was vor dem * steht.
catalog-cookie-cmplz-prefix = Speichern, welche Arten von Cookies Sie akzeptiert oder abgelehnt haben, damit wir nicht auf jeder Seite erneut fragen.
# Cookie „cookieyes-consent“ von CookieYes: unbedingt erforderlich,
# Erstanbieter-Cookie.
catalog-cookie-cookieyes-consent = Speichert, welche Arten von Cookies Sie akzeptiert oder abgelehnt haben, damit wir nicht auf jeder Seite erneut fragen.
