## The cookie policy. The same arguments as in privacy.ftl are available.

cookies-title = Cookie-Richtlinie
    .inline = Cookie-Richtlinie

cookies-introduction-title = Über diese Richtlinie
cookies-introduction = { $website-count ->
    [0] In dieser Richtlinie erfahren Sie, ob und welche Cookies und ähnlichen Technologien { $org } verwendet und wozu.
    [one] In dieser Richtlinie erfahren Sie, ob und welche Cookies und ähnlichen Technologien { $org } auf { $website } verwendet und wozu.
   *[other] In dieser Richtlinie erfahren Sie, ob und welche Cookies und ähnlichen Technologien auf { $website } und den weiteren Websites von { $org } verwendet werden und wozu.
}

cookies-what-title = Was Cookies sind
cookies-what = Ein Cookie ist eine kleine Textdatei, die eine Website bei Ihrem Besuch in Ihrem Browser speichert. Bei Ihrem nächsten Besuch können die Website oder ein Dritter sie wieder auslesen, etwa um sich Ihre Einstellungen zu merken oder Ihr Gerät wiederzuerkennen.
cookies-what-similar = Andere Technologien funktionieren ähnlich und fallen ebenfalls unter diese Richtlinie: der lokale Speicher und der Sitzungsspeicher Ihres Browsers (Local Storage und Session Storage), Zählpixel (winzige Bilder, die melden, dass eine Seite oder E-Mail geöffnet wurde) sowie Softwarebausteine anderer Unternehmen, die in unsere Website eingebunden sind.
cookies-what-personal-data = Cookies können personenbezogene Daten enthalten, etwa eine eindeutige Kennung Ihres Geräts. In diesem Fall gilt zusätzlich unsere Datenschutzerklärung.

cookies-categories-title = Welche Arten von Cookies wir verwenden
# Dutch law (art. 11.7a(3)(b) Telecommunicatiewet) also exempts analytics
# cookies with little or no effect on privacy.
cookies-categories = { $country-code ->
    [NL] Wir verwenden die folgenden Arten von Cookies. Nach dem Gesetz dürfen unbedingt erforderliche Cookies sowie Analyse-Cookies, die sich kaum oder gar nicht auf Ihre Privatsphäre auswirken, ohne Ihre Einwilligung gesetzt werden.
   *[other] Wir verwenden die folgenden Arten von Cookies. Nur unbedingt erforderliche Cookies dürfen ohne Ihre Einwilligung gesetzt werden.
}
# After a kind of cookie: the purposes it serves, by their names.
cookies-category-purposes = Sie dienen folgenden Zwecken: { $purposes }.
# Only said when a consent banner is answered.
cookies-categories-consent = Für alle anderen Arten bitten wir Sie vorher um Ihre Einwilligung.
cookies-none = Unsere Website verwendet keine Cookies oder ähnlichen Technologien.

cookies-list-title = Unsere Cookies im Überblick
cookies-list = Nachstehend finden Sie zu jedem Cookie, wer es setzt, wozu es dient und wie lange es in Ihrem Browser gespeichert bleibt.

cookies-third-parties-title = Cookies von Drittanbietern
cookies-third-parties = Einige Cookies werden von anderen Unternehmen gesetzt und ausgelesen. Diese Unternehmen können erkennen, dass Sie unsere Website besucht haben, und diese Information mit anderen Daten verknüpfen, über die sie verfügen. Soweit wir gemeinsam mit einem solchen Unternehmen festlegen, wozu und wie über unsere Website Daten erhoben werden, sind wir mit ihm gemeinsam für diese Erhebung verantwortlich; was das Unternehmen danach mit den Daten tut, richtet sich nach dessen eigener Datenschutzerklärung.

cookies-consent-title = Ihre Einwilligung
consent-banner = Bei Ihrem ersten Besuch fragen wir Sie in einem Cookie-Banner, ob Sie Cookies akzeptieren, die nicht unbedingt erforderlich sind.
# $exempt is "yes" when a Dutch organisation's low-impact analytics need no consent.
consent-waits-for-choice = { $exempt ->
    [yes] Solange Sie keine Wahl getroffen haben, setzen wir nur unbedingt erforderliche Cookies und die Analyse-Cookies, für die keine Einwilligung nötig ist.
   *[no] Solange Sie keine Wahl getroffen haben, setzen wir nur unbedingt erforderliche Cookies.
}
consent-per-category = Sie können für jede Kategorie selbst wählen, welche Cookies Sie akzeptieren.
consent-refuse-equal = Ablehnen ist genauso einfach wie Akzeptieren.
consent-no-wall = Sie können die Website nutzen, ob Sie akzeptieren oder nicht.
# $months is how long the choice is kept before the banner asks again.
consent-choice-kept = Wir speichern Ihre Wahl { $months ->
    [one] einen Monat
   *[other] { $months } Monate
} lang und fragen Sie danach erneut.
consent-tool = Wir erfassen Ihre Wahl mit { $tool }.
# $via says where the cookie settings can be found, in the user's words.
# Hinweis: $via steht nach dem Doppelpunkt am Satzende, z. B. „über den Link ‚Cookie-Einstellungen‘ unten auf jeder Seite“.
consent-withdraw-via = Ihre Einwilligung können Sie jederzeit ändern oder widerrufen: { $via }.
cookies-consent-withdraw = Sie können Ihre Einwilligung jederzeit widerrufen, indem Sie an { $email } schreiben oder die Cookies in Ihrem Browser löschen, wie unten beschrieben.
cookies-consent-only-necessary = Wir verwenden nur unbedingt erforderliche Cookies. Dafür ist Ihre Einwilligung nicht nötig, deshalb bitten wir Sie auch nicht darum.

cookies-browser-title = Cookies im Browser blockieren und löschen
cookies-browser = Sie können Cookies auch über die Einstellungen Ihres Browsers ablehnen oder löschen. Wie das geht, erklären die Hilfeseiten der gängigen Browser.
cookies-browser-effect = Wenn Sie alle Cookies blockieren, funktionieren manche Teile der Website möglicherweise nicht mehr wie vorgesehen.

cookies-contact-title = Fragen
# $address is a link to the e-mail address for privacy questions.
cookies-contact = Wenn Sie Fragen zu Cookies oder zu Ihren Daten haben, schreiben Sie an { $address }.
# $document is a link to the privacy statement, named by its title's .inline.
# Hinweis: .inline ist „Datenschutzerklärung“ (ohne Artikel); „unserer“ steht hier davor.
cookies-privacy-link = Wie wir allgemein mit Ihren personenbezogenen Daten umgehen, erfahren Sie in unserer { $document }.
cookies-changes-title = Änderungen dieser Richtlinie
cookies-changes = Wir können diese Richtlinie ändern, wenn sich die von uns verwendeten Cookies ändern.
