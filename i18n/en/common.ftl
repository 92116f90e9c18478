## Shared wording: dates, countries, labels and the names of the things a
## project is made of. Used by both documents and by the program.

# Every date in the documents: $date is "In effect from" (step "Check and
# export"), shown in the subtitle, the page foot and
# privacy-changes-effective. Also used for dates in the program's own
# messages. $month is one of month-1 to month-12.
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

## The frame around the sections of both documents: title block, table of
## contents, page foot, and the texts that stand in for missing answers.
# Under the title of both documents (and as the PDF's subject) when "Version"
# (step "Check and export") is filled in.
document-subtitle = Version { $version } · in effect from { $date }
# Instead of document-subtitle when "Version" is empty.
document-subtitle-unversioned = In effect from { $date }
# The heading of the table of contents, in the HTML export only.
document-contents = Contents
# The foot of every printed page; $title is the document's title.
# In the PDF, when "Version" is filled in. While the document is a draft,
# document-draft in capitals comes before it.
document-footer = { $title } · { $org } · version { $version } · { $date }
# Instead of document-footer when "Version" is empty.
document-footer-unversioned = { $title } · { $org } · { $date }
# In the foot of every PDF page, at the right.
document-page = Page { $page } of { $total }
# Stands in the privacy statement and the cookie policy where an optional
# answer is empty: a purpose's legal basis or retention (purposes table), a
# legitimate interest ("Our legitimate interests"), a recipient's role or
# place of processing (recipients table), a cookie's duration (cookie tables).
not-stated = not stated
# Between a label in bold and what follows it ("Customers: name, e-mail").
# Used wherever a bold name is followed by its text: the lists of kinds of
# data, groups, rights, legitimate interests, requirements, joint controllers,
# transfers and kinds of cookies.
label-separator = { ": " }
list-separator = { "; " }
# Alternatives in a sentence: $items are all but the last, joined with commas.
list-or = { $items } or { $last }
# "yes" when text that goes on after a label and its colon starts in lower
# case ("For customers: the performance of a contract"), "no" when it keeps
# its capital (German, whose nouns need it).
label-continues-lowercase = yes
# Shown in the title block and on every page while the project has errors.
# That is, while step "Check and export" lists errors. In the HTML it stands
# at the top and at the end; in the PDF in the title block and, in capitals,
# in the foot of every page.
document-draft = Draft — not for publication
# Stands where an answer is missing; $question names it (question-*).
# In either document, wherever an answer that a sentence needs is missing; the
# document is then a draft.
placeholder = [To be answered: { $question }]

## Labels of the details blocks in the privacy statement: the organisation
## ("Who is responsible for your data"), the privacy contact, the
## representative, the DPO, the complaints contact, and the supervisory
## authority ("Complaints").
# In every details block but the authority's; for the organisation, "Name of
# the organisation" followed by its "Legal form" (step "Your organisation").
label-name = Name
# The organisation's address (always; a placeholder while street, postcode and
# city are empty), a contact's address when the project gives one, the
# authority's address.
label-address = Address
# For the organisation, when "Enterprise number" is filled in and the
# "Country" is not the Netherlands.
label-enterprise-number = Enterprise number
# Instead of label-enterprise-number when the "Country" is the Netherlands.
label-kvk-number = Chamber of Commerce (KvK) number
# For the organisation, when "VAT number" is filled in.
label-vat-number = VAT number
# For the organisation, when "Trade names and brands (optional)" is filled in.
label-trade-names = Trading as
# For the organisation, when "Group of companies (optional)" is filled in.
label-group = Part of the group
# The organisation's "E-mail address" (always; a placeholder while empty), a
# contact's e-mail address when given, the authority's.
label-email = E-mail
# The organisation's "Telephone" and a contact's, when given, and the
# authority's.
label-phone = Telephone
# The organisation's "Websites", when given, and the authority's website.
label-website = Website
# The supervisory authority's name, section "Complaints", when policywright
# knows the authority of the "Country" or the project file names one.
label-authority = Authority
## Labels in the section "Automated decisions and profiling" of the privacy
## statement, before the answers to "How does it decide?" and "What does it
## mean for the person?" (step "Purposes").
# For a decision with legal or similarly significant effects.
label-logic = How the decision is made
# For profiling without such effects.
label-profiling-logic = How it works
# For both.
label-consequences = What it means for you

