### Wording of the wizard: the window that opens when policywright is started
### without a command, or with “policywright open”. The group comments below
### say on which screen or step each message appears, and where on it.
## The wizard's own wording: window, welcome screen, steps and questions.

## Printed in the terminal, not in a window, when the wizard cannot start.
# On Linux, when there is no display (DISPLAY is not set); the program then
# stops.
app-no-display = policywright cannot open its window: there is no display (DISPLAY is not set). Start it on a desktop, or use the commands, which need none: policywright --help
# When the window system fails to open the window. $reason is the window
# system's own error message, in English.
app-window-failed = policywright could not open its window: { $reason }
## The frame of the window: its title, the bar at the top (file buttons, and
## the window language at the right), the bars that ask a question or where to
## save under it, and the Back and Next buttons under the questions of every
## step.
# Window title of a project that was never saved (“New project —
# policywright”). Also on the welcome screen, after app-recover-found, for
# unsaved work that has neither a file nor an organisation name.
app-untitled = New project
# Grey placeholder in the path field at the bottom of the welcome screen, under
# app-open-title.
app-path-placeholder = Path of a project file (.ron)
# Button beside that path field: opens the project whose path was typed (Enter
# does the same).
app-open = Open
# Button beside it: chooses the project file with the desktop's own file
# dialog.
app-browse = Browse…
# Button in the top bar of the editor (also Ctrl+S). Also the button that saves
# in the save prompt and in the bar about unsaved changes.
app-save = Save
# Button in the top bar of the editor (also Ctrl+Shift+S): opens the save
# prompt, to save under another name.
app-save-as = Save as…
# Button in the top bar of the editor (also Ctrl+O): opens another project with
# the desktop's file dialog.
app-open-other = Open…
# Small button in the top bar of the editor (also Ctrl+Z); greyed out when
# there is nothing to undo.
app-undo = Undo
# Small button beside app-undo (also Ctrl+Shift+Z or Ctrl+Y); greyed out when
# there is nothing to redo.
app-redo = Redo
# Button that closes the question bar (unsaved changes, replacing a file) or
# the save prompt without doing anything.
app-cancel = Cancel
# Heading of the save prompt, a bar under the top bar, opened by Save as…, or
# by Save for a project that was never saved.
app-save-prompt = Where should this project be saved?
# Label above the folder field of the save prompt (filled in with the folder of
# the last project).
app-save-folder = Folder
# Label above the file-name field of the save prompt (filled in from the
# organisation's name).
app-save-name = File name
# In the save prompt, beside its buttons, while folder and file name are filled
# in; $path is the full path the project will be saved as.
app-save-target = It will be saved as { $path }
# In the save prompt instead of app-save-target while the folder or the file
# name is empty. Also in the status line at the foot of the window, as an
# error, when Save is pressed then.
app-save-where = Type a folder and a file name to save the project in.
# Button in the save prompt: chooses the place with the desktop's own dialog
# instead.
app-save-browse = Choose with the desktop's dialog…
# Question bar when the file chosen to save to already exists and is not the
# project that is open; $path is that file.
app-replace = { $path } already exists and is not the project you have open. Replace it with this project?
# Button in that bar that overwrites the file.
app-replace-confirm = Replace it
# Button under the questions of every step: goes to the previous step (also
# Alt+Left); greyed out on the first step.
app-back = Back
# Button under the questions of every step: goes to the next step (also
# Alt+Right); greyed out on the last step.
app-next = Next
# Grey placeholder of a drop-down list while nothing is chosen: the
# organisation's country, a recipient's role and country, the safeguard, the
# standard contractual clauses, the exception of Art. 22(2), a cookie's
# duration unit. Also the button beside the export folder on step “Check and
# export”, which opens the desktop's folder dialog.
app-choose = Choose…
# Button on a card or line that removes it: a purpose, a recipient, a source, a
# cookie, a group or kind of data of the owner's own, or a group's own terms in
# a purpose.
app-remove = Remove
## Names of the languages (app-language-<code>). Shown as tick boxes on step
## “Check and export” (the languages the documents are published in, and those
## to export); in the findings about a text without translation or in the wrong
## language (checks.ftl); and in the export's remark about an answer that had
## no text in a language. The buttons that switch the window's or the preview's
## language show the codes (NL, FR, DE, EN) instead.
app-language-nl = Dutch
app-language-fr = French
app-language-de = German
app-language-en = English
## Labels beside language buttons.
# At the top right of the window, before the buttons NL FR DE EN that switch
# the language of the wizard itself.
app-window-language = Window language
# In the bar above the preview (right pane of the editor), before the buttons
# that choose the language of the previewed document.
app-preview-language = Document language

## Yellow bar under the top bar that asks what to do with unsaved changes, with
## the buttons Save (app-save), app-guard-discard and Cancel (app-cancel).
# When a new project is started (Ctrl+N) while there are unsaved changes.
app-guard-new = You have changes that are not saved. Save them before you start a new project?
# When another project is opened (Open…, Ctrl+O, a recent project) while there
# are unsaved changes.
app-guard-open = You have changes that are not saved. Save them before you open another project?
# When the window is closed (or Ctrl+Q) while there are unsaved changes.
app-guard-quit = You have changes that are not saved. Save them before you close policywright?
# Red button in that bar: goes on without saving.
app-guard-discard = Discard changes

## The status line at the foot of the window, which says what just happened.
## Failures are shown in red with messages of cli.ftl (save-failed, load-*,
## cli-write-failed, cli-unreadable-file) or app-save-where and
## app-export-open-failed.
# After the project was saved; $path is the file.
app-status-saved = Saved to { $path }.
# After a project was opened; $path is the file.
app-status-opened = Opened { $path }.
# After the button “Write the documents” (app-export-write) on step “Check and
# export” wrote the files; $count files were written into $folder.
app-status-exported = { $count ->
    [one] 1 file written to { $folder }.
   *[other] { $count } files written to { $folder }.
}

