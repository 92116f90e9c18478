## The privacy statement. Arguments every message may use:
##   $org       the organisation's name
##   $email     where to send privacy questions
##   $date      the date the statement takes effect
##   $version   the version label
##   $country   the controller's country
##   $website   the first website; $website-count how many there are
##   $consent-age  the age of digital consent in the controller's country,
##                 or "none" when it is not known

privacy-title = Privacy statement
    .inline = privacy statement

privacy-introduction-title = About this statement
privacy-introduction = This statement explains how { $org } handles your personal data: which data we collect, why, on what legal basis, who receives it, how long we keep it, and what rights you have.
# $country-code is the controller's country as a code ("BE", "NL").
privacy-introduction-terms = { $country-code ->
    [BE] With this statement we inform you about the use of your personal data (Art. 13 and 14 of the General Data Protection Regulation, GDPR, Regulation (EU) 2016/679). Besides the GDPR, the Belgian law of 30 July 2018 on the protection of natural persons with regard to the processing of personal data applies to us. Where this statement says "we" or "us", it means { $org }.
    [NL] With this statement we inform you about the use of your personal data (Art. 13 and 14 of the General Data Protection Regulation, GDPR, Regulation (EU) 2016/679). Besides the GDPR, the Dutch GDPR Implementation Act (UAVG) applies to us. Where this statement says "we" or "us", it means { $org }.
   *[other] With this statement we inform you about the use of your personal data (Art. 13 and 14 of the General Data Protection Regulation, GDPR, Regulation (EU) 2016/679). Where this statement says "we" or "us", it means { $org }.
}

privacy-controller-title = Who is responsible for your data
privacy-controller = { $org } is the controller of your personal data: we decide why and how it is processed. You can reach us as follows.

privacy-representative-title = Our representative in the European Union
privacy-representative = Because we are established outside the European Union, we have appointed a representative in the Union (Art. 27 GDPR). You can contact them about any question regarding your data.
privacy-processor-title = When we process data for our clients
privacy-processor = For some of our work we process personal data on behalf of our clients, as their processor (Art. 28 GDPR). For that data, our client is the controller, and this statement does not apply to it: the client's own privacy statement does.

privacy-dpo-title = Data protection officer
privacy-dpo = We have appointed a data protection officer, who oversees how we handle personal data. You can contact our data protection officer directly about any question concerning your data or your rights.
privacy-dpo-none = We have not appointed a data protection officer.
privacy-contact = For questions about your personal data, you can contact:

privacy-data-title = Which personal data we process
privacy-data = Depending on your relationship with us, we process the following kinds of personal data.
privacy-profiles = Per group of people, what we receive and how:
# $data lists kinds of data.
profile-data = { $data }.
# $channels lists the ways data comes in.
profile-channels = Received through: { $channels }.

privacy-special-data-title = Sensitive data
privacy-special-data = Some data deserves extra protection under the law (Art. 9 GDPR). We process the following sensitive data only where the law allows it, for the reason given.

privacy-criminal-data-title = Data on criminal convictions
privacy-criminal-data = We process data on criminal convictions and offences only where a law allows it (Art. 10 GDPR).

privacy-sources-title = Data we do not receive from you
privacy-sources = Some of your data does not come from you directly. We receive it from the following sources.

privacy-cameras-title = Camera surveillance
# $purpose is the owner's own words.
cameras-purpose = We use surveillance cameras at our premises. Purpose of the camera surveillance: { $purpose }.
cameras-basis = Legal basis of the camera surveillance: { $basis }.
# The legitimate interest as the basis of camera surveillance: the organisation's own, named in the purpose above.
cameras-basis-legitimate-interests = our legitimate interest in that purpose (Art. 6(1)(f) GDPR)
cameras-pictogram = Signs with the legal pictogram show where cameras are in use.
cameras-police = We may give images to the police or the courts if they can help prove an offence, damage or nuisance, or identify an offender.
cameras-retention = We keep the images for at most { $days ->
    [one] 1 day
   *[other] { $days } days
}, unless they are needed as evidence of an offence, damage or nuisance, or to identify an offender, a witness or a victim.
cameras-law-be = The Belgian Act of 21 March 2007 regulating the installation and use of surveillance cameras applies to this surveillance.
# $address is a link to the privacy e-mail address.
cameras-access = You can ask for the images in which you appear by writing to { $address }. Please give the date, time and place as precisely as you can, so that we can find them.
source-public = This is a publicly accessible source.
source-not-public = This source is not publicly accessible.

