## Shared wording: dates, countries, labels and the names of the things a
## project is made of. Used by both documents and by the program.

date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

document-subtitle = Version { $version } · in effect from { $date }
document-subtitle-unversioned = In effect from { $date }
document-contents = Contents
# The foot of every printed page; $title is the document's title.
document-footer = { $title } · { $org } · version { $version } · { $date }
document-footer-unversioned = { $title } · { $org } · { $date }
document-page = Page { $page } of { $total }
not-stated = not stated
# Between a label in bold and what follows it ("Customers: name, e-mail").
label-separator = { ": " }
# Shown in the title block and on every page while the project has errors.
document-draft = Draft — not for publication
# Stands where an answer is missing; $question names it (question-*).
placeholder = [To be answered: { $question }]

label-name = Name
label-address = Address
label-enterprise-number = Enterprise number
label-kvk-number = Chamber of Commerce (KvK) number
label-vat-number = VAT number
label-trade-names = Also known as
label-group = Part of the group
label-email = E-mail
label-phone = Telephone
label-website = Website
label-authority = Authority
label-logic = How the decision is made
label-profiling-logic = How it works
label-consequences = What it means for you

## Countries: EEA members, countries with an adequacy decision, and other
## common destinations of transfers.

country-AT = Austria
country-BE = Belgium
country-BG = Bulgaria
country-HR = Croatia
country-CY = Cyprus
country-CZ = Czechia
country-DK = Denmark
country-EE = Estonia
country-FI = Finland
country-FR = France
country-DE = Germany
country-GR = Greece
country-HU = Hungary
country-IE = Ireland
country-IT = Italy
country-LV = Latvia
country-LT = Lithuania
country-LU = Luxembourg
country-MT = Malta
country-NL = Netherlands
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-SK = Slovakia
country-SI = Slovenia
country-ES = Spain
country-SE = Sweden
country-IS = Iceland
country-LI = Liechtenstein
country-NO = Norway
country-AD = Andorra
country-AR = Argentina
country-CA = Canada
country-FO = Faroe Islands
country-GG = Guernsey
country-IL = Israel
country-IM = Isle of Man
country-JP = Japan
country-JE = Jersey
country-NZ = New Zealand
country-KR = South Korea
country-CH = Switzerland
country-GB = United Kingdom
country-UY = Uruguay
country-US = United States
country-AU = Australia
country-BR = Brazil
country-CN = China
country-IN = India
country-SG = Singapore
country-ZA = South Africa
country-TR = Türkiye
country-UA = Ukraine
country-MA = Morocco

## Who the data is about.

audience-customers = customers
audience-prospects = prospective customers
audience-website-visitors = website visitors
audience-newsletter-subscribers = newsletter subscribers
audience-employees = employees
audience-applicants = job applicants
audience-suppliers = suppliers and their contact persons
audience-patients = patients
audience-members = members
audience-volunteers = volunteers
audience-donors = donors

## Kinds of personal data, each with standard examples.

data-identity = Identity data
    .examples = name, first name, date of birth, language
data-contact-details = Contact details
    .examples = postal address, e-mail address, telephone number
data-national-number = National identification number
    .examples = national register number or citizen service number
data-financial = Financial data
    .examples = bank account number, payment details, invoices
data-transactions = Order and transaction data
    .examples = what you ordered or bought, when, and how it was delivered
data-communications = Correspondence
    .examples = the content of your e-mails, letters and messages to us
data-online-identifiers = Online identifiers
    .examples = IP address, cookie identifiers, login name
data-device-and-usage = Device and usage data
    .examples = browser, operating system, pages visited and how long
data-location = Location data
    .examples = approximate location derived from your IP address or device
data-camera-images = Camera images
    .examples = images of people at our premises, recorded by our surveillance cameras
data-images = Images
    .examples = photographs and video recordings
data-employment = Employment data
    .examples = position, salary, working hours, evaluations