## The welcome screen, the first screen of the wizard: start from scratch or
## from a starter project, take back unsaved work, reopen a recent project, or
## open a project file.
# Large title at the top.
app-welcome-title = Your privacy statement and cookie policy
# Paragraph under the title.
app-welcome-intro = Answer plain questions about your organisation; policywright writes both documents in the languages you choose (Dutch, French, German, English), and tells you what is still missing before you publish.
# In a yellow box, only when unsaved work was found after a crash; followed by
# the project's file path, else the organisation's name, else app-untitled.
app-recover-found = Unsaved work was found:
# Button in that box: reopens the unsaved work, which then shows as unsaved
# changes.
app-recover = Recover it
# Heading above the list of recently opened projects; only when there are any.
app-recent = Recent projects
# Button that starts an empty project.
app-start-blank = Start from scratch
# Heading above the cards of the starter projects. Each card shows its title
# (app-starter-<name>) and under it the description starter-<name> of cli.ftl;
# a click starts a project from it.
app-start-from-starter = Or start from an example that looks like your organisation
# Title of the card of the starter project templates/starters/bakery.ron.
app-starter-bakery = Bakery with a webshop
# Title of the card of the starter project
# templates/starters/general-practice.ron.
app-starter-general-practice = General practice
# Title of the card of the starter project templates/starters/accountancy.ron.
app-starter-accountancy = Accountancy office
# Title of the card of the starter project templates/starters/non-profit.ron.
app-starter-non-profit = Non-profit with members
# Title of the card of the starter project templates/starters/webshop-nl.ron.
app-starter-webshop-nl = Dutch webshop
# Title of the card of the starter project
# templates/starters/dental-brussels.ron.
app-starter-dental-brussels = Dental practice in Brussels
# Title of the card of the starter project templates/starters/physio-eupen.ron.
app-starter-physio-eupen = Physiotherapy practice in Eupen
# Heading above the path field, app-open and app-browse, at the bottom of the
# screen.
app-open-title = Continue with a project you saved

## The sidebar at the left of the editor: for each step its number and name
## (app-step-<step>), and under it how the step stands, from the findings of
## the checks about its answers. On the last step the counts cover the whole
## project.
# Nothing left: every question answered and no finding.
app-step-done = complete
# Nothing of the step answered yet.
app-step-not-started = not started
# $count questions of the step are not answered yet (errors about something
# missing).
app-step-to-answer = { $count ->
    [one] 1 to answer
   *[other] { $count } to answer
}
# No question left, but $count errors.
app-step-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
# No error, but $count warnings.
app-step-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
# Only $count pieces of advice.
app-step-advice = { $count ->
    [one] 1 piece of advice
   *[other] { $count } pieces of advice
}
## Names of the severities of the checks' findings.
# The one set of severity names, used on every step and in the review.
# Shown in bold at the start of each finding card, before its place (“Error ·
# Purpose 2 …”): under the answers concerned, and in the list on step “Check
# and export”.
severity-error = Error
# See severity-error.
severity-warning = Warning
# See severity-error; the lightest severity, advice.
severity-info = Advice
## Names of the seven steps (app-step-<step>) and their introductions (.intro).
## The name is shown numbered in the sidebar (“1. Your organisation”), as the
## title at the top of the step, and on the button beside each finding on step
## “Check and export” that leads to the step. The .intro is shown under the
## title.
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

## Step “Your organisation” (step 1): who is responsible for the data and how
## to reach them. Each label has its .help under it in small grey type, when it
## has one; findings about a field show right under it, and findings about
## answers without a field (the EU representative, kept in the project file) at
## the end of the step.
# First field of the step.
app-org-name = Name of the organisation
    .help = As it appears in the company register, for example "Bakkerij Janssens".
# Field under the name; the documents print the legal form after the name.
app-org-legal-form = Legal form
    .help = BV, NV, VZW, eenmanszaak... The documents write it after the name: "Bakkerij Janssens BV".
# Label above the drop-down list of countries (named by the country-* messages
# of common.ftl). Under the list: the .says of app-org-country-unanswered,
# app-org-country-chosen or app-org-country-no-authority. Findings about the
# address also show under it.
app-org-country = Country
    .help = Where your organisation is established. It decides the national privacy law and the supervisory authority the documents name.
# Line under the country list while no country is chosen (only the .says is
# used).
app-org-country-unanswered =
    .says = Not chosen yet: the documents name no national law and no supervisory authority, and stay drafts.
# $country-code is the chosen country as a code ("BE"); $authority is its supervisory authority.
# Line under the country list once a country whose supervisory authority
# policywright knows is chosen. The variants [BE] and [NL] are chosen by the
# country code: keep their names.
app-org-country-chosen =
    .says = { $country-code ->
        [BE] The privacy statement names the Belgian law of 30 July 2018 beside the GDPR. Complaints go to: { $authority }.
        [NL] The privacy statement names the Dutch UAVG beside the GDPR. Complaints go to: { $authority }.
       *[other] The privacy statement names the GDPR. Complaints go to: { $authority }.
    }
# Line under the country list for a country whose supervisory authority
# policywright does not know.
app-org-country-no-authority =
    .says = The privacy statement names the GDPR. policywright knows no supervisory authority for this country, so the statement shows a placeholder for it and stays a draft.
# Address field, above postcode and city.
app-org-street = Street and number
# Field beside the city.
app-org-postcode = Postcode
# Field beside the postcode.
app-org-city = City
# Field beside the VAT number; for an organisation in Belgium or the
# Netherlands the checks test the number.
app-org-enterprise-number = Enterprise number
    .help = Belgium: the KBO number, such as 0428.555.896. Netherlands: the KvK number.
# Field beside the enterprise number (no .help).
app-org-vat = VAT number
# Field beside the telephone; requests go here unless the privacy contact on
# step “Contact and complaints” has an address of its own.
app-org-email = E-mail address
    .help = Where people send questions about their data. A shared address such as privacy@ is better than a person's own.
# Field beside the e-mail address.
app-org-phone = Telephone
# Field; several addresses separated by commas.
app-org-websites = Websites
    .help = The full address, starting with https://. Separate several with commas.
# Field beside app-org-group.
app-org-trade-names = Trade names and brands (optional)
    .help = Names people know you by besides the official one. Separate several with commas.
# Field beside app-org-trade-names.
app-org-group = Group of companies (optional)
    .help = The group your organisation belongs to, if any.
# Last field of the step, one per document language side by side (NL, EN, …).
app-org-processor = What you do as a processor for your clients (optional)
    .help = For example "We keep our clients' payroll data on their behalf." The privacy statement then explains that for that data your client's own statement applies.

## Step “People and data” (step 2), from top to bottom: whose data, which kinds
## of data, data from other sources (the question app-q-sources and one card
## per source), how data comes in per group, and surveillance cameras. Fields
## for a text the owner writes have one input per document language side by
## side.
# Heading above the tick boxes of the standard groups of people (audience-*
# messages of common.ftl); its .help under it.
app-data-audiences = Whose data do you handle?
    .help = Tick every group; the purposes step asks which purpose concerns whom.
