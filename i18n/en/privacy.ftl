## The privacy statement. Arguments every message may use:
##   $org       the organisation's name
##   $email     where to send privacy questions
##   $date      the date the statement takes effect
##   $version   the version label
##   $country   the controller's country
##   $website   the first website; $website-count how many there are
##   $consent-age  the age of digital consent in the controller's country,
##                 or "none" when it is not known
##   $has-version  "yes" when there is a version label, "no" when not
##   $country-code the controller's country as a code ("BE", "NL"), or empty
##   $cookie-use   what the website stores, as answered: "cookies", "similar" (also local storage or pixels), "none", or "unknown" while unanswered

# Title of the privacy statement. Always shown.
# At the top of the statement (and as the page title of the HTML export), and
# as $title in the foot of every PDF page (document-footer in common.ftl).
# .inline is the title inside a sentence: the cookie policy links to the
# statement with it (cookies-privacy-link).
privacy-title = Privacy statement
    .inline = privacy statement

## Section "About this statement", the first of the privacy statement. Always
## shown, with both paragraphs.
privacy-introduction-title = About this statement
privacy-introduction = This statement explains how { $org } handles your personal data: which data we collect, why, on what legal basis, who receives it, how long we keep it, and what rights you have.
# $country-code is the controller's country as a code ("BE", "NL").
# The variant follows the answer to "Country" (step "Your organisation"): [BE]
# Belgium, [NL] the Netherlands, [other] any other country, or none chosen
# yet.
privacy-introduction-terms = { $country-code ->
    [BE] With this statement we inform you about the use of your personal data (Articles 13 and 14 of the General Data Protection Regulation (Regulation (EU) 2016/679), “GDPR”). Besides the GDPR, the Belgian Act of 30 July 2018 on the protection of natural persons with regard to the processing of personal data applies to us. Where this statement says “we” or “us”, it means { $org }.
    [NL] With this statement we inform you about the use of your personal data (Articles 13 and 14 of the General Data Protection Regulation (Regulation (EU) 2016/679), “GDPR”). Besides the GDPR, the Dutch GDPR Implementation Act (UAVG) applies to us. Where this statement says “we” or “us”, it means { $org }.
   *[other] With this statement we inform you about the use of your personal data (Articles 13 and 14 of the General Data Protection Regulation (Regulation (EU) 2016/679), “GDPR”). Where this statement says “we” or “us”, it means { $org }.
}

## Section "Who is responsible for your data". Always shown:
## privacy-controller, then the organisation's details as answered in step
## "Your organisation" (the label-* messages of common.ftl), then
## privacy-contact (further down in this file) when it applies.
privacy-controller-title = Who is responsible for your data
privacy-controller = { $org } is the controller of your personal data: we decide why and how it is processed. You can reach us as follows.

## Section "Our representative in the European Union". Shown only when the
## project names a representative in the EU (Art. 27 GDPR). The wizard has no
## field for it: it is written in the project file
## (organisation.representative). The representative's name and contact
## details follow privacy-representative.
privacy-representative-title = Our representative in the European Union
privacy-representative = Because we are established outside the European Union, we have appointed a representative in the Union (Art. 27 GDPR). You can contact them about any question regarding your data.
## Section "When we process data for our clients". Shown only when "What you
## do as a processor for your clients (optional)" is filled in (step "Your
## organisation"); that answer follows privacy-processor as a paragraph of its
## own, printed as written.
privacy-processor-title = When we process data for our clients
privacy-processor = For some of our work we process personal data on behalf of our clients, as their processor (Art. 28 GDPR). For that data, our client is the controller, and this statement does not apply to it: the client’s own privacy statement does.

## Section "Data protection officer". Always shown. Until "Have you appointed
## a data protection officer (DPO)?" (step "Contact and complaints") is
## answered, it holds only a placeholder naming the question (question-dpo in
## common.ftl).
privacy-dpo-title = Data protection officer
# Shown when the answer is "Yes"; the DPO's name and e-mail address follow.
privacy-dpo = We have appointed a data protection officer, who oversees how we handle personal data. You can contact our data protection officer directly about any question concerning your data or your rights.
# Shown when the answer is "No". The answer to "Why not? (optional)" follows
# as a paragraph of its own, printed as written, when it is given.
privacy-dpo-none = We have not appointed a data protection officer.
## Section "Who is responsible for your data", continued: this message stands
## here in the file, but appears in that section, after the organisation's
## details.
# Shown when "Privacy contact" is filled in (step "Contact and complaints");
# that contact's name and e-mail address follow.
privacy-contact = For questions about your personal data, you can contact:

