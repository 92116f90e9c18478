## Findings of the compliance checks, shown to the owner of a project before
## they publish. Each finding says what is wrong and where; its .hint says
## what to do. The ids follow the rule ids, with dashes for the dots.
## $item is the purpose, recipient, cookie or data category concerned, by
## its name (or its place in the project file when it has none).
## Where they appear: in the wizard, as a card under the answer concerned, on
## the step where it is given (or at the end of the step or of the item's
## card), and all together on the last step, “Check and export”, each with a
## button to its step; on the command line, “policywright check” prints every
## message with its hint (as text or JSON), and “policywright render” only
## counts the errors. Each message's comment gives its severity (error, warning
## or advice; an error keeps the documents drafts), the answer that triggers
## it, and where the wizard shows it.

# How a rule's legal basis is cited: $law is one of the law-* names below,
# $articles a list such as "13(1)(c), 14(1)(c)".
# Shown only on the command line: after “Where:” in “policywright check”
# (cli-findings-where), and as the citation in its JSON output. Not shown in
# the wizard.
check-basis = { $law } Art. { $articles }
# Name of the law in check-basis, for most rules.
law-gdpr = GDPR
# Name of the law in check-basis, for the rules on cookies.
law-eprivacy = ePrivacy Directive
# Name of the law in check-basis, for the Belgian camera rules (law of 21 March
# 2007).
law-camera-law-be = Belgian camera law

## Questions whose answer decides what the documents say. Until answered,
## the documents show a placeholder there and are marked as drafts.
## Besides the questions left unanswered and answers that contradict each
## other, this group holds the camera checks (step “People and data”) and a few
## warnings about single answers (encryption, the website for announcements,
## the documents' version).

# Error. Cameras are ticked on step “People and data” and no legal basis is
# chosen for them. Wizard: under the cameras' legal bases.
check-cameras-basis-missing = You use surveillance cameras but do not say what allows you to, so the privacy statement cannot give the legal basis.
    .hint = Choose the legal basis of the surveillance; for a shop or office it is usually your legitimate interest in protecting people and goods.
# Error. Cameras are ticked and the question whether images go to the police or
# the courts (app-q-cameras-police) is not answered. Wizard: step “People and
# data”, under that question.
check-cameras-recipients-unanswered = You use surveillance cameras but have not said whether you give images to the police or the courts, so the privacy statement cannot name who receives them.
    .hint = Under "People and data", answer whether you hand images to the police or the courts when they can help prove an offence.
# Error. Cameras are ticked and what they are for is empty. Wizard: step
# “People and data”, under that field.
check-cameras-purpose-missing = You use surveillance cameras but do not say what for.
    .hint = Say what the cameras are for, for example preventing and tracing theft in the shop.
# Error. Cameras are ticked and no number of days is given. Wizard: step
# “People and data”, under that field.
check-cameras-retention-missing = You use surveillance cameras but do not say how long you keep the images.
    .hint = Give the number of days you keep the images before they are erased.
# Error. Organisation in Belgium, cameras ticked, and more than 30 days given;
# $days is the number given, $max is 30. Wizard: step “People and data”, under
# the days field.
check-cameras-retention-too-long = You keep camera images for { $days } days; the Belgian camera law allows { $max } days at most, unless images are needed as evidence.
    .hint = Set your recorder to erase images after { $max } days at most, and enter the new number here.
# Error. Organisation in Belgium, cameras ticked, and the pictogram box not
# ticked. Wizard: step “People and data”, under that tick box.
check-cameras-pictogram-missing = Your answers do not say that a sign with the legal pictogram hangs at the entrances of the watched area, which the Belgian camera law requires.
    .hint = Hang the pictogram (the model set by royal decree) at each entrance, and mark that here.
# Error. Organisation in Belgium, cameras ticked, and “declared to the police”
# not ticked. Wizard: step “People and data”, under that tick box.
check-cameras-not-declared = Your answers do not say that the cameras are declared to the police, which the Belgian camera law requires.
    .hint = Declare them at www.declarationcamera.be, and mark that here.
# Error. No country is chosen for the organisation. Wizard: step “Your
# organisation”, under the country list.
check-answers-country-unanswered = You have not said in which country your organisation is established, so the documents cannot name the national law that applies or the supervisory authority people can complain to.
    .hint = In "Your organisation", choose the country.
# Error. No kind of data is ticked or added. Wizard: step “People and data”,
# under the button to add a kind of data.
check-answers-data-categories-unanswered = You have not said which kinds of personal data you process, so the privacy statement cannot list them.
    .hint = In "People and data", tick the kinds of data you process, or add your own.
# Error. The DPO question (app-q-dpo) is not answered. Wizard: step “Contact
# and complaints”, under that question.
check-answers-dpo-unanswered = You have not said whether you have appointed a data protection officer, so the privacy statement says nothing about one.
    .hint = In "Contact and complaints", answer whether a data protection officer is appointed. Give a reason for not having one only if you have checked it.
# Error. The question about other sources (app-q-sources) is not answered and
# no source is listed. Wizard: step “People and data”, under that question.
check-answers-sources-unanswered = You have not said whether you receive personal data from others than the people themselves (Art. 14).
    .hint = In "People and data", answer whether data comes from other sources, and if so, name them.
# Error. The question whether anyone receives the data (app-q-recipients) is
# not answered and no recipient is listed. Wizard: top of step “Recipients”,
# under that question.
check-answers-recipients-unanswered = You have not said whether anyone outside your organisation receives the data, so the privacy statement says nothing about recipients.
    .hint = In "Recipients", name who receives the data (your accountant, your web host, ...), or answer that nobody does.
# Error. The transfer question (app-q-transfers) is not answered and no
# recipient processes data outside the EEA; or a recipient has a safeguard but
# no country outside the EEA. Wizard: end of step “Recipients”, under that
# question.
check-answers-transfers-unanswered = You have not said whether data goes to a country outside the European Economic Area.
    .hint = In "Recipients", answer whether data leaves the EEA. If it does, give each recipient concerned its country and safeguard.
# Error. The question about automated decisions (app-q-automated) is not
# answered and no purpose describes such a decision with significant effects.
# Wizard: step “Purposes”, under that question below the purpose cards.
check-answers-automated-decisions-unanswered = You have not said whether decisions about people are taken by automated means only.
    .hint = In "Purposes", answer whether any decision with legal or similarly significant effects is taken without a person involved.
# Error. No security measure is ticked. Wizard: step “Contact and complaints”,
# under the security measures.
check-answers-security-measures-unanswered = You have not said how you protect the data, so the privacy statement says nothing about it.
    .hint = In "Contact and complaints", tick the measures you really take.
# Error. The question about online services for children (app-q-children) is
# not answered. Wizard: step “Contact and complaints”, under the fields about
# children.
check-answers-children-unanswered = You have not said whether you offer online services directly to children.
    .hint = In "Contact and complaints", answer the question about children. If minors are among the people whose data you process, say how you handle their data.
