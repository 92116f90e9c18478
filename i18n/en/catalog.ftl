## The service catalogue (templates/services.ron): what each service does
## for the organisation, as the recipient table says it, and what each of
## its cookies is for, as the cookie table says it. Facts only: the names,
## companies and durations are data in services.ron, not text here.
## These texts are copied into a project when a service is added, in every
## language at once; editing one here changes projects only when the
## service is added again.
## Where they appear: catalog-kind-* in the wizard's service search (step
## “Recipients”, under each service found, after the company) and on each line
## of “policywright services”; the search also matches them. The texts of
## services and cookies are copied into a project when a service is added (the
## wizard's search on step “Recipients”, or “policywright add-service”) or when
## imported cookies are recognised (the import form on step “Cookies”, or
## “policywright import-cookies”): the owner then sees them in the recipient's
## field “What do they do with the data?” or the cookie's field “What is it
## for?”, and the documents print them in the privacy statement's recipients
## and the cookie policy's cookie tables. remove-service removes only entries
## whose texts still equal these, so changing a text here makes it keep entries
## added before.

# A recipient named after the product and the company behind it, such as
# "Google Analytics (Google Ireland Limited)".
# Also the “Set by” of the service's cookies (in the project's first document
# language). Not used when the company's name already contains the product's
# name (then the company alone).
catalog-recipient-name = { $service } ({ $company })

## Kinds of service, as the services command lists them.
# Services of this kind: Google Analytics, Matomo, Matomo Cloud, Plausible
# Analytics, Simple Analytics, Hotjar.
catalog-kind-analytics = website analytics
# Services of this kind: Google Ads, Meta Pixel, LinkedIn Insight Tag,
# Microsoft Advertising.
catalog-kind-advertising = advertising and tracking pixels
# Services of this kind: Mailchimp, Brevo, Flexmail, MailerLite.
catalog-kind-email-marketing = e-mail marketing
# Services of this kind: HubSpot, Teamleader, Odoo, Pipedrive.
catalog-kind-crm-erp = CRM and ERP
# Services of this kind: Exact Online, Yuki, Billit, Moneybird.
catalog-kind-accounting = accounting and invoicing
# Services of this kind: Mollie, Stripe, PayPal, Adyen, MultiSafepay.
catalog-kind-payment = payment
# Services of this kind: Shopify, WooCommerce, Lightspeed eCom, Wix,
# Squarespace.
catalog-kind-webshop = webshop platforms
# Services of this kind: Combell, OVHcloud, Amazon Web Services, Hetzner,
# TransIP, Dropbox, WeTransfer.
catalog-kind-hosting = hosting and cloud
# Services of this kind: Microsoft 365, Google Workspace, Zoom, Slack.
catalog-kind-office = office suites
# Services of this kind: YouTube, Vimeo.
catalog-kind-video = video embeds
# Services of this kind: Intercom, Zendesk, Crisp, WhatsApp Business.
catalog-kind-support = chat and support
# Services of this kind: Cloudflare, Google reCAPTCHA, bunny.net, Friendly
# Captcha.
catalog-kind-security = security and CDN
# Services of this kind: Cookiebot, Complianz, CookieYes, Usercentrics.
catalog-kind-consent = consent tools
# Services of this kind: Calendly, Typeform, Tally.
catalog-kind-forms = forms and booking
# Services of this kind: SD Worx, Securex, Partena Professional, Acerta,
# Liantis, Nmbrs, Personio.
catalog-kind-payroll = payroll and HR

