## The wizard's own wording: window, welcome screen, steps and questions.

app-no-display = policywright cannot open its window: there is no display (DISPLAY is not set). Start it on a desktop, or use the commands, which need none: policywright --help
app-window-failed = policywright could not open its window: { $reason }
app-untitled = New project
app-path-placeholder = Path of a project file (.ron)
app-open = Open
app-browse = Browse…
app-save = Save
app-save-as = Save as…
app-open-other = Open…
app-undo = Undo
app-redo = Redo
app-cancel = Cancel
app-save-prompt = Where should this project be saved?
app-save-folder = Folder
app-save-name = File name
app-save-target = It will be saved as { $path }
app-save-where = Type a folder and a file name to save the project in.
app-save-browse = Choose with the desktop's dialog…
app-replace = { $path } already exists and is not the project you have open. Replace it with this project?
app-replace-confirm = Replace it
app-back = Back
app-next = Next
app-choose = Choose…
app-remove = Remove
app-language-nl = Dutch
app-language-en = English
app-window-language = Window language
app-preview-language = Document language

app-guard-new = You have changes that are not saved. Save them before you start a new project?
app-guard-open = You have changes that are not saved. Save them before you open another project?
app-guard-quit = You have changes that are not saved. Save them before you close policywright?
app-guard-discard = Discard changes

app-status-saved = Saved to { $path }.
app-status-opened = Opened { $path }.
app-status-exported = { $count ->
    [one] 1 file written to { $folder }.
   *[other] { $count } files written to { $folder }.
}

app-welcome-title = Your privacy statement and cookie policy
app-welcome-intro = Answer plain questions about your organisation; policywright writes both documents in Dutch and English, and tells you what is still missing before you publish.
app-recover-found = Unsaved work was found:
app-recover = Recover it
app-recent = Recent projects
app-start-blank = Start from scratch
app-start-from-starter = Or start from an example that looks like your organisation
app-starter-bakery = Bakery with a webshop
app-starter-general-practice = General practice
app-starter-accountancy = Accountancy office
app-starter-non-profit = Non-profit with members
app-starter-webshop-nl = Dutch webshop
app-open-title = Continue with a project you saved

app-step-done = complete
app-step-not-started = not started
app-step-to-answer = { $count ->
    [one] 1 to answer
   *[other] { $count } to answer
}
app-step-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
app-step-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
app-step-advice = { $count ->
    [one] 1 piece of advice
   *[other] { $count } pieces of advice
}
# The one set of severity names, used on every step and in the review.
severity-error = Error
severity-warning = Warning
severity-info = Advice
app-step-organisation = Your organisation
    .intro = Who is responsible for the personal data, and how people can reach you.
app-step-data = People and data
    .intro = Whose personal data you handle, and which kinds.
app-step-purposes = Purposes
    .intro = Why you use the data, what allows you to, and how long you keep it.
app-step-recipients = Recipients
    .intro = Who else receives the data: suppliers such as your accountant or web host, and authorities.
app-step-cookies = Cookies
    .intro = What your website stores in visitors' browsers, and how visitors choose.
app-step-rights = Contact and complaints
    .intro = Where people go with questions and requests, and where they can complain.
app-step-review = Check and export
    .intro = What still needs attention, and writing the documents.

app-org-name = Name of the organisation
    .help = As it appears in the company register, for example "Bakkerij Janssens".
app-org-legal-form = Legal form
    .help = BV, NV, VZW, eenmanszaak... The documents write it after the name: "Bakkerij Janssens BV".
app-org-country = Country
    .help = Where your organisation is established. It decides the national privacy law and the supervisory authority the documents name.
app-org-street = Street and number
app-org-postcode = Postcode
app-org-city = City
app-org-enterprise-number = Enterprise number
    .help = Belgium: the KBO number, such as 0428.555.896. Netherlands: the KvK number.
app-org-vat = VAT number
app-org-email = E-mail address
    .help = Where people send questions about their data. A shared address such as privacy@ is better than a person's own.