data-education = Education and training
    .examples = diplomas, certificates, courses followed
data-family = Family situation
    .examples = marital status, children, dependants
data-health = Health data
    .examples = medical history, diagnoses, treatments, prescriptions
data-ethnic-origin = Racial or ethnic origin
    .examples = information that reveals your racial or ethnic origin
data-political-opinions = Political opinions
    .examples = party membership, political preferences
data-beliefs = Religious or philosophical beliefs
    .examples = religion, belief, philosophical convictions
data-trade-union-membership = Trade union membership
    .examples = membership of a trade union
data-genetic = Genetic data
    .examples = results of genetic tests
data-biometric = Biometric data used to identify you
    .examples = fingerprints, facial recognition templates
data-sex-life = Sex life or sexual orientation
    .examples = information about your sex life or sexual orientation
data-criminal-records = Criminal convictions and offences
    .examples = extract from the criminal record, convictions

## Legal bases of Art. 6(1) GDPR.

basis-consent = Your consent (Art. 6(1)(a) GDPR)
basis-contract = Performance of a contract with you, or steps you asked for before one (Art. 6(1)(b) GDPR)
basis-legal-obligation = A legal obligation we must comply with (Art. 6(1)(c) GDPR)
basis-vital-interests = Protection of your vital interests or those of another person (Art. 6(1)(d) GDPR)
basis-public-task = A task carried out in the public interest or in the exercise of official authority vested in us (Art. 6(1)(e) GDPR)
basis-legitimate-interests = Legitimate interests pursued by us or by a third party (Art. 6(1)(f) GDPR)

## The exceptions of Art. 9(2) GDPR for special categories.

art9-explicit-consent = We process this data only with your explicit consent (Art. 9(2)(a) GDPR).
art9-employment-law = We process this data to meet our obligations under employment and social security law (Art. 9(2)(b) GDPR).
art9-vital-interests = We process this data to protect your vital interests when you cannot give consent (Art. 9(2)(c) GDPR).
art9-non-profit-members = We process this data as a non-profit body with a political, philosophical, religious or trade-union aim, only about our members, former members and people in regular contact with us in connection with that aim, with appropriate safeguards; we do not disclose it outside the organisation without your consent (Art. 9(2)(d) GDPR).
art9-made-public = We process this data because you have clearly made it public yourself (Art. 9(2)(e) GDPR).
art9-legal-claims = We process this data to establish, exercise or defend legal claims (Art. 9(2)(f) GDPR).
art9-public-interest = We process this data for reasons of substantial public interest laid down in law (Art. 9(2)(g) GDPR).
art9-health-care = We process this data to provide medical diagnosis, care or treatment, under professional secrecy (Art. 9(2)(h) GDPR).
art9-public-health = We process this data for reasons of public interest in the area of public health (Art. 9(2)(i) GDPR).
art9-research = We process this data for archiving purposes in the public interest, scientific or historical research or statistics, as allowed by law and with appropriate safeguards (Art. 9(2)(j) GDPR).
criminal-data-authorised-by = We process this data only because the law allows it: { $law } (Art. 10 GDPR).

## Retention.

# $period is a formatted period such as "7 years"; $start says from when.
retention-for = { $period } after { $start }
retention-after-collection = collection
retention-after-last-contact = our last contact with you
retention-after-end-of-contract = the end of the contract
retention-after-end-of-financial-year = the end of the financial year concerned
retention-after-end-of-employment = the end of the employment
retention-after-end-of-membership = the end of the membership
retention-after-end-of-application = the end of the application procedure
retention-after-withdrawal-of-consent = you withdraw your consent
period-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
period-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
period-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
period-weeks = { $count ->
    [one] 1 week
   *[other] { $count } weeks
}
period-months = { $count ->
    [one] 1 month
   *[other] { $count } months
}
period-years = { $count ->
    [one] 1 year
   *[other] { $count } years
}

## Whether you must provide the data (Art. 13(2)(e)).