# Heading above the tick boxes of the standard kinds of data, each shown as
# “name — examples” (data-* messages of common.ftl); its .help under it.
app-data-categories = Which kinds of personal data?
    .help = Sensitive kinds (health, beliefs, ...) need an extra legal ground; you choose it when you tick them.
# Field under a ticked standard kind of data, filled in with that kind's
# standard examples in each document language when it is ticked.
app-data-examples = Examples the documents give
    .help = Printed after the kind of data. Change them to fit your organisation, or empty them to give none.
# Button under the groups: adds a field for a group of the owner's own
# (app-data-own-audience).
app-data-add-audience = Add another group
# Label of the field that names a group the owner added, with a Remove button
# beside it.
app-data-own-audience = Another group of people
# Button under the kinds of data: adds a field for a kind of the owner's own.
app-data-add-category = Add another kind of data
# Label of the field that names a kind of data the owner added, with a Remove
# button beside it.
app-data-own-category = Another kind of data
# Tick box under such a kind of data; when ticked, the list of Art. 9(2)
# exceptions (app-data-condition) appears.
app-data-own-category-special = This is sensitive data (health, beliefs, ...: Art. 9 GDPR)
# Heading of the section on data from other sources; its .help under it, then
# the question app-q-sources, the source cards and app-source-add.
app-sources = Data you get from others
    .help = Where data does not come from the person themselves (a partner, a public register, a referral), the statement must say where it comes from.
# Title of each source card, followed by its number (“Source 1”).
app-source = Source
# Button under the source cards.
app-source-add = Add a source
# Heading of the section with one box per group of people in the project; its
# .help under it.
app-collection = How data comes in
    .help = For each group, how their data reaches you and, where it differs from the others, which data they give. The privacy statement lists what you tick; leave a group empty to say nothing about it.
# In each group's box, before the tick boxes of channels (channel-* messages of
# common.ftl).
app-collection-channels = How:
# In each group's box, before the tick boxes of the project's kinds of data.
app-collection-data = Their data:
# Tick box at the end of the step, its .help under it. When ticked, the camera
# fields below appear (app-cameras-purpose to app-cameras-declared, and
# app-q-cameras-police).
app-cameras = We use surveillance cameras at our premises
    .help = Only if you have premises with cameras. The privacy statement then gets a section on camera surveillance.
# Camera field, one per document language.
app-cameras-purpose = What are the cameras for?
    .help = For example "preventing and tracing theft and vandalism in the shop".
# Label above one radio button per legal basis (basis-* messages of
# common.ftl).
app-cameras-basis = What allows you to use the cameras?
# Camera question, last in the camera fields. Its answers side by side:
# app-answer-unanswered, -yes and -no; under them the .says of the chosen
# answer.
app-q-cameras-police = Do you give images to the police or the courts when they can help prove an offence?
# Only the .says is shown, while the question is not answered; the value only
# repeats app-answer-unanswered.
app-q-cameras-police-unanswered = { app-answer-unanswered }
    .says = The privacy statement names nobody who receives images, and stays a draft until you answer.
# Answer; its .says shows under the answers while it is chosen.
app-q-cameras-police-yes = Yes
    .says = The privacy statement says that you may give images to the police or the courts as evidence.
# Answer; its .says shows under the answers while it is chosen.
app-q-cameras-police-no = No
    .says = Nothing is said about giving images to anyone.
# Camera field for a number of days; its .help under the label.
app-cameras-days = How many days do you keep the images?
    .help = In Belgium at most one month (30 days), unless images are needed as evidence.
# Camera tick box.
app-cameras-pictogram = A sign with the legal pictogram hangs at each entrance of the watched area
# Camera tick box.
app-cameras-declared = The cameras are declared to the police (in Belgium at www.declarationcamera.be)
# In each source card: field, one per document language; its .help under the
# label.
app-source-description = Where does the data come from?
    .help = For example "the Crossroads Bank for Enterprises" or "the doctor who referred you".
# In each source card: label before the tick boxes of the project's kinds of
# data. The card ends with the question app-q-source-public.
app-source-data = Which data?
# Label before the list of Art. 9(2) exceptions (app-art9-*), beside a ticked
# sensitive kind of data (health, beliefs, …) or one of the owner's own kinds
# marked sensitive.
app-data-condition = Allowed because:
# Field under the kind “Criminal convictions and offences”
# (data-criminal-records) when it is ticked, one per document language; its
# .help under the label.
app-data-art10 = Which law allows you to handle this data?
    .help = For example the rules on criminal record extracts for working with children.
## Exceptions of GDPR Art. 9(2) (app-art9-<key>): the choices of the list after
## app-data-condition on step “People and data” (“Allowed because: …”), and of
## a purpose's own list (app-purpose-art9) on step “Purposes”.
app-art9-explicit-consent = the person gave explicit consent
app-art9-employment-law = employment or social security law requires it
app-art9-vital-interests = to protect someone's life when they cannot consent
app-art9-non-profit-members = we are a non-profit with a political, philosophical, religious or trade-union aim, about our members
app-art9-made-public = the person made it public themselves
app-art9-legal-claims = for legal claims
app-art9-public-interest = substantial public interest, laid down in law
app-art9-health-care = medical diagnosis, care or treatment, or managing health care (such as billing)
app-art9-public-health = public health
app-art9-research = archiving in the public interest, research or statistics

## Step “Purposes” (step 3): one card per purpose, from top to bottom: name,
## description, whose data, which data, exceptions for sensitive data, legal
## basis, legitimate interest, retention, whether people must give the data,
## other terms for one group, direct marketing, cookies, and a decision taken
## by a computer. Under the cards: app-purpose-add and the question
## app-q-automated. Findings about a field show under it, the others at the end
## of the card. Fields for a text the owner writes have one input per document
## language side by side.
# Title of each purpose card, followed by its number (“Purpose 1”). Also on
# step “Recipients”, for a purpose that has no name yet.
app-purpose = Purpose
# Button under the purpose cards.
app-purpose-add = Add a purpose
# First field of the card; its .help under the label.
app-purpose-name = What do you use the data for?
    .help = In a few words, for example "Delivering your orders".