## Countries: EEA members, countries with an adequacy decision, and other
## common destinations of transfers.
## Used wherever a country is named: in addresses, in the recipients table
## (column-location, recipient-seat), in the list of transfers, as $country
## (complaint-authority-unknown), and in the wizard's lists of countries.

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
## The groups ticked under "Whose data do you handle?" (step "People and
## data"); also the labels of those checkboxes. In the privacy statement: in
## purpose-concerns and for-audience (purposes table), in purpose-for-audience
## (section "Your right to object"), and at the start of a line in the list
## after privacy-profiles, where the program capitalises the first letter.
## Elsewhere they stand inside a sentence.

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
## The kinds ticked under "Which kinds of personal data?" (step "People and
## data"); also the labels of those checkboxes. The name appears in the
## privacy statement in the list of "Which personal data we process"
## (sensitive kinds in "Sensitive data", data-criminal-records in "Data on
## criminal convictions"), in the purposes table (column-data), in the list of
## sources and in profile-data.
## .examples is not printed from here: when a kind is ticked, the wizard
## copies it, in each language the documents are published in, into the
## project as "Examples the documents give", which the owner may change or
## empty; the documents print the project's examples. A changed translation
## only reaches kinds ticked afterwards.

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
# Not offered in the wizard: added, with the .examples written here, at the
# end of the list of "Which personal data we process" when "We use
# surveillance cameras at our premises" is ticked (step "People and data").
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
## The answers to "What allows you to use it?" (step "Purposes"), also the
## labels of those choices in the wizard. In the privacy statement: the legal
## basis column of the purposes table (column-legal-basis), per purpose and,
## with for-audience, per group; and $basis in cameras-basis for "What allows
## you to use the cameras?" (except legitimate interests, said there with
## cameras-basis-legitimate-interests).

basis-consent = Your consent (Art. 6(1)(a) GDPR)
basis-contract = Performance of a contract with you, or steps taken at your request before entering into one (Art. 6(1)(b) GDPR)
basis-legal-obligation = A legal obligation we must comply with (Art. 6(1)(c) GDPR)
basis-vital-interests = Protection of your vital interests or those of another person (Art. 6(1)(d) GDPR)
basis-public-task = A task carried out in the public interest or in the exercise of official authority vested in us (Art. 6(1)(e) GDPR)
basis-legitimate-interests = Legitimate interests pursued by us or by a third party (Art. 6(1)(f) GDPR)

## The exceptions of Art. 9(2) GDPR for special categories.
## Privacy statement, section "Sensitive data": under a sensitive kind whose
## "Allowed because:" (step "People and data") is answered, and with
## for-purpose under it for a purpose that chose another exception ("Exception
## for … in this purpose", step "Purposes"). The wizard's own labels for these
## choices are the app-art9-* messages of app.ftl.