requirement-statutory = providing this data is a statutory requirement: the law obliges us to process it.
requirement-contractual = providing this data is a requirement of our contract with you.
requirement-needed-for-contract = we need this data before we can enter into a contract with you.
requirement-voluntary = providing this data is up to you.
provision-consequence = If you do not provide it, { $consequence }
# One line of a purpose's terms that hold for one group of people only.
for-audience = For { $audience }: { $text }
# A condition that holds for one purpose only.
# A purpose named with the groups a basis applies to.
purpose-for-audience = { $purpose } (for { $audience })
for-purpose = For “{ $purpose }”: { $text }
art22-contract = It is allowed because it is necessary to enter into or perform a contract with you (Art. 22(2)(a) GDPR).
    .label = Necessary for a contract with the person (a)
art22-law = It is allowed because a law authorises it (Art. 22(2)(b) GDPR).
    .label = Authorised by law (b)
art22-explicit-consent = It is allowed because you gave your explicit consent (Art. 22(2)(c) GDPR).
    .label = The person's explicit consent (c)
# $controller takes the decision, under its contract with the person.
art22-contract-other = It is allowed because it is necessary to enter into or perform a contract between you and { $controller } (Art. 22(2)(a) GDPR).

## Recipients and transfers.

role-processor = Processor: works on our instructions
role-controller = Independent controller
role-joint-controller = Joint controller, together with us
role-authority = Public authority
role-group-company = Company of our group
role-employer = Your employer
role-professional-body = Professional body or regulator of our profession
role-acquirer = Buyer of all or part of our business, in a sale or merger
safeguard-adequacy = the European Commission has decided that this country protects personal data adequately (Art. 45 GDPR).
safeguard-dpf = the data goes to a company in the United States that is certified under the EU-US Data Privacy Framework, which the European Commission has found adequate (Art. 45 GDPR).
safeguard-scc = we have agreed the European Commission's standard contractual clauses with the recipient (Art. 46(2)(c) GDPR).
# $module is the module of the clauses (1 to 4), or "none" when not given.
safeguard-scc-2021 = { $module ->
    [none] we have agreed the standard contractual clauses of Commission Implementing Decision (EU) 2021/914 with the recipient (Art. 46(2)(c) GDPR).
   *[other] we have agreed the standard contractual clauses of Commission Implementing Decision (EU) 2021/914, module { $module }, with the recipient (Art. 46(2)(c) GDPR).
}
safeguard-bcr = the recipient's group applies binding corporate rules approved by a supervisory authority (Art. 47 GDPR).
safeguard-derogation = the transfer relies on an exception for specific situations (Art. 49 GDPR): { $reason }

## The questions whose answer decides a sentence, as placeholders name them.

question-dpo = have you appointed a data protection officer?
question-org-name = what is the name of your organisation?
question-email = at which e-mail address can people reach you about their data?
question-address = what is the address of your organisation?
question-country = in which country is your organisation established?
channel-web-form = web forms
channel-email = e-mail
channel-phone = telephone
channel-post = post
channel-in-person = in person at our premises
channel-app = our app
channel-server-logs = our website's server logs
channel-social-media = social media
channel-email-tracking = opens and clicks in our e-mails
question-camera-purpose = what are your surveillance cameras for?
question-safeguard = which safeguard applies to this transfer?
question-phone = what is your telephone number?
question-camera-basis = what allows you to use the cameras?
question-arrangement = what is the essence of your arrangement with this joint controller?
question-art22-ground = which exception of Art. 22(2) allows this decision?
question-art22-significant = does this decision have legal or similarly significant effects for you?
question-data-categories = which kinds of personal data do you process?
question-purposes = why do you process personal data?
question-sources = do you receive personal data from others than the people themselves?
question-source-public = is this source publicly accessible?
question-recipients = does anyone outside your organisation receive the data?
question-transfers = does data go to a country outside the EEA?
question-automated-decisions = are decisions about people taken by automated means only?
question-security-measures = how do you protect the data?
question-children = do you offer online services directly to children?
question-change-notice = how do you announce changes to this statement?
question-cookies = does your website set cookies or similar technologies?
question-cookie-consent = how do you ask visitors for consent to cookies?