## What a service is usually used for.
## Not shown anywhere by the program at present: services.ron lists these per
## service (purposes), and only a test checks that every text exists.
# Listed for: Google Analytics, Matomo, Matomo Cloud, Plausible Analytics,
# Simple Analytics, Hotjar.
catalog-purpose-website-statistics = website statistics
# Listed for: Google Ads, Meta Pixel, LinkedIn Insight Tag, Microsoft
# Advertising.
catalog-purpose-advertising = advertising
# Listed for: Mailchimp, Brevo, Flexmail, MailerLite, HubSpot.
catalog-purpose-newsletter = newsletter and e-mail campaigns
# Listed for: HubSpot, Teamleader, Odoo, Pipedrive.
catalog-purpose-customer-relations = customer relations
# Listed for: Exact Online, Yuki, Billit, Moneybird.
catalog-purpose-accounting = accounting
# Listed for: Teamleader, Odoo, Exact Online, Billit, Moneybird.
catalog-purpose-invoicing = invoicing
# Listed for: Mollie, Stripe, PayPal, Adyen, MultiSafepay.
catalog-purpose-payments = payments
# Listed for: Odoo, Shopify, WooCommerce, Lightspeed eCom, Wix, Squarespace.
catalog-purpose-online-sales = online sales
# Listed for: Shopify, Lightspeed eCom, Wix, Squarespace, Combell, OVHcloud,
# Amazon Web Services, Hetzner, TransIP, Cloudflare, bunny.net.
catalog-purpose-hosting = hosting
# Listed for: Combell, TransIP, Microsoft 365, Google Workspace.
catalog-purpose-email = e-mail
# Listed for: Microsoft 365, Google Workspace, Zoom, Slack.
catalog-purpose-collaboration = working together and meetings
# Listed for: Dropbox, WeTransfer, Microsoft 365, Google Workspace.
catalog-purpose-file-sharing = storing and sharing files
# Listed for: YouTube, Vimeo.
catalog-purpose-embedded-video = video on the website
# Listed for: Intercom, Zendesk, Crisp, WhatsApp Business.
catalog-purpose-customer-support = customer support
# Listed for: Cloudflare, Google reCAPTCHA, Friendly Captcha.
catalog-purpose-website-security = website security
# Listed for: Cookiebot, Complianz, CookieYes, Usercentrics.
catalog-purpose-consent-records = recording cookie consent
# Listed for: Calendly.
catalog-purpose-appointments = appointments
# Listed for: Typeform, Tally.
catalog-purpose-forms = forms and surveys
# Listed for: SD Worx, Securex, Partena Professional, Acerta, Liantis, Nmbrs.
catalog-purpose-payroll = payroll
# Listed for: SD Worx, Securex, Partena Professional, Acerta, Liantis, Nmbrs,
# Personio.
catalog-purpose-personnel-administration = personnel administration
# Listed for: Personio.
catalog-purpose-recruitment = recruitment

