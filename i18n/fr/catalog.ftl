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
catalog-kind-analytics = mesure d’audience
catalog-kind-advertising = publicité et pixels de suivi
catalog-kind-email-marketing = marketing par e-mail
catalog-kind-crm-erp = CRM et ERP
catalog-kind-accounting = comptabilité et facturation
catalog-kind-payment = paiement
catalog-kind-webshop = plateformes de boutique en ligne
catalog-kind-hosting = hébergement et cloud
catalog-kind-office = suites bureautiques
catalog-kind-video = vidéos intégrées
catalog-kind-support = chat et assistance
catalog-kind-security = sécurité et CDN
catalog-kind-consent = outils de gestion du consentement
catalog-kind-forms = formulaires et prise de rendez-vous
catalog-kind-payroll = paie et RH

## What a service is usually used for.
catalog-purpose-website-statistics = statistiques du site web
catalog-purpose-advertising = publicité
catalog-purpose-newsletter = newsletter et campagnes e-mail
catalog-purpose-customer-relations = gestion de la relation client
catalog-purpose-accounting = comptabilité
catalog-purpose-invoicing = facturation
catalog-purpose-payments = paiements
catalog-purpose-online-sales = vente en ligne
catalog-purpose-hosting = hébergement
catalog-purpose-email = e-mail
catalog-purpose-collaboration = travail collaboratif et réunions
catalog-purpose-file-sharing = stockage et partage de fichiers
catalog-purpose-embedded-video = vidéos sur le site web
catalog-purpose-customer-support = service client
catalog-purpose-website-security = sécurité du site web
catalog-purpose-consent-records = enregistrement du consentement aux cookies
catalog-purpose-appointments = rendez-vous
catalog-purpose-forms = formulaires et enquêtes
catalog-purpose-payroll = paie
catalog-purpose-personnel-administration = administration du personnel
catalog-purpose-recruitment = recrutement