app-org-phone = Telephone
app-org-websites = Websites
    .help = The full address, starting with https://. Separate several with commas.
app-org-trade-names = Trade names and brands (optional)
    .help = Names people know you by besides the official one. Separate several with commas.
app-org-group = Group of companies (optional)
    .help = The group your organisation belongs to, if any.
app-org-processor = What you do as a processor for your clients (optional)
    .help = For example "We keep our clients' payroll data on their behalf." The privacy statement then explains that for that data your client's own statement applies.

app-data-audiences = Whose data do you handle?
    .help = Tick every group; the purposes step asks which purpose concerns whom.
app-data-categories = Which kinds of personal data?
    .help = Sensitive kinds (health, beliefs, ...) need an extra legal ground; you choose it when you tick them.
app-data-examples = Examples the documents give
    .help = Printed after the kind of data. Change them to fit your organisation, or empty them to give none.
app-data-add-audience = Add another group
app-data-own-audience = Another group of people
app-data-add-category = Add another kind of data
app-data-own-category = Another kind of data
app-data-own-category-special = This is sensitive data (health, beliefs, ...: Art. 9 GDPR)
app-sources = Data you get from others
    .help = Where data does not come from the person themselves (a partner, a public register, a referral), the statement must say where it comes from.
app-source = Source
app-source-add = Add a source
app-source-description = Where does the data come from?
    .help = For example "the Crossroads Bank for Enterprises" or "the doctor who referred you".
app-source-data = Which data?
app-data-condition = Allowed because:
app-data-art10 = Which law allows you to handle this data?
    .help = For example the rules on criminal record extracts for working with children.
app-art9-ExplicitConsent = the person gave explicit consent
app-art9-EmploymentLaw = employment or social security law requires it
app-art9-VitalInterests = to protect someone's life when they cannot consent
app-art9-NonProfitMembers = we are a non-profit with a political, philosophical, religious or trade-union aim, about our members
app-art9-MadePublic = the person made it public themselves
app-art9-LegalClaims = for legal claims
app-art9-SubstantialPublicInterest = substantial public interest, laid down in law
app-art9-HealthCare = medical care, diagnosis or treatment
app-art9-PublicHealth = public health
app-art9-Research = archiving in the public interest, research or statistics

app-purpose = Purpose
app-purpose-add = Add a purpose
app-purpose-name = What do you use the data for?
    .help = In a few words, for example "Delivering your orders".
app-purpose-description = More about it (optional)
app-purpose-audiences = Whose data?
app-purpose-data = Which data?
app-purpose-basis = What allows you to use it?
    .help = The legal basis. Most purposes rest on a contract, a legal obligation, consent or your legitimate interest.
app-purpose-interest = Your legitimate interest
    .help = What you gain, for example "protecting our webshop against fraud".
app-purpose-retention = How long do you keep the data?
app-purpose-retention-fixed = a fixed period
app-purpose-retention-criteria = it depends on
app-purpose-after = after
app-purpose-criteria = What decides how long?
    .help = For example "until you unsubscribe from the newsletter".
app-unit-days = days
app-unit-weeks = weeks
app-unit-months = months
app-unit-years = years
app-purpose-requirement = Must people give this data?
app-purpose-requirement-none = not asked
    .says = Not asked: the privacy statement says nothing about whether people must give this data.
# $sentence is what the privacy statement says for the chosen answer.
app-purpose-requirement-says = The privacy statement says: “{ $sentence }”
app-requirement-statutory = yes, the law requires it
app-requirement-contractual = yes, our contract requires it
app-requirement-needed-for-contract = yes, before we can make a contract
app-requirement-voluntary = no, it is up to them
app-purpose-consequence = What happens if they do not?
    .help = For example "we cannot deliver your order". The statement puts "If you do not provide it," before it.