## Section "Which personal data we process". Always shown. Until at least one
## kind is ticked under "Which kinds of personal data?" (step "People and
## data"), it holds only a placeholder (question-data-categories).
privacy-data-title = Which personal data we process
# Always the first paragraph of the section. The list after it holds the kinds
# ticked that are neither sensitive nor criminal-offence data (data-* in
# common.ftl, with the project's examples), plus "Camera images"
# (data-camera-images) when cameras are used.
privacy-data = Depending on your relationship with us, we process the following kinds of personal data.
# Shown when "How data comes in" (step "People and data") is filled in for at
# least one group; a list follows with one line per group: its name
# (audience-* in common.ftl), then profile-data and profile-channels.
privacy-profiles = How we receive your data:
# $data lists kinds of data. In that list, for a group with kinds ticked
# under "Their data:" and no way the data comes in ticked.
profile-data = { $data }.
# $channels are the channel-* messages, joined with "or". In that list, for a
# group with only ways ticked under "How:" and no kinds of data.
profile-channels = We receive their data { $channels }.
# In that list, for a group with kinds ticked under "Their data:" and ways
# ticked under "How:"; $channels are the channel-* messages, joined with "or".
profile-data-channels = { $data }; we receive them { $channels }.

## Section "Sensitive data". Shown only when a sensitive kind (health,
## beliefs, ...: Art. 9 GDPR) is ticked under "Which kinds of personal data?"
## (step "People and data"). privacy-special-data is followed by each
## sensitive kind with the exception chosen under "Allowed because:" (art9-*
## in common.ftl).
privacy-special-data-title = Sensitive data
privacy-special-data = Some data deserves extra protection under the law (Art. 9 GDPR). We process the following sensitive data only where the law allows it, for the reason given.

## Section "Data on criminal convictions". Shown only when "Criminal
## convictions and offences" is ticked under "Which kinds of personal data?"
## (step "People and data"). privacy-criminal-data is followed by that kind
## and, when "Which law allows you to handle this data?" is answered,
## criminal-data-authorised-by (common.ftl).
privacy-criminal-data-title = Data on criminal convictions
privacy-criminal-data = We process data on criminal convictions and offences only where a law allows it (Art. 10 GDPR).

## Section "Data we do not receive from you directly". Until "Do you receive personal
## data from others than the people themselves?" (step "People and data") is
## answered, it holds only a placeholder (question-sources). With "Yes" and at
## least one source, privacy-sources is followed by the list of sources (see
## source-public below); with "No, all from the people themselves" the section
## is left out.
privacy-sources-title = Data we do not receive from you directly
privacy-sources = Some of your data does not come from you directly. We receive it from the following sources.