# Error. Neither way of announcing changes is ticked. Wizard: step “Contact and
# complaints”, under those tick boxes.
check-answers-change-notice-unanswered = You have not said how you announce changes to the documents.
    .hint = In "Contact and complaints", tick how people learn of a new version.
# Error. The cookie question (app-q-cookies) is not answered and no cookie is
# listed; not asked when the cookie policy is published elsewhere. Wizard: step
# “Cookies”, under that question.
check-answers-cookies-unanswered = You have not said whether your website sets cookies or similar technologies, so the cookie policy says nothing about them.
    .hint = In "Cookies", list the cookies your website sets (you can import them from your browser), or answer that it sets none.
# Error. A listed cookie needs consent and how consent is asked (app-q-consent)
# is not answered; not asked when the cookie policy is published elsewhere.
# Wizard: step “Cookies”, at the end of the consent section.
check-answers-cookie-consent-unanswered = Your website sets cookies that need consent, and you have not said how you ask for it.
    .hint = In "Cookies", answer how visitors are asked for consent.
# Error. “No, all from the people themselves” is answered while sources are
# listed. Wizard: step “People and data”, under the question about other
# sources.
check-answers-sources-contradictory = You answered that all data comes from the people themselves, but you also name other sources. The documents say neither.
    .hint = Remove the sources, or change the answer to say that data also comes from others.
# Error. “No, nobody” is answered while recipients are listed. Wizard: top of
# step “Recipients”.
check-answers-recipients-contradictory = You answered that nobody outside your organisation receives the data, but you also name recipients. The documents say neither.
    .hint = Remove the recipients, or change the answer to say that others do receive data.
# Error. “No” is answered to the transfer question while a recipient processes
# data outside the EEA, or has a safeguard without a country outside it.
# Wizard: end of step “Recipients”.
check-answers-transfers-contradictory = You answered that no data leaves the European Economic Area, but a recipient is outside it or has a safeguard for transfers. The documents say neither.
    .hint = Check the recipients' countries and safeguards, then answer the question about transfers again.
# Error. “No” is answered to app-q-automated while a purpose describes a
# decision by a computer with significant effects. Wizard: step “Purposes”,
# under that question.
check-answers-automated-decisions-contradictory = You answered that no decisions are taken by automated means only, but a purpose describes such a decision. The documents say neither.
    .hint = Remove the automated decision from the purpose, or change the answer.
# Error. “No, none” is answered to the cookie question while cookies are
# listed. Wizard: step “Cookies”, under that question.
check-answers-cookies-contradictory = You answered that your website sets no cookies, but you also list cookies. The cookie policy says neither.
    .hint = Remove the cookies, or change the answer to say that the website sets cookies.
# Error. A source's question “publicly accessible?” (app-q-source-public) is
# not answered; $item is the source's description. Wizard: step “People and
# data”, in that source's card.
check-art14-source-public-unanswered = You have not said whether the source "{ $item }" is publicly accessible, which the privacy statement must tell.
    .hint = In "People and data", answer whether this source is publicly accessible (a public register, a website) or not.
# Warning. The project lists the bare measure “encryption” of project files of
# format 1, which the wizard no longer offers (it offers encryption in transit
# and at rest). Wizard: step “Contact and complaints”, under the security
# measures.
check-art32-security-encryption-where = You ticked "encryption" without saying where, so the privacy statement does not mention it.
    .hint = In "Contact and complaints", tick whether data is encrypted when it is sent, where it is stored, or both.
# Warning. Announcing changes on the website is ticked and the organisation has
# no website. Wizard: step “Contact and complaints”, under those tick boxes.
check-art12-changes-website-missing = You announce changes on your website, but no website is given.
    .hint = Add your website in "Your organisation", or choose another way to announce changes.
# Warning. The version of the documents is empty. Wizard: only in the list on
# step “Check and export”, where the version field is.
check-document-version-missing = The documents have no version, so readers cannot tell one version from the next.
    .hint = Give the documents a version, such as 1.0, in "Check and export".

## Who is responsible, and how to reach them.

# Error. The organisation's name is empty. Wizard: step “Your organisation”,
# under the name.
check-art13-controller-name-missing = The organisation has no name, so the documents cannot say who is responsible for the data.
    .hint = Fill in the organisation's official name, as it is registered.
# Warning. The name ends in the legal form given (dots and case ignored); $form
# is the legal form as typed. Wizard: step “Your organisation”, under the name.
check-art13-controller-name-has-legal-form = The name already ends in "{ $form }", and the documents add the legal form after the name, so they would print it twice.
    .hint = Write the name without its legal form, for example "Bakkerij Janssens" with legal form "{ $form }".
# Error. Street, postcode or city is empty. Wizard: step “Your organisation”,
# under the country list.
check-art13-controller-address-incomplete = The organisation's address is incomplete: readers need a street, a postcode and a city to know where to reach you.
    .hint = Fill in the street and number, the postcode and the city of the organisation.
# Warning. Organisation in Belgium or the Netherlands without an enterprise
# (KBO) or KvK number; $country is the country's name. Wizard: step “Your
# organisation”, under the numbers.
check-art13-controller-enterprise-number-missing = No company number is given. Every organisation established in { $country } has one, and readers use it to see exactly which organisation is responsible.
    .hint = Add the number: in Belgium the enterprise number from the Crossroads Bank for Enterprises (KBO), written 0123.456.789; in the Netherlands the 8-digit number from the Chamber of Commerce (KvK).
# Error. The organisation's country is outside the EEA and no representative is
# named; $country is that country. The wizard has no field for the
# representative (organisation.representative in the project file): the finding
# shows at the end of step “Your organisation”.
check-art27-representative-missing = The organisation is established in { $country }, outside the European Economic Area, and names no representative in the EU.
    .hint = Appoint a representative in an EU country where the people you serve live, and add their name and contact details.
# Error. A representative is named in the project file without e-mail, phone or
# address. Wizard: end of step “Your organisation”.
check-art13-representative-contact-missing = The representative in the EU is named without any contact details.
    .hint = Add an e-mail address, a phone number or a postal address where people can reach the representative.
# Error. The DPO question is answered yes and the DPO has no e-mail, phone or
# address. Wizard: step “Contact and complaints”, under the DPO question.
check-art13-dpo-contact-missing = A data protection officer is named without any contact details.
    .hint = Add an e-mail address, a phone number or a postal address where people can reach the data protection officer directly.
# Warning. No DPO appointed (or not answered) while a purpose uses sensitive
# data (Art. 9) of people other than staff and applicants; $purpose is that
# purpose's name. Wizard: step “Contact and complaints”, under the DPO
# question.
check-art37-dpo-likely-required = No data protection officer is appointed, while the purpose "{ $purpose }" processes sensitive data (such as health data) of people other than your staff. Where such processing on a large scale is the core of your work (a group practice, a laboratory, a hospital, a trade union), the law requires one.
    .hint = If this processing is large-scale and central to what you do, appoint a data protection officer and add their contact details. A practitioner or small organisation usually does not need one; then you can leave this as it is.