app-terms-add-button = + { $audience }
app-terms-for = Another basis for { $audience }
app-terms-add = Does another legal basis, or another duty to give the data, apply to one of these groups? Choose it:
app-purpose-art9-as-kind = the same exception as for the kind of data
app-purpose-art9 = Exception for { $data } in this purpose
app-purpose-art10 = Law that allows { $data } in this purpose
    .help = Only where it is another law than the one given for the kind of data.
app-purpose-cookies = Which cookies does your website set for this purpose?
    .help = The cookie policy names this purpose under each kind you tick.
app-q-direct-marketing = Is this purpose direct marketing: newsletters, offers or advertising?
app-q-direct-marketing-unanswered = { app-answer-unanswered }
    .says = The privacy statement does not describe the right to object to direct marketing for this purpose.
app-q-direct-marketing-yes = Yes
    .says = The privacy statement says that you use data for direct marketing and that people can object to it at any time, without a reason.
app-q-direct-marketing-no = No
    .says = Nothing is said about direct marketing for this purpose.
app-recipient-purposes = For which purposes does it receive data?
app-purpose-automated = A computer decides about people, or profiles them, without a person involved
app-purpose-profiling = This uses profiling
app-q-art22 = Does it have legal or similarly significant effects for the person (a refused payment, a refused contract)?
app-q-art22-unanswered = { app-answer-unanswered }
    .says = The privacy statement shows a placeholder until you answer.
app-q-art22-yes = Yes
    .says = The privacy statement describes it as a decision under Art. 22 GDPR, with the exception that allows it and how to have it reviewed.
app-q-art22-no = No
    .says = The privacy statement describes it as profiling without such effects (product recommendations), with the right to object where it applies.
app-purpose-art22-ground = What allows the decision? (Art. 22(2))
app-purpose-taken-by = Who takes the decision, if not you? (optional)
    .help = For example "Klarna". The privacy statement then says so, and that the person asks them for a review.
app-purpose-logic = How does it decide?
    .help = In plain words, for example "a score based on your payment history".
app-purpose-effects = What does it mean for the person?

app-catalog = Services you use
    .help = Type the name of a tool, such as Mollie or Google Analytics: adding it fills in the recipient and the cookies it sets.
app-catalog-placeholder = Search services…
app-catalog-none = No service in the catalogue matches this.
app-catalog-add = Add
app-catalog-remove = Remove
app-recipient = Recipient
app-recipient-add = Add a recipient
app-recipient-name = Name
    .help = A company, or a kind of recipient such as "our accountant".
app-recipient-service = What do they do with the data?
app-recipient-role = Their role
app-recipient-country = Where is the data processed?
app-recipient-safeguard = Safeguard for the transfer
    .help = This country is outside the European Economic Area, so the transfer needs a safeguard.
app-recipient-safeguard-none =
    .says = Not chosen yet: the privacy statement shows a placeholder for this transfer.
app-recipient-arrangement = The essence of your arrangement (joint controllers)
    .help = Who does what, in a few sentences: for example "We ask your consent for the pixel and inform you; Meta answers requests about the data it receives." Printed as you write it.
app-scc = Which standard contractual clauses?
# $decision is the Commission decision, such as 2021/914.
app-scc-decision = Commission decision { $decision }
app-scc-module = Module of the clauses (1 to 4, optional)
    .help = Module 1: controller to controller; 2: controller to processor; 3: processor to processor; 4: processor to controller.
app-safeguard-adequacy = adequacy decision of the European Commission
app-safeguard-dpf = certified under the EU-US Data Privacy Framework
app-safeguard-scc = standard contractual clauses
app-safeguard-bcr = binding corporate rules
app-recipient-policy = Link to their privacy policy (optional)

app-import = Import a list of cookies
    .help = A list of cookie names, one per line, or a CSV export from your browser's developer tools or a cookie scanner. Known cookies are filled in completely; the others are added for you to complete.