## Section "Camera surveillance". Shown only when "We use surveillance cameras
## at our premises" is ticked (step "People and data"). Its paragraphs come in
## the order of the cameras-* messages below.
# Also names the camera surveillance as if it were a purpose, when the cameras
# rest on legitimate interests (or a public task): in the list of "Our
# legitimate interests" and among the purposes in privacy-objection-interests.
# It must read well there too.
privacy-cameras-title = Camera surveillance
# $purpose is the owner's own words.
# Always shown in the section; $purpose is the answer to "What are the cameras
# for?", or a placeholder while it is empty (question-camera-purpose).
cameras-purpose = We use surveillance cameras at our premises. Purpose of the camera surveillance: { $purpose }.
# Always shown in the section; $basis follows "What allows you to use the
# cameras?": a basis-* message of common.ftl,
# cameras-basis-legitimate-interests, or a placeholder while it is unanswered
# (question-camera-basis).
cameras-basis = Legal basis of the camera surveillance: { $basis }.
# The legitimate interest as the basis of camera surveillance: the organisation's own, named in the purpose above.
# Used as $basis in cameras-basis when the answer is legitimate interests.
cameras-basis-legitimate-interests = our legitimate interest in that purpose (Art. 6(1)(f) GDPR)
# Shown when "A sign with the legal pictogram hangs at each entrance of the
# watched area" is ticked. Of cameras-pictogram, cameras-police,
# cameras-retention and cameras-law-be, those that apply are joined into one
# paragraph.
cameras-pictogram = Signs with the legal pictogram show where cameras are in use.
# Shown when "Do you give images to the police or the courts when they can
# help prove an offence?" is answered "Yes".
cameras-police = We may give images to the police or the courts if they can help prove an offence, damage or nuisance, or identify an offender.
# Shown when "How many days do you keep the images?" is filled in; $days is
# that number.
cameras-retention = We keep the images for at most { $days ->
    [one] 1 day
   *[other] { $days } days
}, unless they are needed as evidence of an offence, damage or nuisance, or to identify an offender, a witness or a victim.
# Shown when "Country" (step "Your organisation") is Belgium.
cameras-law-be = The Belgian Act of 21 March 2007 regulating the installation and use of surveillance cameras applies to this surveillance.
# $address is a link to the privacy e-mail address.
# Always shown, as the last paragraph of the section.
cameras-access = You can ask for the images in which you appear by writing to { $address }. Please give the date, time and place as precisely as you can, so that we can find them.
## Section "Data we do not receive from you directly", continued: said under each
## source in its list.
# Shown under a source when "Is this source publicly accessible?" is answered
# "Yes".
source-public = This is a publicly accessible source.
# Shown under a source when "Is this source publicly accessible?" is answered
# "No". While it is unanswered, a placeholder stands there instead
# (question-source-public).
source-not-public = This source is not publicly accessible.

## Section "Why we process your data, on what basis, and for how long". Always
## shown. Until at least one purpose is added (step "Purposes"), it holds only
## a placeholder (question-purposes). Otherwise: privacy-purposes or
## privacy-purposes-and-cameras, then the table of purposes (column-*, basis-*
## and retention-* in common.ftl).
privacy-purposes-title = Why we process your data, on what basis, and for how long
# Shown when no cameras are used.
privacy-purposes = We process your data only for the purposes below. For each purpose we name the data we use, the legal basis that allows it, and how long we keep the data.
# Shown instead of privacy-purposes when "We use surveillance cameras at our
# premises" is ticked (step "People and data").
privacy-purposes-and-cameras = We process your data only for the purposes below and for the camera surveillance described above. For each purpose we name the data we use, the legal basis that allows it, and how long we keep the data.
# $audiences lists whom the purpose concerns, e.g. "customers, job applicants".
# In the table's first column, under the purpose's name and description, when
# "Whose data?" is answered for the purpose (step "Purposes").
purpose-concerns = Applies to: { $audiences }

## Section "Our legitimate interests". Shown only when a purpose rests on
## legitimate interests ("What allows you to use it?", step "Purposes", for
## the purpose or for one of its groups), or the cameras do ("What allows you
## to use the cameras?"). privacy-legitimate-interests is followed by one line
## per such purpose with its "Your legitimate interest" (or not-stated), and a
## line for the cameras.
privacy-legitimate-interests-title = Our legitimate interests
privacy-legitimate-interests = Where we rely on our legitimate interests (Art. 6(1)(f) GDPR), these are the interests we pursue.

## Section "Do you have to provide your data?". Shown only when "Must people give
## this data?" (step "Purposes") is answered for at least one purpose or
## group. privacy-obligation is followed by one line per answer (requirement-*
## and provision-consequence in common.ftl).
privacy-obligation-title = Do you have to provide your data?
privacy-obligation = For the following purposes we say whether you must provide your data, and what happens if you do not.

## Section "Who receives your data". Always shown. Until "Does anyone outside
## your organisation receive the data?" (step "Recipients") is answered, it
## holds only a placeholder (question-recipients).
privacy-recipients-title = Who receives your data
# Shown when the answer is "Yes" and at least one recipient is added; the
# table of recipients follows (column-* and role-* in common.ftl).
privacy-recipients = We share your data with the following recipients.
# Shown after the table when a recipient's "Their role" is "Processor".
privacy-recipients-processors = Processors process your data on our behalf and on our instructions (Art. 28 GDPR); they may not use it for their own purposes.
# Shown when a recipient's "Their role" is "Joint controller"; a list of those
# recipients follows, each with its answer to "The essence of your arrangement
# (joint controllers)" (a placeholder while empty: question-arrangement).
joint-arrangements = { $count ->
    [one] With one recipient we decide together why and how data is processed: we are joint controllers (Art. 26 GDPR). The essence of the arrangement is as follows.
   *[other] With some recipients we decide together why and how data is processed: we are joint controllers (Art. 26 GDPR). The essence of each arrangement is as follows.
}
# In that list, after a joint controller's arrangement, when "Where people
# reach them (optional)" is filled in; $recipient is the recipient's name, and
# its contact details follow.
joint-contact = You can contact { $recipient } at:
# After the list of joint controllers, whenever joint-arrangements is shown.
joint-rights = { $count ->
    [one] You can exercise your rights with us and with that recipient.
   *[other] You can exercise your rights with us and with each of them.
}
# Shown instead, as the whole section, when the answer is "No, nobody".
privacy-recipients-none = We do not share your personal data with others, unless the law obliges us to.