art9-explicit-consent = We process this data only with your explicit consent (Art. 9(2)(a) GDPR).
art9-employment-law = We process this data to meet our obligations under employment and social security law (Art. 9(2)(b) GDPR).
art9-vital-interests = We process this data to protect your vital interests when you cannot give consent (Art. 9(2)(c) GDPR).
art9-non-profit-members = We process this data as a non-profit body with a political, philosophical, religious or trade-union aim, only about our members, former members and people in regular contact with us in connection with that aim, with appropriate safeguards; we do not disclose it outside the organisation without your consent (Art. 9(2)(d) GDPR).
art9-made-public = We process this data because you have clearly made it public yourself (Art. 9(2)(e) GDPR).
art9-legal-claims = We process this data to establish, exercise or defend legal claims (Art. 9(2)(f) GDPR).
art9-public-interest = We process this data for reasons of substantial public interest laid down in law (Art. 9(2)(g) GDPR).
art9-health-care = We process this data for medical diagnosis, the provision of health care or treatment, or the management of health-care systems and services, by or under the responsibility of a professional bound by professional secrecy (Art. 9(2)(h) and (3) GDPR).
art9-public-health = We process this data for reasons of public interest in the area of public health (Art. 9(2)(i) GDPR).
art9-research = We process this data for archiving purposes in the public interest, scientific or historical research or statistics, as allowed by law and with appropriate safeguards (Art. 9(2)(j) GDPR).
# Privacy statement, section "Data on criminal convictions": under "Criminal
# convictions and offences" when "Which law allows you to handle this data?"
# (step "People and data") is filled in, and with for-purpose for a purpose's
# own "Law that allows … in this purpose" (step "Purposes"); $law is that
# answer.
criminal-data-authorised-by = We process this data only because the law allows it: { $law } (Art. 10 GDPR).

## Retention.
## Privacy statement, the retention column of the purposes table
## (column-retention), per "How long do you keep the data?" (step "Purposes").
## With "a fixed period", retention-for joins the period (period-*) and the
## moment chosen after "after" (retention-after-*, also the labels of those
## choices in the wizard); with "it depends on", the owner's text is printed
## instead, and not-stated while unanswered. period-* also give cookie
## durations in the cookie policy (column-duration).

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
# Only for cookie durations (cookie policy); minutes and hours are never a
# retention period.
period-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
# Only for cookie durations (cookie policy).
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
## Privacy statement, section "Do you have to provide your data?": one line per
## purpose (or group) whose "Must people give this data?" (step "Purposes") is
## answered; requirement-* follows the answer, and the wizard shows it as "The
## privacy statement says: …".

requirement-statutory = providing this data is required by law.
requirement-contractual = providing this data is a requirement of our contract with you.
requirement-needed-for-contract = we need this data in order to enter into a contract with you.
requirement-voluntary = providing this data is up to you.
# After requirement-*, when "What happens if they do not?" is filled in;
# $consequence is that answer.
provision-consequence = If you do not provide it, { $consequence }
# One line of a purpose's terms that hold for one group of people only.
# Used when a purpose has "Another basis for …" a group (step "Purposes"): in
# the legal basis column of the purposes table, in "Our legitimate interests"
# and in "Do you have to provide your data?". $audience names that group, or the
# purpose's other groups; $text is the basis, interest or requirement.
for-audience = For { $audience }: { $text }
# A condition that holds for one purpose only.
# A purpose named with the groups a basis applies to.
# Privacy statement, section "Your right to object": a purpose named in
# privacy-objection-interests, with the groups it rests on legitimate
# interests or a public task for, when it has "Another basis for …".
purpose-for-audience = { $purpose } (for { $audience })
# Privacy statement, sections "Sensitive data" and "Data on criminal
# convictions": under a kind of data, a purpose's own exception or law ($text:
# art9-* or criminal-data-authorised-by), for a purpose that chose one
# ("Exception for … in this purpose", "Law that allows … in this purpose",
# step "Purposes"); $purpose is the purpose's name. The line "A condition that
# holds for one purpose only." above purpose-for-audience is meant for this
# message.
for-purpose = For “{ $purpose }”: { $text }
## Privacy statement, section "Automated decisions and profiling": for each
## decision with legal or similarly significant effects, the exception chosen
## under "What allows the decision? (Art. 22(2) GDPR)" (step "Purposes"); a
## placeholder while unanswered (question-art22-ground). .label is that
## choice's label in the wizard.
art22-contract = It is allowed because it is necessary to enter into or perform a contract with you (Art. 22(2)(a) GDPR).
    .label = Necessary for a contract with the person (a)
