## The service catalogue (templates/services.ron): what each service does
## for the organisation, as the recipient table says it, and what each of
## its cookies is for, as the cookie table says it. Facts only: the names,
## companies and durations are data in services.ron, not text here.
## These texts are copied into a project when a service is added, in every
## language at once; editing one here changes projects only when the
## service is added again.

# A recipient named after the product and the company behind it, such as
# "Google Analytics (Google Ireland Limited)".
catalog-recipient-name = { $service } ({ $company })

## Kinds of service, as the services command lists them.
catalog-kind-analytics = Website-Analyse
catalog-kind-advertising = Werbung und Tracking-Pixel
catalog-kind-email-marketing = E-Mail-Marketing
catalog-kind-crm-erp = CRM und ERP
catalog-kind-accounting = Buchhaltung und Rechnungsstellung
catalog-kind-payment = Zahlungsdienste
catalog-kind-webshop = Webshop-Plattformen
catalog-kind-hosting = Hosting und Cloud
catalog-kind-office = Office-Pakete
catalog-kind-video = eingebettete Videos
catalog-kind-support = Chat und Kundenservice
catalog-kind-security = Sicherheit und CDN
catalog-kind-consent = Einwilligungsverwaltung
catalog-kind-forms = Formulare und Terminbuchung
catalog-kind-payroll = Lohnabrechnung und Personalwesen

## What a service is usually used for.
catalog-purpose-website-statistics = Website-Statistiken
catalog-purpose-advertising = Werbung
catalog-purpose-newsletter = Newsletter und E-Mail-Kampagnen
catalog-purpose-customer-relations = Kundenbeziehungen
catalog-purpose-accounting = Buchhaltung
catalog-purpose-invoicing = Rechnungsstellung
catalog-purpose-payments = Zahlungen
catalog-purpose-online-sales = Online-Verkauf
catalog-purpose-hosting = Hosting
catalog-purpose-email = E-Mail
catalog-purpose-collaboration = Zusammenarbeit und Besprechungen
catalog-purpose-file-sharing = Speichern und Teilen von Dateien
catalog-purpose-embedded-video = Videos auf der Website
catalog-purpose-customer-support = Kundenservice
catalog-purpose-website-security = Sicherheit der Website
catalog-purpose-consent-records = Nachweis der Cookie-Einwilligungen
catalog-purpose-appointments = Terminvereinbarung
catalog-purpose-forms = Formulare und Umfragen
catalog-purpose-payroll = Lohnabrechnung
catalog-purpose-personnel-administration = Personalverwaltung
catalog-purpose-recruitment = Personalgewinnung