## Section "Transfers outside the European Economic Area". Always shown. Until
## "Does data go to a country outside the European Economic Area (EEA)?" (step
## "Recipients") is answered, it holds only a placeholder
## (question-transfers).
privacy-transfers-title = Transfers outside the European Economic Area
# Shown when a recipient processes data outside the EEA (per "Where is the
# data processed?", "Also processed in:" or "The provider says the data may
# also be processed outside the EEA, without naming the countries"); a list
# follows with each such recipient, its countries and its safeguard
# (safeguard-* in common.ftl).
privacy-transfers = { $count ->
    [one] One recipient processes your data outside the European Economic Area (EEA). We name the legal ground for the transfer.
   *[other] Some recipients process your data outside the European Economic Area (EEA). For each, we name the legal ground for the transfer.
}
# Shown after that list when a recipient outside the EEA has "Safeguard for
# the transfer" set to "standard contractual clauses" or "binding corporate
# rules".
privacy-transfers-copy = You can ask us for a copy of the safeguards that apply, or for where they are available, at { $email }.
# Shown instead, as the whole section, when the answer is "No" and no
# recipient is outside the EEA.
privacy-transfers-none = We do not transfer your personal data outside the European Economic Area.

## Section "Automated decisions and profiling". Always shown. Until "Are
## decisions about people taken by a computer alone, with legal or similarly
## significant effects?" (step "Purposes") is answered, it holds only a
## placeholder (question-automated-decisions).
privacy-automated-title = Automated decisions and profiling
# Shown when a purpose has "A computer decides about people, or profiles them,
# without a person involved" ticked and "Does it have legal or similarly
# significant effects for the person ...?" is not answered "No". For each such
# purpose follow: its name as a subheading, automated-taken-by, the exception
# (art22-* in common.ftl), automated-profiling, the logic and consequences
# (label-logic, label-consequences in common.ftl), and one of the
# automated-review messages.
privacy-automated = For the following purposes, a decision about you is made by automated means, without a person being involved.
# Shown for such a decision when "This uses profiling" is ticked.
automated-profiling = This involves profiling: your personal data is used to evaluate certain aspects of you.
# $controller is the other company that takes the decision.
# Shown first for a decision when "Who takes the decision, if not you?
# (optional)" is filled in; $controller is that answer.
automated-taken-by = This decision is taken by { $controller }, not by us.
# Shown for a decision the organisation takes itself when "What allows the
# decision? (Art. 22(2) GDPR)" is a contract (a) or explicit consent (c). Nothing
# is said while that question is unanswered.
automated-review = You have the right to have a person of ours review the decision, to give your point of view and to contest it. Send your request to { $email }.
# Shown instead of automated-review and automated-review-law when "Who takes
# the decision, if not you? (optional)" is filled in, whatever the exception;
# $controller is that answer, linked to the privacy policy of a recipient of
# that name when it has one.
automated-review-other = To have a person review the decision, to give your point of view or to contest it, contact { $controller }.
# Shown for a decision the organisation takes itself when "What allows the
# decision? (Art. 22(2) GDPR)" is "authorised by law" (b).
automated-review-law = The law that allows this decision lays down how your rights and interests are protected.
# Shown when a purpose has "A computer decides about people, or profiles them,
# without a person involved" ticked and the question on legal or similarly
# significant effects answered "No", both beside privacy-automated and beside
# privacy-automated-none. For each such purpose follow its name as a
# subheading, the logic and consequences (label-profiling-logic,
# label-consequences in common.ftl), and profiling-objection.
privacy-profiling = We also use your data to evaluate certain aspects of you (profiling), without this having legal effects for you or similarly significantly affecting you. What we do this for, and how, is explained below.
# Shown for such a purpose when it rests on legitimate interests or a public
# task ("What allows you to use it?", step "Purposes").
profiling-objection = You can object to this profiling at any time (Art. 21 GDPR).
# Shown when the answer is "No": no purpose has a decision with such effects.
privacy-automated-none = We do not take decisions about you based solely on automated processing, including profiling, that have legal effects for you or similarly significantly affect you (Art. 22 GDPR).