# Error. The address for requests (the privacy contact's, else the
# organisation's) is empty, not a valid address, or an example address. Wizard:
# step “Contact and complaints” under the privacy contact's e-mail, or step
# “Your organisation” under the e-mail address.
check-art12-rights-channel-missing = There is no working e-mail address for privacy requests, so nobody can exercise the rights the privacy statement lists.
    .hint = Enter a valid e-mail address that someone reads, for the privacy contact or for the organisation, such as privacy@yourcompany.be.
# Error. A country is chosen for which policywright knows no supervisory
# authority, and the project file enters none; $country is that country.
# Wizard: step “Contact and complaints”, under the authority box. The authority
# can only be entered in the project file (supervisory_authority).
check-art13-complaint-authority-missing = The documents cannot name a supervisory authority to complain to: policywright knows none for { $country }.
    .hint = Enter the data protection authority of your country yourself, with its name, address and website.
# Error. The authority entered in the project file is one that no longer exists
# (such as the Belgian Privacy Commission or the Dutch College bescherming
# persoonsgegevens); $item is its name as entered. Wizard: step “Contact and
# complaints”, under the authority box.
check-art13-complaint-authority-former = The supervisory authority "{ $item }" no longer exists: complaints sent there reach nobody.
    .hint = Remove the authority you entered. For Belgium and the Netherlands policywright names the current one (the Gegevensbeschermingsautoriteit, the Autoriteit Persoonsgegevens) by itself.

## Purposes, legal bases and retention.

# Error. The project has no purpose at all. Wizard: step “Purposes”, under the
# button to add a purpose.
check-art13-purposes-missing = No purpose is given: the privacy statement must say why you process personal data.
    .hint = Add each purpose, such as handling orders, sending the newsletter or running the payroll, with its legal basis and how long the data is kept.
# Error. A purpose, or one group's own terms in it, has no legal basis; $item
# is the purpose's name. Wizard: step “Purposes”, in its card under the legal
# bases (or under the group's terms).
check-art13-purpose-legal-basis-missing = The purpose "{ $item }" has no legal basis.
    .hint = Choose the basis that allows you to use the data for this purpose: consent, a contract, a legal obligation, vital interests, a public task or a legitimate interest.
# Error. The legal basis is legitimate interests and the interest field is
# empty; $item is the purpose's name. Wizard: step “Purposes”, in the purpose's
# card.
check-art13-purpose-legitimate-interest-missing = The purpose "{ $item }" rests on a legitimate interest, but the interest itself is not described.
    .hint = Describe in a few words the interest you pursue, such as "protecting our website against abuse" or "telling our customers about similar products".
# Error. Neither a fixed period nor criteria are given for a purpose (or the
# criteria are empty); $item is its name. Wizard: step “Purposes”, under the
# retention.
check-art13-purpose-retention-missing = The purpose "{ $item }" does not say how long the data is kept.
    .hint = Give a period, such as 7 years after the end of the financial year, or the criteria that decide it. "As long as necessary" on its own is not enough.
# Warning. The legal basis is a contract or a legal obligation and “Must people
# give this data?” is still “not asked”; $item is the purpose's name. Wizard:
# step “Purposes”, under that list.
check-art13-purpose-provision-missing = The purpose "{ $item }" rests on a contract or a legal obligation, but does not say whether people must provide the data, and what happens if they do not.
    .hint = Say whether the data is required (by law, by the contract, or to make a contract) and what follows if it is not given. If your forms already mark the required fields and explain them, that may be enough.
# Warning. An answer other than “no, it is up to them” is chosen and “What
# happens if they do not?” is empty; $item is the purpose's name. Wizard: step
# “Purposes”, under that list.
check-art13-purpose-provision-consequence-missing = People must provide data for the purpose "{ $item }", but the statement does not say what happens if they do not.
    .hint = Describe the consequence in a few words, such as "we cannot deliver your order".
# Error. A decision by a computer is ticked in a purpose and “How does it
# decide?” is empty; $item is the purpose's name. Wizard: step “Purposes”, at
# the decision in the purpose's card.
check-art13-automated-decision-logic-missing = The automated decision in the purpose "{ $item }" does not explain how the decision is made.
    .hint = Explain in plain words what the decision is based on, such as "a score based on your payment history".
# Error. A decision by a computer is ticked and “What does it mean for the
# person?” is empty; $item is the purpose's name. Wizard: step “Purposes”, at
# the decision.
check-art13-automated-decision-consequences-missing = The automated decision in the purpose "{ $item }" does not say what it means for the person concerned.
    .hint = Describe what the outcome can be for the person, such as "with a low score you cannot pay afterwards".
# Error. A decision by a computer is ticked and its question about legal or
# significant effects (app-q-art22) is not answered; $item is the purpose's
# name. Wizard: step “Purposes”, at the decision.
check-art22-automated-decision-significance-unanswered = You have not said whether the automated decision of "{ $item }" has legal or similarly significant effects for people, which decides what the privacy statement must say about it.
    .hint = In "Purposes", answer the question at the decision: a refused payment or contract is significant, a product recommendation is not.
# Error. app-q-art22 is answered yes and no exception of Art. 22(2) is chosen;
# $item is the purpose's name. Wizard: step “Purposes”, at the decision.
check-art22-automated-decision-ground-missing = The decision of "{ $item }" is taken by a computer alone with significant effects, but you have not said what allows it. Art. 22(2) allows it only for a contract, by law, or with explicit consent.
    .hint = In "Purposes", choose the exception that applies. If none does, a person must take or review every such decision.

## Sensitive data and sources.

# Error. A sensitive kind of data (Art. 9) is ticked, or an own kind marked
# sensitive, without an exception, and not every purpose that uses it gives one
# of its own; $item is the kind's name. Wizard: step “People and data”, beside
# that kind.
check-art9-condition-missing = "{ $item }" is a special category of personal data, and no exception that allows you to process it is chosen.
    .hint = Choose the exception of GDPR Art. 9(2) that applies, such as explicit consent or medical care. Without one, you may not process this data.
# Error. The kind “Criminal convictions and offences” is ticked without the law
# that allows it, and not every purpose that uses it names one; $item is the
# kind's name. Wizard: step “People and data”, beside that kind.
check-art10-authorisation-missing = Data on criminal convictions and offences ("{ $item }") is processed without naming the law that allows it.
    .hint = Name the law or rule that authorises you to process this data, such as the rules on criminal record extracts for work with minors.
# Error. A source card has no description. Wizard: step “People and data”, in
# that source's card.
check-art14-source-description-missing = A source of data that you do not get from the people themselves has no description.
    .hint = Describe where the data comes from, such as "the public register of enterprises" or "the person who placed the order".