## What each service does for us (a recipient's "service").
catalog-service-google-analytics = Misst, wie Besucher unsere Website nutzen, und erstellt daraus Besucherstatistiken.
catalog-service-matomo = Misst, wie Besucher unsere Website nutzen; die Software läuft auf unserem eigenen Webserver, sodass die Statistiken bei uns bleiben.
catalog-service-matomo-cloud = Misst, wie Besucher unsere Website nutzen, und speichert die Besucherstatistiken für uns auf seinen Servern.
catalog-service-plausible = Zählt Besuche auf unserer Website, ohne Cookies und ohne IP-Adressen zu speichern.
catalog-service-simple-analytics = Zählt Besuche auf unserer Website, ohne Cookies und ohne Profile von Besuchern zu erstellen.
catalog-service-hotjar = Zeigt uns, wie Besucher auf unseren Webseiten klicken, scrollen und sich darauf bewegen, damit wir die Seiten benutzerfreundlicher gestalten können.
catalog-service-google-ads = Zeigt unsere Anzeigen bei Google und auf anderen Websites und misst, welche davon zu einem Besuch oder einer Bestellung führen.
catalog-service-meta-pixel = Misst die Wirkung unserer Anzeigen auf Facebook und Instagram und ermöglicht es uns, diese Anzeigen den Besuchern unserer Website zu zeigen.
catalog-service-linkedin-insight = Misst die Wirkung unserer Anzeigen auf LinkedIn und liefert uns Statistiken über das berufliche Profil unserer Besucher.
catalog-service-microsoft-advertising = Zeigt unsere Anzeigen auf Bing und misst, welche davon zu einem Besuch oder einer Bestellung führen.
catalog-service-mailchimp = Versendet unsere Newsletter und E-Mail-Kampagnen und verwaltet die Liste der Abonnenten.
catalog-service-brevo = Versendet unsere Newsletter und E-Mail-Kampagnen und verwaltet die Liste der Abonnenten.
catalog-service-flexmail = Versendet unsere Newsletter und E-Mail-Kampagnen und verwaltet die Liste der Abonnenten.
catalog-service-mailerlite = Versendet unsere Newsletter und E-Mail-Kampagnen und verwaltet die Liste der Abonnenten.
catalog-service-hubspot = Verwaltet unsere Kunden- und Interessentendaten, versendet unsere Marketing-E-Mails und misst Besuche auf unserer Website.
catalog-service-teamleader = Verwaltet unsere Kundendaten, Angebote, Projekte und Rechnungen.
catalog-service-odoo = Betreibt unsere Unternehmenssoftware: Kundendaten, Verkauf, Rechnungsstellung und, sofern wir ihn nutzen, unseren Webshop.
catalog-service-pipedrive = Verwaltet unsere Kunden- und Interessentendaten und unterstützt uns bei der Nachverfolgung unserer Verkäufe.
catalog-service-exact-online = Führt unsere Buchhaltung und Rechnungsstellung online.
catalog-service-yuki = Führt unsere Buchhaltung online und verarbeitet unsere Einkaufs- und Verkaufsrechnungen.
catalog-service-billit = Versendet und empfängt unsere Rechnungen, auch elektronisch, und leitet sie an unsere Buchhaltung weiter.
catalog-service-moneybird = Führt unsere Buchhaltung und Rechnungsstellung online.
catalog-service-mollie = Wickelt Online-Zahlungen ab und führt als Zahlungsinstitut eigene, gesetzlich vorgeschriebene Prüfungen durch.
catalog-service-stripe = Wickelt Online-Zahlungen ab und führt als Zahlungsinstitut eigene Prüfungen zur Verhinderung von Betrug und Geldwäsche durch.
catalog-service-paypal = Wickelt Zahlungen mit einem PayPal-Konto oder mit einer Karte über PayPal ab, in eigener Verantwortung als Bank.
catalog-service-adyen = Wickelt Zahlungen online und im Geschäft ab und führt als Zahlungsinstitut eigene, gesetzlich vorgeschriebene Prüfungen durch.
catalog-service-multisafepay = Wickelt Online-Zahlungen ab und führt als Zahlungsinstitut eigene, gesetzlich vorgeschriebene Prüfungen durch.
catalog-service-shopify = Hostet unseren Webshop und verarbeitet die darin aufgegebenen Bestellungen.
catalog-service-woocommerce = Betreibt den Webshop auf unserer eigenen Website; die Bestellungen bleiben auf unserem eigenen Webserver.
catalog-service-lightspeed = Hostet unseren Webshop und verarbeitet die darin aufgegebenen Bestellungen.
catalog-service-wix = Hostet unsere Website und, sofern wir ihn nutzen, unseren Webshop mit den darin aufgegebenen Bestellungen.
catalog-service-squarespace = Hostet unsere Website und, sofern wir ihn nutzen, unseren Webshop mit den darin aufgegebenen Bestellungen.
catalog-service-combell = Hostet unsere Website und unsere E-Mails in seinen Rechenzentren.
catalog-service-ovhcloud = Hostet unsere Website oder Anwendungen auf seinen Servern.
catalog-service-aws = Hostet unsere Anwendungen und Daten auf seinen Servern in der von uns gewählten Region.
catalog-service-hetzner = Hostet unsere Website oder Anwendungen auf seinen Servern.
catalog-service-transip = Hostet unsere Website, Domainnamen und E-Mails.
catalog-service-dropbox = Speichert unsere Dateien und ermöglicht es uns, sie zu teilen.
catalog-service-wetransfer = Verschickt große Dateien für uns oder an uns über einen Download-Link.
catalog-service-microsoft-365 = Stellt unsere E-Mails, Kalender, Dokumente und Videokonferenzen bereit.
catalog-service-google-workspace = Stellt unsere E-Mails, Kalender, Dokumente und Videokonferenzen bereit.
catalog-service-zoom = Ermöglicht unsere Videokonferenzen und Webinare.
catalog-service-slack = Überträgt die Nachrichten, die unser Team austauscht, auch zu Kunden und Projekten.
catalog-service-youtube = Spielt die auf unserer Website gezeigten YouTube-Videos ab; YouTube entscheidet selbst, was es mit den Informationen macht, die es beim Ansehen über Sie erhält.
catalog-service-vimeo = Spielt die auf unserer Website gezeigten Vimeo-Videos ab und erstellt Statistiken über ihre Aufrufe.
catalog-service-intercom = Betreibt das Chatfenster auf unserer Website und speichert die Gespräche mit unseren Kunden.
catalog-service-zendesk = Speichert die Fragen, die unsere Kunden uns senden, und unsere Antworten darauf.
catalog-service-crisp = Betreibt das Chatfenster auf unserer Website und speichert die Gespräche mit unseren Kunden.
catalog-service-whatsapp-business = Überträgt die Nachrichten, die wir per WhatsApp mit Kunden austauschen; WhatsApp entscheidet selbst, was es mit den Daten seiner Nutzer macht.
catalog-service-cloudflare = Liefert unsere Website schnell aus und schützt sie vor Angriffen und missbräuchlichem Datenverkehr.
catalog-service-recaptcha = Prüft, ob ein Formular auf unserer Website von einem Menschen ausgefüllt wird und nicht von einem Programm, das Spam verschickt.
catalog-service-bunny-net = Liefert die Bilder und Dateien unserer Website schnell von Servern in der Nähe des Besuchers aus.
catalog-service-friendly-captcha = Prüft ohne Cookies, ob ein Formular auf unserer Website von einem Menschen ausgefüllt wird.
catalog-service-cookiebot = Bittet Besucher um ihre Einwilligung in Cookies und dokumentiert die getroffene Auswahl.
catalog-service-complianz = Bittet Besucher um ihre Einwilligung in Cookies; das Plugin läuft auf unserer eigenen Website.
catalog-service-cookieyes = Bittet Besucher um ihre Einwilligung in Cookies und dokumentiert die getroffene Auswahl.
catalog-service-usercentrics = Bittet Besucher um ihre Einwilligung in Cookies und dokumentiert die getroffene Auswahl.
catalog-service-calendly = Ermöglicht es, online einen Termin bei uns zu buchen, und verwaltet unseren Terminkalender.
catalog-service-typeform = Betreibt die Formulare und Umfragen auf unserer Website und speichert die Antworten für uns.
catalog-service-tally = Betreibt die Formulare und Umfragen auf unserer Website und speichert die Antworten für uns.
catalog-service-sd-worx = Berechnet als unser Sozialsekretariat die Löhne und erledigt die Meldungen an die soziale Sicherheit und die Steuerverwaltung für unser Personal.
catalog-service-securex = Berechnet als unser Sozialsekretariat die Löhne und erledigt die Meldungen an die soziale Sicherheit und die Steuerverwaltung für unser Personal.
catalog-service-partena = Berechnet als unser Sozialsekretariat die Löhne und erledigt die Meldungen an die soziale Sicherheit und die Steuerverwaltung für unser Personal.
catalog-service-acerta = Berechnet als unser Sozialsekretariat die Löhne und erledigt die Meldungen an die soziale Sicherheit und die Steuerverwaltung für unser Personal.
catalog-service-liantis = Berechnet als unser Sozialsekretariat die Löhne und erledigt die Meldungen an die soziale Sicherheit und die Steuerverwaltung für unser Personal.
catalog-service-nmbrs = Führt unsere Lohnabrechnung und Personalverwaltung online.
catalog-service-personio = Verwaltet unsere Personalakten und die Bewerbungen, die bei uns eingehen.