# Optional field under the name.
app-purpose-description = More about it (optional)
# Label before the tick boxes of the project's groups of people.
app-purpose-audiences = Whose data?
# Label before the tick boxes of the project's kinds of data.
app-purpose-data = Which data?
# Label above one radio button per legal basis (basis-* messages of
# common.ftl); its .help under it.
app-purpose-basis = What allows you to use it?
    .help = The legal basis. Most purposes rest on a contract, a legal obligation, consent or your legitimate interest.
# Field shown only when the legal basis is legitimate interests. Also in a
# group's own terms (app-terms-for), there without the .help.
app-purpose-interest = Your legitimate interest
    .help = What you gain, for example "protecting our webshop against fraud".
# Label above the two tick boxes app-purpose-retention-fixed and -criteria.
app-purpose-retention = How long do you keep the data?
# Tick box; when ticked, a number, a unit (app-unit-*), app-purpose-after and
# the moment the period starts (retention-after-* of common.ftl) appear on one
# line.
app-purpose-retention-fixed = a fixed period
# Tick box; when ticked, the field app-purpose-criteria appears.
app-purpose-retention-criteria = it depends on
# Word between the period (“1 years”) and the list of moments it counts from.
app-purpose-after = after
# Field shown when app-purpose-retention-criteria is ticked; its .help under
# the label.
app-purpose-criteria = What decides how long?
    .help = For example "until you unsubscribe from the newsletter".
# Choice in the list of units of a fixed retention period, after the number.
# The same word shows whatever the number, so no singular form can be chosen.
app-unit-days = days
# Choice in the list of units of a fixed retention period, after the number.
# The same word shows whatever the number, so no singular form can be chosen.
app-unit-weeks = weeks
# Choice in the list of units of a fixed retention period, after the number.
# The same word shows whatever the number, so no singular form can be chosen.
app-unit-months = months
# Choice in the list of units of a fixed retention period, after the number.
# The same word shows whatever the number, so no singular form can be chosen.
app-unit-years = years
# Label above the drop-down list of answers: app-purpose-requirement-none
# first, then app-requirement-*. Also in a group's own terms.
app-purpose-requirement = Must people give this data?
# First choice of that list; its .says shows under the list while it is chosen
# (not in a group's own terms).
app-purpose-requirement-none = not asked
    .says = Not asked: the privacy statement says nothing about whether people must give this data.
# $sentence is what the privacy statement says for the chosen answer.
# Line under that list once another answer is chosen; the sentence is the
# requirement-* message of common.ftl. Also used on step “Recipients”, under
# the safeguard list, with the sentence the chosen safeguard makes the
# statement say (safeguard-* of common.ftl).
app-purpose-requirement-says = The privacy statement says: “{ $sentence }”
# Choice in the list “must people give this data?” (app-purpose-requirement).
app-requirement-statutory = yes, the law requires it
# Choice in the list “must people give this data?” (app-purpose-requirement).
app-requirement-contractual = yes, our contract requires it
# Choice in the list “must people give this data?” (app-purpose-requirement).
app-requirement-needed-for-contract = yes, we need it in order to enter into a contract
# Choice in the list “must people give this data?” (app-purpose-requirement).
app-requirement-voluntary = no, it is up to them
# Field shown once an answer other than app-purpose-requirement-none is chosen;
# also in a group's own terms, there without the .help.
app-purpose-consequence = What happens if they do not?
    .help = For example "we cannot deliver your order". The statement puts "If you do not provide it," before it.
# Small button, one per group of the purpose that has no terms of its own yet;
# $audience is the group's name. Shown under app-terms-add.
app-terms-add-button = + { $audience }
# Title of a box with one group's own legal basis and duty to give the data,
# with a Remove button; $audience is the group's name.
app-terms-for = Another basis for { $audience }
# Line above the app-terms-add-button buttons; only when the purpose concerns
# more than one group.
app-terms-add = Does another legal basis, or another duty to give the data, apply to one of these groups? Choose it:
# First choice of the list app-purpose-art9: the purpose takes the exception
# given for the kind of data.
app-purpose-art9-as-kind = the same exception as for the kind of data
# Label above a list of Art. 9(2) exceptions, one per sensitive kind of data
# the purpose uses; $data is the kind's name.
app-purpose-art9 = Exception for { $data } in this purpose
# Label of a field for criminal-records data the purpose uses; $data is the
# kind's name.
app-purpose-art10 = Law that allows { $data } in this purpose
    .help = Only where it is another law than the one given for the kind of data.
# Label above one tick box per cookie category (category-* messages of
# common.ftl); its .help under it.
app-purpose-cookies = Which cookies does your website set for this purpose?
    .help = The cookie policy names this purpose under each kind you tick.
# Question in each purpose card. Its answers side by side:
# app-answer-unanswered, -yes and -no; under them the .says of the chosen
# answer.
app-q-direct-marketing = Is this purpose direct marketing: newsletters, offers or advertising?
# Only the .says is shown, while the question is not answered; the value only
# repeats app-answer-unanswered.
app-q-direct-marketing-unanswered = { app-answer-unanswered }
    .says = The privacy statement does not describe the right to object to direct marketing for this purpose.
# Answer; its .says shows under the answers while it is chosen.
app-q-direct-marketing-yes = Yes
    .says = The privacy statement says that you use data for direct marketing and that people can object to it at any time, without a reason.
# Answer; its .says shows under the answers while it is chosen.
app-q-direct-marketing-no = No
    .says = Nothing is said about direct marketing for this purpose.
# Step “Recipients”, in each recipient card: label before the countries already
# added (each a small button with ×) and a drop-down list, whose .placeholder
# is its grey text, to add one.
app-recipient-also-in = Also processed in:
    .placeholder = Add a country…
# Step “Recipients”, in each recipient card: tick box.
app-recipient-unstated = The provider says the data may also be processed outside the EEA, without naming the countries
# Step “Recipients”, in each recipient card: label before the list of countries
# of the company's seat.
app-recipient-seat = Company seat:
# First choice of that list.
app-recipient-seat-same = where the data is processed
# Step “Recipients”, in each recipient card: label above one tick box per
# purpose; only when the project has purposes.
app-recipient-purposes = For which purposes does it receive data?
# Tick box near the end of each purpose card; when ticked, the fields of the
# decision below appear.
app-purpose-automated = A computer decides about people, or profiles them, without a person involved
# Tick box shown once app-purpose-automated is ticked.
app-purpose-profiling = This uses profiling
# Question shown once app-purpose-automated is ticked. Its answers side by
# side: app-answer-unanswered, -yes and -no; under them the .says of the chosen
# answer.
app-q-art22 = Does it have legal or similarly significant effects for the person (a refused payment, a refused contract)?
# Only the .says is shown, while the question is not answered; the value only
# repeats app-answer-unanswered.
app-q-art22-unanswered = { app-answer-unanswered }
    .says = The privacy statement shows a placeholder until you answer.