## Section "Your rights". Always shown. privacy-rights is followed by the five
## rights below, always all of them, each as its name in bold and its
## .explanation.
privacy-rights-title = Your rights
privacy-rights = You have the following rights regarding your personal data.
right-access = Right of access
    .explanation = you can ask whether we process your data and receive a copy of it, with information about how we use it (Art. 15 GDPR).
right-rectification = Right to rectification
    .explanation = you can have incorrect data corrected and incomplete data completed (Art. 16 GDPR).
right-erasure = Right to erasure
    .explanation = you can ask us to delete your data, for example when we no longer need it or you withdraw your consent, unless the law obliges us to keep it or we need it to establish, exercise or defend legal claims (Art. 17 GDPR).
right-restriction = Right to restriction of processing
    .explanation = you can ask us to use your data only in a limited way for a time, for example while we check whether it is correct (Art. 18 GDPR).
right-portability = Right to data portability
    .explanation = where we process data you gave us on the basis of your consent or a contract, and by automated means, you can receive it in a structured, commonly used and machine-readable format, or, where technically feasible, have it sent directly to another organisation (Art. 20 GDPR).
# $address is a link to the e-mail address for privacy requests.
# Always shown, after the list of rights.
rights-how = To exercise a right, or for any question about your data, write to { $address }. Please tell us which right you wish to exercise.
# Shown when another way to make a request is offered under "Requests and
# complaints" (step "Contact and complaints"); a list of the ways follows
# (request-by-post, request-web-form, request-by-phone, request-in-person).
request-ways = You can also make your request:
# $address is the organisation's postal address.
# In that list when "People may also send requests by post, to your address"
# is ticked and the address (step "Your organisation") is filled in.
request-by-post = by post, to { $address };
# $form is a link to the web form.
# In that list when "Web form for requests (optional)" holds a web address.
request-web-form = with the form at { $form };
# In that list when "People may also make requests by phone, at your number"
# is ticked; $phone is "Telephone" (step "Your organisation"), or a
# placeholder while it is empty (question-phone).
request-by-phone = by phone on { $phone };
# In that list when "People may also make requests in person, at your
# premises" is ticked.
request-in-person = in person, at our premises.
# $proof is what the organisation asks, in its own words.
# Shown after the ways when "Proof of identity you ask (optional)" is filled
# in. Worded so the proof is asked only when the organisation cannot otherwise
# be sure who is asking, as privacy-rights-terms says (Art. 12(6) GDPR).
request-identity = So that we give your data to nobody else, we may ask for the following proof of your identity when we cannot otherwise be sure that a request comes from you: { $proof }.
# $days is the number of days the organisation promises, at most a month.
# Shown as the last paragraph of the section, after privacy-rights-terms, when
# "You answer within ... days (optional)" is filled in with 28 days or fewer.
request-response-days = We aim to answer within { $days } days.
## Belgian sector rules that change how rights work; each is said only
## when the owner ticks it.
## Section "Your rights", after the ways of making a request. The wizard
## offers them only to Belgian organisations ("Country" Belgium), under
## "Requests and complaints" (step "Contact and complaints").
# Shown when "We keep data under the anti-money-laundering law (access goes
# through the authority)" is ticked.
sector-aml = For data we keep under the Belgian Act of 18 September 2017 on the prevention of money laundering and terrorist financing, you exercise your right of access through the Data Protection Authority, not with us (Art. 65 of that Act). The Act also forbids us to tell you whether we have reported a suspicion.
# Shown when "Our clients are patients with the rights of the patients' rights
# law" is ticked.
sector-patient-rights = As a patient, you also have the rights that the Belgian Act of 22 August 2002 on patients’ rights gives you: you can consult your patient record within 15 days of your request, receive a copy of it, and be assisted by a person of trust of your choice, who can also consult it on your behalf.
# Shown when "We are bound by professional secrecy" is ticked.
sector-professional-secrecy = We are bound by professional secrecy under Belgian criminal law: we share what you confide in us only where the law allows or obliges us to.
## Section "Your rights", continued.
# Always shown, after the ways of making a request and the sector rules.
privacy-rights-terms = We answer without undue delay, and in any event within one month of receiving your request. For complex or numerous requests we may extend this by two further months; we will tell you so within the first month. Exercising your rights is free of charge, unless a request is manifestly unfounded or excessive. If we have reasonable doubts about your identity, we may ask you for additional information to confirm it.

