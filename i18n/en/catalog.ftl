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
catalog-kind-analytics = website analytics
catalog-kind-advertising = advertising and tracking pixels
catalog-kind-email-marketing = e-mail marketing
catalog-kind-crm-erp = CRM and ERP
catalog-kind-accounting = accounting and invoicing
catalog-kind-payment = payment
catalog-kind-webshop = webshop platforms
catalog-kind-hosting = hosting and cloud
catalog-kind-office = office suites
catalog-kind-video = video embeds
catalog-kind-support = chat and support
catalog-kind-security = security and CDN
catalog-kind-consent = consent tools
catalog-kind-forms = forms and booking
catalog-kind-payroll = payroll and HR

## What a service is usually used for.
catalog-purpose-website-statistics = website statistics
catalog-purpose-advertising = advertising
catalog-purpose-newsletter = newsletter and e-mail campaigns
catalog-purpose-customer-relations = customer relations
catalog-purpose-accounting = accounting
catalog-purpose-invoicing = invoicing
catalog-purpose-payments = payments
catalog-purpose-online-sales = online sales
catalog-purpose-hosting = hosting
catalog-purpose-email = e-mail
catalog-purpose-collaboration = working together and meetings
catalog-purpose-file-sharing = storing and sharing files
catalog-purpose-embedded-video = video on the website
catalog-purpose-customer-support = customer support
catalog-purpose-website-security = website security
catalog-purpose-consent-records = recording cookie consent
catalog-purpose-appointments = appointments
catalog-purpose-forms = forms and surveys
catalog-purpose-payroll = payroll
catalog-purpose-personnel-administration = personnel administration
catalog-purpose-recruitment = recruitment