## Security measures (Art. 32 GDPR).

security-access-control = Access to personal data is limited to the people who need it for their work.
security-encryption-in-transit = Personal data is encrypted when it is sent over the internet.
security-encryption-at-rest = Personal data is stored encrypted.
security-two-factor = We use two-factor authentication to sign in to systems that hold personal data.
security-backups = We make backups of personal data regularly.
security-restore-tests = We test regularly that backups can be restored.
security-updates = We install security updates for our software and devices.
security-training = Those who handle personal data for us are trained to do so with care.
security-confidentiality = Everyone who works with the data is bound to confidentiality.
security-pseudonymisation = Where possible, we pseudonymise data so it cannot be linked to you directly.
security-logging = We keep logs that help us detect misuse.
security-processor-agreements = We have a data processing agreement with each processor.

## Cookies: categories, parties, storage and durations.

category-necessary = Strictly necessary cookies
    .description = These are needed to provide the website or a service you ask for.
category-functional = Functional cookies
    .description = These remember choices you make on the website.
category-analytics = Analytics cookies
    .description = These tell us how visitors use the website, so we can improve it.
category-marketing = Marketing cookies
    .description = These are used for advertising and to measure its effect, and can follow your visits across websites.
category-social-media = Social media cookies
    .description = These come with content or buttons of social media, and allow those companies to recognise you.
category-other = Other cookies
    .description = These serve purposes that fit none of the kinds above; the list below says what each one is for.
category-unclassified = Cookies not yet classified
    .description = We are still determining what these cookies do.
category-analytics-exempt = They have little or no effect on your privacy, so Dutch law lets us set them without your consent (art. 11.7a(3)(b) Telecommunicatiewet).
category-needs-consent = We set them only with your consent.
category-no-consent = They do not need your consent.
party-first = set by us (first party)
# A table row that stands for all cookies of a provider that does not name them.
cookie-names-unknown = All cookies of { $provider } (the provider does not name them)
party-third = set by a third party
storage-cookie = cookie
storage-local = local storage
storage-session = session storage
storage-pixel = pixel
duration-session = until you close your browser
# $longest and $shortest are durations such as "2 years".
duration-up-to = up to { $longest }
duration-between = between { $shortest } and { $longest }
duration-session-or-up-to = until you close your browser, or up to { $longest }
duration-persistent = until you delete it

## Table headings.

column-purpose = Purpose
column-data = Personal data
column-legal-basis = Legal basis
column-retention = Retention period
column-recipient = Recipient
column-service = What they do
# A recipient's place of processing when the provider names no country.
country-outside-eea-unstated = a country outside the EEA that the provider does not name
# A recipient's company seat, when the data is processed elsewhere.
recipient-seat = Seat: { $country }
recipient-purposes = Receives data for: { $purposes }
column-role = Role
column-location = Where
column-cookie = Name
column-provider = Provider
column-duration = Duration

## Notes about a built document, shown to the user (not in the document).

notice-untranslated-answer = The answer "{ $field }" has no text in this language; the { $used } text was used.
notice-unknown-country = The country code "{ $code }" is not known to policywright; the code itself was used.
text-issue-fallback = The text "{ $id }" is missing in "{ $locale }"; the English text was used.
text-issue-missing = The text "{ $id }" is missing in every language.
text-issue-formatting = The text "{ $id }" in "{ $locale }" could not be completed: { $detail }

# What an export says about one document: $document is its file name without extension, $locale its language code.
export-notice = { $document } ({ $locale }): { $notice }
# $address is the web address where the organisation publishes its cookie policy.
export-cookie-policy-elsewhere = No cookie policy written: yours is published at { $address }, and the privacy statement links to it.
