## The cookie policy. Arguments every message may use, as in privacy.ftl:
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

# Title of the cookie policy. Always shown. No cookie policy is written at all
# when "Is your cookie policy published elsewhere? Its web address (optional)"
# (step "Cookies") is filled in.
# At the top of the policy (and as the page title of the HTML export), and as
# $title in the foot of every PDF page (document-footer in common.ftl).
# .inline is the title inside a sentence: the privacy statement links to the
# policy with it (privacy-cookies).
cookies-title = Cookie policy
    .inline = cookie policy

## Section "About this policy", the first of the cookie policy. Always shown.
cookies-introduction-title = About this policy
# The variant follows how many "Websites" are filled in (step "Your
# organisation"): [0] none, [one] one, [other] more; $website is the first.
cookies-introduction = { $cookie-use ->
    [cookies] { $website-count ->
        [0] This policy explains which cookies { $org } uses, and why.
        [one] This policy explains which cookies { $org } uses on { $website }, and why.
       *[other] This policy explains which cookies { $org } uses on { $website } and its other websites, and why.
    }
    [similar] { $website-count ->
        [0] This policy explains which cookies and similar technologies { $org } uses, and why.
        [one] This policy explains which cookies and similar technologies { $org } uses on { $website }, and why.
       *[other] This policy explains which cookies and similar technologies { $org } uses on { $website } and its other websites, and why.
    }
   *[other] { $website-count ->
        [0] This policy explains whether and which cookies and similar technologies { $org } uses, and why.
        [one] This policy explains whether and which cookies and similar technologies { $org } uses on { $website }, and why.
       *[other] This policy explains whether and which cookies and similar technologies { $org } uses on { $website } and its other websites, and why.
    }
}

## Section "What cookies are". Always shown, with all three paragraphs.
cookies-what-title = What cookies are
cookies-what = A cookie is a small text file that a website stores in your browser when you visit it. On your next visit, the website or a third party can read it again, for example to remember your choices or to recognise your device.
cookies-what-similar = This policy also covers technologies that work in a similar way, such as local storage and session storage in your browser, tracking pixels (small, invisible images that report that a page or e-mail has been opened) and software components from other companies when they are embedded in a website.
cookies-what-personal-data = Cookies can contain personal data, such as a unique identifier of your device. Where they do, our privacy statement applies as well.

## Section "Kinds of cookies". Always shown. Until "Does your
## website set cookies or similar technologies (local storage, pixels)?" (step
## "Cookies") is answered, it holds only a placeholder (question-cookies).
cookies-categories-title = Kinds of cookies
# Dutch law (art. 11.7a(3)(b) Telecommunicatiewet) also exempts analytics
# cookies with little or no effect on privacy.
# Shown when at least one cookie is added. [NL] when "Country" (step "Your
# organisation") is the Netherlands, whether or not the analytics exemption is
# ticked. A list follows with one line per kind of cookie in use (category-*
# in common.ftl).
cookies-categories = { $country-code ->
    [NL] We use the following kinds of cookies. The law allows strictly necessary cookies, and analytics cookies that have little or no effect on your privacy, to be placed without your consent.
   *[other] We use the following kinds of cookies. Only strictly necessary cookies may be placed without your consent.
}
# After a kind of cookie: the purposes it serves, by their names.
# Added to a kind's line when a purpose ticks that kind under "Which cookies
# does your website set for this purpose?" (step "Purposes").
cookies-category-purposes = { $count ->
    [one] They are set for this purpose: { $purposes }.
   *[other] They are set for these purposes: { $purposes }.
}
# Only said when a consent banner is answered.
# That is, when "How are visitors asked for consent?" (step "Cookies") is
# answered "A banner, before the cookies are set". It stands between
# cookies-categories and the list.
cookies-categories-consent = For all other kinds, we ask your consent first.
# Shown instead, as the whole section, when the answer is "No, none".
cookies-none = Our website does not use cookies or similar technologies.

## Section "The cookies we use". Shown only when at least one cookie is added
## (step "Cookies"). cookies-list is followed, per kind of cookie in use, by
## the kind's name as a subheading and a table of its cookies (column-*,
## party-*, storage-* and duration-* in common.ftl).
cookies-list-title = The cookies we use
cookies-list = Below you will find, for each cookie, its provider, what it is for and how long it stays in your browser.