app-import-placeholder = Path of the list or CSV file
app-import-button = Import
app-cookie-add = Add a cookie
app-cookie-name = Cookie name
app-cookie-provider = Set by
app-cookie-third-party = another company (third party)
# $sentence is what the cookie policy says of the chosen category.
app-cookie-category-says = The cookie policy says: “{ $sentence }”
app-cookie-duration = Duration
app-cookie-purpose = What is it for?
app-lifetime-session = until the browser closes
app-lifetime-minutes = minutes
app-lifetime-hours = hours
app-lifetime-days = days
app-lifetime-months = months
app-lifetime-years = years
app-lifetime-persistent = until deleted
app-consent = Consent
    .help = Cookies that are not strictly necessary may only be set after visitors agree.
app-consent-per-category = Visitors can choose per kind of cookie
app-consent-waits = Until visitors choose, the website sets only strictly necessary cookies (the others wait for consent)
app-consent-refuse = Refusing is as easy as accepting (a refuse button beside the accept button)
app-consent-no-wall = Visitors who refuse can still use the website
app-consent-tool = Consent tool (optional)
app-consent-kept = How many months a choice is kept (optional)
    .help = After this, the banner asks again; authorities such as the French CNIL advise asking again after 6 months. The cookie policy says what you write here.
app-consent-withdraw = Where can visitors change their choice?
    .help = For example "through the link 'Cookie settings' at the bottom of every page".

app-rights-contact = Privacy contact
    .help = The person or team that answers questions and requests about personal data.
app-rights-contact-name = Name
app-rights-contact-email = E-mail address
app-rights-dpo-name = Name of the DPO
app-rights-dpo-email = E-mail address of the DPO
app-requests = Requests and complaints
    .help = Requests always go to the e-mail address above. Tick what else you offer; the privacy statement lists it.
app-requests-post = People may also send requests by post, to your address
app-requests-in-person = People may also make requests in person, at your premises
app-requests-form = Web form for requests (optional)
app-requests-identity = Proof of identity you ask (optional)
    .help = Only what is needed, for example "a copy of the front of your identity card, with the photo and national number blacked out". Printed as you write it.
app-requests-days = You answer within ... days (optional)
    .help = Leave empty to promise what the law does: one month. A month can be 28 days, so promise at most 28.
app-sector-aml = We keep data under the anti-money-laundering law (access goes through the authority)
app-sector-patient-rights = Our clients are patients with the rights of the patients' rights law
app-sector-professional-secrecy = We are bound by professional secrecy
app-complaints-name = Complaints contact, if not the privacy contact (optional)
    .help = A person or department that handles complaints, such as an ombudsperson. The privacy statement names them before the authority.
app-complaints-email = E-mail address for complaints
app-rights-authority = Supervisory authority
    .help = Chosen from your country; the statement names it with its contact details.
app-rights-authority-unknown = policywright has no data for this country's authority; add it to the project file under supervisory_authority.

app-security = How you protect the data
    .help = Tick the measures you really take; the statement lists them.
app-children = Children
app-changes = Announcing changes to these documents

app-review-summary = Errors: { $errors } · warnings: { $warnings } · advice: { $advice }. Errors mean the documents, as answered, would not meet the law or would say what nobody answered: they are drafts until every error is solved.
app-document = The documents
app-document-version = Version
app-document-date = In effect from
    .help = As year-month-day, for example 2026-11-01.
app-document-languages = Published in
app-export = Export
app-export-folder = Folder
app-export-target = The files are written to { $folder }
app-export-write = Write the documents

app-export-open = Open the folder
app-export-open-failed = The folder could not be opened ({ $reason }); the files are in { $folder }.

app-preview-privacy = Privacy statement
app-preview-cookies = Cookie policy

## Questions whose answer decides a sentence: the question, its answers,
## and what each answer makes the documents say (.says).

app-answer-unanswered = Not answered yet
app-q-dpo = Have you appointed a data protection officer (DPO)?
app-q-dpo-unanswered = { app-answer-unanswered }
    .says = The documents say nothing about a DPO yet, and stay drafts until you answer.
app-q-dpo-yes = Yes
    .says = The privacy statement names your DPO and how to reach them.
app-q-dpo-no = No
    .says = The privacy statement says that you have not appointed a DPO, and gives a reason only if you write one.