art22-law = It is allowed because a law authorises it (Art. 22(2)(b) GDPR).
    .label = Authorised by law (b)
art22-explicit-consent = It is allowed because you gave your explicit consent (Art. 22(2)(c) GDPR).
    .label = The person’s explicit consent (c)
# $controller takes the decision, under its contract with the person.
# Instead of art22-contract when "Who takes the decision, if not you?
# (optional)" is filled in; $controller is that answer.
art22-contract-other = It is allowed because it is necessary to enter into or perform a contract between you and { $controller } (Art. 22(2)(a) GDPR).

## Recipients and transfers.
## role-*: privacy statement, the role column of the recipients table
## (column-role), per "Their role" (step "Recipients"); not-stated while
## unanswered. safeguard-*: privacy statement, the list of the section
## "Transfers outside the European Economic Area", after each recipient
## outside the EEA, per "Safeguard for the transfer"; the wizard also shows
## the sentence as what the statement says. While no safeguard covers a
## transfer, question-safeguard stands there instead.

role-processor = Processor: works on our instructions
role-controller = Independent controller
role-joint-controller = Joint controller, together with us
role-authority = Public authority
role-group-company = Company of our group
role-employer = Your employer
role-professional-body = Professional body or regulator of our profession
role-acquirer = Buyer of all or part of our business, in a sale or merger
# When the safeguard is "adequacy decision of the European Commission", or
# none is chosen and every country named outside the EEA has an adequacy
# decision.
safeguard-adequacy = the European Commission has decided that this country protects personal data adequately (Art. 45 GDPR).
# When the safeguard is "certified under the EU-U.S. Data Privacy Framework".
safeguard-dpf = the company in the United States that receives or can access the data is certified under the EU-U.S. Data Privacy Framework; for data transferred to companies certified under it, the European Commission has found that the United States ensures an adequate level of protection (adequacy decision of 10 July 2023, Art. 45 GDPR).
# When the safeguard is "standard contractual clauses" and "Which standard
# contractual clauses?" names an older Commission decision (2001/497,
# 2004/915, 2010/87) or none.
safeguard-scc = we have agreed the European Commission’s standard contractual clauses with the recipient (Art. 46(2)(c) GDPR).
# $module is the module of the clauses (1 to 4), or "none" when not given.
# When the safeguard is "standard contractual clauses" and "Which standard
# contractual clauses?" is "Commission decision 2021/914"; $module comes from
# "Module of the clauses (1 to 4, optional)".
safeguard-scc-2021 = { $module ->
    [none] we have agreed the standard contractual clauses of Commission Implementing Decision (EU) 2021/914 with the recipient (Art. 46(2)(c) GDPR).
   *[other] we have agreed the standard contractual clauses of Commission Implementing Decision (EU) 2021/914, module { $module }, with the recipient (Art. 46(2)(c) GDPR).
}
# When the safeguard is "binding corporate rules".
safeguard-bcr = the recipient’s group applies binding corporate rules approved by a supervisory authority (Art. 47 GDPR).
# Not offered in the wizard: a derogation (Art. 49 GDPR) written in the
# project file, with its reason ($reason).
safeguard-derogation = the transfer relies on an exception for specific situations (Art. 49 GDPR): { $reason }

## The questions whose answer decides a sentence, as placeholders name them.
## Each is put inside placeholder wherever its answer is missing in either
## document. Those named after a whole section (question-dpo,
## -data-categories, -purposes, -sources, -recipients, -transfers,
## -automated-decisions, -security-measures, -children, -change-notice,
## -cookies, -cookie-consent) stand alone in that section until answered.

