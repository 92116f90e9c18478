## The service catalogue (templates/services.ron): what each service does
## for the organisation, as the recipient table says it, and what each of
## its cookies is for, as the cookie table says it. Facts only: the names,
## companies and durations are data in services.ron, not text here.
## These texts are copied into a project when a service is added, in every
## language at once; editing one here changes projects only when the
## service is added again.
## Où ils apparaissent : catalog-kind-* dans la recherche de services de
## l’assistant (étape « Destinataires », sous chaque service trouvé, après
## l’entreprise) et sur chaque ligne de « policywright services » ; la
## recherche les reconnaît aussi. Les textes des services et des cookies sont
## copiés dans un projet quand un service est ajouté (la recherche de l’étape «
## Destinataires », ou « policywright add-service ») ou quand des cookies
## importés sont reconnus (le formulaire d’import de l’étape « Cookies », ou «
## policywright import-cookies ») : le propriétaire les voit alors dans le
## champ « Que fait-il des données ? » du destinataire ou « À quoi sert-il ? »
## du cookie, et les documents les impriment parmi les destinataires de la
## déclaration de confidentialité et dans les tableaux de cookies de la
## politique. remove-service ne supprime que les éléments dont les textes sont
## encore identiques à ceux-ci ; modifier un texte ici lui fait donc garder les
## éléments ajoutés auparavant.

# A recipient named after the product and the company behind it, such as
# "Google Analytics (Google Ireland Limited)".
# Aussi le « Placé par » des cookies du service (dans la première langue des
# documents du projet). Pas utilisé quand le nom de l’entreprise contient déjà
# celui du produit (alors l’entreprise seule).
catalog-recipient-name = { $service } ({ $company })

## Kinds of service, as the services command lists them.
# Services de ce type : Google Analytics, Matomo, Matomo Cloud, Plausible
# Analytics, Simple Analytics, Hotjar.
catalog-kind-analytics = mesure d’audience
# Services de ce type : Google Ads, Meta Pixel, LinkedIn Insight Tag, Microsoft
# Advertising.
catalog-kind-advertising = publicité et pixels de suivi
# Services de ce type : Mailchimp, Brevo, Flexmail, MailerLite.
catalog-kind-email-marketing = marketing par e-mail
# Services de ce type : HubSpot, Teamleader, Odoo, Pipedrive.
catalog-kind-crm-erp = CRM et ERP
# Services de ce type : Exact Online, Yuki, Billit, Moneybird.
catalog-kind-accounting = comptabilité et facturation
# Services de ce type : Mollie, Stripe, PayPal, Adyen, MultiSafepay.
catalog-kind-payment = paiement
# Services de ce type : Shopify, WooCommerce, Lightspeed eCom, Wix,
# Squarespace.
catalog-kind-webshop = plateformes de boutique en ligne
# Services de ce type : Combell, OVHcloud, Amazon Web Services, Hetzner,
# TransIP, Dropbox, WeTransfer.
catalog-kind-hosting = hébergement et cloud
# Services de ce type : Microsoft 365, Google Workspace, Zoom, Slack.
catalog-kind-office = suites bureautiques
# Services de ce type : YouTube, Vimeo.
catalog-kind-video = vidéos intégrées
# Services de ce type : Intercom, Zendesk, Crisp, WhatsApp Business.
catalog-kind-support = chat et assistance
# Services de ce type : Cloudflare, Google reCAPTCHA, bunny.net, Friendly
# Captcha.
catalog-kind-security = sécurité et CDN
# Services de ce type : Cookiebot, Complianz, CookieYes, Usercentrics.
catalog-kind-consent = outils de gestion du consentement
# Services de ce type : Calendly, Typeform, Tally.
catalog-kind-forms = formulaires et prise de rendez-vous
# Services de ce type : SD Worx, Securex, Partena Professional, Acerta,
# Liantis, Nmbrs, Personio.
catalog-kind-payroll = paie et RH