privacy-purposes-title = Why we process your data, on what basis, and for how long
privacy-purposes = We process your data only for the purposes below. For each purpose we name the data we use, the legal basis that allows it, and how long we keep the data.
privacy-purposes-and-cameras = We process your data only for the purposes below and for the camera surveillance described above. For each purpose we name the data we use, the legal basis that allows it, and how long we keep the data.
# $audiences lists whom the purpose concerns, e.g. "customers, job applicants".
purpose-concerns = Concerns: { $audiences }

privacy-legitimate-interests-title = Our legitimate interests
privacy-legitimate-interests = Where we rely on our legitimate interests (Art. 6(1)(f) GDPR), these are the interests we pursue.

privacy-obligation-title = Must you provide your data?
privacy-obligation = For the following purposes we say whether you must provide your data, and what happens if you do not.

privacy-recipients-title = Who receives your data
privacy-recipients = We share your data with the following recipients.
privacy-recipients-processors = Processors process your data on our behalf and on our instructions (Art. 28 GDPR); they may not use it for their own purposes.
joint-arrangements = With some recipients we decide together why and how data is processed: we are joint controllers (Art. 26 GDPR). The essence of each arrangement is as follows.
joint-contact = You can contact { $recipient } at:
joint-rights = You can exercise your rights with us and with each of them.
privacy-recipients-authorities = We may also have to pass on data to public authorities, such as the police, the courts or the tax authorities, when the law obliges us to.
privacy-recipients-none = We do not share your personal data with others, unless the law obliges us to.

privacy-transfers-title = Transfers outside the European Economic Area
privacy-transfers = Some recipients process your data outside the European Economic Area (EEA). For each, we name the legal ground for the transfer.
privacy-transfers-copy = You can ask us for a copy of the safeguards that apply, or for where they are available, at { $email }.
privacy-transfers-none = We do not transfer your personal data outside the European Economic Area.

privacy-automated-title = Automated decisions and profiling
privacy-automated = For the following purposes, a decision about you is made by automated means, without a person being involved.
automated-profiling = This involves profiling: your personal data is used to evaluate certain aspects of you.
# $controller is the other company that takes the decision.
automated-taken-by = This decision is taken by { $controller }, not by us.
automated-review = You have the right to have a person of ours review the decision, to give your point of view and to contest it. Send your request to { $email }.
automated-review-other = To have a person review the decision, to give your point of view or to contest it, contact { $controller }.
automated-review-law = The law that allows this decision lays down how your rights and interests are protected.
privacy-profiling = We also use your data to evaluate certain aspects of you (profiling), without legal effects for you and without otherwise significantly affecting you:
profiling-objection = You can object to this profiling at any time (Art. 21 GDPR).
privacy-automated-none = We do not take decisions about you based solely on automated processing, including profiling, that have legal effects for you or similarly significantly affect you (Art. 22 GDPR).

privacy-rights-title = Your rights
privacy-rights = You have the following rights regarding your personal data.
right-access = Right of access
    .explanation = you can ask whether we process your data and receive a copy of it, with information about how we use it (Art. 15 GDPR).
right-rectification = Right to rectification
    .explanation = you can have incorrect data corrected and incomplete data completed (Art. 16 GDPR).
right-erasure = Right to erasure
    .explanation = you can ask us to delete your data, for example when we no longer need it or you withdraw your consent, unless we must keep it by law (Art. 17 GDPR).
right-restriction = Right to restriction of processing
    .explanation = you can ask us to use your data only in a limited way for a time, for example while we check whether it is correct (Art. 18 GDPR).
right-portability = Right to data portability
    .explanation = where we process data you gave us on the basis of your consent or a contract, and by automated means, you can receive it in a structured, commonly used and machine-readable format, or, where technically feasible, have it sent directly to another organisation (Art. 20 GDPR).