# Privacy statement, section "Data protection officer".
question-dpo = have you appointed a data protection officer?
# Wherever $org is used, and as the name in "Who is responsible for your
# data", while "Name of the organisation" (step "Your organisation") is empty.
question-org-name = what is the name of your organisation?
# Wherever $email or the privacy e-mail address is used, while neither "E-mail
# address" (step "Your organisation") nor the privacy contact's e-mail address
# is filled in; and in the organisation's details while "E-mail address" is
# empty.
question-email = at which e-mail address can people reach you about their data?
# The organisation's address in "Who is responsible for your data", while
# street, postcode and city (step "Your organisation") are empty.
question-address = what is the address of your organisation?
# Wherever $country is used, while "Country" (step "Your organisation") is not
# chosen.
question-country = in which country is your organisation established?
## Ways data comes in: the choices of "How:" under "How data comes in"
## (step "People and data"), also their labels in the wizard. In the privacy
## statement they are listed as $channels in profile-channels, after the
## group's name or its kinds of data; in the wizard they follow "How:"
## (app-collection-channels). So each says how the data comes in ("by e-mail").
channel-web-form = through web forms
channel-email = by e-mail
channel-phone = by telephone
channel-post = by post
channel-in-person = in person at our premises
channel-app = through our app
channel-server-logs = from our website’s server logs
channel-social-media = through social media
channel-email-tracking = when our e-mails are opened or links in them are clicked
## The questions named by placeholders, continued.
# Privacy statement, in cameras-purpose and in the cameras' line of "Our
# legitimate interests", while "What are the cameras for?" is empty.
question-camera-purpose = what are your surveillance cameras for?
# Privacy statement, list of transfers: for a recipient outside the EEA
# without a safeguard that covers the transfer ("Safeguard for the transfer",
# step "Recipients").
question-safeguard = which safeguard applies to this transfer?
# Privacy statement, in request-by-phone, while "Telephone" (step "Your
# organisation") is empty.
question-phone = what is your telephone number?
# Privacy statement, in cameras-basis, while "What allows you to use the
# cameras?" is unanswered.
question-camera-basis = what allows you to use the cameras?
# Privacy statement, list of joint controllers, while "The essence of your
# arrangement (joint controllers)" is empty.
question-arrangement = what is the essence of your arrangement with this joint controller?
# Privacy statement, for a decision, while "What allows the decision? (Art.
# 22(2) GDPR)" is unanswered.
question-art22-ground = which exception of Art. 22(2) allows this decision?
# Privacy statement, for a decision, while "Does it have legal or similarly
# significant effects for the person ...?" is unanswered.
question-art22-significant = does this decision have legal or similarly significant effects for you?
# Privacy statement, section "Which personal data we process".
question-data-categories = which kinds of personal data do you process?
# Privacy statement, section "Why we process your data, on what basis, and for
# how long".
question-purposes = why do you process personal data?
# Privacy statement, section "Data we do not receive from you directly".
question-sources = do you receive personal data from others than the people themselves?
# Privacy statement, under a source, while "Is this source publicly
# accessible?" is unanswered.
question-source-public = is this source publicly accessible?
# Privacy statement, section "Who receives your data".
question-recipients = does anyone outside your organisation receive the data?
# Privacy statement, section "Transfers outside the European Economic Area".
question-transfers = does data go to a country outside the EEA?
# Privacy statement, section "Automated decisions and profiling".
question-automated-decisions = are decisions about people taken by automated means only?
# Privacy statement, section "How we protect your data".
question-security-measures = how do you protect the data?
# Privacy statement, section "Children".
question-children = do you offer online services directly to children?
# Both documents: sections "Changes to this statement" and "Changes to this
# policy", in place of privacy-changes-channels. It appears in both documents,
# so it names neither.
question-change-notice = how do you announce changes to your documents?
# Privacy statement, section "Cookies", and cookie policy, section "Kinds of
# cookies".
question-cookies = does your website set cookies or similar technologies?
# Cookie policy, section "Your consent", when a cookie needs consent.
question-cookie-consent = how do you ask visitors for consent to cookies?