## What each service does for us (a recipient's "service").
catalog-service-google-analytics = Mesure la façon dont les visiteurs utilisent notre site web et en tire des statistiques de fréquentation.
catalog-service-matomo = Mesure la façon dont les visiteurs utilisent notre site web ; le logiciel fonctionne sur notre propre serveur web, de sorte que les statistiques restent chez nous.
catalog-service-matomo-cloud = Mesure la façon dont les visiteurs utilisent notre site web et conserve pour nous les statistiques de fréquentation sur ses serveurs.
catalog-service-plausible = Compte les visites sur notre site web sans cookies et sans enregistrer les adresses IP.
catalog-service-simple-analytics = Compte les visites sur notre site web sans cookies et sans établir de profils des visiteurs.
catalog-service-hotjar = Nous montre comment les visiteurs cliquent, font défiler et parcourent nos pages web, afin que nous puissions les rendre plus faciles à utiliser.
catalog-service-google-ads = Affiche nos publicités sur Google et sur d’autres sites web, et mesure lesquelles mènent à une visite ou à une commande.
catalog-service-meta-pixel = Mesure l’effet de nos publicités sur Facebook et Instagram et nous permet de les montrer aux visiteurs de notre site web.
catalog-service-linkedin-insight = Mesure l’effet de nos publicités sur LinkedIn et nous fournit des statistiques sur le profil professionnel de nos visiteurs.
catalog-service-microsoft-advertising = Affiche nos publicités sur Bing et mesure lesquelles mènent à une visite ou à une commande.
catalog-service-mailchimp = Envoie nos newsletters et nos campagnes e-mail et gère la liste des abonnés.
catalog-service-brevo = Envoie nos newsletters et nos campagnes e-mail et gère la liste des abonnés.
catalog-service-flexmail = Envoie nos newsletters et nos campagnes e-mail et gère la liste des abonnés.
catalog-service-mailerlite = Envoie nos newsletters et nos campagnes e-mail et gère la liste des abonnés.
catalog-service-hubspot = Gère notre fichier de clients et de prospects, envoie nos e-mails marketing et mesure les visites sur notre site web.
catalog-service-teamleader = Gère notre fichier clients, nos devis, nos projets et nos factures.
catalog-service-odoo = Fait tourner notre logiciel de gestion : fichier clients, ventes, facturation et, si nous l’utilisons, notre boutique en ligne.
catalog-service-pipedrive = Gère notre fichier de clients et de prospects et assure le suivi de nos ventes.
catalog-service-exact-online = Tient notre comptabilité et notre facturation en ligne.
catalog-service-yuki = Tient notre comptabilité en ligne et traite nos factures d’achat et de vente.
catalog-service-billit = Envoie et reçoit nos factures, y compris sous forme électronique, et les transmet à notre comptabilité.
catalog-service-moneybird = Tient notre comptabilité et notre facturation en ligne.
catalog-service-mollie = Traite les paiements en ligne et, en tant qu’établissement de paiement, effectue ses propres contrôles imposés par la loi.
catalog-service-stripe = Traite les paiements en ligne et, en tant qu’établissement de paiement, effectue ses propres contrôles contre la fraude et le blanchiment de capitaux.
catalog-service-paypal = Traite les paiements effectués avec un compte PayPal ou par carte via PayPal, sous sa propre responsabilité en tant que banque.
catalog-service-adyen = Traite les paiements en ligne et en magasin et, en tant qu’établissement de paiement, effectue ses propres contrôles imposés par la loi.
catalog-service-multisafepay = Traite les paiements en ligne et, en tant qu’établissement de paiement, effectue ses propres contrôles imposés par la loi.
catalog-service-shopify = Héberge notre boutique en ligne et traite les commandes qui y sont passées.
catalog-service-woocommerce = Fait fonctionner la boutique en ligne sur notre propre site web ; les commandes restent sur notre propre serveur web.
catalog-service-lightspeed = Héberge notre boutique en ligne et traite les commandes qui y sont passées.
catalog-service-wix = Héberge notre site web et, si nous l’utilisons, notre boutique en ligne et ses commandes.
catalog-service-squarespace = Héberge notre site web et, si nous l’utilisons, notre boutique en ligne et ses commandes.
catalog-service-combell = Héberge notre site web et nos e-mails dans ses centres de données.
catalog-service-ovhcloud = Héberge notre site web ou nos applications sur ses serveurs.
catalog-service-aws = Héberge nos applications et nos données sur ses serveurs, dans la région que nous avons choisie.
catalog-service-hetzner = Héberge notre site web ou nos applications sur ses serveurs.
catalog-service-transip = Héberge notre site web, nos noms de domaine et nos e-mails.
catalog-service-dropbox = Stocke nos fichiers et nous permet de les partager.
catalog-service-wetransfer = Envoie de gros fichiers pour nous, ou à nous, au moyen d’un lien de téléchargement.
catalog-service-microsoft-365 = Fournit notre messagerie, nos agendas, nos documents et nos réunions vidéo.
catalog-service-google-workspace = Fournit notre messagerie, nos agendas, nos documents et nos réunions vidéo.
catalog-service-zoom = Assure nos réunions vidéo et nos webinaires.
catalog-service-slack = Achemine les messages qu’échange notre équipe, y compris au sujet de clients et de projets.
catalog-service-youtube = Lit les vidéos YouTube présentées sur notre site web ; YouTube décide lui-même de ce qu’il fait de ce qu’il apprend lorsque vous les regardez.
catalog-service-vimeo = Lit les vidéos Vimeo présentées sur notre site web et tient des statistiques de visionnage.
catalog-service-intercom = Fait fonctionner la fenêtre de chat de notre site web et conserve les conversations avec nos clients.
catalog-service-zendesk = Conserve les questions que nos clients nous envoient et les réponses que nous leur donnons.
catalog-service-crisp = Fait fonctionner la fenêtre de chat de notre site web et conserve les conversations avec nos clients.
catalog-service-whatsapp-business = Achemine les messages que nous échangeons avec nos clients par WhatsApp ; WhatsApp décide lui-même de ce qu’il fait des données de ses utilisateurs.
catalog-service-cloudflare = Diffuse rapidement notre site web et le protège contre les attaques et le trafic abusif.
catalog-service-recaptcha = Vérifie si un formulaire de notre site web est rempli par une personne et non par un programme qui envoie du spam.
catalog-service-bunny-net = Diffuse rapidement les images et les fichiers de notre site web depuis des serveurs proches du visiteur.
catalog-service-friendly-captcha = Vérifie, sans cookies, si un formulaire de notre site web est rempli par une personne.
catalog-service-cookiebot = Demande aux visiteurs leur consentement aux cookies et conserve une trace des choix exprimés.
catalog-service-complianz = Demande aux visiteurs leur consentement aux cookies ; l’extension fonctionne sur notre propre site web.
catalog-service-cookieyes = Demande aux visiteurs leur consentement aux cookies et conserve une trace des choix exprimés.
catalog-service-usercentrics = Demande aux visiteurs leur consentement aux cookies et conserve une trace des choix exprimés.
catalog-service-calendly = Permet de prendre rendez-vous avec nous en ligne et gère notre agenda des rendez-vous.
catalog-service-typeform = Fait fonctionner les formulaires et les enquêtes de notre site web et conserve les réponses pour nous.
catalog-service-tally = Fait fonctionner les formulaires et les enquêtes de notre site web et conserve les réponses pour nous.
catalog-service-sd-worx = En tant que secrétariat social, calcule les salaires de notre personnel et effectue pour lui les déclarations sociales et fiscales.
catalog-service-securex = En tant que secrétariat social, calcule les salaires de notre personnel et effectue pour lui les déclarations sociales et fiscales.
catalog-service-partena = En tant que secrétariat social, calcule les salaires de notre personnel et effectue pour lui les déclarations sociales et fiscales.
catalog-service-acerta = En tant que secrétariat social, calcule les salaires de notre personnel et effectue pour lui les déclarations sociales et fiscales.
catalog-service-liantis = En tant que secrétariat social, calcule les salaires de notre personnel et effectue pour lui les déclarations sociales et fiscales.
catalog-service-nmbrs = Gère en ligne notre paie et nos dossiers du personnel.
catalog-service-personio = Gère nos dossiers du personnel et les candidatures que nous recevons.