# Answer; its .says shows under the answers while it is chosen.
app-q-art22-yes = Yes
    .says = The privacy statement describes it as a decision under Art. 22 GDPR, with the exception that allows it and how to have it reviewed.
# Answer; its .says shows under the answers while it is chosen.
app-q-art22-no = No
    .says = The privacy statement describes it as profiling without such effects (product recommendations), with the right to object where it applies.
# Label above the list of exceptions (art22-*.label of common.ftl); shown only
# when app-q-art22 is answered yes.
app-purpose-art22-ground = What allows the decision? (Art. 22(2) GDPR)
# Field shown only when app-q-art22 is answered yes; its .help under the label.
app-purpose-taken-by = Who takes the decision, if not you? (optional)
    .help = For example "Klarna". The privacy statement then says so, and that the person asks them for a review.
# Field of the decision; its .help under the label.
app-purpose-logic = How does it decide?
    .help = In plain words, for example "a score based on your payment history".
# Last field of the decision and of the card.
app-purpose-effects = What does it mean for the person?

## Step “Recipients” (step 4), from top to bottom: the question
## app-q-recipients, the search in the service catalogue, one card per
## recipient, app-recipient-add, and the question app-q-transfers. Three labels
## of the recipient card (app-recipient-also-in, app-recipient-seat,
## app-recipient-purposes) are higher up in this file, among the purposes.
## Findings about a field show under it, the others at the end of the card.
# Heading of the box that searches the service catalogue; its .help under it.
app-catalog = Services you use
    .help = Type the name of a tool, such as Mollie or Google Analytics: adding it fills in the recipient and the cookies it sets.
# Grey placeholder of the search field.
app-catalog-placeholder = Search services…
# Under the search field when nothing in the catalogue matches what is typed.
app-catalog-none = No service in the catalogue matches this.
# Button beside each service found (name, then “company · kind” from
# catalog-kind-*): adds its recipient and its cookies, with the texts of
# catalog.ftl. Enter adds the first service found.
app-catalog-add = Add
# Red button instead of app-catalog-add when something from that service is in
# the project: takes out what it added, unless the owner changed it.
app-catalog-remove = Remove
# Title of each recipient card, followed by its number (“Recipient 1”).
app-recipient = Recipient
# Button under the recipient cards.
app-recipient-add = Add a recipient
# First field of the card, one per document language; its .help under the
# label.
app-recipient-name = Name
    .help = A company, or a kind of recipient such as "our accountant".
# Field, one per document language; a service added from the catalogue fills it
# with its catalog-service-* text.
app-recipient-service = What do they do with the data?
# Label above the drop-down list of roles (app-recipient-role-<role>); under
# the list the .says of the chosen role.
app-recipient-role = Their role
# Label above the drop-down list of countries, beside the role; under the list
# the .says of one of the app-recipient-country-* messages.
app-recipient-country = Where is the data processed?
# Line under the role list while no role is chosen (only the .says is used).
app-recipient-role-unanswered =
    .says = Not chosen yet: the privacy statement shows a placeholder for the role, and stays a draft.
# Choice in the role list; its .says shows under the list while it is chosen.
app-recipient-role-processor = Processor
    .says = The privacy statement says it works on your instructions and may not use the data for its own purposes. Have a processing agreement with it (Art. 28 GDPR).
# Choice in the role list; its .says shows under the list while it is chosen.
app-recipient-role-controller = Independent controller
    .says = The privacy statement says it decides for itself what it does with the data.
# Choice in the role list; its .says shows under the list while it is chosen.
app-recipient-role-joint-controller = Joint controller
    .says = The privacy statement says you decide together, gives the essence of your arrangement (asked below) and that people may exercise their rights with each of you.
# Choice in the role list; its .says shows under the list while it is chosen.
app-recipient-role-authority = Public authority
    .says = The privacy statement lists it as a public authority you pass data to.
# Choice in the role list; its .says shows under the list while it is chosen.
app-recipient-role-group-company = Company of our group
    .says = The privacy statement lists it as a company of your group.
# Choice in the role list; its .says shows under the list while it is chosen.
app-recipient-role-employer = The person's employer
    .says = The privacy statement lists it as the employer of the person concerned.
# Choice in the role list; its .says shows under the list while it is chosen.
app-recipient-role-professional-body = Professional body
    .says = The privacy statement lists it as a professional body or regulator of your profession.
# Choice in the role list; its .says shows under the list while it is chosen.
app-recipient-role-acquirer = Buyer in a sale or merger
    .says = The privacy statement lists it as a buyer of all or part of your business.
# Line under the country list while no country is chosen.
app-recipient-country-unanswered =
    .says = Not chosen yet: the privacy statement shows a placeholder for where the data is processed.
# Line under the country list for a country in the EEA.
app-recipient-country-eea =
    .says = Inside the European Economic Area: the privacy statement names the country.
# Line under the country list for a country outside the EEA with an adequacy
# decision.
app-recipient-country-adequate =
    .says = Outside the European Economic Area, with an adequacy decision: the privacy statement names the country and the decision.
# Line under the country list for any other country outside the EEA; the
# safeguard fields then appear.
app-recipient-country-outside =
    .says = Outside the European Economic Area: the privacy statement names the country and the safeguard you choose below.
# Label above the list of safeguards (app-safeguard-*), shown only when the
# recipient processes data outside the EEA; its .help under it. Under the list:
# app-purpose-requirement-says with the sentence of the safeguard, or
# app-recipient-safeguard-none.
app-recipient-safeguard = Safeguard for the transfer
    .help = This country is outside the European Economic Area, so the transfer needs a safeguard.
# Line under the safeguard list while none is chosen and no adequacy decision
# covers the countries (only the .says is used).
app-recipient-safeguard-none =
    .says = Not chosen yet: the privacy statement shows a placeholder for this transfer.