## Security measures (Art. 32 GDPR).
## Privacy statement, section "How we protect your data": one line per measure
## ticked under "How you protect the data" (step "Contact and complaints"), in
## the order they were ticked; these are also the checkboxes' labels in the
## wizard.

security-access-control = Access to personal data is limited to the people who need it for their work.
security-encryption-in-transit = Personal data is encrypted when it is sent over the internet.
security-encryption-at-rest = Personal data is stored encrypted.
security-two-factor = We use two-factor authentication to sign in to systems that hold personal data.
security-backups = We make backups of personal data regularly.
security-restore-tests = We test regularly that backups can be restored.
security-updates = We install security updates for our software and devices.
security-training = Our staff who have access to personal data are trained to handle it with care.
security-confidentiality = Everyone who works with the data is bound to confidentiality.
security-pseudonymisation = Where possible, we pseudonymise data so it cannot be linked to you directly.
security-logging = We keep logs that help us detect misuse.
security-processor-agreements = We have a data processing agreement with each processor.

## Cookies: categories, parties, storage and durations.
## All in the cookie policy. category-*: the kinds of cookies, chosen per
## cookie in step "Cookies" (also the labels of that choice). Each kind in use
## gets a line in "Kinds of cookies" (name, .description and one
## consent sentence) and is the subheading of its table in "The cookies we
## use".

category-necessary = Strictly necessary cookies
    .description = Without them, we cannot provide a service you have explicitly asked for.
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
# For cookies whose kind is not chosen yet (a new cookie starts as such).
category-unclassified = Cookies not yet classified
    .description = We are still determining what these cookies do.
# After the description of analytics cookies, when the "Country" is the
# Netherlands and "Our analytics cookies have little or no effect on privacy
# and are set without consent" (step "Cookies") is ticked.
category-analytics-exempt = They have little or no effect on your privacy, so Dutch law lets us set them without your consent (Art. 11.7a(3)(b) Telecommunicatiewet).
# After the description of each other kind that needs consent, only when "How
# are visitors asked for consent?" is "A banner, before the cookies are set";
# with another answer nothing is said.
category-needs-consent = We set them only with your consent.
# After the description of strictly necessary cookies.
category-no-consent = They do not need your consent.
# Cookie tables, provider column (column-provider), when "another company
# (third party)" is not ticked. The provider ("Set by", or the organisation's
# name when empty) stands above it, the "Domain (optional)" below.
party-first = first-party cookie (stored under our domain)
# A table row that stands for all cookies of a provider that does not name them.
# Cookie tables, name column (column-cookie), when "The provider does not name
# its cookies: this entry stands for all of them" is ticked; $provider is "Set
# by".
cookie-names-unknown = All cookies of { $provider } (the provider does not name them)
# Cookie tables, provider column, when "another company (third party)" is
# ticked.
party-third = set by a third party
# Never shown in a document: nothing is added under the name of an ordinary
# cookie.
storage-cookie = cookie
# Cookie tables, name column, under the name, for local storage. The wizard
# has no field for the kind of storage: it is set in the project file
# (cookies[].storage), or by an entry of the services catalogue that names it
# (none does yet).
storage-local = local storage
# As storage-local, for session storage.
storage-session = session storage
# As storage-local, for a pixel.
storage-pixel = pixel
# Cookie tables, duration column (column-duration), when the cookie's
# "Duration" is "until the browser closes".
duration-session = until you close your browser
# $longest and $shortest are durations such as "2 years".
# Duration column, when the "Duration" is given as "up to".
duration-up-to = up to { $longest }
# Duration column, when the "Duration" is given as "between … and …".
duration-between = between { $shortest } and { $longest }
# Duration column, when the "Duration" is given as "until the browser closes,
# or up to".
duration-session-or-up-to = until you close your browser, or up to { $longest }
# Duration column, when the "Duration" is "until deleted".
duration-persistent = until you delete it