# Error. A source card has no kind of data ticked; $item is the source's
# description. Wizard: step “People and data”, in that source's card.
check-art14-source-data-missing = The source "{ $item }" does not say which data it provides.
    .hint = Choose the categories of data you get from this source.

## Recipients and transfers outside the European Economic Area.

# Error. A recipient card has no name. Wizard: step “Recipients”, in the card
# under the name.
check-art13-recipient-name-missing = A recipient of data has no name.
    .hint = Give the company's name, or a category such as "our accountant".
# Error. The role is joint controller and the arrangement is empty; $item is
# the recipient's name. Wizard: step “Recipients”, in the card under the
# arrangement.
check-art26-joint-controller-arrangement-missing = "{ $item }" is a joint controller, but the essence of your arrangement with them is not given, which people have a right to know.
    .hint = In "Recipients", say in a few sentences who does what: who informs people, who asks consent, who answers requests.
# Error. Standard contractual clauses of a repealed decision are chosen; $item
# is the recipient's name, $decision the decision (2001/497, 2004/915 or
# 2010/87). Wizard: step “Recipients”, in the card under the clauses.
check-art46-transfer-scc-repealed = The standard contractual clauses with "{ $item }" are those of decision { $decision }, which is repealed: since 27 December 2022 transfers need the clauses of Decision (EU) 2021/914.
    .hint = Agree the 2021/914 clauses with the recipient (most providers offer them in their data processing terms), then choose them in "Recipients".
# Warning. A recipient has no role; $item is its name. Wizard: step
# “Recipients”, under the role list.
check-art13-recipient-role-missing = The recipient "{ $item }" has no role, so readers cannot tell whether it works on your instructions or decides for itself what it does with the data.
    .hint = Choose its role: processor (works for you, under a data processing agreement), controller, joint controller, authority or group company.