# $address is a link to the e-mail address for privacy requests.
rights-how = To exercise a right, or for any question about your data, write to { $address }. Please tell us which right you wish to exercise.
request-ways = You can also make your request:
# $address is the organisation's postal address.
request-by-post = by post, to { $address };
# $form is a link to the web form.
request-web-form = with the form at { $form };
request-by-phone = by phone on { $phone };
request-in-person = in person, at our premises.
# $proof is what the organisation asks, in its own words.
request-identity = To make sure that we give your data to nobody else, we ask for the following proof of your identity: { $proof }.
# $days is the number of days the organisation promises, at most a month.
request-response-days = We aim to answer within { $days } days.
## Belgian sector rules that change how rights work; each is said only
## when the owner ticks it.
sector-aml = For data we keep under the Belgian law of 18 September 2017 on the prevention of money laundering and terrorist financing, you exercise your right of access through the Data Protection Authority, not with us (art. 65 of that law). The law also forbids us to tell you whether we have reported a suspicion.
sector-patient-rights = As a patient you also have the rights of the Belgian law of 22 August 2002 on patients' rights: you can consult your patient record within 15 days of your request, receive a copy of it, and be assisted by a person of trust of your choice, who can also consult it on your behalf.
sector-professional-secrecy = We are bound by professional secrecy under Belgian criminal law: we share what you confide in us only where the law allows or obliges us to.
privacy-rights-terms = We answer without undue delay, and in any event within one month of receiving your request. For complex or numerous requests we may extend this by two further months; we will tell you so within the first month. Exercising your rights is free of charge, unless a request is manifestly unfounded or excessive. If we have reasonable doubts about your identity, we may ask you for additional information to confirm it.

privacy-objection-title = Your right to object
privacy-objection = You have the right to object to some uses of your personal data (Art. 21 GDPR). Because this right matters, we set it out here separately.
# $purposes names the purposes resting on legitimate interests or a public task.
# $basis says which bases occur: interests, public or both.
privacy-objection-interests = { $basis ->
    [public] These purposes rest on a task in the public interest: { $purposes }.
    [both] These purposes rest on legitimate interests or on a task in the public interest: { $purposes }.
   *[interests] These purposes rest on legitimate interests: { $purposes }.
} You can object to them at any time on grounds relating to your particular situation. We then stop, unless we demonstrate compelling legitimate grounds that override your interests, rights and freedoms, or need the data to establish, exercise or defend legal claims.
# $purposes names the purposes that are direct marketing.
privacy-objection-marketing = These purposes are direct marketing: { $purposes }. You can object to them at any time, without giving a reason, by writing to { $email }; we then stop using your data for them.

privacy-withdrawal-title = Withdrawing your consent
privacy-withdrawal = Where we process your data on the basis of your consent, you can withdraw that consent at any time, for example by writing to { $email }. Withdrawing does not affect the lawfulness of what we did with your consent before you withdrew it.

# $via is the owner's own words, such as "via the cookie icon at the bottom left of every page".
privacy-cookie-withdraw-via = You can change or withdraw your consent to cookies at any time { $via }.
privacy-complaint-title = Complaints
privacy-complaint = If you are not satisfied with how we handle your data, please tell us first, so we can try to resolve it. You also have the right to lodge a complaint with the supervisory authority.
complaint-contact = Complaints about how we handle your data go to:
complaint-authority-unknown = You can lodge a complaint with the data protection supervisory authority of the country where we are established ({ $country }).
privacy-complaint-elsewhere = You may also complain to the supervisory authority of the EU member state where you live, where you work, or where you believe the infringement took place.
privacy-complaint-court = You can also go to court if you believe that your rights under the GDPR have been infringed (Art. 79 GDPR).

privacy-security-title = How we protect your data
privacy-security = We protect your personal data with the following measures.

privacy-children-title = Children
# The section is shown only once answered. $consent-age as in the header.
children-offered = { $consent-age ->
    [none] We offer online services directly to children. Where such a service relies on consent, the consent of a child below the age of digital consent in their country must be given or authorised by a parent or guardian (Art. 8 GDPR).
   *[other] We offer online services directly to children. Where such a service relies on consent, the consent of a child younger than { $consent-age } must be given or authorised by a parent or guardian (Art. 8 GDPR).
}
children-not-offered = We do not offer online services directly to children.
# $age is the organisation's own minimum age.
children-age-limit = Our online services are meant for people aged { $age } or older.

privacy-cookies-title = Cookies
# $document is a link to the cookie policy, named by its title's .inline.
privacy-cookies = Our website uses cookies and similar technologies. Which ones, why, and how you can refuse them is explained in our { $document }.

privacy-changes-title = Changes to this statement
privacy-changes = We may change this statement when our processing or the law changes.
privacy-changes-channels = We announce changes as follows:
changes-website = We publish the new version on our website, with the date it takes effect.
changes-email = Where we have your e-mail address, we let you know of important changes.
# $has-version is "yes" when the version has a number or name, "no" when it is blank.
privacy-changes-effective = { $has-version ->
    [yes] This version ({ $version }) takes effect on { $date }.
   *[no] This version takes effect on { $date }.
}