## What each service does for us (a recipient's "service").
## Copied into the field “What do they do with the data?” of the recipient the
## service adds (step “Recipients”).
# Google Analytics (Google Ireland Limited), kind “website analytics”, usually
# a processor.
catalog-service-google-analytics = Measures how visitors use our website and turns this into visitor statistics.
# Matomo (InnoCraft Ltd), kind “website analytics”. Runs on the organisation's
# own website, so adding it adds no recipient: this text is not used at
# present.
catalog-service-matomo = Measures how visitors use our website; the software runs on our own web server, so the statistics stay with us.
# Matomo Cloud (InnoCraft Ltd), kind “website analytics”, usually a processor.
catalog-service-matomo-cloud = Measures how visitors use our website and keeps the visitor statistics for us on its servers.
# Plausible Analytics (Plausible Insights OÜ), kind “website analytics”,
# usually a processor.
catalog-service-plausible = Counts visits to our website without cookies and without storing IP addresses.
# Simple Analytics (Simple Analytics B.V.), kind “website analytics”, usually a
# processor.
catalog-service-simple-analytics = Counts visits to our website without cookies and without building profiles of visitors.
# Hotjar (Hotjar Ltd), kind “website analytics”, usually a processor.
catalog-service-hotjar = Shows us how visitors click, scroll and move through our web pages, so that we can make them easier to use.
# Google Ads (Google Ireland Limited), kind “advertising and tracking pixels”,
# usually an independent controller.
catalog-service-google-ads = Shows our advertisements on Google and on other websites, and measures which of them lead to a visit or an order.
# Meta Pixel (Meta Platforms Ireland Limited), kind “advertising and tracking
# pixels”, usually a joint controller.
catalog-service-meta-pixel = Measures the effect of our advertisements on Facebook and Instagram and lets us show them to visitors of our website.
# LinkedIn Insight Tag (LinkedIn Ireland Unlimited Company), kind “advertising
# and tracking pixels”, usually a joint controller.
catalog-service-linkedin-insight = Measures the effect of our advertisements on LinkedIn and gives us statistics about the professional profile of our visitors.
# Microsoft Advertising (Microsoft Ireland Operations Limited), kind
# “advertising and tracking pixels”, usually an independent controller.
catalog-service-microsoft-advertising = Shows our advertisements on Bing and measures which of them lead to a visit or an order.
# Mailchimp (The Rocket Science Group LLC), kind “e-mail marketing”, usually a
# processor.
catalog-service-mailchimp = Sends our newsletters and e-mail campaigns and manages the list of subscribers.
# Brevo (Sendinblue SAS), kind “e-mail marketing”, usually a processor.
catalog-service-brevo = Sends our newsletters and e-mail campaigns and manages the list of subscribers.
# Flexmail (Flexmail NV), kind “e-mail marketing”, usually a processor.
catalog-service-flexmail = Sends our newsletters and e-mail campaigns and manages the list of subscribers.
# MailerLite (UAB MailerLite), kind “e-mail marketing”, usually a processor.
catalog-service-mailerlite = Sends our newsletters and e-mail campaigns and manages the list of subscribers.
# HubSpot (HubSpot Ireland Limited), kind “CRM and ERP”, usually a processor.
catalog-service-hubspot = Keeps our customer and prospect records, sends our marketing e-mails and measures visits to our website.
# Teamleader (Teamleader NV), kind “CRM and ERP”, usually a processor.
catalog-service-teamleader = Keeps our customer records, quotes, projects and invoices.
# Odoo (Odoo SA), kind “CRM and ERP”, usually a processor.
catalog-service-odoo = Runs our business software: customer records, sales, invoicing and, where we use it, our webshop.
# Pipedrive (Pipedrive OÜ), kind “CRM and ERP”, usually a processor.
catalog-service-pipedrive = Keeps our customer and prospect records and follows up our sales.
# Exact Online (Exact Group B.V.), kind “accounting and invoicing”, usually a
# processor.
catalog-service-exact-online = Keeps our accounts and invoices online.
# Yuki (Yuki Works B.V.), kind “accounting and invoicing”, usually a processor.
catalog-service-yuki = Keeps our accounts online and processes our purchase and sales invoices.
# Billit (Billit BV), kind “accounting and invoicing”, usually a processor.
catalog-service-billit = Sends and receives our invoices, also electronically, and passes them on to our accounts.
# Moneybird (Moneybird B.V.), kind “accounting and invoicing”, usually a
# processor.
catalog-service-moneybird = Keeps our accounts and invoices online.
# Mollie (Mollie B.V.), kind “payment”, usually an independent controller.
catalog-service-mollie = Processes online payments and, as a payment institution, carries out its own legally required checks.
# Stripe (Stripe Payments Europe, Limited), kind “payment”, usually an
# independent controller.
catalog-service-stripe = Processes online payments and, as a payment institution, carries out its own checks against fraud and money laundering.
# PayPal (PayPal (Europe) S.à r.l. et Cie, S.C.A.), kind “payment”, usually an
# independent controller.
catalog-service-paypal = Processes payments made with a PayPal account or a card through PayPal, under its own responsibility as a bank.
# Adyen (Adyen N.V.), kind “payment”, usually an independent controller.
catalog-service-adyen = Processes online and in-store payments and, as a payment institution, carries out its own legally required checks.
# MultiSafepay (MultiSafepay B.V.), kind “payment”, usually an independent
# controller.
catalog-service-multisafepay = Processes online payments and, as a payment institution, carries out its own legally required checks.
# Shopify (Shopify International Limited), kind “webshop platforms”, usually a
# processor.
catalog-service-shopify = Hosts our webshop and processes the orders placed in it.
# WooCommerce (Automattic Inc.), kind “webshop platforms”. Runs on the
# organisation's own website, so adding it adds no recipient: this text is not
# used at present.
catalog-service-woocommerce = Runs the webshop on our own website; the orders stay on our own web server.
# Lightspeed eCom (Lightspeed Commerce Inc.), kind “webshop platforms”, usually
# a processor.
catalog-service-lightspeed = Hosts our webshop and processes the orders placed in it.
# Wix (Wix.com Ltd.), kind “webshop platforms”, usually a processor.
catalog-service-wix = Hosts our website and, where we use it, our webshop and its orders.
# Squarespace (Squarespace Ireland Limited), kind “webshop platforms”, usually
# a processor.
catalog-service-squarespace = Hosts our website and, where we use it, our webshop and its orders.
# Combell (Combell NV), kind “hosting and cloud”, usually a processor.
catalog-service-combell = Hosts our website and e-mail in its data centres.
# OVHcloud (OVH SAS), kind “hosting and cloud”, usually a processor.
catalog-service-ovhcloud = Hosts our website or applications on its servers.
# Amazon Web Services (Amazon Web Services EMEA SARL), kind “hosting and
# cloud”, usually a processor.
catalog-service-aws = Hosts our applications and data on its servers in the region we chose.
# Hetzner (Hetzner Online GmbH), kind “hosting and cloud”, usually a processor.
catalog-service-hetzner = Hosts our website or applications on its servers.
# TransIP (TransIP B.V.), kind “hosting and cloud”, usually a processor.
catalog-service-transip = Hosts our website, domain names and e-mail.
# Dropbox (Dropbox International Unlimited Company), kind “hosting and cloud”,
# usually a processor.
catalog-service-dropbox = Stores our files and lets us share them.
# WeTransfer (WeTransfer B.V.), kind “hosting and cloud”, usually a processor.
catalog-service-wetransfer = Sends large files for us, or to us, by a download link.
# Microsoft 365 (Microsoft Ireland Operations Limited), kind “office suites”,
# usually a processor.
catalog-service-microsoft-365 = Provides our e-mail, calendars, documents and video meetings.
# Google Workspace (Google Cloud EMEA Limited), kind “office suites”, usually a
# processor.
catalog-service-google-workspace = Provides our e-mail, calendars, documents and video meetings.
# Zoom (Zoom Communications, Inc.), kind “office suites”, usually a processor.
catalog-service-zoom = Runs our video meetings and webinars.
# Slack (Slack Technologies Limited), kind “office suites”, usually a
# processor.
catalog-service-slack = Carries the messages our team exchanges, including about customers and projects.
# YouTube (Google Ireland Limited), kind “video embeds”, usually an independent
# controller.
catalog-service-youtube = Plays the YouTube videos shown on our website; YouTube decides for itself what it does with what it learns when you watch.
# Vimeo (Vimeo.com, Inc.), kind “video embeds”, usually an independent
# controller.
catalog-service-vimeo = Plays the Vimeo videos shown on our website and keeps viewing statistics.
# Intercom (Intercom R&D Unlimited Company), kind “chat and support”, usually a
# processor.
catalog-service-intercom = Runs the chat window on our website and keeps the conversations with our customers.
# Zendesk (Zendesk, Inc.), kind “chat and support”, usually a processor.
catalog-service-zendesk = Keeps the questions our customers send us and our answers to them.
# Crisp (Crisp IM SAS), kind “chat and support”, usually a processor.
catalog-service-crisp = Runs the chat window on our website and keeps the conversations with our customers.
# WhatsApp Business (WhatsApp Ireland Limited), kind “chat and support”,
# usually an independent controller.
catalog-service-whatsapp-business = Carries the messages we exchange with customers by WhatsApp; WhatsApp decides for itself what it does with the data of its users.
# Cloudflare (Cloudflare, Inc.), kind “security and CDN”, usually a processor.
catalog-service-cloudflare = Delivers our website quickly and protects it against attacks and abusive traffic.
# Google reCAPTCHA (Google Ireland Limited), kind “security and CDN”, usually
# an independent controller.
catalog-service-recaptcha = Checks whether a form on our website is filled in by a person and not by a program that sends spam.
# bunny.net (BunnyWay d.o.o.), kind “security and CDN”, usually a processor.
catalog-service-bunny-net = Delivers the images and files of our website quickly from servers close to the visitor.
# Friendly Captcha (Friendly Captcha GmbH), kind “security and CDN”, usually a
# processor.
catalog-service-friendly-captcha = Checks whether a form on our website is filled in by a person, without cookies.
# Cookiebot (Usercentrics A/S), kind “consent tools”, usually a processor.
catalog-service-cookiebot = Asks visitors for their consent to cookies and keeps a record of the choices made.
# Complianz (Complianz B.V.), kind “consent tools”. Runs on the organisation's
# own website, so adding it adds no recipient: this text is not used at
# present.
catalog-service-complianz = Asks visitors for their consent to cookies; the plugin runs on our own website.
# CookieYes (CookieYes Limited), kind “consent tools”, usually a processor.
catalog-service-cookieyes = Asks visitors for their consent to cookies and keeps a record of the choices made.
# Usercentrics (Usercentrics GmbH), kind “consent tools”, usually a processor.
catalog-service-usercentrics = Asks visitors for their consent to cookies and keeps a record of the choices made.
# Calendly (Calendly LLC), kind “forms and booking”, usually a processor.
catalog-service-calendly = Lets people book an appointment with us online and keeps our calendar of appointments.
# Typeform (Typeform SL), kind “forms and booking”, usually a processor.
catalog-service-typeform = Runs the forms and surveys on our website and keeps the answers for us.
# Tally (Tally BV), kind “forms and booking”, usually a processor.
catalog-service-tally = Runs the forms and surveys on our website and keeps the answers for us.
# SD Worx (SD Worx Group NV), kind “payroll and HR”, usually a processor.
catalog-service-sd-worx = As our social secretariat, calculates wages and files the social security and tax declarations for our staff.
# Securex (Securex Sociaal Secretariaat), kind “payroll and HR”, usually a
# processor.
catalog-service-securex = As our social secretariat, calculates wages and files the social security and tax declarations for our staff.
# Partena Professional (Partena Sociaal Secretariaat), kind “payroll and HR”,
# usually a processor.
catalog-service-partena = As our social secretariat, calculates wages and files the social security and tax declarations for our staff.
# Acerta (Acerta Sociaal Secretariaat vzw), kind “payroll and HR”, usually a
# processor.
catalog-service-acerta = As our social secretariat, calculates wages and files the social security and tax declarations for our staff.
# Liantis (Liantis), kind “payroll and HR”, usually a processor.
catalog-service-liantis = As our social secretariat, calculates wages and files the social security and tax declarations for our staff.
# Nmbrs (Nmbrs B.V.), kind “payroll and HR”, usually a processor.
catalog-service-nmbrs = Runs our payroll and personnel records online.
# Personio (Personio SE & Co. KG), kind “payroll and HR”, usually a processor.
catalog-service-personio = Keeps our personnel records and the applications we receive.