app-rights-dpo-reason = Why not? (optional)
    .help = Printed as you write it, for example "The law does not require one for our organisation." Only write a reason you have checked.
app-q-children = Do you offer online services directly to children?
app-q-children-unanswered = { app-answer-unanswered }
    .says = The documents say nothing about children yet, and stay drafts until you answer.
app-q-children-yes = Yes
    .says = The privacy statement says so, and that a parent must give or approve consent for children under the age of digital consent.
app-q-children-no = No
    .says = The privacy statement says that you do not offer online services directly to children.
app-children-age-limit = Your own minimum age (optional)
    .help = For example 18 if your online services are only for adults. Printed as "meant for people aged 18 or older".
app-children-minors = How you handle minors' data (optional)
    .help = Where minors are among the people whose data you process (patients, young members, children in a tax return), say in your words how you handle their data. Printed as you write it.
app-q-sources = Do you receive personal data from others than the people themselves?
app-q-sources-unanswered = { app-answer-unanswered }
    .says = The privacy statement says nothing about other sources yet, and stays a draft until you answer.
app-q-sources-yes = Yes
    .says = The privacy statement names each source, the data it gives you, and whether it is public.
app-q-sources-no = No, all from the people themselves
    .says = The privacy statement has no section on other sources.
app-q-source-public = Is this source publicly accessible?
app-q-source-public-unanswered = { app-answer-unanswered }
    .says = The privacy statement shows a placeholder here until you answer.
app-q-source-public-yes = Yes
    .says = The privacy statement says that this is a publicly accessible source.
app-q-source-public-no = No
    .says = The privacy statement says that this source is not publicly accessible.
app-q-automated = Are decisions about people taken by a computer alone, with legal or similarly significant effects?
app-q-automated-unanswered = { app-answer-unanswered }
    .says = The privacy statement says nothing about automated decisions yet, and stays a draft until you answer.
app-q-automated-yes = Yes
    .says = Describe each such decision at its purpose; the privacy statement explains it and the rights that go with it.
app-q-automated-no = No
    .says = The privacy statement says that you take no such decisions.
app-q-recipients = Does anyone outside your organisation receive the data?
app-q-recipients-unanswered = { app-answer-unanswered }
    .says = The privacy statement says nothing about recipients yet, and stays a draft until you answer.
app-q-recipients-yes = Yes
    .says = The privacy statement lists the recipients below.
app-q-recipients-no = No, nobody
    .says = The privacy statement says that you share the data with nobody, unless the law obliges you to.
app-q-transfers = Does data go to a country outside the European Economic Area (EEA)?
app-q-transfers-unanswered = { app-answer-unanswered }
    .says = The privacy statement says nothing about transfers yet, and stays a draft until you answer.
app-q-transfers-yes = Yes
    .says = Give each recipient concerned its country and safeguard; the privacy statement lists them.
app-q-transfers-no = No
    .says = The privacy statement says that you do not transfer data outside the EEA.
app-q-cookies = Does your website set cookies or similar technologies (local storage, pixels)?
app-q-cookies-unanswered = { app-answer-unanswered }
    .says = The cookie policy says nothing about cookies yet, and stays a draft until you answer.
app-q-cookies-yes = Yes
    .says = The cookie policy describes each cookie below.
app-q-cookies-no = No, none
    .says = The cookie policy says that your website uses no cookies or similar technologies.
app-q-consent = How are visitors asked for consent?
app-q-consent-unanswered = { app-answer-unanswered }
    .says = The cookie policy says nothing about consent yet, and stays a draft until you answer.
app-q-consent-banner = A banner, before the cookies are set
    .says = The cookie policy describes your banner with the properties you tick below.
app-q-consent-implied = Browsing on counts as consent
    .says = That is not valid consent: the cookie policy will not claim consent, and the checks report an error.
app-q-consent-not-asked = Consent is not asked
    .says = The cookie policy will not claim consent, and the checks report an error for each cookie that needs it.
