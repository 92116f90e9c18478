## Findings of the compliance checks, shown to the owner of a project before
## they publish. Each finding says what is wrong and where; its .hint says
## what to do. The ids follow the rule ids, with dashes for the dots.
## $item is the purpose, recipient, cookie or data category concerned, by
## its name (or its place in the project file when it has none).

# How a rule's legal basis is cited: $law is one of the law-* names below,
# $articles a list such as "13(1)(c), 14(1)(c)".
check-basis = { $law } Art. { $articles }
law-gdpr = GDPR
law-eprivacy = ePrivacy Directive
law-camera-law-be = Belgian camera law

## Questions whose answer decides what the documents say. Until answered,
## the documents show a placeholder there and are marked as drafts.

check-cameras-basis-missing = You use surveillance cameras but do not say what allows you to, so the privacy statement cannot give the legal basis.
    .hint = Choose the legal basis of the surveillance; for a shop or office it is usually your legitimate interest in protecting people and goods.
check-cameras-recipients-unanswered = You use surveillance cameras but have not said whether you give images to the police or the courts, so the privacy statement cannot name who receives them.
    .hint = Under "People and data", answer whether you hand images to the police or the courts when they can help prove an offence.
check-cameras-purpose-missing = You use surveillance cameras but do not say what for.
    .hint = Say what the cameras are for, for example preventing and tracing theft in the shop.
check-cameras-retention-missing = You use surveillance cameras but do not say how long you keep the images.
    .hint = Give the number of days you keep the images before they are erased.
check-cameras-retention-too-long = You keep camera images for { $days } days; the Belgian camera law allows { $max } days at most, unless images are needed as evidence.
    .hint = Set your recorder to erase images after { $max } days at most, and enter the new number here.
check-cameras-pictogram-missing = Your answers do not say that a sign with the legal pictogram hangs at the entrances of the watched area, which the Belgian camera law requires.
    .hint = Hang the pictogram (the model set by royal decree) at each entrance, and mark that here.
check-cameras-not-declared = Your answers do not say that the cameras are declared to the police, which the Belgian camera law requires.
    .hint = Declare them at www.declarationcamera.be, and mark that here.
check-answers-country-unanswered = You have not said in which country your organisation is established, so the documents cannot name the national law that applies or the supervisory authority people can complain to.
    .hint = In "Your organisation", choose the country.
check-answers-data-categories-unanswered = You have not said which kinds of personal data you process, so the privacy statement cannot list them.
    .hint = In "People and data", tick the kinds of data you process, or add your own.
check-answers-dpo-unanswered = You have not said whether you have appointed a data protection officer, so the privacy statement says nothing about one.
    .hint = In "Contact and complaints", answer whether a data protection officer is appointed. Give a reason for not having one only if you have checked it.
check-answers-sources-unanswered = You have not said whether you receive personal data from others than the people themselves (Art. 14).
    .hint = In "People and data", answer whether data comes from other sources, and if so, name them.
check-answers-recipients-unanswered = You have not said whether anyone outside your organisation receives the data, so the privacy statement says nothing about recipients.
    .hint = In "Recipients", name who receives the data (your accountant, your web host, ...), or answer that nobody does.
check-answers-transfers-unanswered = You have not said whether data goes to a country outside the European Economic Area.
    .hint = In "Recipients", answer whether data leaves the EEA. If it does, give each recipient concerned its country and safeguard.
check-answers-automated-decisions-unanswered = You have not said whether decisions about people are taken by automated means only.
    .hint = In "Purposes", answer whether any decision with legal or similarly significant effects is taken without a person involved.
check-answers-security-measures-unanswered = You have not said how you protect the data, so the privacy statement says nothing about it.
    .hint = In "Contact and complaints", tick the measures you really take.
check-answers-children-unanswered = You have not said whether you offer online services directly to children.
    .hint = In "Contact and complaints", answer the question about children. If minors are among the people whose data you process, say how you handle their data.
check-answers-change-notice-unanswered = You have not said how you announce changes to the documents.
    .hint = In "Contact and complaints", tick how people learn of a new version.