## What each cookie is for, by its name (catalog-cookie-<name>, with
## -prefix for a name that continues, such as _ga_*).
## Copied into the field “What is it for?” of the cookie (step “Cookies”) and
## printed in the cookie policy's table.
# Cookie “_ga” of Google Analytics: analytics, first party.
catalog-cookie-ga = Gives your browser a random number, so that Google Analytics can tell new visitors from returning ones.
# Cookie “_ga_*” of Google Analytics: analytics, first party. Stands for every
# cookie whose name begins with what comes before the *.
catalog-cookie-ga-prefix = Remembers the current visit and its number, so that Google Analytics can count page views per visit.
# Cookie “_gid” of Google Analytics: analytics, first party.
catalog-cookie-gid = Recognises your browser during one day, for the daily visitor figures of Google Analytics.
# Cookie “_gat” of Google Analytics: analytics, first party.
catalog-cookie-gat = Slows down how often Google Analytics sends data, so that busy pages do not send too much at once.
# Cookie “_dc_gtm_*” of Google Analytics: analytics, first party. Stands for
# every cookie whose name begins with what comes before the *.
catalog-cookie-dc-gtm-prefix = Slows down how often Google Analytics, loaded through Google Tag Manager, sends data.
# Cookie “_pk_id.*” of Matomo, Matomo Cloud: analytics, first party. Stands for
# every cookie whose name begins with what comes before the *.
catalog-cookie-pk-id-prefix = Gives your browser a random visitor number, so that Matomo can recognise returning visitors.
# Cookie “_pk_ses.*” of Matomo, Matomo Cloud: analytics, first party. Stands
# for every cookie whose name begins with what comes before the *.
catalog-cookie-pk-ses-prefix = Keeps the pages you view during one visit together in Matomo's statistics.
# Cookie “_pk_ref.*” of Matomo, Matomo Cloud: analytics, first party. Stands
# for every cookie whose name begins with what comes before the *.
catalog-cookie-pk-ref-prefix = Remembers how you first reached our website, such as a search engine or a link on another site.
# Cookie “_pk_cvar.*” of Matomo, Matomo Cloud: analytics, first party. Stands
# for every cookie whose name begins with what comes before the *.
catalog-cookie-pk-cvar-prefix = Holds extra details about the current visit for Matomo's statistics for a short while.
# Cookie “_pk_hsr.*” of Matomo, Matomo Cloud: analytics, first party. Stands
# for every cookie whose name begins with what comes before the *.
catalog-cookie-pk-hsr-prefix = Keeps the heatmap or session recording of the current visit together in Matomo.
# Cookie “_hjSessionUser_*” of Hotjar: analytics, first party. Stands for every
# cookie whose name begins with what comes before the *.
catalog-cookie-hjSessionUser-prefix = Gives your browser a random Hotjar user number, so that later visits to our website count as the same visitor.
# Cookie “_hjSession_*” of Hotjar: analytics, first party. Stands for every
# cookie whose name begins with what comes before the *.
catalog-cookie-hjSession-prefix = Keeps the pages you view during one visit together in Hotjar.
# Cookie “_hjAbsoluteSessionInProgress” of Hotjar: analytics, first party.
catalog-cookie-hjAbsoluteSessionInProgress = Lets Hotjar notice the first page view of a visit, to count visits.
# Cookie “_gcl_au” of Google Ads: marketing, first party.
catalog-cookie-gcl-au = Links a visit to our website to a Google advertisement you clicked, to measure whether our advertising leads to orders.
# Cookie “_gcl_aw” of Google Ads: marketing, first party.
catalog-cookie-gcl-aw = Remembers the click on a Google advertisement that brought you to our website, to measure its effect.
# Cookie “IDE” of Google Ads: marketing, third party.
catalog-cookie-IDE = Lets Google show you advertisements on other websites based on your earlier visits, and measure them.
# Cookie “test_cookie” of Google Ads: marketing, third party.
catalog-cookie-test-cookie = Checks whether your browser accepts cookies from Google's advertising service.
# Cookie “_fbp” of Meta Pixel: marketing, first party.
catalog-cookie-fbp = Gives your browser a number, so that Meta can link visits to our website to our advertisements on Facebook and Instagram.
# Cookie “_fbc” of Meta Pixel: marketing, first party.
catalog-cookie-fbc = Remembers the click on a Facebook or Instagram advertisement that brought you to our website.
# Cookie “fr” of Meta Pixel: marketing, third party.
catalog-cookie-fr = Lets Meta recognise your browser to show and measure advertisements, also when you are not logged in.
# Cookie “li_sugr” of LinkedIn Insight Tag: marketing, third party.
catalog-cookie-li-sugr = Lets LinkedIn try to recognise your browser from elsewhere, to measure our advertisements.
# Cookie “bcookie” of LinkedIn Insight Tag: marketing, third party.
catalog-cookie-bcookie = Identifies your browser to LinkedIn, also on other websites with LinkedIn content.
# Cookie “lidc” of LinkedIn Insight Tag: marketing, third party.
catalog-cookie-lidc = Lets LinkedIn choose the data centre that handles your browser's requests.
# Cookie “UserMatchHistory” of LinkedIn Insight Tag: marketing, third party.
catalog-cookie-UserMatchHistory = Lets LinkedIn link your browser to its own records, to show and measure our advertisements.
# Cookie “AnalyticsSyncHistory” of LinkedIn Insight Tag: marketing, third
# party.
catalog-cookie-AnalyticsSyncHistory = Remembers when LinkedIn last matched your browser with its own records.
# Cookie “_uetsid” of Microsoft Advertising: marketing, first party.
catalog-cookie-uetsid = Keeps your visits of one day together, so that Microsoft Advertising can measure our advertisements.
# Cookie “_uetvid” of Microsoft Advertising: marketing, first party.
catalog-cookie-uetvid = Gives your browser a number, so that Microsoft Advertising can link later visits to our advertisements.
# Cookie “MUID” of Microsoft Advertising: marketing, third party.
catalog-cookie-MUID = Identifies your browser across Microsoft's websites and services, for advertising.
# Cookie “__hssc” of HubSpot: analytics, first party.
catalog-cookie-hssc = Keeps the pages you view during one visit together in HubSpot's statistics.
# Cookie “__hssrc” of HubSpot: analytics, first party.
catalog-cookie-hssrc = Lets HubSpot notice that you restarted your browser, to tell a new visit from the current one.
# Cookie “__stripe_mid” of Stripe: strictly necessary, first party.
catalog-cookie-stripe-mid = Lets Stripe recognise your browser to prevent fraud with payments.
# Cookie “__stripe_sid” of Stripe: strictly necessary, first party.
catalog-cookie-stripe-sid = Lets Stripe recognise the current visit to prevent fraud with payments.
# Cookie “_tracking_consent” of Shopify: strictly necessary, first party.
catalog-cookie-tracking-consent = Remembers your choices about cookies in our webshop.
# Cookie “cart” of Shopify: strictly necessary, first party.
catalog-cookie-cart = Remembers what is in your shopping basket.
# Cookie “secure_customer_sig” of Shopify: strictly necessary, first party.
catalog-cookie-secure-customer-sig = Keeps you logged in to your customer account in our webshop.
# Cookie “keep_alive” of Shopify: strictly necessary, first party.
catalog-cookie-keep-alive = Keeps your visit to our webshop going while you move between pages.
# Cookie “_shopify_y” of Shopify: analytics, first party.
catalog-cookie-shopify-y = Gives your browser a number, so that the webshop statistics can recognise returning visitors.
# Cookie “_shopify_s” of Shopify: analytics, first party.
catalog-cookie-shopify-s = Keeps the pages you view during one visit together in the webshop statistics.
# Cookie “wp_woocommerce_session_*” of WooCommerce: strictly necessary, first
# party. Stands for every cookie whose name begins with what comes before the
# *.
catalog-cookie-wp-woocommerce-session-prefix = Links your browser to your shopping basket, so that the webshop knows what you chose.
# Cookie “woocommerce_cart_hash” of WooCommerce: strictly necessary, first
# party.
catalog-cookie-woocommerce-cart-hash = Notices when the contents of your shopping basket change.
# Cookie “woocommerce_items_in_cart” of WooCommerce: strictly necessary, first
# party.
catalog-cookie-woocommerce-items-in-cart = Remembers whether there is anything in your shopping basket.
# Cookie “woocommerce_recently_viewed” of WooCommerce: functional, first party.
catalog-cookie-woocommerce-recently-viewed = Remembers the products you looked at, to show them again.
# Cookie “YSC” of YouTube: functional, third party.
catalog-cookie-YSC = Keeps one viewing session of an embedded YouTube video together; YouTube also uses it against abuse.
# Cookie “VISITOR_INFO1_LIVE” of YouTube: marketing, third party.
catalog-cookie-VISITOR-INFO1-LIVE = Lets YouTube remember your browser's settings and viewing, also for its recommendations and advertisements.
# Cookie “vuid” of Vimeo: analytics, third party.
catalog-cookie-vuid = Gives your browser a number, so that Vimeo can count who watches our videos.
# Cookie “intercom-id-*” of Intercom: functional, first party. Stands for every
# cookie whose name begins with what comes before the *.
catalog-cookie-intercom-id-prefix = Recognises your browser in our chat window, so that an earlier conversation can continue.
# Cookie “intercom-session-*” of Intercom: functional, first party. Stands for
# every cookie whose name begins with what comes before the *.
catalog-cookie-intercom-session-prefix = Keeps you connected to your conversations in our chat window for a week.
# Cookie “intercom-device-id-*” of Intercom: functional, first party. Stands
# for every cookie whose name begins with what comes before the *.
catalog-cookie-intercom-device-id-prefix = Recognises the device that uses our chat window, to prevent abuse.
# Cookie “__cf_bm” of Cloudflare: strictly necessary, first party.
catalog-cookie-cf-bm = Helps Cloudflare tell visitors from automated programs, to protect our website.
# Cookie “__cfruid” of Cloudflare: strictly necessary, first party.
catalog-cookie-cfruid = Lets Cloudflare recognise visitors who share one IP address, so that limits on abusive traffic do not hit them.
# Cookie “_cfuvid” of Cloudflare: strictly necessary, first party.
catalog-cookie-cfuvid = Lets Cloudflare recognise visitors who share one IP address, so that limits on abusive traffic do not hit them.
# Cookie “_GRECAPTCHA” of Google reCAPTCHA: strictly necessary, third party.
catalog-cookie-GRECAPTCHA = Lets Google reCAPTCHA assess whether a form is filled in by a person, to keep out spam.
# Cookie “CookieConsent” of Cookiebot: strictly necessary, first party.
catalog-cookie-CookieConsent = Remembers which kinds of cookies you accepted or refused, so that we do not ask again on every page.
# Cookie “cmplz_*” of Complianz: strictly necessary, first party. Stands for
# every cookie whose name begins with what comes before the *.
catalog-cookie-cmplz-prefix = Remember which kinds of cookies you accepted or refused, so that we do not ask again on every page.
# Cookie “cookieyes-consent” of CookieYes: strictly necessary, first party.
catalog-cookie-cookieyes-consent = Remembers which kinds of cookies you accepted or refused, so that we do not ask again on every page.