## Section "Cookies from third parties". Shown only when a cookie has "another
## company (third party)" ticked (step "Cookies"). cookies-third-parties is
## followed by the list of those companies (their "Set by"), each linked to
## its privacy policy when a recipient of that name gives one.
cookies-third-parties-title = Cookies from third parties
cookies-third-parties = Some cookies are placed and read by other companies. They can see that you visited our website and may combine this with other information they hold. Where we decide together with such a company why and how data is collected through our website, we are jointly responsible with it for that collection; what the company does with the data afterwards is its own responsibility (see its privacy policy).

## Section "Your consent". Shown when a cookie needs consent: any kind but
## strictly necessary (and, for a Dutch organisation that ticked the analytics
## exemption, not its analytics cookies either). Until "How are visitors asked
## for consent?" (step "Cookies") is answered, it holds only a placeholder
## (question-cookie-consent). The sentences below are said only when the
## answer is "A banner, before the cookies are set"; with another answer the
## section is left out. When cookies are added but none needs consent, the
## section holds only cookies-consent-only-necessary.
cookies-consent-title = Your consent
# Shown first when the answer is the banner. consent-banner and those of the
# following sentences that apply are joined into one paragraph.
consent-banner = On your first visit, a banner asks whether you accept cookies that are not strictly necessary.
# $exempt is "yes" when a Dutch organisation's low-impact analytics need no consent.
# Shown when "Until visitors choose, the website sets only strictly necessary
# cookies (the others wait for consent)" is ticked; [yes] when the "Country"
# is the Netherlands and "Our analytics cookies have little or no effect on
# privacy and are set without consent" is ticked too.
consent-waits-for-choice = { $exempt ->
    [yes] Until you choose, we place only strictly necessary cookies and the analytics cookies that need no consent.
   *[no] Until you choose, we place only strictly necessary cookies.
}
# Shown when "Visitors can choose per kind of cookie" is ticked.
consent-per-category = You can choose per category which cookies you accept.
# Shown when "Refusing is as easy as accepting (a refuse button beside the
# accept button)" is ticked.
consent-refuse-equal = Refusing is as easy as accepting.
# Shown when "Visitors who refuse can still use the website" is ticked.
consent-no-wall = You can use the website whether or not you accept.
# $months is how long the choice is kept before the banner asks again.
# Shown when "How many months a choice is kept (optional)" is filled in with
# more than 0.
consent-choice-kept = We keep your choice for { $months ->
    [one] 1 month
   *[other] { $months } months
}, then ask you again.
# Shown when "Consent tool (optional)" is filled in; $tool is that answer.
consent-tool = We record your choice with { $tool }.
# $via says where the cookie settings can be found, in the user's words.
# Shown as a paragraph of its own, after the banner's sentences, when "Where
# can visitors change their choice?" is filled in.
consent-withdraw-via = You can change or withdraw your consent at any time { $via }.
# Shown instead of consent-withdraw-via when that question is left empty (with
# the banner only).
cookies-consent-withdraw = You can withdraw your consent at any time by writing to { $email }, or by deleting the cookies in your browser as explained below.
# Shown instead, as the whole section, when cookies are added but none needs
# consent.
cookies-consent-only-necessary = None of the cookies our website uses needs your consent, so we do not ask for it.

## Section "Blocking and deleting cookies in your browser". Shown only when at
## least one cookie is added. cookies-browser is followed by links to the help
## pages of Google Chrome, Mozilla Firefox, Apple Safari and Microsoft Edge,
## then cookies-browser-effect.
cookies-browser-title = Blocking and deleting cookies in your browser
cookies-browser = You can also refuse or delete cookies in your browser’s settings. The help pages of the common browsers explain how.
cookies-browser-effect = If you block all cookies, some parts of the website may no longer work as intended.

## Section "Questions". Always shown, with both paragraphs.
cookies-contact-title = Questions
# $address is a link to the e-mail address for privacy questions.
cookies-contact = If you have a question about cookies or about your data, write to { $address }.
# $document is a link to the privacy statement, named by its title's .inline.
cookies-privacy-link = How we handle your personal data in general is explained in our { $document }.
## Section "Changes to this policy", the last of the cookie policy. Always
## shown: cookies-changes, then privacy-changes-channels with the ways changes
## are announced (or a placeholder, question-change-notice), then
## privacy-changes-effective; those two come from privacy.ftl.
cookies-changes-title = Changes to this policy
# Always shown, as the first paragraph of the section.
cookies-changes = We may change this policy when our use of cookies changes.