## Table headings.
## Privacy statement: the purposes table has column-purpose, column-data,
## column-legal-basis and column-retention; the recipients table has
## column-recipient, column-service, column-role and column-location. Cookie
## policy: each cookie table has column-cookie, column-provider,
## column-purpose and column-duration. A table's headings are shown whenever
## the table is.

column-purpose = Purpose
column-data = Personal data
column-legal-basis = Legal basis
column-retention = Retention period
column-recipient = Recipient
column-service = What they do
# A recipient's place of processing when the provider names no country.
# Privacy statement, recipients table (column-location) and list of transfers,
# when "The provider says the data may also be processed outside the EEA,
# without naming the countries" is ticked (step "Recipients").
country-outside-eea-unstated = a country outside the EEA that the provider does not name
# A recipient's company seat, when the data is processed elsewhere.
# Privacy statement, recipients table, column-location, when "Company seat:"
# names a country (step "Recipients").
recipient-seat = Registered office: { $country }
# Privacy statement, recipients table, column-service, under the answer to
# "What do they do with the data?", when purposes are ticked under "For which
# purposes does it receive data?" (step "Recipients").
recipient-purposes = { $count ->
    [one] Purpose: { $purposes }
   *[other] Purposes: { $purposes }
}
column-role = Role
column-location = Place of processing
column-cookie = Name
column-provider = Provider
column-duration = Duration

## Notes about a built document, shown to the user (not in the document).

# When an answer has no text in the document's language and another language's
# text was used; $field names the answer, $used the language.
notice-untranslated-answer = The answer "{ $field }" has no text in this language; the { $used } text was used.
# When the project names a country code for which there is no country-*
# message.
notice-unknown-country = The country code "{ $code }" is not known to policywright; the code itself was used.
# When a message of the documents is missing in a language and the English one
# was used.
text-issue-fallback = The text "{ $id }" is missing in "{ $locale }"; the English text was used.
# When a message is missing in every language.
text-issue-missing = The text "{ $id }" is missing in every language.
# When a message cannot be completed, for instance because it uses a variable
# the program does not give it; $detail says why.
text-issue-formatting = The text "{ $id }" in "{ $locale }" could not be completed: { $detail }

# What an export says about one document: $document is its file name without extension, $locale its language code.
export-notice = { $document } ({ $locale }): { $notice }
# $address is the web address where the organisation publishes its cookie policy.
# Said on export when "Is your cookie policy published elsewhere? Its web
# address (optional)" (step "Cookies") is filled in.
export-cookie-policy-elsewhere = No cookie policy written: yours is published at { $address }, and the privacy statement links to it.

## Mistakes in a translator's .ftl file, shown by "policywright i18n check",
## on the command line when --i18n is used, and at the top of the wizard's
## window while it watches a folder of texts.

# $file, $line and $column say where the mistake is; $problem is one of the
# ftl-* messages below.
ftl-syntax-error = { $file }:{ $line }:{ $column }: { $problem }
# $line and $column are where the unclosed { is.
ftl-unclosed = a "{"}"}" is missing here, to close the "{"{"}" opened at line { $line }, column { $column }.
ftl-unopened-brace = this "{"}"}" closes nothing: a "{"{"}" is missing before it, or it is one too many.
# $expected is the character the file should have here.
ftl-expected = "{ $expected }" expected here.
ftl-no-text = the message has no text after its "=".
ftl-no-default-variant = a choice needs one variant marked with * as the default, such as *[other].
ftl-several-default-variants = a choice may mark only one variant with * as the default.
ftl-unterminated-string = a quoted text is not closed with " on its line.
# $detail is the Fluent parser's own description, in English.
ftl-other = this is not valid Fluent ({ $detail }).

# Said after an export when its record beside the project could not be written; $path is the history folder, $reason why.
export-history-failed = The export was not recorded in { $path }: { $reason }