check-answers-cookies-unanswered = You have not said whether your website sets cookies or similar technologies, so the cookie policy says nothing about them.
    .hint = In "Cookies", list the cookies your website sets (you can import them from your browser), or answer that it sets none.
check-answers-cookie-consent-unanswered = Your website sets cookies that need consent, and you have not said how you ask for it.
    .hint = In "Cookies", answer how visitors are asked for consent.
check-answers-sources-contradictory = You answered that all data comes from the people themselves, but you also name other sources. The documents say neither.
    .hint = Remove the sources, or change the answer to say that data also comes from others.
check-answers-recipients-contradictory = You answered that nobody outside your organisation receives the data, but you also name recipients. The documents say neither.
    .hint = Remove the recipients, or change the answer to say that others do receive data.
check-answers-transfers-contradictory = You answered that no data leaves the European Economic Area, but a recipient is outside it or has a safeguard for transfers. The documents say neither.
    .hint = Check the recipients' countries and safeguards, then answer the question about transfers again.
check-answers-automated-decisions-contradictory = You answered that no decisions are taken by automated means only, but a purpose describes such a decision. The documents say neither.
    .hint = Remove the automated decision from the purpose, or change the answer.
check-answers-cookies-contradictory = You answered that your website sets no cookies, but you also list cookies. The cookie policy says neither.
    .hint = Remove the cookies, or change the answer to say that the website sets cookies.
check-art14-source-public-unanswered = You have not said whether the source "{ $item }" is publicly accessible, which the privacy statement must tell.
    .hint = In "People and data", answer whether this source is publicly accessible (a public register, a website) or not.
check-art32-security-encryption-where = You ticked "encryption" without saying where, so the privacy statement does not mention it.
    .hint = In "Contact and complaints", tick whether data is encrypted when it is sent, where it is stored, or both.
check-art12-changes-website-missing = You announce changes on your website, but no website is given.
    .hint = Add your website in "Your organisation", or choose another way to announce changes.
check-document-version-missing = The documents have no version, so readers cannot tell one version from the next.
    .hint = Give the documents a version, such as 1.0, in "Check and export".

## Who is responsible, and how to reach them.

check-art13-controller-name-missing = The organisation has no name, so the documents cannot say who is responsible for the data.
    .hint = Fill in the organisation's official name, as it is registered.
check-art13-controller-name-has-legal-form = The name already ends in "{ $form }", and the documents add the legal form after the name, so they would print it twice.
    .hint = Write the name without its legal form, for example "Bakkerij Janssens" with legal form "{ $form }".
check-art13-controller-address-incomplete = The organisation's address is incomplete: readers need a street, a postcode and a city to know where to reach you.
    .hint = Fill in the street and number, the postcode and the city of the organisation.
check-art13-controller-enterprise-number-missing = No company number is given. Every organisation established in { $country } has one, and readers use it to see exactly which organisation is responsible.
    .hint = Add the number: in Belgium the enterprise number from the Crossroads Bank for Enterprises (KBO), written 0123.456.789; in the Netherlands the 8-digit number from the Chamber of Commerce (KvK).
check-art27-representative-missing = The organisation is established in { $country }, outside the European Economic Area, and names no representative in the EU.
    .hint = Appoint a representative in an EU country where the people you serve live, and add their name and contact details.
check-art13-representative-contact-missing = The representative in the EU is named without any contact details.
    .hint = Add an e-mail address, a phone number or a postal address where people can reach the representative.
check-art13-dpo-contact-missing = A data protection officer is named without any contact details.
    .hint = Add an e-mail address, a phone number or a postal address where people can reach the data protection officer directly.
check-art37-dpo-likely-required = No data protection officer is appointed, while the purpose "{ $purpose }" processes sensitive data (such as health data) of people other than your staff. Where such processing on a large scale is the core of your work (a group practice, a laboratory, a hospital, a trade union), the law requires one.
    .hint = If this processing is large-scale and central to what you do, appoint a data protection officer and add their contact details. A practitioner or small organisation usually does not need one; then you can leave this as it is.