## What a service is usually used for.
## Actuellement affiché nulle part par le programme : services.ron les indique
## par service (purposes), et seul un test vérifie que chaque texte existe.
# Indiqué pour : Google Analytics, Matomo, Matomo Cloud, Plausible Analytics,
# Simple Analytics, Hotjar.
catalog-purpose-website-statistics = statistiques du site web
# Indiqué pour : Google Ads, Meta Pixel, LinkedIn Insight Tag, Microsoft
# Advertising.
catalog-purpose-advertising = publicité
# Indiqué pour : Mailchimp, Brevo, Flexmail, MailerLite, HubSpot.
catalog-purpose-newsletter = newsletter et campagnes e-mail
# Indiqué pour : HubSpot, Teamleader, Odoo, Pipedrive.
catalog-purpose-customer-relations = gestion de la relation client
# Indiqué pour : Exact Online, Yuki, Billit, Moneybird.
catalog-purpose-accounting = comptabilité
# Indiqué pour : Teamleader, Odoo, Exact Online, Billit, Moneybird.
catalog-purpose-invoicing = facturation
# Indiqué pour : Mollie, Stripe, PayPal, Adyen, MultiSafepay.
catalog-purpose-payments = paiements
# Indiqué pour : Odoo, Shopify, WooCommerce, Lightspeed eCom, Wix, Squarespace.
catalog-purpose-online-sales = vente en ligne
# Indiqué pour : Shopify, Lightspeed eCom, Wix, Squarespace, Combell, OVHcloud,
# Amazon Web Services, Hetzner, TransIP, Cloudflare, bunny.net.
catalog-purpose-hosting = hébergement
# Indiqué pour : Combell, TransIP, Microsoft 365, Google Workspace.
catalog-purpose-email = e-mail
# Indiqué pour : Microsoft 365, Google Workspace, Zoom, Slack.
catalog-purpose-collaboration = travail collaboratif et réunions
# Indiqué pour : Dropbox, WeTransfer, Microsoft 365, Google Workspace.
catalog-purpose-file-sharing = stockage et partage de fichiers
# Indiqué pour : YouTube, Vimeo.
catalog-purpose-embedded-video = vidéos sur le site web
# Indiqué pour : Intercom, Zendesk, Crisp, WhatsApp Business.
catalog-purpose-customer-support = service client
# Indiqué pour : Cloudflare, Google reCAPTCHA, Friendly Captcha.
catalog-purpose-website-security = sécurité du site web
# Indiqué pour : Cookiebot, Complianz, CookieYes, Usercentrics.
catalog-purpose-consent-records = enregistrement du consentement aux cookies
# Indiqué pour : Calendly.
catalog-purpose-appointments = rendez-vous
# Indiqué pour : Typeform, Tally.
catalog-purpose-forms = formulaires et enquêtes
# Indiqué pour : SD Worx, Securex, Partena Professional, Acerta, Liantis,
# Nmbrs.
catalog-purpose-payroll = paie
# Indiqué pour : SD Worx, Securex, Partena Professional, Acerta, Liantis,
# Nmbrs, Personio.
catalog-purpose-personnel-administration = administration du personnel
# Indiqué pour : Personio.
catalog-purpose-recruitment = recrutement