## What each cookie is for, by its name (catalog-cookie-<name>, with
## -prefix for a name that continues, such as _ga_*).
catalog-cookie-ga = Attribue un numéro aléatoire à votre navigateur, afin que Google Analytics puisse distinguer les nouveaux visiteurs de ceux qui reviennent.
catalog-cookie-ga-prefix = Mémorise la visite en cours et son numéro d’ordre, afin que Google Analytics puisse compter les pages vues par visite.
catalog-cookie-gid = Reconnaît votre navigateur pendant une journée, pour les chiffres de fréquentation quotidiens de Google Analytics.
catalog-cookie-gat = Limite la fréquence à laquelle Google Analytics envoie des données, afin que les pages très fréquentées n’en envoient pas trop à la fois.
catalog-cookie-dc-gtm-prefix = Limite la fréquence à laquelle Google Analytics, chargé via Google Tag Manager, envoie des données.
catalog-cookie-pk-id-prefix = Attribue un numéro de visiteur aléatoire à votre navigateur, afin que Matomo puisse reconnaître les visiteurs qui reviennent.
catalog-cookie-pk-ses-prefix = Regroupe dans les statistiques de Matomo les pages que vous consultez au cours d’une même visite.
catalog-cookie-pk-ref-prefix = Mémorise comment vous avez trouvé notre site web la première fois, par exemple par un moteur de recherche ou un lien sur un autre site.
catalog-cookie-pk-cvar-prefix = Conserve brièvement des détails supplémentaires sur la visite en cours pour les statistiques de Matomo.
catalog-cookie-pk-hsr-prefix = Regroupe dans Matomo la carte de chaleur ou l’enregistrement de session de la visite en cours.
catalog-cookie-hjSessionUser-prefix = Attribue un numéro d’utilisateur Hotjar aléatoire à votre navigateur, afin que vos visites ultérieures sur notre site web soient comptées comme celles d’un même visiteur.
catalog-cookie-hjSession-prefix = Regroupe dans Hotjar les pages que vous consultez au cours d’une même visite.
catalog-cookie-hjAbsoluteSessionInProgress = Permet à Hotjar de repérer la première page vue d’une visite, afin de compter les visites.
catalog-cookie-gcl-au = Relie une visite sur notre site web à une publicité Google sur laquelle vous avez cliqué, afin de mesurer si nos publicités mènent à des commandes.
catalog-cookie-gcl-aw = Mémorise le clic sur une publicité Google à l’origine de votre visite sur notre site web, afin d’en mesurer l’effet.
catalog-cookie-IDE = Permet à Google de vous montrer des publicités sur d’autres sites web en fonction de vos visites précédentes, et de les mesurer.
catalog-cookie-test-cookie = Vérifie si votre navigateur accepte les cookies du service publicitaire de Google.
catalog-cookie-fbp = Attribue un numéro à votre navigateur, afin que Meta puisse relier les visites sur notre site web à nos publicités sur Facebook et Instagram.
catalog-cookie-fbc = Mémorise le clic sur une publicité Facebook ou Instagram à l’origine de votre visite sur notre site web.
catalog-cookie-fr = Permet à Meta de reconnaître votre navigateur pour afficher et mesurer des publicités, même sans connexion à votre compte.
catalog-cookie-li-sugr = Permet à LinkedIn de tenter de reconnaître votre navigateur déjà vu ailleurs, afin de mesurer nos publicités.
catalog-cookie-bcookie = Identifie votre navigateur auprès de LinkedIn, y compris sur d’autres sites web qui affichent du contenu LinkedIn.
catalog-cookie-lidc = Permet à LinkedIn de choisir le centre de données qui traite les requêtes de votre navigateur.
catalog-cookie-UserMatchHistory = Permet à LinkedIn de relier votre navigateur à ses propres données, afin d’afficher et de mesurer nos publicités.
catalog-cookie-AnalyticsSyncHistory = Mémorise quand LinkedIn a relié pour la dernière fois votre navigateur à ses propres données.
catalog-cookie-uetsid = Regroupe vos visites d’une même journée, afin que Microsoft Advertising puisse mesurer nos publicités.
catalog-cookie-uetvid = Attribue un numéro à votre navigateur, afin que Microsoft Advertising puisse relier vos visites ultérieures à nos publicités.
catalog-cookie-MUID = Identifie votre navigateur sur les sites web et les services de Microsoft, à des fins publicitaires.
catalog-cookie-hssc = Regroupe dans les statistiques de HubSpot les pages que vous consultez au cours d’une même visite.
catalog-cookie-hssrc = Permet à HubSpot de détecter que vous avez redémarré votre navigateur, afin de distinguer une nouvelle visite de la visite en cours.
catalog-cookie-stripe-mid = Permet à Stripe de reconnaître votre navigateur afin de prévenir la fraude aux paiements.
catalog-cookie-stripe-sid = Permet à Stripe de reconnaître la visite en cours afin de prévenir la fraude aux paiements.
catalog-cookie-tracking-consent = Mémorise vos choix en matière de cookies dans notre boutique en ligne.
catalog-cookie-cart = Mémorise le contenu de votre panier.
catalog-cookie-secure-customer-sig = Maintient votre session ouverte dans votre compte client de notre boutique en ligne.
catalog-cookie-keep-alive = Maintient votre visite de notre boutique en ligne active pendant que vous passez d’une page à l’autre.
catalog-cookie-shopify-y = Attribue un numéro à votre navigateur, afin que les statistiques de la boutique en ligne puissent reconnaître les visiteurs qui reviennent.
catalog-cookie-shopify-s = Regroupe dans les statistiques de la boutique en ligne les pages que vous consultez au cours d’une même visite.
catalog-cookie-wp-woocommerce-session-prefix = Relie votre navigateur à votre panier, afin que la boutique en ligne sache ce que vous avez choisi.
catalog-cookie-woocommerce-cart-hash = Détecte les changements dans le contenu de votre panier.
catalog-cookie-woocommerce-items-in-cart = Mémorise si votre panier contient des articles.
catalog-cookie-woocommerce-recently-viewed = Mémorise les produits que vous avez consultés, afin de vous les présenter à nouveau.
catalog-cookie-YSC = Regroupe une même session de visionnage d’une vidéo YouTube intégrée ; YouTube l’utilise aussi pour lutter contre les abus.
catalog-cookie-VISITOR-INFO1-LIVE = Permet à YouTube de mémoriser les paramètres et l’historique de visionnage de votre navigateur, y compris pour ses recommandations et ses publicités.
catalog-cookie-vuid = Attribue un numéro à votre navigateur, afin que Vimeo puisse compter qui regarde nos vidéos.
catalog-cookie-intercom-id-prefix = Reconnaît votre navigateur dans notre fenêtre de chat, afin qu’une conversation antérieure puisse se poursuivre.
catalog-cookie-intercom-session-prefix = Maintient pendant une semaine l’accès à vos conversations dans notre fenêtre de chat.
catalog-cookie-intercom-device-id-prefix = Reconnaît l’appareil qui utilise notre fenêtre de chat, afin de prévenir les abus.
catalog-cookie-cf-bm = Aide Cloudflare à distinguer les visiteurs des programmes automatisés, afin de protéger notre site web.
catalog-cookie-cfruid = Permet à Cloudflare de reconnaître les visiteurs qui partagent une même adresse IP, afin que les limites imposées au trafic abusif ne les pénalisent pas.
catalog-cookie-cfuvid = Permet à Cloudflare de reconnaître les visiteurs qui partagent une même adresse IP, afin que les limites imposées au trafic abusif ne les pénalisent pas.
catalog-cookie-GRECAPTCHA = Permet à Google reCAPTCHA d’évaluer si un formulaire est rempli par une personne, afin de bloquer le spam.
catalog-cookie-CookieConsent = Mémorise les types de cookies que vous avez acceptés ou refusés, afin que nous ne vous reposions pas la question sur chaque page.
catalog-cookie-cmplz-prefix = Mémorisent les types de cookies que vous avez acceptés ou refusés, afin que nous ne vous reposions pas la question sur chaque page.
catalog-cookie-cookieyes-consent = Mémorise les types de cookies que vous avez acceptés ou refusés, afin que nous ne vous reposions pas la question sur chaque page.