check-art12-rights-channel-missing = There is no working e-mail address for privacy requests, so nobody can exercise the rights the privacy statement lists.
    .hint = Enter a valid e-mail address that someone reads, for the privacy contact or for the organisation, such as privacy@yourcompany.be.
check-art13-complaint-authority-missing = The documents cannot name a supervisory authority to complain to: policywright knows none for { $country }.
    .hint = Enter the data protection authority of your country yourself, with its name, address and website.
check-art13-complaint-authority-former = The supervisory authority "{ $item }" no longer exists: complaints sent there reach nobody.
    .hint = Remove the authority you entered. For Belgium and the Netherlands policywright names the current one (the Gegevensbeschermingsautoriteit, the Autoriteit Persoonsgegevens) by itself.

## Purposes, legal bases and retention.

check-art13-purposes-missing = No purpose is given: the privacy statement must say why you process personal data.
    .hint = Add each purpose, such as handling orders, sending the newsletter or running the payroll, with its legal basis and how long the data is kept.
check-art13-purpose-legal-basis-missing = The purpose "{ $item }" has no legal basis.
    .hint = Choose the basis that allows you to use the data for this purpose: consent, a contract, a legal obligation, vital interests, a public task or a legitimate interest.
check-art13-purpose-legitimate-interest-missing = The purpose "{ $item }" rests on a legitimate interest, but the interest itself is not described.
    .hint = Describe in a few words the interest you pursue, such as "protecting our website against abuse" or "telling our customers about similar products".
check-art13-purpose-retention-missing = The purpose "{ $item }" does not say how long the data is kept.
    .hint = Give a period, such as 7 years after the end of the financial year, or the criteria that decide it. "As long as necessary" on its own is not enough.
check-art13-purpose-provision-missing = The purpose "{ $item }" rests on a contract or a legal obligation, but does not say whether people must provide the data, and what happens if they do not.
    .hint = Say whether the data is required (by law, by the contract, or to make a contract) and what follows if it is not given. If your forms already mark the required fields and explain them, that may be enough.
check-art13-purpose-provision-consequence-missing = People must provide data for the purpose "{ $item }", but the statement does not say what happens if they do not.
    .hint = Describe the consequence in a few words, such as "we cannot deliver your order".
check-art13-automated-decision-logic-missing = The automated decision in the purpose "{ $item }" does not explain how the decision is made.
    .hint = Explain in plain words what the decision is based on, such as "a score based on your payment history".
check-art13-automated-decision-consequences-missing = The automated decision in the purpose "{ $item }" does not say what it means for the person concerned.
    .hint = Describe what the outcome can be for the person, such as "with a low score you cannot pay afterwards".
check-art22-automated-decision-significance-unanswered = You have not said whether the automated decision of "{ $item }" has legal or similarly significant effects for people, which decides what the privacy statement must say about it.
    .hint = In "Purposes", answer the question at the decision: a refused payment or contract is significant, a product recommendation is not.
check-art22-automated-decision-ground-missing = The decision of "{ $item }" is taken by a computer alone with significant effects, but you have not said what allows it. Art. 22(2) allows it only for a contract, by law, or with explicit consent.
    .hint = In "Purposes", choose the exception that applies. If none does, a person must take or review every such decision.

## Sensitive data and sources.

check-art9-condition-missing = "{ $item }" is a special category of personal data, and no exception that allows you to process it is chosen.
    .hint = Choose the exception of GDPR Art. 9(2) that applies, such as explicit consent or medical care. Without one, you may not process this data.
check-art10-authorisation-missing = Data on criminal convictions and offences ("{ $item }") is processed without naming the law that allows it.
    .hint = Name the law or rule that authorises you to process this data, such as the rules on criminal record extracts for work with minors.
check-art14-source-description-missing = A source of data that you do not get from the people themselves has no description.
    .hint = Describe where the data comes from, such as "the public register of enterprises" or "the person who placed the order".
check-art14-source-data-missing = The source "{ $item }" does not say which data it provides.
    .hint = Choose the categories of data you get from this source.

## Recipients and transfers outside the European Economic Area.

check-art13-recipient-name-missing = A recipient of data has no name.
    .hint = Give the company's name, or a category such as "our accountant".