## What each service does for us (a recipient's "service").
## Copié dans le champ « Que fait-il des données ? » du destinataire ajouté par
## le service (étape « Destinataires »).
# Google Analytics (Google Ireland Limited), type « mesure d’audience », en
# général sous-traitant.
catalog-service-google-analytics = Mesure la façon dont les visiteurs utilisent notre site web et en tire des statistiques de fréquentation.
# Matomo (InnoCraft Ltd), type « mesure d’audience ». Fonctionne sur le site
# web de l’organisation, l’ajouter n’ajoute donc aucun destinataire : ce texte
# n’est actuellement pas utilisé.
catalog-service-matomo = Mesure la façon dont les visiteurs utilisent notre site web ; le logiciel fonctionne sur notre propre serveur web, de sorte que les statistiques restent chez nous.
# Matomo Cloud (InnoCraft Ltd), type « mesure d’audience », en général
# sous-traitant.
catalog-service-matomo-cloud = Mesure la façon dont les visiteurs utilisent notre site web et conserve pour nous les statistiques de fréquentation sur ses serveurs.
# Plausible Analytics (Plausible Insights OÜ), type « mesure d’audience », en
# général sous-traitant.
catalog-service-plausible = Compte les visites sur notre site web sans cookies et sans enregistrer les adresses IP.
# Simple Analytics (Simple Analytics B.V.), type « mesure d’audience », en
# général sous-traitant.
catalog-service-simple-analytics = Compte les visites sur notre site web sans cookies et sans établir de profils des visiteurs.
# Hotjar (Hotjar Ltd), type « mesure d’audience », en général sous-traitant.
catalog-service-hotjar = Nous montre comment les visiteurs cliquent, font défiler et parcourent nos pages web, afin que nous puissions les rendre plus faciles à utiliser.
# Google Ads (Google Ireland Limited), type « publicité et pixels de suivi »,
# en général responsable du traitement indépendant.
catalog-service-google-ads = Affiche nos publicités sur Google et sur d’autres sites web, et mesure lesquelles mènent à une visite ou à une commande.
# Meta Pixel (Meta Platforms Ireland Limited), type « publicité et pixels de
# suivi », en général responsable conjoint.
catalog-service-meta-pixel = Mesure l’effet de nos publicités sur Facebook et Instagram et nous permet de les montrer aux visiteurs de notre site web.
# LinkedIn Insight Tag (LinkedIn Ireland Unlimited Company), type « publicité
# et pixels de suivi », en général responsable conjoint.
catalog-service-linkedin-insight = Mesure l’effet de nos publicités sur LinkedIn et nous fournit des statistiques sur le profil professionnel de nos visiteurs.
# Microsoft Advertising (Microsoft Ireland Operations Limited), type «
# publicité et pixels de suivi », en général responsable du traitement
# indépendant.
catalog-service-microsoft-advertising = Affiche nos publicités sur Bing et mesure lesquelles mènent à une visite ou à une commande.
# Mailchimp (The Rocket Science Group LLC), type « marketing par e-mail », en
# général sous-traitant.
catalog-service-mailchimp = Envoie nos newsletters et nos campagnes e-mail et gère la liste des abonnés.
# Brevo (Sendinblue SAS), type « marketing par e-mail », en général
# sous-traitant.
catalog-service-brevo = Envoie nos newsletters et nos campagnes e-mail et gère la liste des abonnés.
# Flexmail (Flexmail NV), type « marketing par e-mail », en général
# sous-traitant.
catalog-service-flexmail = Envoie nos newsletters et nos campagnes e-mail et gère la liste des abonnés.
# MailerLite (UAB MailerLite), type « marketing par e-mail », en général
# sous-traitant.
catalog-service-mailerlite = Envoie nos newsletters et nos campagnes e-mail et gère la liste des abonnés.
# HubSpot (HubSpot Ireland Limited), type « CRM et ERP », en général
# sous-traitant.
catalog-service-hubspot = Gère notre fichier de clients et de prospects, envoie nos e-mails marketing et mesure les visites sur notre site web.
# Teamleader (Teamleader NV), type « CRM et ERP », en général sous-traitant.
catalog-service-teamleader = Gère notre fichier clients, nos devis, nos projets et nos factures.
# Odoo (Odoo SA), type « CRM et ERP », en général sous-traitant.
catalog-service-odoo = Fait tourner notre logiciel de gestion : fichier clients, ventes, facturation et, si nous l’utilisons, notre boutique en ligne.
# Pipedrive (Pipedrive OÜ), type « CRM et ERP », en général sous-traitant.
catalog-service-pipedrive = Gère notre fichier de clients et de prospects et assure le suivi de nos ventes.
# Exact Online (Exact Group B.V.), type « comptabilité et facturation », en
# général sous-traitant.
catalog-service-exact-online = Tient notre comptabilité et notre facturation en ligne.
# Yuki (Yuki Works B.V.), type « comptabilité et facturation », en général
# sous-traitant.
catalog-service-yuki = Tient notre comptabilité en ligne et traite nos factures d’achat et de vente.
# Billit (Billit BV), type « comptabilité et facturation », en général
# sous-traitant.
catalog-service-billit = Envoie et reçoit nos factures, y compris sous forme électronique, et les transmet à notre comptabilité.
# Moneybird (Moneybird B.V.), type « comptabilité et facturation », en général
# sous-traitant.
catalog-service-moneybird = Tient notre comptabilité et notre facturation en ligne.
# Mollie (Mollie B.V.), type « paiement », en général responsable du traitement
# indépendant.
catalog-service-mollie = Traite les paiements en ligne et, en tant qu’établissement de paiement, effectue ses propres contrôles imposés par la loi.
# Stripe (Stripe Payments Europe, Limited), type « paiement », en général
# responsable du traitement indépendant.
catalog-service-stripe = Traite les paiements en ligne et, en tant qu’établissement de paiement, effectue ses propres contrôles contre la fraude et le blanchiment de capitaux.
# PayPal (PayPal (Europe) S.à r.l. et Cie, S.C.A.), type « paiement », en
# général responsable du traitement indépendant.
catalog-service-paypal = Traite les paiements effectués avec un compte PayPal ou par carte via PayPal, sous sa propre responsabilité en tant que banque.
# Adyen (Adyen N.V.), type « paiement », en général responsable du traitement
# indépendant.
catalog-service-adyen = Traite les paiements en ligne et en magasin et, en tant qu’établissement de paiement, effectue ses propres contrôles imposés par la loi.
# MultiSafepay (MultiSafepay B.V.), type « paiement », en général responsable
# du traitement indépendant.
catalog-service-multisafepay = Traite les paiements en ligne et, en tant qu’établissement de paiement, effectue ses propres contrôles imposés par la loi.
# Shopify (Shopify International Limited), type « plateformes de boutique en
# ligne », en général sous-traitant.
catalog-service-shopify = Héberge notre boutique en ligne et traite les commandes qui y sont passées.
# WooCommerce (Automattic Inc.), type « plateformes de boutique en ligne ».
# Fonctionne sur le site web de l’organisation, l’ajouter n’ajoute donc aucun
# destinataire : ce texte n’est actuellement pas utilisé.
catalog-service-woocommerce = Fait fonctionner la boutique en ligne sur notre propre site web ; les commandes restent sur notre propre serveur web.
# Lightspeed eCom (Lightspeed Commerce Inc.), type « plateformes de boutique en
# ligne », en général sous-traitant.
catalog-service-lightspeed = Héberge notre boutique en ligne et traite les commandes qui y sont passées.
# Wix (Wix.com Ltd.), type « plateformes de boutique en ligne », en général
# sous-traitant.
catalog-service-wix = Héberge notre site web et, si nous l’utilisons, notre boutique en ligne et ses commandes.
# Squarespace (Squarespace Ireland Limited), type « plateformes de boutique en
# ligne », en général sous-traitant.
catalog-service-squarespace = Héberge notre site web et, si nous l’utilisons, notre boutique en ligne et ses commandes.
# Combell (Combell NV), type « hébergement et cloud », en général
# sous-traitant.
catalog-service-combell = Héberge notre site web et nos e-mails dans ses centres de données.
# OVHcloud (OVH SAS), type « hébergement et cloud », en général sous-traitant.
catalog-service-ovhcloud = Héberge notre site web ou nos applications sur ses serveurs.
# Amazon Web Services (Amazon Web Services EMEA SARL), type « hébergement et
# cloud », en général sous-traitant.
catalog-service-aws = Héberge nos applications et nos données sur ses serveurs, dans la région que nous avons choisie.
# Hetzner (Hetzner Online GmbH), type « hébergement et cloud », en général
# sous-traitant.
catalog-service-hetzner = Héberge notre site web ou nos applications sur ses serveurs.
# TransIP (TransIP B.V.), type « hébergement et cloud », en général
# sous-traitant.
catalog-service-transip = Héberge notre site web, nos noms de domaine et nos e-mails.
# Dropbox (Dropbox International Unlimited Company), type « hébergement et
# cloud », en général sous-traitant.
catalog-service-dropbox = Stocke nos fichiers et nous permet de les partager.
# WeTransfer (WeTransfer B.V.), type « hébergement et cloud », en général
# sous-traitant.
catalog-service-wetransfer = Envoie de gros fichiers pour nous, ou à nous, au moyen d’un lien de téléchargement.
# Microsoft 365 (Microsoft Ireland Operations Limited), type « suites
# bureautiques », en général sous-traitant.
catalog-service-microsoft-365 = Fournit notre messagerie, nos agendas, nos documents et nos réunions vidéo.
# Google Workspace (Google Cloud EMEA Limited), type « suites bureautiques »,
# en général sous-traitant.
catalog-service-google-workspace = Fournit notre messagerie, nos agendas, nos documents et nos réunions vidéo.
# Zoom (Zoom Communications, Inc.), type « suites bureautiques », en général
# sous-traitant.
catalog-service-zoom = Assure nos réunions vidéo et nos webinaires.
# Slack (Slack Technologies Limited), type « suites bureautiques », en général
# sous-traitant.
catalog-service-slack = Achemine les messages qu’échange notre équipe, y compris au sujet de clients et de projets.
# YouTube (Google Ireland Limited), type « vidéos intégrées », en général
# responsable du traitement indépendant.
catalog-service-youtube = Lit les vidéos YouTube présentées sur notre site web ; YouTube décide lui-même de ce qu’il fait de ce qu’il apprend lorsque vous les regardez.
# Vimeo (Vimeo.com, Inc.), type « vidéos intégrées », en général responsable du
# traitement indépendant.
catalog-service-vimeo = Lit les vidéos Vimeo présentées sur notre site web et tient des statistiques de visionnage.
# Intercom (Intercom R&D Unlimited Company), type « chat et assistance », en
# général sous-traitant.
catalog-service-intercom = Fait fonctionner la fenêtre de chat de notre site web et conserve les conversations avec nos clients.
# Zendesk (Zendesk, Inc.), type « chat et assistance », en général
# sous-traitant.
catalog-service-zendesk = Conserve les questions que nos clients nous envoient et les réponses que nous leur donnons.
# Crisp (Crisp IM SAS), type « chat et assistance », en général sous-traitant.
catalog-service-crisp = Fait fonctionner la fenêtre de chat de notre site web et conserve les conversations avec nos clients.
# WhatsApp Business (WhatsApp Ireland Limited), type « chat et assistance », en
# général responsable du traitement indépendant.
catalog-service-whatsapp-business = Achemine les messages que nous échangeons avec nos clients par WhatsApp ; WhatsApp décide lui-même de ce qu’il fait des données de ses utilisateurs.
# Cloudflare (Cloudflare, Inc.), type « sécurité et CDN », en général
# sous-traitant.
catalog-service-cloudflare = Diffuse rapidement notre site web et le protège contre les attaques et le trafic abusif.
# Google reCAPTCHA (Google Ireland Limited), type « sécurité et CDN », en
# général responsable du traitement indépendant.
catalog-service-recaptcha = Vérifie si un formulaire de notre site web est rempli par une personne et non par un programme qui envoie du spam.
# bunny.net (BunnyWay d.o.o.), type « sécurité et CDN », en général
# sous-traitant.
catalog-service-bunny-net = Diffuse rapidement les images et les fichiers de notre site web depuis des serveurs proches du visiteur.
# Friendly Captcha (Friendly Captcha GmbH), type « sécurité et CDN », en
# général sous-traitant.
catalog-service-friendly-captcha = Vérifie, sans cookies, si un formulaire de notre site web est rempli par une personne.
# Cookiebot (Usercentrics A/S), type « outils de gestion du consentement », en
# général sous-traitant.
catalog-service-cookiebot = Demande aux visiteurs leur consentement aux cookies et conserve une trace des choix exprimés.
# Complianz (Complianz B.V.), type « outils de gestion du consentement ».
# Fonctionne sur le site web de l’organisation, l’ajouter n’ajoute donc aucun
# destinataire : ce texte n’est actuellement pas utilisé.
catalog-service-complianz = Demande aux visiteurs leur consentement aux cookies ; l’extension fonctionne sur notre propre site web.
# CookieYes (CookieYes Limited), type « outils de gestion du consentement », en
# général sous-traitant.
catalog-service-cookieyes = Demande aux visiteurs leur consentement aux cookies et conserve une trace des choix exprimés.
# Usercentrics (Usercentrics GmbH), type « outils de gestion du consentement »,
# en général sous-traitant.
catalog-service-usercentrics = Demande aux visiteurs leur consentement aux cookies et conserve une trace des choix exprimés.
# Calendly (Calendly LLC), type « formulaires et prise de rendez-vous », en
# général sous-traitant.
catalog-service-calendly = Permet de prendre rendez-vous avec nous en ligne et gère notre agenda des rendez-vous.
# Typeform (Typeform SL), type « formulaires et prise de rendez-vous », en
# général sous-traitant.
catalog-service-typeform = Fait fonctionner les formulaires et les enquêtes de notre site web et conserve les réponses pour nous.
# Tally (Tally BV), type « formulaires et prise de rendez-vous », en général
# sous-traitant.
catalog-service-tally = Fait fonctionner les formulaires et les enquêtes de notre site web et conserve les réponses pour nous.
# SD Worx (SD Worx Group NV), type « paie et RH », en général sous-traitant.
catalog-service-sd-worx = En tant que secrétariat social, calcule les salaires de notre personnel et effectue pour lui les déclarations sociales et fiscales.
# Securex (Securex Sociaal Secretariaat), type « paie et RH », en général
# sous-traitant.
catalog-service-securex = En tant que secrétariat social, calcule les salaires de notre personnel et effectue pour lui les déclarations sociales et fiscales.
# Partena Professional (Partena Sociaal Secretariaat), type « paie et RH », en
# général sous-traitant.
catalog-service-partena = En tant que secrétariat social, calcule les salaires de notre personnel et effectue pour lui les déclarations sociales et fiscales.
# Acerta (Acerta Sociaal Secretariaat vzw), type « paie et RH », en général
# sous-traitant.
catalog-service-acerta = En tant que secrétariat social, calcule les salaires de notre personnel et effectue pour lui les déclarations sociales et fiscales.
# Liantis (Liantis), type « paie et RH », en général sous-traitant.
catalog-service-liantis = En tant que secrétariat social, calcule les salaires de notre personnel et effectue pour lui les déclarations sociales et fiscales.
# Nmbrs (Nmbrs B.V.), type « paie et RH », en général sous-traitant.
catalog-service-nmbrs = Gère en ligne notre paie et nos dossiers du personnel.
# Personio (Personio SE & Co. KG), type « paie et RH », en général
# sous-traitant.
catalog-service-personio = Gère nos dossiers du personnel et les candidatures que nous recevons.