## Section "Your right to object". Shown only when a purpose that is not
## direct marketing rests on legitimate interests or a public task ("What
## allows you to use it?", step "Purposes"), or the cameras do, or a purpose
## is answered "Yes" to "Is this purpose direct marketing: newsletters, offers
## or advertising?". privacy-objection is always its first paragraph.
privacy-objection-title = Your right to object
privacy-objection = You have the right to object to some uses of your personal data (Art. 21 GDPR). Because this right matters, we set it out here separately.
# $purposes names the purposes resting on legitimate interests or a public task.
# $basis says which bases occur: interests, public or both.
# Shown when a purpose that is not direct marketing rests on legitimate
# interests or a public task, for all its groups or for one, or the cameras do
# (named by privacy-cameras-title). A purpose with "Another basis for …" is
# named with purpose-for-audience (common.ftl).
privacy-objection-interests = { $count ->
    [one] { $basis ->
        [public] This purpose rests on a task in the public interest: { $purposes }.
        [both] This purpose rests on legitimate interests or on a task in the public interest: { $purposes }.
       *[interests] This purpose rests on legitimate interests: { $purposes }.
    }
   *[other] { $basis ->
        [public] These purposes rest on a task in the public interest: { $purposes }.
        [both] These purposes rest on legitimate interests or on a task in the public interest: { $purposes }.
       *[interests] These purposes rest on legitimate interests: { $purposes }.
    }
} You can object to this use of your data at any time on grounds relating to your particular situation. We then stop, unless we demonstrate compelling legitimate grounds that override your interests, rights and freedoms, or need the data to establish, exercise or defend legal claims.
# $purposes names the purposes that are direct marketing.
# Shown when "Is this purpose direct marketing: newsletters, offers or
# advertising?" is answered "Yes" for a purpose.
privacy-objection-marketing = { $count ->
    [one] This purpose is direct marketing: { $purposes }.
   *[other] These purposes are direct marketing: { $purposes }.
} You can object to direct marketing at any time, without giving a reason, by writing to { $email }; we then stop using your data for it.

## Section "Withdrawing your consent". Shown only when a purpose rests on
## consent ("What allows you to use it?", step "Purposes"), or explicit
## consent is the exception chosen for sensitive data ("Allowed because:" in
## step "People and data", or per purpose), or the cookie policy is published
## elsewhere ("Is your cookie policy published elsewhere? Its web address
## (optional)", step "Cookies"). privacy-withdrawal is always its first
## paragraph.
privacy-withdrawal-title = Withdrawing your consent
privacy-withdrawal = Where we process your data on the basis of your consent, you can withdraw that consent at any time, for example by writing to { $email }. Withdrawing does not affect the lawfulness of what we did with your consent before you withdrew it.

# $via is the owner's own words, such as "via the cookie icon at the bottom left of every page".
# Shown after privacy-withdrawal whenever "Where can visitors change their
# choice?" (step "Cookies") is filled in; $via is that answer.
privacy-cookie-withdraw-via = You can change or withdraw your consent to cookies at any time { $via }.
## Section "Complaints". Always shown, in this order: privacy-complaint,
## complaint-contact with that contact's details, the supervisory authority's
## details (or complaint-authority-unknown), privacy-complaint-elsewhere,
## privacy-complaint-court.
privacy-complaint-title = Complaints
privacy-complaint = If you are not satisfied with how we handle your data, you can tell us, so that we can look for a solution together. You also have the right to lodge a complaint with the supervisory authority at any time, whether or not you have contacted us first (Art. 77 GDPR).
# Shown when "Complaints contact, if not the privacy contact (optional)" is
# filled in (step "Contact and complaints"); that contact's name and e-mail
# address follow.
complaint-contact = Complaints about how we handle your data go to:
# Shown instead of the authority's details when policywright knows no
# supervisory authority for the "Country" (step "Your organisation") and the
# project file names none (supervisory_authority), or when no country is
# chosen yet ($country is then a placeholder).
complaint-authority-unknown = Our supervisory authority is the data protection authority of the country where we are established: { $country }.
privacy-complaint-elsewhere = You may also complain to the supervisory authority of the EU member state where you live, where you work, or where you believe the infringement took place.
privacy-complaint-court = You can also go to court if you believe that your rights under the GDPR have been infringed (Art. 79 GDPR).