# Label of the contact fields, its .help under it; shown only when the role is
# joint controller, under app-recipient-arrangement.
app-recipient-contact = Where people reach them (optional)
    .help = The office or data protection officer of this joint controller that handles people's requests. The privacy statement gives it beside the arrangement.
# Contact field of a joint controller, the three side by side.
app-recipient-contact-name = Name
# Contact field of a joint controller, the three side by side.
app-recipient-contact-email = E-mail address
# Contact field of a joint controller, the three side by side.
app-recipient-contact-phone = Telephone
# Field, one per document language, shown only when the role is joint
# controller; its .help under the label.
app-recipient-arrangement = The essence of your arrangement (joint controllers)
    .help = Who does what, in a few sentences: for example "We ask your consent for the pixel and inform you; Meta answers requests about the data it receives." Printed as you write it.
# Label above the list of Commission decisions (app-scc-decision), shown when
# standard contractual clauses are the safeguard.
app-scc = Which standard contractual clauses?
# $decision is the Commission decision, such as 2021/914.
# Each choice of that list: 2021/914 (the current clauses), 2010/87, 2004/915
# and 2001/497 (repealed).
app-scc-decision = Commission decision { $decision }
# Field for a number, shown only when the current clauses (2021/914) are
# chosen; its .help under the label.
app-scc-module = Module of the clauses (1 to 4, optional)
    .help = Module 1: controller to controller; 2: controller to processor; 3: processor to processor; 4: processor to controller.
# Choice in the list of safeguards (app-recipient-safeguard).
app-safeguard-adequacy = adequacy decision of the European Commission
# Choice in the list of safeguards (app-recipient-safeguard).
app-safeguard-dpf = certified under the EU-U.S. Data Privacy Framework
# Choice in the list of safeguards (app-recipient-safeguard).
app-safeguard-scc = standard contractual clauses
# Choice in the list of safeguards (app-recipient-safeguard).
app-safeguard-bcr = binding corporate rules
# Field for a web address, near the end of the card.
app-recipient-policy = Link to their privacy policy (optional)

## Step “Cookies” (step 5), from top to bottom: app-cookie-policy-elsewhere,
## the question app-q-cookies, the import form, one card per cookie,
## app-cookie-add, and the consent section (app-consent). Findings about a
## field of a cookie show under it, the others at the end of its card.
# Heading of the import form; its .help under it.
app-import = Import a list of cookies
    .help = A list of cookie names, one per line, or a CSV export from your browser's developer tools or a cookie scanner. Known cookies are filled in completely; the others are added for you to complete.
# Grey placeholder of the path field of the import form.
app-import-placeholder = Path of the list or CSV file
# Button beside that field (Enter does the same). The outcome shows in the
# status line: cli-import-summary, or cli-unreadable-file when the file cannot
# be read.
app-import-button = Import
# Button under the cookie cards.
app-cookie-add = Add a cookie
# First field of a cookie card; Enter in it adds another cookie.
app-cookie-name = Cookie name
# Field beside the name; a new cookie gets the organisation's name.
app-cookie-provider = Set by
# Optional field, beside app-cookie-names-unknown.
app-cookie-domain = Domain (optional)
# Tick box beside the domain.
app-cookie-names-unknown = The provider does not name its cookies: this entry stands for all of them
# Tick box beside the list of categories (category-* messages of common.ftl).
app-cookie-third-party = another company (third party)
# $sentence is what the cookie policy says of the chosen category.
# Line under the category list of each cookie card; the sentence comes from the
# cookie policy's own texts.
app-cookie-category-says = The cookie policy says: “{ $sentence }”
# Label above the duration: how exact it is (app-cookie-span-*), the shortest
# end of a range, then the number and unit (app-lifetime-*).
app-cookie-duration = Duration
# Last field of a cookie card, one per document language; a cookie from the
# catalogue fills it with its catalog-cookie-* text.
app-cookie-purpose = What is it for?
# First field of the step; its .help under the label.
app-cookie-policy-elsewhere = Is your cookie policy published elsewhere? Its web address (optional)
    .help = For instance the policy your consent tool writes and keeps up to date. policywright then writes no cookie policy of its own, and the privacy statement links to yours. The questions below are then optional.
# Not on the step: at the top of the preview (right pane) while a cookie policy
# address is given; $address is that address.
app-preview-cookie-policy-elsewhere = Your cookie policy is published at { $address }, so policywright writes none. The privacy statement links to it.
# Choice in the first list of a cookie's duration: how exact it is.
app-cookie-span-exactly = exactly
# Choice in the first list of a cookie's duration: how exact it is.
app-cookie-span-up-to = up to
# Choice in the first list of a cookie's duration: how exact it is.
app-cookie-span-session-or-up-to = until the browser closes, or up to
# Choice in the first list of a cookie's duration: how exact it is.
app-cookie-span-between = between
# Word between the shortest and the longest end, when app-cookie-span-between
# is chosen.
app-cookie-span-and = and
# Choice in the list of units of a cookie's duration, after the number;
# app-lifetime-session and app-lifetime-persistent take no number. The same
# word shows whatever the number.
app-lifetime-session = until the browser closes
# Choice in the list of units of a cookie's duration, after the number;
# app-lifetime-session and app-lifetime-persistent take no number. The same
# word shows whatever the number.
app-lifetime-minutes = minutes
# Choice in the list of units of a cookie's duration, after the number;
# app-lifetime-session and app-lifetime-persistent take no number. The same
# word shows whatever the number.
app-lifetime-hours = hours
# Choice in the list of units of a cookie's duration, after the number;
# app-lifetime-session and app-lifetime-persistent take no number. The same
# word shows whatever the number.
app-lifetime-days = days
# Choice in the list of units of a cookie's duration, after the number;
# app-lifetime-session and app-lifetime-persistent take no number. The same
# word shows whatever the number.
app-lifetime-weeks = weeks
# Choice in the list of units of a cookie's duration, after the number;
# app-lifetime-session and app-lifetime-persistent take no number. The same
# word shows whatever the number.
app-lifetime-months = months
# Choice in the list of units of a cookie's duration, after the number;
# app-lifetime-session and app-lifetime-persistent take no number. The same
# word shows whatever the number.
app-lifetime-years = years
# Choice in the list of units of a cookie's duration, after the number;
# app-lifetime-session and app-lifetime-persistent take no number. The same
# word shows whatever the number.
app-lifetime-persistent = until deleted
# Heading of the consent section at the end of the step, its .help under it.
# Below: app-analytics-exempt (organisations in the Netherlands only), the
# question app-q-consent, tick boxes usable only when the answer is a banner,
# and fields. Findings about consent show at the end of the section.
app-consent = Consent
    .help = Cookies that are not strictly necessary may only be set after visitors agree.