## What each service does for us (a recipient's "service").
catalog-service-google-analytics = Measures how visitors use our website and turns this into visitor statistics.
catalog-service-matomo = Measures how visitors use our website; the software runs on our own web server, so the statistics stay with us.
catalog-service-matomo-cloud = Measures how visitors use our website and keeps the visitor statistics for us on its servers.
catalog-service-plausible = Counts visits to our website without cookies and without storing IP addresses.
catalog-service-simple-analytics = Counts visits to our website without cookies and without building profiles of visitors.
catalog-service-hotjar = Shows us how visitors click, scroll and move through our web pages, so that we can make them easier to use.
catalog-service-google-ads = Shows our advertisements on Google and on other websites, and measures which of them lead to a visit or an order.
catalog-service-meta-pixel = Measures the effect of our advertisements on Facebook and Instagram and lets us show them to visitors of our website.
catalog-service-linkedin-insight = Measures the effect of our advertisements on LinkedIn and gives us statistics about the professional profile of our visitors.
catalog-service-microsoft-advertising = Shows our advertisements on Bing and measures which of them lead to a visit or an order.
catalog-service-mailchimp = Sends our newsletters and e-mail campaigns and manages the list of subscribers.
catalog-service-brevo = Sends our newsletters and e-mail campaigns and manages the list of subscribers.
catalog-service-flexmail = Sends our newsletters and e-mail campaigns and manages the list of subscribers.
catalog-service-mailerlite = Sends our newsletters and e-mail campaigns and manages the list of subscribers.
catalog-service-hubspot = Keeps our customer and prospect records, sends our marketing e-mails and measures visits to our website.
catalog-service-teamleader = Keeps our customer records, quotes, projects and invoices.
catalog-service-odoo = Runs our business software: customer records, sales, invoicing and, where we use it, our webshop.
catalog-service-pipedrive = Keeps our customer and prospect records and follows up our sales.
catalog-service-exact-online = Keeps our accounts and invoices online.
catalog-service-yuki = Keeps our accounts online and processes our purchase and sales invoices.
catalog-service-billit = Sends and receives our invoices, also electronically, and passes them on to our accounts.
catalog-service-moneybird = Keeps our accounts and invoices online.
catalog-service-mollie = Processes online payments and, as a payment institution, carries out its own legally required checks.
catalog-service-stripe = Processes online payments and, as a payment institution, carries out its own checks against fraud and money laundering.
catalog-service-paypal = Processes payments made with a PayPal account or a card through PayPal, under its own responsibility as a bank.
catalog-service-adyen = Processes online and in-store payments and, as a payment institution, carries out its own legally required checks.
catalog-service-multisafepay = Processes online payments and, as a payment institution, carries out its own legally required checks.
catalog-service-shopify = Hosts our webshop and processes the orders placed in it.
catalog-service-woocommerce = Runs the webshop on our own website; the orders stay on our own web server.
catalog-service-lightspeed = Hosts our webshop and processes the orders placed in it.
catalog-service-wix = Hosts our website and, where we use it, our webshop and its orders.
catalog-service-squarespace = Hosts our website and, where we use it, our webshop and its orders.
catalog-service-combell = Hosts our website and e-mail in its data centres.
catalog-service-ovhcloud = Hosts our website or applications on its servers.
catalog-service-aws = Hosts our applications and data on its servers in the region we chose.
catalog-service-hetzner = Hosts our website or applications on its servers.
catalog-service-transip = Hosts our website, domain names and e-mail.
catalog-service-dropbox = Stores our files and lets us share them.
catalog-service-wetransfer = Sends large files for us, or to us, by a download link.
catalog-service-microsoft-365 = Provides our e-mail, calendars, documents and video meetings.
catalog-service-google-workspace = Provides our e-mail, calendars, documents and video meetings.
catalog-service-zoom = Runs our video meetings and webinars.
catalog-service-slack = Carries the messages our team exchanges, including about customers and projects.
catalog-service-youtube = Plays the YouTube videos shown on our website; YouTube decides for itself what it does with what it learns when you watch.
catalog-service-vimeo = Plays the Vimeo videos shown on our website and keeps viewing statistics.
catalog-service-intercom = Runs the chat window on our website and keeps the conversations with our customers.
catalog-service-zendesk = Keeps the questions our customers send us and our answers to them.
catalog-service-crisp = Runs the chat window on our website and keeps the conversations with our customers.
catalog-service-whatsapp-business = Carries the messages we exchange with customers by WhatsApp; WhatsApp decides for itself what it does with the data of its users.
catalog-service-cloudflare = Delivers our website quickly and protects it against attacks and abusive traffic.
catalog-service-recaptcha = Checks whether a form on our website is filled in by a person and not by a program that sends spam.
catalog-service-bunny-net = Delivers the images and files of our website quickly from servers close to the visitor.
catalog-service-friendly-captcha = Checks whether a form on our website is filled in by a person, without cookies.
catalog-service-cookiebot = Asks visitors for their consent to cookies and keeps a record of the choices made.
catalog-service-complianz = Asks visitors for their consent to cookies; the plugin runs on our own website.
catalog-service-cookieyes = Asks visitors for their consent to cookies and keeps a record of the choices made.
catalog-service-usercentrics = Asks visitors for their consent to cookies and keeps a record of the choices made.
catalog-service-calendly = Lets people book an appointment with us online and keeps our calendar of appointments.
catalog-service-typeform = Runs the forms and surveys on our website and keeps the answers for us.
catalog-service-tally = Runs the forms and surveys on our website and keeps the answers for us.
catalog-service-sd-worx = As our social secretariat, calculates wages and files the social security and tax declarations for our staff.
catalog-service-securex = As our social secretariat, calculates wages and files the social security and tax declarations for our staff.
catalog-service-partena = As our social secretariat, calculates wages and files the social security and tax declarations for our staff.
catalog-service-acerta = As our social secretariat, calculates wages and files the social security and tax declarations for our staff.
catalog-service-liantis = As our social secretariat, calculates wages and files the social security and tax declarations for our staff.
catalog-service-nmbrs = Runs our payroll and personnel records online.
catalog-service-personio = Keeps our personnel records and the applications we receive.