## Section "How we protect your data". Always shown. Until at least one
## measure is ticked under "How you protect the data" (step "Contact and
## complaints"), it holds only a placeholder (question-security-measures).
## privacy-security is followed by the measures ticked (security-* in
## common.ftl).
privacy-security-title = How we protect your data
privacy-security = We protect your personal data with the following measures.

## Section "Children". Always shown. Until "Do you offer online services
## directly to children?" (step "Contact and complaints") is answered, it
## holds only a placeholder (question-children).
privacy-children-title = Children
# The section is shown only once answered. $consent-age as in the header.
# Shown when the answer is "Yes". [none] is used when policywright does not
# know the age of digital consent for the "Country" (step "Your
# organisation"), or no country is chosen.
children-offered = { $consent-age ->
    [none] We offer online services directly to children. Where such a service relies on consent, the consent of a child below the age of digital consent in their country must be given or authorised by a parent or guardian (Art. 8 GDPR).
   *[other] We offer online services directly to children. Where such a service relies on consent, the consent of a child younger than { $consent-age } must be given or authorised by a parent or guardian (Art. 8 GDPR).
}
# Shown when the answer is "No".
children-not-offered = We do not offer online services directly to children.
# $age is the organisation's own minimum age.
# Added after children-offered or children-not-offered, in the same paragraph,
# when "Your own minimum age (optional)" is filled in. The answer to "How you
# handle minors' data (optional)" follows as a paragraph of its own, printed
# as written.
children-age-limit = Our online services are meant for people aged { $age } or older.

## Section "Cookies". Until "Does your website set cookies or similar
## technologies (local storage, pixels)?" (step "Cookies") is answered, it
## holds only a placeholder (question-cookies). Shown when at least one cookie
## is added, or when "Is your cookie policy published elsewhere? Its web
## address (optional)" is filled in; left out when the answer is "No, none".
privacy-cookies-title = Cookies
# $document is a link to the cookie policy, named by its title's .inline.
# The link goes to the cookie policy policywright writes, or to the web
# address where the cookie policy is published elsewhere.
privacy-cookies = { $cookie-use ->
    [similar] Our website uses cookies and similar technologies. Which ones, what for, and whether and how you can refuse them is explained in our { $document }.
    [cookies] Our website uses cookies. Which ones, what for, and whether and how you can refuse them is explained in our { $document }.
   *[other] Which cookies our website uses, what for, and whether and how you can refuse them is explained in our { $document }.
}

## Section "Changes to this statement", the last of the privacy statement.
## Always shown: privacy-changes, the ways changes are announced,
## privacy-changes-effective.
privacy-changes-title = Changes to this statement
privacy-changes = We may change this statement when our processing or the law changes.
# Shown when at least one way is ticked under "Announcing changes to these
# documents" (step "Contact and complaints"), followed by the ways ticked;
# until then a placeholder stands instead (question-change-notice). Used the
# same way in the section "Changes to this policy" of the cookie policy, so it
# must suit both documents.
privacy-changes-channels = This is how we announce changes:
# In that list when this way is ticked; this message is also the checkbox's
# label in the wizard.
changes-website = We publish the new version on our website, with the date it takes effect.
# In that list when this way is ticked; this message is also the checkbox's
# label in the wizard.
changes-email = If we have your e-mail address, we will tell you about important changes.
# $has-version is "yes" when the version has a number or name, "no" when it is blank.
# Always the last paragraph of the statement, and of the cookie policy.
# $version and $date are "Version" and "In effect from" (step "Check and
# export").
privacy-changes-effective = { $has-version ->
    [yes] This version ({ $version }) takes effect on { $date }.
   *[no] This version takes effect on { $date }.
}