# Tick box, usable only when consent is asked with a banner; the cookie policy
# promises only what is ticked.
app-consent-per-category = Visitors can choose per kind of cookie
# Tick box shown only for an organisation in the Netherlands, or when it was
# ticked before; its .help under it.
app-analytics-exempt = Our analytics cookies have little or no effect on privacy and are set without consent (Dutch law: art. 11.7a(3)(b) Telecommunicatiewet)
    .help = Only first-party analytics, or a provider set up as the Dutch Data Protection Authority asks: data shared with nobody, IP addresses masked, a processor agreement.
# Tick box, usable only when consent is asked with a banner; the cookie policy
# promises only what is ticked.
app-consent-waits = Until visitors choose, the website sets only strictly necessary cookies (the others wait for consent)
# Tick box, usable only when consent is asked with a banner; the cookie policy
# promises only what is ticked.
app-consent-refuse = Refusing is as easy as accepting (a refuse button beside the accept button)
# Tick box, usable only when consent is asked with a banner; the cookie policy
# promises only what is ticked.
app-consent-no-wall = Visitors who refuse can still use the website
# Optional field for the name of the consent tool.
app-consent-tool = Consent tool (optional)
# Optional field for a number of months; its .help under the label.
app-consent-kept = How many months a choice is kept (optional)
    .help = After this, the banner asks again; authorities such as the French CNIL advise asking again after 6 months. The cookie policy says what you write here.
# Last field of the step, one per document language; its .help under the label.
app-consent-withdraw = Where can visitors change their choice?
    .help = For example "through the link 'Cookie settings' at the bottom of every page".

## Step “Contact and complaints” (step 6), from top to bottom: privacy contact,
## the DPO question (app-q-dpo, in the questions group at the end of this
## file), requests and complaints, the supervisory authority, security
## measures, children, and announcing changes.
# Heading of the step's first section; its .help under it.
app-rights-contact = Privacy contact
    .help = The person or team that answers questions and requests about personal data.
# Field of the privacy contact.
app-rights-contact-name = Name
# Field of the privacy contact; when filled in, requests go to this address
# instead of the organisation's.
app-rights-contact-email = E-mail address
# Field shown once app-q-dpo is answered yes.
app-rights-dpo-name = Name of the DPO
# Field shown once app-q-dpo is answered yes.
app-rights-dpo-email = E-mail address of the DPO
# Heading of the section on requests and complaints; its .help under it.
app-requests = Requests and complaints
    .help = Requests always go to the e-mail address above. Tick what else you offer; the privacy statement lists it.
# Tick box in the requests section.
app-requests-post = People may also send requests by post, to your address
# Tick box in the requests section.
app-requests-phone = People may also make requests by phone, at your number
# Tick box in the requests section.
app-requests-in-person = People may also make requests in person, at your premises
# Field for a web address.
app-requests-form = Web form for requests (optional)
# Field, one per document language; its .help under the label.
app-requests-identity = Proof of identity you ask (optional)
    .help = Only what is needed, for example "a copy of the front of your identity card, with the photo and national number blacked out". Printed as you write it.
# Field for a number of days; its .help under the label.
app-requests-days = You answer within ... days (optional)
    .help = Leave empty to promise what the law does: one month. A month can be 28 days, so promise at most 28.
# Tick box of a Belgian sector rule, shown only for an organisation in Belgium.
app-sector-aml = We keep data under the anti-money-laundering law (access goes through the authority)
# Tick box of a Belgian sector rule, shown only for an organisation in Belgium.
app-sector-patient-rights = Our clients are patients with the rights of the patients' rights law
# Tick box of a Belgian sector rule, shown only for an organisation in Belgium.
app-sector-professional-secrecy = We are bound by professional secrecy
# Field; its .help under the label.
app-complaints-name = Complaints contact, if not the privacy contact (optional)
    .help = A person or department that handles complaints, such as an ombudsperson. The privacy statement names them before the authority.
# Field, the last of the requests section.
app-complaints-email = E-mail address for complaints
# Heading, its .help under it; then a box with the authority's name and
# address, or app-rights-authority-no-country or app-rights-authority-unknown.
app-rights-authority = Supervisory authority
    .help = Chosen from your country; the statement names it with its contact details.
# Text in the authority box while no country is chosen on step “Your
# organisation”.
app-rights-authority-no-country = Named once you answer your country under "Your organisation".
# Text in the authority box when policywright knows no authority for the chosen
# country and the project file enters none.
app-rights-authority-unknown = policywright has no data for this country's authority; add it to the project file under supervisory_authority.

# Heading above the tick boxes of security measures (security-* messages of
# common.ftl); its .help under it.
app-security = How you protect the data
    .help = Tick the measures you really take; the statement lists them.
# Heading above the question app-q-children and the fields
# app-children-age-limit and app-children-minors.
app-children = Children
# Last heading of the step, above the tick boxes changes-website and
# changes-email of common.ftl.
app-changes = Announcing changes to these documents

## Step “Check and export” (step 7): a summary, every finding of the checks,
## the settings of the documents, and the export.
# First line of the step; the counts cover the whole project. Under it every
# finding as a card, each with a button to its step (app-step-<step>).
app-review-summary = Errors: { $errors } · warnings: { $warnings } · advice: { $advice }. Errors mean the documents, as answered, would not meet the law or would say what nobody answered: they are drafts until every error is solved.
# Heading of the documents' settings, under the findings.
app-document = The documents
# Field beside the date.
app-document-version = Version
# Field beside the version; its .help under the label. What is typed is kept
# until it reads as a date.
app-document-date = In effect from
    .help = As year-month-day, for example 2026-11-01.
# Label above one tick box per language (app-language-*).
app-document-languages = Published in
# Heading of the export: tick boxes of the languages to write (among those
# published), HTML and PDF.
app-export = Export
# Step "Check and export": a box beside HTML and PDF; ticked, the export also
# writes the record of processing activities (Art. 30) as a spreadsheet.
app-export-record = Record of processing activities (XLSX)
# Label above the folder field and its Choose… button (app-choose).
app-export-folder = Folder
# Line under the folder field; $folder is the full path.
app-export-target = The files are written to { $folder }
# Button that writes the files. The result shows in the status line
# (app-status-exported, or cli-write-failed), and remarks
# (cli-missing-characters, export notices) under the button.
app-export-write = Write the documents

