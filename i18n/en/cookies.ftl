## The cookie policy. The same arguments as in privacy.ftl are available.

cookies-title = Cookie policy
    .inline = cookie policy

cookies-introduction-title = About this policy
cookies-introduction = { $website-count ->
    [0] This policy explains whether and which cookies and similar technologies { $org } uses, and why.
    [one] This policy explains whether and which cookies and similar technologies { $org } uses on { $website }, and why.
   *[other] This policy explains whether and which cookies and similar technologies { $org } uses on { $website } and its other websites, and why.
}

cookies-what-title = What cookies are
cookies-what = A cookie is a small text file that a website stores in your browser when you visit it. On your next visit, the website or a third party can read it again, for example to remember your choices or to recognise your device.
cookies-what-similar = Other technologies work in a similar way and are covered by this policy too: local storage and session storage in your browser, tracking pixels (tiny images that report that a page or e-mail was opened), and software components from other companies embedded in our website.
cookies-what-personal-data = Cookies can contain personal data, such as a unique identifier of your device. Where they do, our privacy statement applies as well.

cookies-categories-title = The kinds of cookies we use
# Dutch law (art. 11.7a(3)(b) Telecommunicatiewet) also exempts analytics
# cookies with little or no effect on privacy.
cookies-categories = { $country-code ->
    [NL] We use the following kinds of cookies. The law allows strictly necessary cookies, and analytics cookies that have little or no effect on your privacy, to be placed without your consent.
   *[other] We use the following kinds of cookies. Only strictly necessary cookies may be placed without your consent.
}
# After a kind of cookie: the purposes it serves, by their names.
cookies-category-purposes = They are set for: { $purposes }.
# Only said when a consent banner is answered.
cookies-categories-consent = For all other kinds, we ask your consent first.
cookies-none = Our website does not use cookies or similar technologies.

cookies-list-title = The cookies we use
cookies-list = Below you find each cookie, who places it, what it is for and how long it stays in your browser.

cookies-third-parties-title = Cookies from third parties
cookies-third-parties = Some cookies are placed and read by other companies. They can see that you visited our website and may combine this with other information they hold. Where we decide together with such a company why and how data is collected through our website, we are jointly responsible with it for that collection; what the company does with the data afterwards is governed by its own privacy policy.

cookies-consent-title = Your consent
consent-banner = On your first visit, a banner asks whether you accept cookies that are not strictly necessary.
# $exempt is "yes" when a Dutch organisation's low-impact analytics need no consent.
consent-waits-for-choice = { $exempt ->
    [yes] Until you choose, we place only strictly necessary cookies and the analytics cookies that need no consent.
   *[no] Until you choose, we place only strictly necessary cookies.
}
consent-per-category = You can choose per category which cookies you accept.
consent-refuse-equal = Refusing is as easy as accepting.
consent-no-wall = You can use the website whether or not you accept.
# $months is how long the choice is kept before the banner asks again.
consent-choice-kept = We keep your choice for { $months ->
    [one] 1 month
   *[other] { $months } months
}, then ask you again.
consent-tool = We record your choice with { $tool }.
# $via says where the cookie settings can be found, in the user's words.
consent-withdraw-via = You can change or withdraw your consent at any time { $via }.
cookies-consent-withdraw = You can withdraw your consent at any time by writing to { $email }, or by deleting the cookies in your browser as explained below.
cookies-consent-only-necessary = We use only strictly necessary cookies. They do not need your consent, so we do not ask for it.

cookies-browser-title = Blocking and deleting cookies in your browser
cookies-browser = You can also refuse or delete cookies in your browser's settings. The help pages of the common browsers explain how.
cookies-browser-effect = If you block all cookies, some parts of the website may no longer work as intended.

cookies-contact-title = Questions
# $address is a link to the e-mail address for privacy questions.
cookies-contact = If you have a question about cookies or about your data, write to { $address }.
# $document is a link to the privacy statement, named by its title's .inline.
cookies-privacy-link = How we handle your personal data in general is explained in our { $document }.
cookies-changes-title = Changes to this policy
cookies-changes = We may change this policy when the cookies we use change.