## What each cookie is for, by its name (catalog-cookie-<name>, with
## -prefix for a name that continues, such as _ga_*).
catalog-cookie-ga = Weist Ihrem Browser eine Zufallsnummer zu, damit Google Analytics neue von wiederkehrenden Besuchern unterscheiden kann.
catalog-cookie-ga-prefix = Speichert den laufenden Besuch und dessen laufende Nummer, damit Google Analytics die Seitenaufrufe pro Besuch zählen kann.
catalog-cookie-gid = Erkennt Ihren Browser einen Tag lang wieder, für die täglichen Besucherzahlen von Google Analytics.
catalog-cookie-gat = Drosselt, wie oft Google Analytics Daten sendet, damit stark besuchte Seiten nicht zu viel auf einmal übertragen.
catalog-cookie-dc-gtm-prefix = Drosselt, wie oft Google Analytics Daten sendet, wenn es über den Google Tag Manager geladen wird.
catalog-cookie-pk-id-prefix = Weist Ihrem Browser eine zufällige Besuchernummer zu, damit Matomo wiederkehrende Besucher erkennen kann.
catalog-cookie-pk-ses-prefix = Fasst die Seiten, die Sie bei einem Besuch aufrufen, in den Statistiken von Matomo zusammen.
catalog-cookie-pk-ref-prefix = Speichert, wie Sie zum ersten Mal auf unsere Website gelangt sind, etwa über eine Suchmaschine oder einen Link auf einer anderen Website.
catalog-cookie-pk-cvar-prefix = Speichert kurzzeitig zusätzliche Angaben zum laufenden Besuch für die Statistiken von Matomo.
catalog-cookie-pk-hsr-prefix = Fasst die Heatmap oder Sitzungsaufzeichnung des laufenden Besuchs in Matomo zusammen.
catalog-cookie-hjSessionUser-prefix = Weist Ihrem Browser eine zufällige Hotjar-Nutzernummer zu, damit spätere Besuche auf unserer Website demselben Besucher zugeordnet werden.
catalog-cookie-hjSession-prefix = Fasst die Seiten, die Sie bei einem Besuch aufrufen, in Hotjar zusammen.
catalog-cookie-hjAbsoluteSessionInProgress = Lässt Hotjar den ersten Seitenaufruf eines Besuchs erkennen, um Besuche zu zählen.
catalog-cookie-gcl-au = Verknüpft einen Besuch auf unserer Website mit einer Google-Anzeige, auf die Sie geklickt haben, um zu messen, ob unsere Werbung zu Bestellungen führt.
catalog-cookie-gcl-aw = Speichert den Klick auf eine Google-Anzeige, über die Sie auf unsere Website gelangt sind, um deren Wirkung zu messen.
catalog-cookie-IDE = Ermöglicht es Google, Ihnen auf anderen Websites Anzeigen auf Grundlage Ihrer früheren Besuche zu zeigen und diese Anzeigen zu messen.
catalog-cookie-test-cookie = Prüft, ob Ihr Browser Cookies des Werbedienstes von Google akzeptiert.
catalog-cookie-fbp = Weist Ihrem Browser eine Nummer zu, damit Meta Besuche auf unserer Website mit unseren Anzeigen auf Facebook und Instagram verknüpfen kann.
catalog-cookie-fbc = Speichert den Klick auf eine Anzeige auf Facebook oder Instagram, über die Sie auf unsere Website gelangt sind.
catalog-cookie-fr = Ermöglicht es Meta, Ihren Browser wiederzuerkennen, um Anzeigen zu zeigen und zu messen, auch wenn Sie nicht angemeldet sind.
catalog-cookie-li-sugr = Lässt LinkedIn versuchen, Ihren Browser von anderen Websites her wiederzuerkennen, um unsere Anzeigen zu messen.
catalog-cookie-bcookie = Identifiziert Ihren Browser gegenüber LinkedIn, auch auf anderen Websites mit LinkedIn-Inhalten.
catalog-cookie-lidc = Lässt LinkedIn das Rechenzentrum wählen, das die Anfragen Ihres Browsers bearbeitet.
catalog-cookie-UserMatchHistory = Ermöglicht es LinkedIn, Ihren Browser mit eigenen Datensätzen zu verknüpfen, um unsere Anzeigen zu zeigen und zu messen.
catalog-cookie-AnalyticsSyncHistory = Speichert, wann LinkedIn Ihren Browser zuletzt mit eigenen Datensätzen abgeglichen hat.
catalog-cookie-uetsid = Fasst Ihre Besuche eines Tages zusammen, damit Microsoft Advertising unsere Anzeigen messen kann.
catalog-cookie-uetvid = Weist Ihrem Browser eine Nummer zu, damit Microsoft Advertising spätere Besuche mit unseren Anzeigen verknüpfen kann.
catalog-cookie-MUID = Identifiziert Ihren Browser über die Websites und Dienste von Microsoft hinweg, zu Werbezwecken.
catalog-cookie-hssc = Fasst die Seiten, die Sie bei einem Besuch aufrufen, in den Statistiken von HubSpot zusammen.
catalog-cookie-hssrc = Lässt HubSpot erkennen, dass Sie Ihren Browser neu gestartet haben, um einen neuen Besuch vom laufenden zu unterscheiden.
catalog-cookie-stripe-mid = Ermöglicht es Stripe, Ihren Browser wiederzuerkennen, um Betrug bei Zahlungen zu verhindern.
catalog-cookie-stripe-sid = Ermöglicht es Stripe, den laufenden Besuch zu erkennen, um Betrug bei Zahlungen zu verhindern.
catalog-cookie-tracking-consent = Speichert Ihre Cookie-Auswahl in unserem Webshop.
catalog-cookie-cart = Speichert, was sich in Ihrem Warenkorb befindet.
catalog-cookie-secure-customer-sig = Hält Sie in Ihrem Kundenkonto in unserem Webshop angemeldet.
catalog-cookie-keep-alive = Hält Ihren Besuch in unserem Webshop aufrecht, während Sie zwischen den Seiten wechseln.
catalog-cookie-shopify-y = Weist Ihrem Browser eine Nummer zu, damit die Statistiken des Webshops wiederkehrende Besucher erkennen können.
catalog-cookie-shopify-s = Fasst die Seiten, die Sie bei einem Besuch aufrufen, in den Statistiken des Webshops zusammen.
catalog-cookie-wp-woocommerce-session-prefix = Verknüpft Ihren Browser mit Ihrem Warenkorb, damit der Webshop weiß, was Sie ausgewählt haben.
catalog-cookie-woocommerce-cart-hash = Erkennt, wenn sich der Inhalt Ihres Warenkorbs ändert.
catalog-cookie-woocommerce-items-in-cart = Speichert, ob sich etwas in Ihrem Warenkorb befindet.
catalog-cookie-woocommerce-recently-viewed = Speichert die Produkte, die Sie sich angesehen haben, um sie Ihnen erneut anzuzeigen.
catalog-cookie-YSC = Fasst eine Wiedergabesitzung eines eingebetteten YouTube-Videos zusammen; YouTube nutzt es auch zur Abwehr von Missbrauch.
catalog-cookie-VISITOR-INFO1-LIVE = Ermöglicht es YouTube, die Einstellungen und das Sehverhalten Ihres Browsers zu speichern, auch für eigene Empfehlungen und Werbung.
catalog-cookie-vuid = Weist Ihrem Browser eine Nummer zu, damit Vimeo zählen kann, wer unsere Videos ansieht.
catalog-cookie-intercom-id-prefix = Erkennt Ihren Browser in unserem Chatfenster wieder, damit ein früheres Gespräch fortgesetzt werden kann.
catalog-cookie-intercom-session-prefix = Hält Sie eine Woche lang mit Ihren Gesprächen in unserem Chatfenster verbunden.
catalog-cookie-intercom-device-id-prefix = Erkennt das Gerät, das unser Chatfenster nutzt, um Missbrauch zu verhindern.
catalog-cookie-cf-bm = Hilft Cloudflare, Besucher von automatisierten Programmen zu unterscheiden, um unsere Website zu schützen.
catalog-cookie-cfruid = Ermöglicht es Cloudflare, Besucher zu erkennen, die sich eine IP-Adresse teilen, damit Beschränkungen gegen missbräuchlichen Datenverkehr sie nicht treffen.
catalog-cookie-cfuvid = Ermöglicht es Cloudflare, Besucher zu erkennen, die sich eine IP-Adresse teilen, damit Beschränkungen gegen missbräuchlichen Datenverkehr sie nicht treffen.
catalog-cookie-GRECAPTCHA = Ermöglicht es Google reCAPTCHA einzuschätzen, ob ein Formular von einem Menschen ausgefüllt wird, um Spam abzuwehren.
catalog-cookie-CookieConsent = Speichert, welche Arten von Cookies Sie akzeptiert oder abgelehnt haben, damit wir nicht auf jeder Seite erneut fragen.
catalog-cookie-cmplz-prefix = Speichern, welche Arten von Cookies Sie akzeptiert oder abgelehnt haben, damit wir nicht auf jeder Seite erneut fragen.
catalog-cookie-cookieyes-consent = Speichert, welche Arten von Cookies Sie akzeptiert oder abgelehnt haben, damit wir nicht auf jeder Seite erneut fragen.