## What each cookie is for, by its name (catalog-cookie-<name>, with
## -prefix for a name that continues, such as _ga_*).
## Copié dans le champ « À quoi sert-il ? » du cookie (étape « Cookies ») et
## imprimé dans le tableau de la politique en matière de cookies.
# Cookie « _ga » de Google Analytics : analytique, cookie propriétaire.
catalog-cookie-ga = Attribue un numéro aléatoire à votre navigateur, afin que Google Analytics puisse distinguer les nouveaux visiteurs de ceux qui reviennent.
# Cookie « _ga_* » de Google Analytics : analytique, cookie propriétaire. Vaut
# pour tout cookie dont le nom commence par ce qui précède le *.
catalog-cookie-ga-prefix = Mémorise la visite en cours et son numéro d’ordre, afin que Google Analytics puisse compter les pages vues par visite.
# Cookie « _gid » de Google Analytics : analytique, cookie propriétaire.
catalog-cookie-gid = Reconnaît votre navigateur pendant une journée, pour les chiffres de fréquentation quotidiens de Google Analytics.
# Cookie « _gat » de Google Analytics : analytique, cookie propriétaire.
catalog-cookie-gat = Limite la fréquence à laquelle Google Analytics envoie des données, afin que les pages très fréquentées n’en envoient pas trop à la fois.
# Cookie « _dc_gtm_* » de Google Analytics : analytique, cookie propriétaire.
# Vaut pour tout cookie dont le nom commence par ce qui précède le *.
catalog-cookie-dc-gtm-prefix = Limite la fréquence à laquelle Google Analytics, chargé via Google Tag Manager, envoie des données.
# Cookie « _pk_id.* » de Matomo, Matomo Cloud : analytique, cookie
# propriétaire. Vaut pour tout cookie dont le nom commence par ce qui précède
# le *.
catalog-cookie-pk-id-prefix = Attribue un numéro de visiteur aléatoire à votre navigateur, afin que Matomo puisse reconnaître les visiteurs qui reviennent.
# Cookie « _pk_ses.* » de Matomo, Matomo Cloud : analytique, cookie
# propriétaire. Vaut pour tout cookie dont le nom commence par ce qui précède
# le *.
catalog-cookie-pk-ses-prefix = Regroupe dans les statistiques de Matomo les pages que vous consultez au cours d’une même visite.
# Cookie « _pk_ref.* » de Matomo, Matomo Cloud : analytique, cookie
# propriétaire. Vaut pour tout cookie dont le nom commence par ce qui précède
# le *.
catalog-cookie-pk-ref-prefix = Mémorise comment vous avez trouvé notre site web la première fois, par exemple par un moteur de recherche ou un lien sur un autre site.
# Cookie « _pk_cvar.* » de Matomo, Matomo Cloud : analytique, cookie
# propriétaire. Vaut pour tout cookie dont le nom commence par ce qui précède
# le *.
catalog-cookie-pk-cvar-prefix = Conserve brièvement des détails supplémentaires sur la visite en cours pour les statistiques de Matomo.
# Cookie « _pk_hsr.* » de Matomo, Matomo Cloud : analytique, cookie
# propriétaire. Vaut pour tout cookie dont le nom commence par ce qui précède
# le *.
catalog-cookie-pk-hsr-prefix = Regroupe dans Matomo la carte de chaleur ou l’enregistrement de session de la visite en cours.
# Cookie « _hjSessionUser_* » de Hotjar : analytique, cookie propriétaire. Vaut
# pour tout cookie dont le nom commence par ce qui précède le *.
catalog-cookie-hjSessionUser-prefix = Attribue un numéro d’utilisateur Hotjar aléatoire à votre navigateur, afin que vos visites ultérieures sur notre site web soient comptées comme celles d’un même visiteur.
# Cookie « _hjSession_* » de Hotjar : analytique, cookie propriétaire. Vaut
# pour tout cookie dont le nom commence par ce qui précède le *.
catalog-cookie-hjSession-prefix = Regroupe dans Hotjar les pages que vous consultez au cours d’une même visite.
# Cookie « _hjAbsoluteSessionInProgress » de Hotjar : analytique, cookie
# propriétaire.
catalog-cookie-hjAbsoluteSessionInProgress = Permet à Hotjar de repérer la première page vue d’une visite, afin de compter les visites.
# Cookie « _gcl_au » de Google Ads : marketing, cookie propriétaire.
catalog-cookie-gcl-au = Relie une visite sur notre site web à une publicité Google sur laquelle vous avez cliqué, afin de mesurer si nos publicités mènent à des commandes.
# Cookie « _gcl_aw » de Google Ads : marketing, cookie propriétaire.
catalog-cookie-gcl-aw = Mémorise le clic sur une publicité Google à l’origine de votre visite sur notre site web, afin d’en mesurer l’effet.
# Cookie « IDE » de Google Ads : marketing, cookie tiers.
catalog-cookie-IDE = Permet à Google de vous montrer des publicités sur d’autres sites web en fonction de vos visites précédentes, et de les mesurer.
# Cookie « test_cookie » de Google Ads : marketing, cookie tiers.
catalog-cookie-test-cookie = Vérifie si votre navigateur accepte les cookies du service publicitaire de Google.
# Cookie « _fbp » de Meta Pixel : marketing, cookie propriétaire.
catalog-cookie-fbp = Attribue un numéro à votre navigateur, afin que Meta puisse relier les visites sur notre site web à nos publicités sur Facebook et Instagram.
# Cookie « _fbc » de Meta Pixel : marketing, cookie propriétaire.
catalog-cookie-fbc = Mémorise le clic sur une publicité Facebook ou Instagram à l’origine de votre visite sur notre site web.
# Cookie « fr » de Meta Pixel : marketing, cookie tiers.
catalog-cookie-fr = Permet à Meta de reconnaître votre navigateur pour afficher et mesurer des publicités, même sans connexion à votre compte.
# Cookie « li_sugr » de LinkedIn Insight Tag : marketing, cookie tiers.
catalog-cookie-li-sugr = Permet à LinkedIn de tenter de reconnaître votre navigateur déjà vu ailleurs, afin de mesurer nos publicités.
# Cookie « bcookie » de LinkedIn Insight Tag : marketing, cookie tiers.
catalog-cookie-bcookie = Identifie votre navigateur auprès de LinkedIn, y compris sur d’autres sites web qui affichent du contenu LinkedIn.
# Cookie « lidc » de LinkedIn Insight Tag : marketing, cookie tiers.
catalog-cookie-lidc = Permet à LinkedIn de choisir le centre de données qui traite les requêtes de votre navigateur.
# Cookie « UserMatchHistory » de LinkedIn Insight Tag : marketing, cookie
# tiers.
catalog-cookie-UserMatchHistory = Permet à LinkedIn de relier votre navigateur à ses propres données, afin d’afficher et de mesurer nos publicités.
# Cookie « AnalyticsSyncHistory » de LinkedIn Insight Tag : marketing, cookie
# tiers.
catalog-cookie-AnalyticsSyncHistory = Mémorise quand LinkedIn a relié pour la dernière fois votre navigateur à ses propres données.
# Cookie « _uetsid » de Microsoft Advertising : marketing, cookie propriétaire.
catalog-cookie-uetsid = Regroupe vos visites d’une même journée, afin que Microsoft Advertising puisse mesurer nos publicités.
# Cookie « _uetvid » de Microsoft Advertising : marketing, cookie propriétaire.
catalog-cookie-uetvid = Attribue un numéro à votre navigateur, afin que Microsoft Advertising puisse relier vos visites ultérieures à nos publicités.
# Cookie « MUID » de Microsoft Advertising : marketing, cookie tiers.
catalog-cookie-MUID = Identifie votre navigateur sur les sites web et les services de Microsoft, à des fins publicitaires.
# Cookie « __hssc » de HubSpot : analytique, cookie propriétaire.
catalog-cookie-hssc = Regroupe dans les statistiques de HubSpot les pages que vous consultez au cours d’une même visite.
# Cookie « __hssrc » de HubSpot : analytique, cookie propriétaire.
catalog-cookie-hssrc = Permet à HubSpot de détecter que vous avez redémarré votre navigateur, afin de distinguer une nouvelle visite de la visite en cours.
# Cookie « __stripe_mid » de Stripe : strictement nécessaire, cookie
# propriétaire.
catalog-cookie-stripe-mid = Permet à Stripe de reconnaître votre navigateur afin de prévenir la fraude aux paiements.
# Cookie « __stripe_sid » de Stripe : strictement nécessaire, cookie
# propriétaire.
catalog-cookie-stripe-sid = Permet à Stripe de reconnaître la visite en cours afin de prévenir la fraude aux paiements.
# Cookie « _tracking_consent » de Shopify : strictement nécessaire, cookie
# propriétaire.
catalog-cookie-tracking-consent = Mémorise vos choix en matière de cookies dans notre boutique en ligne.
# Cookie « cart » de Shopify : strictement nécessaire, cookie propriétaire.
catalog-cookie-cart = Mémorise le contenu de votre panier.
# Cookie « secure_customer_sig » de Shopify : strictement nécessaire, cookie
# propriétaire.
catalog-cookie-secure-customer-sig = Maintient votre session ouverte dans votre compte client de notre boutique en ligne.
# Cookie « keep_alive » de Shopify : strictement nécessaire, cookie
# propriétaire.
catalog-cookie-keep-alive = Maintient votre visite de notre boutique en ligne active pendant que vous passez d’une page à l’autre.
# Cookie « _shopify_y » de Shopify : analytique, cookie propriétaire.
catalog-cookie-shopify-y = Attribue un numéro à votre navigateur, afin que les statistiques de la boutique en ligne puissent reconnaître les visiteurs qui reviennent.
# Cookie « _shopify_s » de Shopify : analytique, cookie propriétaire.
catalog-cookie-shopify-s = Regroupe dans les statistiques de la boutique en ligne les pages que vous consultez au cours d’une même visite.
# Cookie « wp_woocommerce_session_* » de WooCommerce : strictement nécessaire,
# cookie propriétaire. Vaut pour tout cookie dont le nom commence par ce qui
# précède le *.
catalog-cookie-wp-woocommerce-session-prefix = Relie votre navigateur à votre panier, afin que la boutique en ligne sache ce que vous avez choisi.
# Cookie « woocommerce_cart_hash » de WooCommerce : strictement nécessaire,
# cookie propriétaire.
catalog-cookie-woocommerce-cart-hash = Détecte les changements dans le contenu de votre panier.
# Cookie « woocommerce_items_in_cart » de WooCommerce : strictement nécessaire,
# cookie propriétaire.
catalog-cookie-woocommerce-items-in-cart = Mémorise si votre panier contient des articles.
# Cookie « woocommerce_recently_viewed » de WooCommerce : fonctionnel, cookie
# propriétaire.
catalog-cookie-woocommerce-recently-viewed = Mémorise les produits que vous avez consultés, afin de vous les présenter à nouveau.
# Cookie « YSC » de YouTube : fonctionnel, cookie tiers.
catalog-cookie-YSC = Regroupe une même session de visionnage d’une vidéo YouTube intégrée ; YouTube l’utilise aussi pour lutter contre les abus.
# Cookie « VISITOR_INFO1_LIVE » de YouTube : marketing, cookie tiers.
catalog-cookie-VISITOR-INFO1-LIVE = Permet à YouTube de mémoriser les paramètres et l’historique de visionnage de votre navigateur, y compris pour ses recommandations et ses publicités.
# Cookie « vuid » de Vimeo : analytique, cookie tiers.
catalog-cookie-vuid = Attribue un numéro à votre navigateur, afin que Vimeo puisse compter qui regarde nos vidéos.
# Cookie « intercom-id-* » de Intercom : fonctionnel, cookie propriétaire. Vaut
# pour tout cookie dont le nom commence par ce qui précède le *.
catalog-cookie-intercom-id-prefix = Reconnaît votre navigateur dans notre fenêtre de chat, afin qu’une conversation antérieure puisse se poursuivre.
# Cookie « intercom-session-* » de Intercom : fonctionnel, cookie propriétaire.
# Vaut pour tout cookie dont le nom commence par ce qui précède le *.
catalog-cookie-intercom-session-prefix = Maintient pendant une semaine l’accès à vos conversations dans notre fenêtre de chat.
# Cookie « intercom-device-id-* » de Intercom : fonctionnel, cookie
# propriétaire. Vaut pour tout cookie dont le nom commence par ce qui précède
# le *.
catalog-cookie-intercom-device-id-prefix = Reconnaît l’appareil qui utilise notre fenêtre de chat, afin de prévenir les abus.
# Cookie « __cf_bm » de Cloudflare : strictement nécessaire, cookie
# propriétaire.
catalog-cookie-cf-bm = Aide Cloudflare à distinguer les visiteurs des programmes automatisés, afin de protéger notre site web.
# Cookie « __cfruid » de Cloudflare : strictement nécessaire, cookie
# propriétaire.
catalog-cookie-cfruid = Permet à Cloudflare de reconnaître les visiteurs qui partagent une même adresse IP, afin que les limites imposées au trafic abusif ne les pénalisent pas.
# Cookie « _cfuvid » de Cloudflare : strictement nécessaire, cookie
# propriétaire.
catalog-cookie-cfuvid = Permet à Cloudflare de reconnaître les visiteurs qui partagent une même adresse IP, afin que les limites imposées au trafic abusif ne les pénalisent pas.
# Cookie « _GRECAPTCHA » de Google reCAPTCHA : strictement nécessaire, cookie
# tiers.
catalog-cookie-GRECAPTCHA = Permet à Google reCAPTCHA d’évaluer si un formulaire est rempli par une personne, afin de bloquer le spam.
# Cookie « CookieConsent » de Cookiebot : strictement nécessaire, cookie
# propriétaire.
catalog-cookie-CookieConsent = Mémorise les types de cookies que vous avez acceptés ou refusés, afin que nous ne vous reposions pas la question sur chaque page.
# Cookie « cmplz_* » de Complianz : strictement nécessaire, cookie
# propriétaire. Vaut pour tout cookie dont le nom commence par ce qui précède
# le *.
catalog-cookie-cmplz-prefix = Mémorisent les types de cookies que vous avez acceptés ou refusés, afin que nous ne vous reposions pas la question sur chaque page.
# Cookie « cookieyes-consent » de CookieYes : strictement nécessaire, cookie
# propriétaire.
catalog-cookie-cookieyes-consent = Mémorise les types de cookies que vous avez acceptés ou refusés, afin que nous ne vous reposions pas la question sur chaque page.