check-art26-joint-controller-arrangement-missing = "{ $item }" is a joint controller, but the essence of your arrangement with them is not given, which people have a right to know.
    .hint = In "Recipients", say in a few sentences who does what: who informs people, who asks consent, who answers requests.
check-art46-transfer-scc-repealed = The standard contractual clauses with "{ $item }" are those of decision { $decision }, which is repealed: since 27 December 2022 transfers need the clauses of Decision (EU) 2021/914.
    .hint = Agree the 2021/914 clauses with the recipient (most providers offer them in their data processing terms), then choose them in "Recipients".
check-art13-recipient-role-missing = The recipient "{ $item }" has no role, so readers cannot tell whether it works on your instructions or decides for itself what it does with the data.
    .hint = Choose its role: processor (works for you, under a data processing agreement), controller, joint controller, authority or group company.
check-art13-transfer-safeguard-missing = Data goes to "{ $item }" in { $country }, outside the European Economic Area, without a safeguard, and { $country } has no adequacy decision.
    .hint = Ask the recipient which safeguard it uses (usually the European Commission's standard contractual clauses) and enter it. If it has none, choose another provider.
check-art45-transfer-adequacy-not-found = For "{ $item }" you chose an adequacy decision, but the European Commission has taken none for { $country }.
    .hint = Ask the recipient which safeguard it really uses, usually standard contractual clauses, and enter that instead.
check-art45-transfer-adequacy-needs-dpf = For "{ $item }" you chose an adequacy decision for { $country }, but that decision only covers organisations certified under the EU-US Data Privacy Framework.
    .hint = If "{ $item }" is on the Data Privacy Framework list, choose that safeguard; otherwise ask which one it uses, usually standard contractual clauses.
check-art45-transfer-dpf-outside-us = For "{ $item }" in { $country } you chose the EU-US Data Privacy Framework, which only covers certified organisations in the United States.
    .hint = Check the recipient's country. If the data stays in { $country }, choose the safeguard that applies there; if it goes to the United States, enter that country.
check-art49-transfer-derogation-unexplained = The transfer to "{ $item }" rests on an exception for specific situations, but the exception is not described.
    .hint = Describe the exception that applies, such as "your explicit consent after we explained the risks" or "needed to perform your contract". These exceptions are only meant for occasional transfers.
check-art44-transfer-safeguard-inside-eea = For "{ $item }" you chose a safeguard for transfers, but { $country } is in the European Economic Area, where none is needed.
    .hint = If the data really goes to another country, such as the United States, enter that country; otherwise remove the safeguard.
check-art13-transfer-country-missing = For "{ $item }" you chose a safeguard for transfers, but not the country the data goes to.
    .hint = Enter the country where the recipient processes the data, so the privacy statement can say where it goes.

## Cookies.

check-eprivacy-cookies-consent-missing = Your website uses cookies that need consent, but no cookie banner asks for it before they are set.
    .hint = Use a cookie banner that asks before any cookie that is not strictly necessary is set, with a button to refuse that is as easy to use as the one to accept. Continuing to browse is not consent.
check-eprivacy-cookies-consent-implied = Your website takes browsing on as consent to cookies. That is not consent: visitors must agree actively, before the cookies are set.
    .hint = Use a cookie banner that asks before any cookie that is not strictly necessary is set, and answer "a banner" in "Cookies".
check-art7-cookies-withdrawal-missing = Visitors cannot withdraw their cookie consent as easily as they gave it: the cookie policy can only tell them to write to you or to delete their cookies.
    .hint = Offer a link or button on every page, such as "Cookie settings", that reopens the cookie choices, and describe where it is.
check-art7-cookies-consent-not-granular = Cookies of several categories need consent, but visitors can only accept or refuse them all at once.
    .hint = Let visitors choose per category in your cookie banner (for example analytics and marketing separately), and mark that here.
check-eprivacy-cookies-analytics-exempt-outside-nl = You say your analytics cookies may be set without consent under the Dutch exemption for low-impact analytics, but your organisation is not established in the Netherlands.
    .hint = Outside the Netherlands, ask consent for analytics cookies; untick the exemption.
check-eprivacy-cookies-analytics-exempt-third-party = You use the Dutch exemption for low-impact analytics, but "{ $item }" is an analytics cookie of another company, which rarely meets it: the provider may use the data for itself.
    .hint = Check the Dutch Data Protection Authority's conditions (data shared with nobody, IP addresses masked, a processor agreement); if your setup does not meet them, untick the exemption and ask consent.
check-eprivacy-cookies-set-before-choice = Your answers do not say that the website waits for the visitor's choice before it sets cookies that need consent.
    .hint = Set your website or consent tool so that only strictly necessary cookies are set until the visitor accepts (scripts blocked until then), check it in a private browser window, and mark that here; until then the cookie policy cannot promise it.
check-art7-cookies-refusal-not-as-easy = Your answers do not say that refusing cookies is as easy as accepting them.
    .hint = Put a refuse button beside the accept button on the first screen of your banner, just as visible, and mark that here; until then the cookie policy cannot promise it.
check-art7-cookies-cookie-wall = Your answers do not say that visitors who refuse cookies can still use the website.
    .hint = Do not make accepting cookies a condition for using the website (a cookie wall), and mark that here; until then the cookie policy cannot promise it.
check-art7-cookies-withdrawal-untold = Your cookie policy is published elsewhere, and you have not said how visitors withdraw their consent to cookies, so the privacy statement cannot tell them. Withdrawing must be as easy as giving consent.
    .hint = Under "Cookies", say how visitors change or withdraw their choice, for example "via the cookie icon at the bottom left of every page".
check-eprivacy-cookie-duration-missing = The cookie "{ $item }" has no duration.
    .hint = Find out how long the cookie stays (your browser's developer tools or the provider's documentation show it) and enter it.
check-eprivacy-cookie-duration-range-unclear = The cookie "{ $item }" has a duration range that does not read as one: its longest end must be a period, and its shortest end the browser session or a shorter period.
    .hint = Give the longest the cookie stays as its duration, and as the shortest either "until the browser closes" or a shorter period; or drop the range.
check-eprivacy-cookie-purpose-missing = The cookie "{ $item }" does not say what it is for.
    .hint = Describe in a few words what the cookie does, such as "remembers your language".
check-eprivacy-cookie-category-missing = The cookie "{ $item }" has no category, so visitors cannot tell what kind of cookie it is. Until it has one, it is treated as needing consent.
    .hint = Choose its category: strictly necessary, functional, analytics, marketing or social media.
check-art5-cookie-duration-too-long = The cookie "{ $item }" stays longer than { $months } months, the longest life that data protection authorities accept.
    .hint = Set its life to { $months } months at most, in your website or in the provider's settings, then enter the new duration here.
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

check-identifier-belgian-enterprise-number-invalid = "{ $value }" is not a valid Belgian enterprise number.
    .hint = A Belgian enterprise number has 10 digits, starts with 0 or 1, and its last two digits check the first eight, as in 0428.555.896. Copy it from the Crossroads Bank for Enterprises (KBO).
check-identifier-belgian-vat-number-invalid = "{ $value }" is not a valid Belgian VAT number.
    .hint = A Belgian VAT number is BE followed by the 10-digit enterprise number, as in BE0428555896.
check-identifier-belgian-vat-number-mismatch = The VAT number "{ $value }" does not match the enterprise number { $number }.
    .hint = A Belgian VAT number is BE followed by the enterprise number, so one of the two is mistyped. Check both in the Crossroads Bank for Enterprises (KBO).
check-identifier-dutch-kvk-number-invalid = "{ $value }" is not a valid Chamber of Commerce (KvK) number.
    .hint = A KvK number has 8 digits. Copy it from your registration with the Kamer van Koophandel.
check-identifier-dutch-vat-number-invalid = "{ $value }" is not a valid Dutch VAT identification number.
    .hint = A Dutch VAT identification number (btw-id) is NL, 9 digits, the letter B and 2 digits, as in NL123456789B01.
check-identifier-email-invalid = "{ $value }" is not a valid e-mail address.
    .hint = Write the address as name@domain.be, without spaces and without "mailto:".
check-identifier-link-invalid = "{ $value }" is not a web address that the documents can link to.
    .hint = Write the full address, starting with https://, as in https://www.yourcompany.be/privacy. Other kinds of links are not allowed.
check-identifier-placeholder = "{ $value }" is an example address left from a template, not a real one.
    .hint = Replace it with the real address, or remove it.
check-identifier-phone-invalid = "{ $value }" is not a valid phone number.
    .hint = Write only the number: digits and spaces, with a + at the start for the country code, as in +32 9 123 45 67.

## The date the documents take effect.

check-document-effective-date-future = The documents take effect on { $date }, which is after today ({ $today }).
    .hint = If the date is a mistake, correct it. If you announce new documents in advance, keep the current ones published until that date.
check-document-effective-date-old = The documents took effect on { $date }, more than a year before today ({ $today }).
    .hint = Review the answers: new suppliers, cookies and purposes are easily forgotten. Then set a new date and version.

## The owner's own words, and answers that do not fit together.

check-answers-text-untranslated = "{ $item }" has no { $language } version, so the { $language } documents would show it in another language.
    .hint = Write the text in { $language } too, or remove the language from the documents' languages.
check-answers-text-wrong-language = The { $language } text of "{ $item }" looks as if it is written in { $found }.
    .hint = Write the { $language } version in { $language }; put the { $found } text in its own field.
check-answers-informal-register = "{ $item }" speaks to the reader as "je" or "jij", while the documents say "u".
    .hint = Rewrite the Dutch text with "u" and "uw", so the documents use one form of address.
check-art13-purpose-retention-vague = The purpose "{ $item }" keeps data "as long as necessary", which tells the reader nothing.
    .hint = Give a period ("2 years after your last order") or the criteria that decide it ("until the warranty ends, and at most 3 years after delivery").
check-art10-authorisation-consent-only = Data on criminal convictions is said to be allowed by consent alone. Art. 10 requires a law that authorises it.
    .hint = Name the law that allows you to process this data (in Belgium, for instance, art. 10 of the law of 30 July 2018 and the specific law for your sector).
check-art13-cookie-provider-not-recipient = { $provider } sets cookies on your website but is not among the recipients, so the privacy statement does not say that it receives data.
    .hint = Add { $provider } as a recipient in "Recipients" (the service catalogue can fill it in), with its role and country.
check-art6-purpose-contract-non-party = The purpose "{ $item }" rests on a contract, but concerns { $audience }, who are usually not party to your contract.
    .hint = Give them a basis of their own in this purpose (the "+" button under the legal basis), usually legitimate interests; a contract covers only the person you have it with.
check-answers-recipient-no-purpose = No purpose is ticked for "{ $item }", so the privacy statement cannot say what it receives data for.
    .hint = Tick the purposes it receives data for, or remove it if it receives none.
check-answers-cookie-no-purpose = No purpose says that the website sets { $category ->
    [analytics] analytics
    [social-media] social media
   *[marketing] marketing
} cookies, such as "{ $item }": the documents do not say why you set them.
    .hint = Tick this kind of cookie in the purpose it serves (for example website statistics or advertising), or add that purpose.
check-art21-purpose-direct-marketing-unanswered = Is "{ $item }" direct marketing? Newsletters, offers and advertising are, and people may object to them at any time, which the privacy statement must tell them.
    .hint = Answer yes or no under the purpose. Only a yes makes the statement describe the right to object to direct marketing.
check-answers-audience-unused = No purpose concerns { $item }, so the documents never say why you process their data.
    .hint = Add them to the purposes that concern them, or remove the group.
check-answers-data-unused = No purpose uses { $item }, so the documents never say why you process it.
    .hint = Add the data to the purposes that use it, or remove it.
check-art12-rights-personal-mailbox = Requests go to { $address }, which looks like one person's own mailbox. When that person is away or leaves, requests go unanswered.
    .hint = Use an address of the organisation that more than one person reads, such as privacy@yourcompany.be.
check-art12-rights-phone-missing = You offer to take requests by phone, but your organisation has no telephone number, so the privacy statement cannot say which number to call.
    .hint = In "Your organisation", give the telephone number, or untick requests by phone.
check-art12-rights-response-too-slow = Requests are answered in more than { $days } days, while the law asks for an answer within one month, which can be as short as { $days } days.
    .hint = Promise at most { $days } days, or leave the number out: the privacy statement then says one month, as the law does.

## Where a finding is, in words: "Purpose 2 “Newsletter”: legal basis".
## place-<list> names an item by its $number; place-<field> names a
## part of the project; field-<name> a question.

place-field = { $place }: { $field }
place-named = { $place } “{ $name }”
place-purposes = Purpose { $number }
place-recipients = Recipient { $number }
place-cookies = Cookie { $number }
place-sources = Source { $number }
place-audiences = Group { $number }
place-data_categories = Kind of data { $number }
place-organisation = Your organisation
place-dpo = Data protection officer
place-privacy_contact = Privacy contact
place-supervisory_authority = Supervisory authority
place-document = The documents
place-cookie_consent = Cookie consent
place-children = Children
place-security_measures = Security measures
place-change_notice = Announcing changes
place-transfers_outside_eea = Transfers outside the EEA
place-automated_decisions = Automated decisions
place-recipients_none = Recipients
place-cookies_none = Cookies
place-sources_none = Other sources
field-name = name
field-address = address
field-address-country = country
field-email = e-mail address
field-phone = telephone
field-enterprise_number = enterprise number
field-vat_number = VAT number
field-websites = website
field-representative = representative in the EU
field-legal_form = legal form
field-legal_basis = legal basis
field-legitimate_interest = legitimate interest
field-retention = retention
field-retention-after = retention start
field-provision = must people give the data?
field-provision-consequence = if people do not give the data
field-automated_decision-logic = how the decision is made
field-automated_decision-consequences = what it means for the person
field-automated_decision-significant = significant effects
field-automated_decision-ground = exception of Art. 22(2)
field-audiences = whose data
field-data = which data
field-description = description
field-service = what they do
field-role = role
field-country = country
field-retention_days = days images are kept
field-pictogram = pictogram
field-declared = declared to the police
field-also_processed_in = further countries of processing
field-seat = company seat
field-safeguard = safeguard
field-privacy_policy = privacy policy
field-provider = provider
field-category = category
field-contact-email = contact e-mail address
field-contact-phone = contact telephone
field-contact = contact
field-by_phone = requests by phone
field-shared_with_police = images to the police or courts
field-duration = duration
field-duration_range = duration range
field-purpose = purpose
field-publicly_accessible = publicly accessible
field-art9_condition = exception of Art. 9(2)
field-art10_authorisation = law that allows it (Art. 10)
field-examples = examples
field-kind-name = name
field-website = website
field-method = how consent is asked
field-per_category = choice per category
field-refuse_as_easy = refusing as easy as accepting
field-waits_for_choice = no cookies before the choice
field-no_cookie_wall = no cookie wall
field-withdraw_via = how to withdraw consent
field-online_services = online services for children
field-minors = minors
field-version = version
field-effective_date = date of effect
field-languages = languages
place-purposes-all = Purposes
place-recipients-all = Recipients
place-cookies-all = Cookies
place-sources-all = Other sources
place-audiences-all = Groups of people
place-data_categories-all = Kinds of data
place-requests = Requests and complaints
place-analytics_exempt = Analytics without consent
place-cameras = Surveillance cameras
place-profiles = How data comes in
place-cookie_policy_elsewhere = Cookie policy published elsewhere
field-response_days = days to answer
field-web_form = web form
field-identity_proof = proof of identity
field-purposes = purposes it receives data for
field-direct_marketing = direct marketing?
field-per_audience-legal_basis = legal basis for one of its groups
field-per_audience-legitimate_interest = legitimate interest for one of its groups
field-per_audience-provision = must this group give the data?
field-per_audience-provision-consequence = if this group does not give the data
field-per_audience-audience = group with a basis of its own
field-special_data-data = kind of data with a condition of its own
field-special_data-art10_authorisation = law that allows it for this purpose (Art. 10)
field-complaints = complaints contact
field-arrangement = arrangement with us
field-scc = standard contractual clauses