# Button beside it, usable after the documents were written: shows the folder
# in the desktop's file manager.
app-export-open = Open the folder
# In the status line, as an error, when the desktop could not open the folder;
# $reason is one of the system-* reasons of cli.ftl, or the system's own words.
app-export-open-failed = The folder could not be opened ({ $reason }); the files are in { $folder }.

## The preview, the right pane of the editor: buttons above the document choose
## which one is shown.
# Button that shows the privacy statement.
app-preview-privacy = Privacy statement
# Button that shows the cookie policy.
app-preview-cookies = Cookie policy

## Questions whose answer decides a sentence: the question, its answers,
## and what each answer makes the documents say (.says).
## Where they appear: the answers are radio buttons side by side,
## app-answer-unanswered first; the .says of the chosen answer shows under them
## in small grey type. Of each -unanswered message only the .says is shown: its
## value only repeats app-answer-unanswered. Each question's step is said at
## the question below.

# First answer of every such question, on every step.
app-answer-unanswered = Not answered yet
# Step “Contact and complaints”, after the privacy contact.
app-q-dpo = Have you appointed a data protection officer (DPO)?
app-q-dpo-unanswered = { app-answer-unanswered }
    .says = The documents say nothing about a DPO yet, and stay drafts until you answer.
app-q-dpo-yes = Yes
    .says = The privacy statement names your DPO and how to reach them.
app-q-dpo-no = No
    .says = The privacy statement says that you have not appointed a DPO, and gives a reason only if you write one.
# Field shown when app-q-dpo is answered no; its .help under the label.
app-rights-dpo-reason = Why not? (optional)
    .help = Printed as you write it, for example "The law does not require one for our organisation." Only write a reason you have checked.
# Step “Contact and complaints”, under the heading app-children.
app-q-children = Do you offer online services directly to children?
app-q-children-unanswered = { app-answer-unanswered }
    .says = The documents say nothing about children yet, and stay drafts until you answer.
app-q-children-yes = Yes
    .says = The privacy statement says so, and that a parent must give or approve consent for children under the age of digital consent.
app-q-children-no = No
    .says = The privacy statement says that you do not offer online services directly to children.
# Field for a number, under app-q-children; its .help under the label.
app-children-age-limit = Your own minimum age (optional)
    .help = For example 18 if your online services are only for adults. Printed as "meant for people aged 18 or older".
# Field, one per document language, under app-children-age-limit; its .help
# under the label.
app-children-minors = How you handle minors' data (optional)
    .help = Where minors are among the people whose data you process (patients, young members, children in a tax return), say in your words how you handle their data. Printed as you write it.
# Step “People and data”, under the heading app-sources; answering yes adds a
# first source card.
app-q-sources = Do you receive personal data from others than the people themselves?
app-q-sources-unanswered = { app-answer-unanswered }
    .says = The privacy statement says nothing about other sources yet, and stays a draft until you answer.
app-q-sources-yes = Yes
    .says = The privacy statement names each source, the data it gives you, and whether it is public.
app-q-sources-no = No, all from the people themselves
    .says = The privacy statement has no section on other sources.
# Step “People and data”, at the end of each source card.
app-q-source-public = Is this source publicly accessible?
app-q-source-public-unanswered = { app-answer-unanswered }
    .says = The privacy statement shows a placeholder here until you answer.
app-q-source-public-yes = Yes
    .says = The privacy statement says that this is a publicly accessible source.
app-q-source-public-no = No
    .says = The privacy statement says that this source is not publicly accessible.
# Step “Purposes”, under all purpose cards. Shown as answered yes when a
# purpose describes a decision by a computer.
app-q-automated = Are decisions about people taken by a computer alone, with legal or similarly significant effects?
app-q-automated-unanswered = { app-answer-unanswered }
    .says = The privacy statement says nothing about automated decisions yet, and stays a draft until you answer.
app-q-automated-yes = Yes
    .says = Describe each such decision at its purpose; the privacy statement explains it and the rights that go with it.
app-q-automated-no = No
    .says = The privacy statement says that you take no such decisions.
# Top of step “Recipients”; answering yes adds a first recipient card.
app-q-recipients = Does anyone outside your organisation receive the data?
app-q-recipients-unanswered = { app-answer-unanswered }
    .says = The privacy statement says nothing about recipients yet, and stays a draft until you answer.
app-q-recipients-yes = Yes
    .says = The privacy statement lists the recipients below.
app-q-recipients-no = No, nobody
    .says = The privacy statement says that you share the data with nobody, unless the law obliges you to.
# End of step “Recipients”. Shown as answered yes when a recipient processes
# data outside the EEA.
app-q-transfers = Does data go to a country outside the European Economic Area (EEA)?
app-q-transfers-unanswered = { app-answer-unanswered }
    .says = The privacy statement says nothing about transfers yet, and stays a draft until you answer.
app-q-transfers-yes = Yes
    .says = Give each recipient concerned its country and safeguard; the privacy statement lists them.
app-q-transfers-no = No
    .says = The privacy statement says that you do not transfer data outside the EEA.
# Step “Cookies”, under the field app-cookie-policy-elsewhere.
app-q-cookies = Does your website set cookies or similar technologies (local storage, pixels)?
app-q-cookies-unanswered = { app-answer-unanswered }
    .says = The cookie policy says nothing about cookies yet, and stays a draft until you answer.
app-q-cookies-yes = Yes
    .says = The cookie policy describes each cookie below.
app-q-cookies-no = No, none
    .says = The cookie policy says that your website uses no cookies or similar technologies.
# Step “Cookies”, in the consent section (app-consent); its answers:
# app-answer-unanswered, app-q-consent-banner, -implied and -not-asked.
app-q-consent = How are visitors asked for consent?
app-q-consent-unanswered = { app-answer-unanswered }
    .says = The cookie policy says nothing about consent yet, and stays a draft until you answer.
app-q-consent-banner = A banner, before the cookies are set
    .says = The cookie policy describes your banner with the properties you tick below.
app-q-consent-implied = Browsing on counts as consent
    .says = That is not valid consent: the cookie policy will not claim consent, and the checks report an error.
app-q-consent-not-asked = Consent is not asked
    .says = The cookie policy will not claim consent, and the checks report an error for each cookie that needs it.