## What each cookie is for, by its name (catalog-cookie-<name>, with
## -prefix for a name that continues, such as _ga_*).
catalog-cookie-ga = Gives your browser a random number, so that Google Analytics can tell new visitors from returning ones.
catalog-cookie-ga-prefix = Remembers the current visit and its number, so that Google Analytics can count page views per visit.
catalog-cookie-gid = Recognises your browser during one day, for the daily visitor figures of Google Analytics.
catalog-cookie-gat = Slows down how often Google Analytics sends data, so that busy pages do not send too much at once.
catalog-cookie-dc-gtm-prefix = Slows down how often Google Analytics, loaded through Google Tag Manager, sends data.
catalog-cookie-pk-id-prefix = Gives your browser a random visitor number, so that Matomo can recognise returning visitors.
catalog-cookie-pk-ses-prefix = Keeps the pages you view during one visit together in Matomo's statistics.
catalog-cookie-pk-ref-prefix = Remembers how you first reached our website, such as a search engine or a link on another site.
catalog-cookie-pk-cvar-prefix = Holds extra details about the current visit for Matomo's statistics for a short while.
catalog-cookie-pk-hsr-prefix = Keeps the heatmap or session recording of the current visit together in Matomo.
catalog-cookie-hjSessionUser-prefix = Gives your browser a random Hotjar user number, so that later visits to our website count as the same visitor.
catalog-cookie-hjSession-prefix = Keeps the pages you view during one visit together in Hotjar.
catalog-cookie-hjAbsoluteSessionInProgress = Lets Hotjar notice the first page view of a visit, to count visits.
catalog-cookie-gcl-au = Links a visit to our website to a Google advertisement you clicked, to measure whether our advertising leads to orders.
catalog-cookie-gcl-aw = Remembers the click on a Google advertisement that brought you to our website, to measure its effect.
catalog-cookie-IDE = Lets Google show you advertisements on other websites based on your earlier visits, and measure them.
catalog-cookie-test-cookie = Checks whether your browser accepts cookies from Google's advertising service.
catalog-cookie-fbp = Gives your browser a number, so that Meta can link visits to our website to our advertisements on Facebook and Instagram.
catalog-cookie-fbc = Remembers the click on a Facebook or Instagram advertisement that brought you to our website.
catalog-cookie-fr = Lets Meta recognise your browser to show and measure advertisements, also when you are not logged in.
catalog-cookie-li-sugr = Lets LinkedIn try to recognise your browser from elsewhere, to measure our advertisements.
catalog-cookie-bcookie = Identifies your browser to LinkedIn, also on other websites with LinkedIn content.
catalog-cookie-lidc = Lets LinkedIn choose the data centre that handles your browser's requests.
catalog-cookie-UserMatchHistory = Lets LinkedIn link your browser to its own records, to show and measure our advertisements.
catalog-cookie-AnalyticsSyncHistory = Remembers when LinkedIn last matched your browser with its own records.
catalog-cookie-uetsid = Keeps your visits of one day together, so that Microsoft Advertising can measure our advertisements.
catalog-cookie-uetvid = Gives your browser a number, so that Microsoft Advertising can link later visits to our advertisements.
catalog-cookie-MUID = Identifies your browser across Microsoft's websites and services, for advertising.
catalog-cookie-hssc = Keeps the pages you view during one visit together in HubSpot's statistics.
catalog-cookie-hssrc = Lets HubSpot notice that you restarted your browser, to tell a new visit from the current one.
catalog-cookie-stripe-mid = Lets Stripe recognise your browser to prevent fraud with payments.
catalog-cookie-stripe-sid = Lets Stripe recognise the current visit to prevent fraud with payments.
catalog-cookie-tracking-consent = Remembers your choices about cookies in our webshop.
catalog-cookie-cart = Remembers what is in your shopping basket.
catalog-cookie-secure-customer-sig = Keeps you logged in to your customer account in our webshop.
catalog-cookie-keep-alive = Keeps your visit to our webshop going while you move between pages.
catalog-cookie-shopify-y = Gives your browser a number, so that the webshop statistics can recognise returning visitors.
catalog-cookie-shopify-s = Keeps the pages you view during one visit together in the webshop statistics.
catalog-cookie-wp-woocommerce-session-prefix = Links your browser to your shopping basket, so that the webshop knows what you chose.
catalog-cookie-woocommerce-cart-hash = Notices when the contents of your shopping basket change.
catalog-cookie-woocommerce-items-in-cart = Remembers whether there is anything in your shopping basket.
catalog-cookie-woocommerce-recently-viewed = Remembers the products you looked at, to show them again.
catalog-cookie-YSC = Keeps one viewing session of an embedded YouTube video together; YouTube also uses it against abuse.
catalog-cookie-VISITOR-INFO1-LIVE = Lets YouTube remember your browser's settings and viewing, also for its recommendations and advertisements.
catalog-cookie-vuid = Gives your browser a number, so that Vimeo can count who watches our videos.
catalog-cookie-intercom-id-prefix = Recognises your browser in our chat window, so that an earlier conversation can continue.
catalog-cookie-intercom-session-prefix = Keeps you connected to your conversations in our chat window for a week.
catalog-cookie-intercom-device-id-prefix = Recognises the device that uses our chat window, to prevent abuse.
catalog-cookie-cf-bm = Helps Cloudflare tell visitors from automated programs, to protect our website.
catalog-cookie-cfruid = Lets Cloudflare recognise visitors who share one IP address, so that limits on abusive traffic do not hit them.
catalog-cookie-cfuvid = Lets Cloudflare recognise visitors who share one IP address, so that limits on abusive traffic do not hit them.
catalog-cookie-GRECAPTCHA = Lets Google reCAPTCHA assess whether a form is filled in by a person, to keep out spam.
catalog-cookie-CookieConsent = Remembers which kinds of cookies you accepted or refused, so that we do not ask again on every page.
catalog-cookie-cmplz-prefix = Remember which kinds of cookies you accepted or refused, so that we do not ask again on every page.
catalog-cookie-cookieyes-consent = Remembers which kinds of cookies you accepted or refused, so that we do not ask again on every page.