# Error. A recipient processes data in a country outside the EEA without an
# adequacy decision and no safeguard is chosen; or “outside the EEA, countries
# not named” is ticked without clauses, binding corporate rules or a
# derogation. $item is the recipient's name, $country the country (or
# country-outside-eea-unstated of common.ftl). Wizard: step “Recipients”, under
# the safeguard.
check-art13-transfer-safeguard-missing = Data goes to "{ $item }" in { $country }, outside the European Economic Area, without a safeguard, and { $country } has no adequacy decision.
    .hint = Ask the recipient which safeguard it uses (usually the European Commission's standard contractual clauses) and enter it. If it has none, choose another provider.
# Error. “Adequacy decision” is chosen as safeguard for a country that has
# none; $item is the recipient's name, $country the country. Wizard: step
# “Recipients”, under the safeguard.
check-art45-transfer-adequacy-not-found = For "{ $item }" you chose an adequacy decision, but the European Commission has taken none for { $country }.
    .hint = Ask the recipient which safeguard it really uses, usually standard contractual clauses, and enter that instead.
# Error. “Adequacy decision” is chosen for the United States, whose decision
# covers only organisations certified under the Data Privacy Framework; $item
# is the recipient's name, $country the country. Wizard: step “Recipients”,
# under the safeguard.
check-art45-transfer-adequacy-needs-dpf = For "{ $item }" you chose an adequacy decision for { $country }, but that decision only covers organisations certified under the EU-US Data Privacy Framework.
    .hint = If "{ $item }" is on the Data Privacy Framework list, choose that safeguard; otherwise ask which one it uses, usually standard contractual clauses.
# Error. “EU-US Data Privacy Framework” is chosen for a country other than the
# United States; $item is the recipient's name, $country the country. Wizard:
# step “Recipients”, under the safeguard.
check-art45-transfer-dpf-outside-us = For "{ $item }" in { $country } you chose the EU-US Data Privacy Framework, which only covers certified organisations in the United States.
    .hint = Check the recipient's country. If the data stays in { $country }, choose the safeguard that applies there; if it goes to the United States, enter that country.
# Error. A derogation for specific situations (Art. 49) is the safeguard and
# its reason is empty; $item is the recipient's name. The wizard does not offer
# derogations: they come from the project file. Wizard: step “Recipients”,
# under the safeguard.
check-art49-transfer-derogation-unexplained = The transfer to "{ $item }" rests on an exception for specific situations, but the exception is not described.
    .hint = Describe the exception that applies, such as "your explicit consent after we explained the risks" or "needed to perform your contract". These exceptions are only meant for occasional transfers.
# Warning. A safeguard is set while every country of the recipient is in the
# EEA; $item is the recipient's name, $country its country. Wizard: step
# “Recipients”, under the country.
check-art44-transfer-safeguard-inside-eea = For "{ $item }" you chose a safeguard for transfers, but { $country } is in the European Economic Area, where none is needed.
    .hint = If the data really goes to another country, such as the United States, enter that country; otherwise remove the safeguard.
# Warning. A safeguard is set and no country is chosen for the recipient; $item
# is its name. Wizard: step “Recipients”, under the country.
check-art13-transfer-country-missing = For "{ $item }" you chose a safeguard for transfers, but not the country the data goes to.
    .hint = Enter the country where the recipient processes the data, so the privacy statement can say where it goes.

## Cookies.

# Error. A cookie needs consent and “Consent is not asked” is chosen. Wizard:
# step “Cookies”, at the end of the consent section.
check-eprivacy-cookies-consent-missing = Your website uses cookies that need consent, but no cookie banner asks for it before they are set.
    .hint = Use a cookie banner that asks before any cookie that is not strictly necessary is set, with a button to refuse that is as easy to use as the one to accept. Continuing to browse is not consent.
# Error. A cookie needs consent and “Browsing on counts as consent” is chosen.
# Wizard: step “Cookies”, at the end of the consent section.
check-eprivacy-cookies-consent-implied = Your website takes browsing on as consent to cookies. That is not consent: visitors must agree actively, before the cookies are set.
    .hint = Use a cookie banner that asks before any cookie that is not strictly necessary is set, and answer "a banner" in "Cookies".
# Error. A banner asks consent for cookies that need it and “Where can visitors
# change their choice?” is empty. Wizard: step “Cookies”, at the end of the
# consent section.
check-art7-cookies-withdrawal-missing = Visitors cannot withdraw their cookie consent as easily as they gave it: the cookie policy can only tell them to write to you or to delete their cookies.
    .hint = Offer a link or button on every page, such as "Cookie settings", that reopens the cookie choices, and describe where it is.
# Warning. Cookies of more than one category need consent, a banner asks it,
# and app-consent-per-category is not ticked. Wizard: step “Cookies”, at the
# end of the consent section.
check-art7-cookies-consent-not-granular = Cookies of several categories need consent, but visitors can only accept or refuse them all at once.
    .hint = Let visitors choose per category in your cookie banner (for example analytics and marketing separately), and mark that here.
# Warning. The Dutch exemption for analytics cookies (app-analytics-exempt) is
# ticked while the organisation is not in the Netherlands. Wizard: only in the
# list on step “Check and export”, not on step “Cookies”.
check-eprivacy-cookies-analytics-exempt-outside-nl = You say your analytics cookies may be set without consent under the Dutch exemption for low-impact analytics, but your organisation is not established in the Netherlands.
    .hint = Outside the Netherlands, ask consent for analytics cookies; untick the exemption.
# Warning. Organisation in the Netherlands, the Dutch exemption is ticked, and
# an analytics cookie is set by another company (third party ticked); $item is
# that cookie's name. Wizard: only in the list on step “Check and export”, not
# on step “Cookies”.
check-eprivacy-cookies-analytics-exempt-third-party = You use the Dutch exemption for low-impact analytics, but "{ $item }" is an analytics cookie of another company, which rarely meets it: the provider may use the data for itself.
    .hint = Check the Dutch Data Protection Authority's conditions (data shared with nobody, IP addresses masked, a processor agreement); if your setup does not meet them, untick the exemption and ask consent.
# Error. A banner asks consent for cookies that need it and app-consent-waits
# is not ticked. Wizard: step “Cookies”, at the end of the consent section.
check-eprivacy-cookies-set-before-choice = Your answers do not say that the website waits for the visitor's choice before it sets cookies that need consent.
    .hint = Set your website or consent tool so that only strictly necessary cookies are set until the visitor accepts (scripts blocked until then), check it in a private browser window, and mark that here; until then the cookie policy cannot promise it.
# Error. A banner asks consent for cookies that need it and app-consent-refuse
# is not ticked. Wizard: step “Cookies”, at the end of the consent section.
check-art7-cookies-refusal-not-as-easy = Your answers do not say that refusing cookies is as easy as accepting them.
    .hint = Put a refuse button beside the accept button on the first screen of your banner, just as visible, and mark that here; until then the cookie policy cannot promise it.
# Error. A banner asks consent for cookies that need it and app-consent-no-wall
# is not ticked. Wizard: step “Cookies”, at the end of the consent section.
check-art7-cookies-cookie-wall = Your answers do not say that visitors who refuse cookies can still use the website.
    .hint = Do not make accepting cookies a condition for using the website (a cookie wall), and mark that here; until then the cookie policy cannot promise it.
# Warning. A cookie policy published elsewhere is given
# (app-cookie-policy-elsewhere) and “Where can visitors change their choice?”
# is empty. Wizard: step “Cookies”, at the end of the consent section.
check-art7-cookies-withdrawal-untold = Your cookie policy is published elsewhere, and you have not said how visitors withdraw their consent to cookies, so the privacy statement cannot tell them. Withdrawing must be as easy as giving consent.
    .hint = Under "Cookies", say how visitors change or withdraw their choice, for example "via the cookie icon at the bottom left of every page".
# Error. A cookie has no duration; $item is the cookie's name. Wizard: step
# “Cookies”, in the cookie's card under the duration.
check-eprivacy-cookie-duration-missing = The cookie "{ $item }" has no duration.
    .hint = Find out how long the cookie stays (your browser's developer tools or the provider's documentation show it) and enter it.
# Warning. A cookie's duration is a range whose ends do not fit: the longest
# end is not a period, or “between” has a shortest end that is not shorter;
# $item is the cookie's name. Wizard: step “Cookies”, in the cookie's card
# under the duration.
check-eprivacy-cookie-duration-range-unclear = The cookie "{ $item }" has a duration range that does not read as one: its longest end must be a period, and its shortest end the browser session or a shorter period.
    .hint = Give the longest the cookie stays as its duration, and as the shortest either "until the browser closes" or a shorter period; or drop the range.
# Error. “What is it for?” is empty for a cookie; $item is the cookie's name.
# Wizard: step “Cookies”, in the cookie's card under that field.
check-eprivacy-cookie-purpose-missing = The cookie "{ $item }" does not say what it is for.
    .hint = Describe in a few words what the cookie does, such as "remembers your language".
# Warning. No category is chosen for a cookie; $item is the cookie's name.
# Wizard: step “Cookies”, in the cookie's card under the category.
check-eprivacy-cookie-category-missing = The cookie "{ $item }" has no category, so visitors cannot tell what kind of cookie it is. Until it has one, it is treated as needing consent.
    .hint = Choose its category: strictly necessary, functional, analytics, marketing or social media.
# Warning. A cookie lives longer than 13 months, or until deleted; $item is the
# cookie's name, $months is 13. Wizard: step “Cookies”, in the cookie's card
# under the duration.
check-art5-cookie-duration-too-long = The cookie "{ $item }" stays longer than { $months } months, the longest life that data protection authorities accept.
    .hint = Set its life to { $months } months at most, in your website or in the provider's settings, then enter the new duration here.
# Error. A cookie marked strictly necessary that the service catalogue knows as
# analytics, marketing or social media; $item is the cookie's name, $service
# the catalogue's name of the service, $category the catalogue's category as a
# key (analytics, social-media or marketing): keep the variant names. Wizard:
# step “Cookies”, in the cookie's card under the category.
check-eprivacy-cookie-tracking-as-necessary = The cookie "{ $item }" is marked strictly necessary, but { $service } sets it for { $category ->
    [analytics] statistics
    [social-media] social media
   *[marketing] advertising
}: it would be placed without asking, and the cookie policy would call it exempt.
    .hint = Change its category to { $category ->
    [analytics] analytics
    [social-media] social media
   *[marketing] marketing
} and let your cookie banner ask for consent before it is set. Only cookies needed for what the visitor asked for, such as a shopping basket, are strictly necessary.

## Numbers, addresses and links that readers copy.

# Warning. Organisation in Belgium and the enterprise number has the wrong form
# or check digits; $value is the number as typed. Wizard: step “Your
# organisation”, under the enterprise and VAT numbers.
check-identifier-belgian-enterprise-number-invalid = "{ $value }" is not a valid Belgian enterprise number.
    .hint = A Belgian enterprise number has 10 digits, starts with 0 or 1, and its last two digits check the first eight, as in 0428.555.896. Copy it from the Crossroads Bank for Enterprises (KBO).
# Warning. Organisation in Belgium and the VAT number is not BE followed by a
# valid enterprise number; $value is the number as typed. Wizard: step “Your
# organisation”, under the enterprise and VAT numbers.
check-identifier-belgian-vat-number-invalid = "{ $value }" is not a valid Belgian VAT number.
    .hint = A Belgian VAT number is BE followed by the 10-digit enterprise number, as in BE0428555896.
# Warning. Organisation in Belgium, both numbers valid, but the VAT number is
# not BE + the enterprise number; $value is the VAT number, $number the
# enterprise number. Wizard: step “Your organisation”, under the enterprise and
# VAT numbers.
check-identifier-belgian-vat-number-mismatch = The VAT number "{ $value }" does not match the enterprise number { $number }.
    .hint = A Belgian VAT number is BE followed by the enterprise number, so one of the two is mistyped. Check both in the Crossroads Bank for Enterprises (KBO).
# Warning. Organisation in the Netherlands and the KvK number is not 8 digits;
# $value is the number as typed. Wizard: step “Your organisation”, under the
# enterprise and VAT numbers.
check-identifier-dutch-kvk-number-invalid = "{ $value }" is not a valid Chamber of Commerce (KvK) number.
    .hint = A KvK number has 8 digits. Copy it from your registration with the Kamer van Koophandel.
# Warning. Organisation in the Netherlands and the VAT number is not of the
# form NL123456789B01; $value is the number as typed. Wizard: step “Your
# organisation”, under the enterprise and VAT numbers.
check-identifier-dutch-vat-number-invalid = "{ $value }" is not a valid Dutch VAT identification number.
    .hint = A Dutch VAT identification number (btw-id) is NL, 9 digits, the letter B and 2 digits, as in NL123456789B01.
# Error. A filled-in e-mail address is not valid: the organisation's, the
# privacy contact's, the DPO's, the complaints contact's, a joint controller's
# contact, or the representative's or authority's in the project file; $value
# is the address. Wizard: under that field. (An unusable address for requests
# gives check-art12-rights-channel-missing instead.)
check-identifier-email-invalid = "{ $value }" is not a valid e-mail address.
    .hint = Write the address as name@domain.be, without spaces and without "mailto:".
# Warning. A web address is not a link the documents can use (it must start
# with https://, http:// or mailto:): a website of the organisation, a
# recipient's privacy policy, the web form for requests, the cookie policy
# published elsewhere, or the authority's website in the project file; $value
# is the address. Wizard: under that field.
check-identifier-link-invalid = "{ $value }" is not a web address that the documents can link to.
    .hint = Write the full address, starting with https://, as in https://www.yourcompany.be/privacy. Other kinds of links are not allowed.
# Warning. An e-mail address or link on a domain reserved for examples
# (example.com, .test, …); $value is the address. Wizard: under that field.
check-identifier-placeholder = "{ $value }" is an example address left from a template, not a real one.
    .hint = Replace it with the real address, or remove it.
# Warning. A phone number has other characters than digits, spaces, . - / ( )
# and a leading +, or fewer than 5 or more than 15 digits: the organisation's,
# a contact's, or the authority's; $value is the number. Wizard: under that
# field.
check-identifier-phone-invalid = "{ $value }" is not a valid phone number.
    .hint = Write only the number: digits and spaces, with a + at the start for the country code, as in +32 9 123 45 67.

## The date the documents take effect.

# Warning. The date the documents take effect is after today; $date is that
# date, $today today's date. Wizard: only in the list on step “Check and
# export”, where the date field is.
check-document-effective-date-future = The documents take effect on { $date }, which is after today ({ $today }).
    .hint = If the date is a mistake, correct it. If you announce new documents in advance, keep the current ones published until that date.
# Advice. The date the documents took effect is more than a year before today;
# $date is that date, $today today's date. Wizard: only in the list on step
# “Check and export”.
check-document-effective-date-old = The documents took effect on { $date }, more than a year before today ({ $today }).
    .hint = Review the answers: new suppliers, cookies and purposes are easily forgotten. Then set a new date and version.

## The owner's own words, and answers that do not fit together.

# Error. A text the owner wrote in some document languages is empty in another
# one; $item is the text (in one of the languages it has), $language the
# missing language (app-language-*). Wizard: under the field concerned, on its
# step.
check-answers-text-untranslated = "{ $item }" has no { $language } version, so the { $language } documents would show it in another language.
    .hint = Write the text in { $language } too, or remove the language from the documents' languages.
# Warning. A text of at least eight words, written in the input of one
# language, looks like another of the four languages; $item is the text,
# $language the input's language, $found the language detected
# (app-language-*). Wizard: under the field concerned.
check-answers-text-wrong-language = The { $language } text of "{ $item }" looks as if it is written in { $found }.
    .hint = Write the { $language } version in { $language }; put the { $found } text in its own field.
# Warning. The Dutch version of a text uses je, jij, jou, jouw, jullie or
# jezelf. Only about Dutch texts, whatever the language of this message; $item
# is the text. Wizard: under the field concerned.
check-answers-informal-register = "{ $item }" speaks to the reader as "je" or "jij", while the documents say "u".
    .hint = Rewrite the Dutch text with "u" and "uw", so the documents use one form of address.
# Error. A purpose's retention criteria say little more than “as long as
# necessary” (only English and Dutch wordings are recognised); $item is the
# purpose's name. Wizard: step “Purposes”, under the retention.
check-art13-purpose-retention-vague = The purpose "{ $item }" keeps data "as long as necessary", which tells the reader nothing.
    .hint = Give a period ("2 years after your last order") or the criteria that decide it ("until the warranty ends, and at most 3 years after delivery").
# Error. The law given for criminal-offence data, at the kind of data or in a
# purpose, mentions consent (“consent”, “toestemming”) and no law, article,
# decree or code. Wizard: under that field, on step “People and data” or
# “Purposes”.
check-art10-authorisation-consent-only = Data on criminal convictions is said to be allowed by consent alone. Art. 10 requires a law that authorises it.
    .hint = Name the law that allows you to process this data (in Belgium, for instance, art. 10 of the law of 30 July 2018 and the specific law for your sector).
# Warning. A cookie set by a third party (third party ticked) has a provider
# (“Set by”) that matches no recipient's name; reported once per provider;
# $provider is the provider as typed. Wizard: step “Cookies”, at the end of
# that cookie's card.
check-art13-cookie-provider-not-recipient = { $provider } sets cookies on your website but is not among the recipients, so the privacy statement does not say that it receives data.
    .hint = Add { $provider } as a recipient in "Recipients" (the service catalogue can fill it in), with its role and country.
# Warning. A purpose rests on a contract for website visitors, newsletter
# subscribers or suppliers (standard groups); $item is the purpose's name,
# $audience the group's name. Wizard: step “Purposes”, under the legal basis in
# the purpose's card.
check-art6-purpose-contract-non-party = The purpose "{ $item }" rests on a contract, but concerns { $audience }, who are usually not party to your contract.
    .hint = Give them a basis of their own in this purpose (the "+" button under the legal basis), usually legitimate interests; a contract covers only the person you have it with.
# Warning. The project has purposes and a recipient has none ticked; $item is
# the recipient's name. Wizard: step “Recipients”, under the recipient's
# purposes.
check-answers-recipient-no-purpose = No purpose is ticked for "{ $item }", so the privacy statement cannot say what it receives data for.
    .hint = Tick the purposes it receives data for, or remove it if it receives none.
# Warning. The project has purposes, a cookie of category analytics, marketing
# or social media is listed, and no purpose ticks that kind of cookie; $item is
# the first such cookie, $category the category as a key (keep the variant
# names). Wizard: step “Cookies”, under that cookie's category.
check-answers-cookie-no-purpose = No purpose says that the website sets { $category ->
    [analytics] analytics
    [social-media] social media
   *[marketing] marketing
} cookies, such as "{ $item }": the documents do not say why you set them.
    .hint = Tick this kind of cookie in the purpose it serves (for example website statistics or advertising), or add that purpose.
# Warning. A purpose concerns newsletter subscribers or prospects, or ticks
# marketing cookies, and its question app-q-direct-marketing is not answered;
# $item is the purpose's name. Wizard: step “Purposes”, under that question in
# the card.
check-art21-purpose-direct-marketing-unanswered = Is "{ $item }" direct marketing? Newsletters, offers and advertising are, and people may object to them at any time, which the privacy statement must tell them.
    .hint = Answer yes or no under the purpose. Only a yes makes the statement describe the right to object to direct marketing.
# Warning. The project has purposes and none concerns a group of people; $item
# is the group's name. Wizard: step “People and data”, under the button to add
# a group.
check-answers-audience-unused = No purpose concerns { $item }, so the documents never say why you process their data.
    .hint = Add them to the purposes that concern them, or remove the group.
# Warning. The project has purposes and none uses a kind of data; $item is the
# kind's name. Wizard: step “People and data”, beside that kind.
check-answers-data-unused = No purpose uses { $item }, so the documents never say why you process it.
    .hint = Add the data to the purposes that use it, or remove it.
# Warning. The address for requests (the privacy contact's, else the
# organisation's) or the complaints address is at a personal mail provider
# (gmail.com, hotmail.com, telenet.be, …) or contains the contact person's
# name; $address is that address. Wizard: under that e-mail field, on step
# “Contact and complaints” or “Your organisation”.
check-art12-rights-personal-mailbox = Requests go to { $address }, which looks like one person's own mailbox. When that person is away or leaves, requests go unanswered.
    .hint = Use an address of the organisation that more than one person reads, such as privacy@yourcompany.be.
# Error. Requests by phone (app-requests-phone) are ticked and the organisation
# has no telephone number. Wizard: step “Contact and complaints”, under that
# tick box.
check-art12-rights-phone-missing = You offer to take requests by phone, but your organisation has no telephone number, so the privacy statement cannot say which number to call.
    .hint = In "Your organisation", give the telephone number, or untick requests by phone.
# Error. More than 28 days are given for answering requests
# (app-requests-days); $days is 28. Wizard: step “Contact and complaints”,
# under that field.
check-art12-rights-response-too-slow = Requests are answered in more than { $days } days, while the law asks for an answer within one month, which can be as short as { $days } days.
    .hint = Promise at most { $days } days, or leave the number out: the privacy statement then says one month, as the law does.

## Where a finding is, in words: "Purpose 2 “Newsletter”: legal basis".
## place-<list> names an item by its $number; place-<field> names a
## part of the project; field-<name> a question.
## Where they appear: in bold on each finding card in the wizard, after the
## severity (“Error · Purpose 2 “Newsletter”: legal basis”), and after “Where:”
## in “policywright check”. A finding's $item is worded the same way when the
## item has no name of its own. The remark after writing the documents about an
## answer with no text in a language (notice-untranslated-answer) uses them
## too. A field with no field-* message here is shown by its name in the
## project file, in English.

# An item or part of the project ($place) and one of its fields ($field, a
# field-* message).
place-field = { $place }: { $field }
# A list item with its name: $place is a place-<list> message with the item's
# number, $name its name as the owner wrote it.
place-named = { $place } “{ $name }”
# A purpose, by its number among the cards of step “Purposes”.
place-purposes = Purpose { $number }
# A recipient, by its number among the cards of step “Recipients”.
place-recipients = Recipient { $number }
# A cookie, by its number among the cards of step “Cookies”.
place-cookies = Cookie { $number }
# A source of data, by its number among the source cards of step “People and
# data”.
place-sources = Source { $number }
# A group of people (step “People and data”), by its number in the project's
# list, which need not be the order on screen.
place-audiences = Group { $number }
# A kind of data (step “People and data”), by its number in the project's list,
# which need not be the order on screen.
place-data_categories = Kind of data { $number }
# The answers of step “Your organisation”.
place-organisation = Your organisation
# The DPO question and the DPO's details (step “Contact and complaints”).
place-dpo = Data protection officer
# The privacy contact (step “Contact and complaints”).
place-privacy_contact = Privacy contact
# The supervisory authority (step “Contact and complaints”; entered by hand
# only in the project file).
place-supervisory_authority = Supervisory authority
# Version, date and languages of the documents (step “Check and export”).
place-document = The documents
# The consent section of step “Cookies”.
place-cookie_consent = Cookie consent
# The question and fields about children (step “Contact and complaints”).
place-children = Children
# The security measures (step “Contact and complaints”).
place-security_measures = Security measures
# How changes are announced (step “Contact and complaints”).
place-change_notice = Announcing changes
# The question whether data leaves the EEA (end of step “Recipients”).
place-transfers_outside_eea = Transfers outside the EEA
# The question about automated decisions, under the purposes (step “Purposes”).
place-automated_decisions = Automated decisions
# The answer “No, nobody” to the recipients question. No current check points
# here.
place-recipients_none = Recipients
# The answer “No, none” to the cookie question. No current check points here.
place-cookies_none = Cookies
# The answer “No” to the question about other sources. No current check points
# here.
place-sources_none = Other sources
# A name: the organisation's, a recipient's, a purpose's, an own group's, or
# the supervisory authority's.
field-name = name
# The organisation's street, postcode and city (step “Your organisation”).
field-address = address
# The organisation's country (step “Your organisation”).
field-address-country = country
# An e-mail address: the organisation's, the privacy contact's, the DPO's or
# the authority's.
field-email = e-mail address
# A telephone number: the organisation's, the DPO's or the authority's.
field-phone = telephone
# The organisation's enterprise (KBO) or KvK number (step “Your organisation”).
field-enterprise_number = enterprise number
# The organisation's VAT number (step “Your organisation”).
field-vat_number = VAT number
# One of the organisation's websites (step “Your organisation”).
field-websites = website
# The representative in the EU (only in the project file).
field-representative = representative in the EU
# The organisation's legal form (step “Your organisation”). No current check
# points here.
field-legal_form = legal form
# The legal basis of a purpose (step “Purposes”) or of the cameras (step
# “People and data”).
field-legal_basis = legal basis
# A purpose's legitimate interest (step “Purposes”).
field-legitimate_interest = legitimate interest
# How long a purpose keeps the data (step “Purposes”).
field-retention = retention
# The moment a purpose's retention period counts from, when the owner wrote it.
field-retention-after = retention start
# “Must people give this data?” of a purpose (step “Purposes”).
field-provision = must people give the data?
# “What happens if they do not?” of a purpose (step “Purposes”).
field-provision-consequence = if people do not give the data
# How a purpose's automated decision is made (step “Purposes”).
field-automated_decision-logic = how the decision is made
# What that decision means for the person (step “Purposes”).
field-automated_decision-consequences = what it means for the person
# The question app-q-art22 at that decision (step “Purposes”).
field-automated_decision-significant = significant effects
# The exception of Art. 22(2) chosen for that decision (step “Purposes”).
field-automated_decision-ground = exception of Art. 22(2)
# Whose data a purpose concerns (step “Purposes”). No current check points
# here.
field-audiences = whose data
# The data a source gives (step “People and data”).
field-data = which data
# A source's or a purpose's description.
field-description = description
# What a recipient does with the data (step “Recipients”).
field-service = what they do
# A recipient's role (step “Recipients”).
field-role = role
# The country where a recipient processes the data (step “Recipients”).
field-country = country
# How many days camera images are kept (step “People and data”).
field-retention_days = days images are kept
# The camera tick box about the pictogram (step “People and data”).
field-pictogram = pictogram
# The camera tick box about declaring them to the police (step “People and
# data”).
field-declared = declared to the police
# A recipient's further countries of processing (step “Recipients”). No current
# check points here.
field-also_processed_in = further countries of processing
# A recipient's company seat (step “Recipients”). No current check points here.
field-seat = company seat
# A recipient's safeguard for transfers (step “Recipients”), or the reason of a
# derogation in the project file.
field-safeguard = safeguard
# The link to a recipient's privacy policy (step “Recipients”).
field-privacy_policy = privacy policy
# Who sets a cookie (step “Cookies”). No current check points here.
field-provider = provider
# A cookie's category (step “Cookies”).
field-category = category
# The e-mail address of a joint controller's contact (step “Recipients”).
field-contact-email = contact e-mail address
# The telephone of a joint controller's contact (step “Recipients”).
field-contact-phone = contact telephone
# A joint controller's contact as a whole (step “Recipients”). No current check
# points here.
field-contact = contact
# The tick box for requests by phone (step “Contact and complaints”).
field-by_phone = requests by phone
# The camera question app-q-cameras-police (step “People and data”).
field-shared_with_police = images to the police or courts
# A cookie's duration (step “Cookies”).
field-duration = duration
# How exact a cookie's duration is, and its shortest end (step “Cookies”).
field-duration_range = duration range
# What a cookie is for (step “Cookies”), or what the cameras are for (step
# “People and data”).
field-purpose = purpose
# A source's question app-q-source-public (step “People and data”).
field-publicly_accessible = publicly accessible
# The Art. 9(2) exception of a sensitive kind of data (step “People and data”).
field-art9_condition = exception of Art. 9(2)
# The law that allows criminal-offence data, at the kind of data (step “People
# and data”).
field-art10_authorisation = law that allows it (Art. 10)
# The examples of a kind of data (step “People and data”).
field-examples = examples
# The name of a kind of data the owner added (step “People and data”).
field-kind-name = name
# The supervisory authority's website (project file).
field-website = website
# The question app-q-consent (step “Cookies”).
field-method = how consent is asked
# The tick box app-consent-per-category (step “Cookies”).
field-per_category = choice per category
# The tick box app-consent-refuse (step “Cookies”).
field-refuse_as_easy = refusing as easy as accepting
# The tick box app-consent-waits (step “Cookies”).
field-waits_for_choice = no cookies before the choice
# The tick box app-consent-no-wall (step “Cookies”).
field-no_cookie_wall = no cookie wall
# The field app-consent-withdraw (step “Cookies”).
field-withdraw_via = how to withdraw consent
# The question app-q-children (step “Contact and complaints”).
field-online_services = online services for children
# The field app-children-minors (step “Contact and complaints”).
field-minors = minors
# The documents' version (step “Check and export”).
field-version = version
# The date the documents take effect (step “Check and export”).
field-effective_date = date of effect
# The languages the documents are published in (step “Check and export”). No
# current check points here.
field-languages = languages
# All purposes (step “Purposes”). For a finding about the list as a whole.
place-purposes-all = Purposes
# All recipients (step “Recipients”). For a finding about the list as a whole.
place-recipients-all = Recipients
# All cookies (step “Cookies”). For a finding about the list as a whole.
place-cookies-all = Cookies
# All other sources (step “People and data”). For a finding about the list as a
# whole.
place-sources-all = Other sources
# All groups of people (step “People and data”); also used for an own group's
# name in the remark about a missing translation. For a finding about the list
# as a whole.
place-audiences-all = Groups of people
# All kinds of data (step “People and data”); also used for an own kind's name
# in the remark about a missing translation. For a finding about the list as a
# whole.
place-data_categories-all = Kinds of data
# Requests and complaints (step “Contact and complaints”).
place-requests = Requests and complaints
# The Dutch exemption for analytics cookies (app-analytics-exempt, step
# “Cookies”).
place-analytics_exempt = Analytics without consent
# The surveillance cameras (step “People and data”).
place-cameras = Surveillance cameras
# How data comes in per group (step “People and data”). No current check points
# here.
place-profiles = How data comes in
# The address of a cookie policy published elsewhere (step “Cookies”).
place-cookie_policy_elsewhere = Cookie policy published elsewhere
# The field app-requests-days (step “Contact and complaints”).
field-response_days = days to answer
# The field app-requests-form (step “Contact and complaints”).
field-web_form = web form
# The field app-requests-identity (step “Contact and complaints”).
field-identity_proof = proof of identity
# The purposes ticked for a recipient (step “Recipients”).
field-purposes = purposes it receives data for
# A purpose's question app-q-direct-marketing (step “Purposes”).
field-direct_marketing = direct marketing?
# The legal basis in one group's own terms (app-terms-for, step “Purposes”).
field-per_audience-legal_basis = legal basis for one of its groups
# The legitimate interest in one group's own terms (step “Purposes”).
field-per_audience-legitimate_interest = legitimate interest for one of its groups
# “Must people give this data?” in one group's own terms (step “Purposes”).
field-per_audience-provision = must this group give the data?
# “What happens if they do not?” in one group's own terms (step “Purposes”).
field-per_audience-provision-consequence = if this group does not give the data
# The group that one set of own terms is for (step “Purposes”). No current
# check points here.
field-per_audience-audience = group with a basis of its own
# The kind of data that a purpose's own exception is for (step “Purposes”). No
# current check points here.
field-special_data-data = kind of data with a condition of its own
# The law that allows criminal-offence data in a purpose (app-purpose-art10,
# step “Purposes”).
field-special_data-art10_authorisation = law that allows it for this purpose (Art. 10)
# The complaints contact (step “Contact and complaints”). Findings about its
# e-mail address name the field as “complaints-email” instead, for lack of a
# message of that name. No current check points here.
field-complaints = complaints contact
# The arrangement with a joint controller (step “Recipients”).
field-arrangement = arrangement with us
# The standard contractual clauses chosen for a recipient (step “Recipients”).
field-scc = standard contractual clauses
