## Die Cookie-Richtlinie. Argumente, die jede Meldung verwenden kann, wie in privacy.ftl:
##   $org       der Name der Organisation
##   $email     wohin Datenschutzfragen gehen
##   $date      das Datum, ab dem das Dokument gilt
##   $version   die Versionsangabe
##   $country   das Land des Verantwortlichen
##   $website   die erste Website; $website-count wie viele es sind
##   $consent-age  das Alter der digitalen Einwilligung im Land des
##                 Verantwortlichen, oder "none", wenn es nicht bekannt ist
##   $has-version  "yes", wenn es eine Versionsangabe gibt, sonst "no"
##   $country-code das Land des Verantwortlichen als Code ("BE", "NL") oder leer
##   $cookie-use   was die Website speichert, laut den Antworten: "cookies", "similar" (auch lokaler Speicher oder Pixel), "none" oder "unknown", solange unbeantwortet

# Titel der Cookie-Richtlinie. Immer angezeigt. Es wird gar keine
# Cookie-Richtlinie geschrieben, wenn „Ist Ihre Cookie-Richtlinie an anderer
# Stelle veröffentlicht? Ihre Webadresse (optional)“ (Schritt „Cookies“)
# ausgefüllt ist.
# Oben in der Richtlinie (und als Seitentitel des HTML-Exports) sowie als
# $title in der Fußzeile jeder PDF-Seite (document-footer in common.ftl).
# .inline ist der Titel mitten im Satz: Die Datenschutzerklärung verweist
# damit auf die Richtlinie (privacy-cookies).
cookies-title = Cookie-Richtlinie
    .inline = Cookie-Richtlinie

## Abschnitt „Über diese Richtlinie“, der erste der Cookie-Richtlinie. Immer
## angezeigt.
cookies-introduction-title = Über diese Richtlinie
# Die Variante folgt der Zahl der ausgefüllten „Websites“ (Schritt „Ihre
# Organisation“): [0] keine, [one] eine, [other] mehrere; $website ist die
# erste.
cookies-introduction = { $cookie-use ->
    [cookies] { $website-count ->
        [0] In dieser Richtlinie erfahren Sie, welche Cookies { $org } verwendet und wozu.
        [one] In dieser Richtlinie erfahren Sie, welche Cookies { $org } auf { $website } verwendet und wozu.
       *[other] In dieser Richtlinie erfahren Sie, welche Cookies auf { $website } und den weiteren Websites von { $org } verwendet werden und wozu.
    }
    [similar] { $website-count ->
        [0] In dieser Richtlinie erfahren Sie, welche Cookies und ähnlichen Technologien { $org } verwendet und wozu.
        [one] In dieser Richtlinie erfahren Sie, welche Cookies und ähnlichen Technologien { $org } auf { $website } verwendet und wozu.
       *[other] In dieser Richtlinie erfahren Sie, welche Cookies und ähnlichen Technologien auf { $website } und den weiteren Websites von { $org } verwendet werden und wozu.
    }
   *[other] { $website-count ->
        [0] In dieser Richtlinie erfahren Sie, ob und welche Cookies und ähnlichen Technologien { $org } verwendet und wozu.
        [one] In dieser Richtlinie erfahren Sie, ob und welche Cookies und ähnlichen Technologien { $org } auf { $website } verwendet und wozu.
       *[other] In dieser Richtlinie erfahren Sie, ob und welche Cookies und ähnlichen Technologien auf { $website } und den weiteren Websites von { $org } verwendet werden und wozu.
    }
}

## Abschnitt „Was Cookies sind“. Immer angezeigt, mit allen drei Absätzen.
cookies-what-title = Was Cookies sind
cookies-what = Ein Cookie ist eine kleine Textdatei, die eine Website bei Ihrem Besuch in Ihrem Browser speichert. Bei Ihrem nächsten Besuch können die Website oder ein Dritter sie wieder auslesen, etwa um sich Ihre Einstellungen zu merken oder Ihr Gerät wiederzuerkennen.
cookies-what-similar = Diese Richtlinie gilt auch für Technologien, die ähnlich funktionieren, etwa den lokalen Speicher und den Sitzungsspeicher Ihres Browsers (Local Storage und Session Storage), Zählpixel (kleine, unsichtbare Bilder, die melden, dass eine Seite oder E-Mail geöffnet wurde) sowie Softwarebausteine anderer Unternehmen, wenn sie in eine Website eingebunden sind.
cookies-what-personal-data = Cookies können personenbezogene Daten enthalten, etwa eine eindeutige Kennung Ihres Geräts. In diesem Fall gilt zusätzlich unsere Datenschutzerklärung.

## Abschnitt „Arten von Cookies“. Immer angezeigt.
## Solange „Setzt Ihre Website Cookies oder ähnliche Technologien (Local
## Storage, Pixel)?“ (Schritt „Cookies“) nicht beantwortet ist, steht dort nur
## ein Platzhalter (question-cookies).
cookies-categories-title = Arten von Cookies
# Dutch law (art. 11.7a(3)(b) Telecommunicatiewet) also exempts analytics
# cookies with little or no effect on privacy.
# Angezeigt, wenn mindestens ein Cookie hinzugefügt ist. [NL], wenn „Land“
# (Schritt „Ihre Organisation“) die Niederlande ist, ob die Ausnahme für
# Analyse-Cookies angekreuzt ist oder nicht. Es folgt eine Liste mit einer
# Zeile je verwendeter Art von Cookies (category-* in common.ftl).
cookies-categories = { $country-code ->
    [NL] Wir verwenden die folgenden Arten von Cookies. Nach dem Gesetz dürfen unbedingt erforderliche Cookies sowie Analyse-Cookies, die sich kaum oder gar nicht auf Ihre Privatsphäre auswirken, ohne Ihre Einwilligung gesetzt werden.
   *[other] Wir verwenden die folgenden Arten von Cookies. Nur unbedingt erforderliche Cookies dürfen ohne Ihre Einwilligung gesetzt werden.
}
# After a kind of cookie: the purposes it serves, by their names.
# An die Zeile einer Art angefügt, wenn ein Zweck diese Art unter „Welche
# Cookies setzt Ihre Website für diesen Zweck?“ (Schritt „Zwecke“) ankreuzt.
cookies-category-purposes = { $count ->
    [one] Sie dienen folgendem Zweck: { $purposes }.
   *[other] Sie dienen folgenden Zwecken: { $purposes }.
}
# Only said when a consent banner is answered.
# Das heißt, wenn „Wie werden die Besucher um ihre Einwilligung gebeten?“
# (Schritt „Cookies“) mit „Mit einem Banner, bevor die Cookies gesetzt werden“
# beantwortet ist. Steht zwischen cookies-categories und der Liste.
cookies-categories-consent = Für alle anderen Arten bitten wir Sie vorher um Ihre Einwilligung.
# Stattdessen als ganzer Abschnitt angezeigt, wenn die Antwort „Nein, keine“
# ist.
cookies-none = Unsere Website verwendet keine Cookies oder ähnlichen Technologien.

## Abschnitt „Unsere Cookies im Überblick“. Nur angezeigt, wenn mindestens ein
## Cookie hinzugefügt ist (Schritt „Cookies“). Auf cookies-list folgen, je
## verwendeter Art von Cookies, der Name der Art als Zwischenüberschrift und
## eine Tabelle ihrer Cookies (column-*, party-*, storage-* und duration-* in
## common.ftl).
cookies-list-title = Unsere Cookies im Überblick
cookies-list = Nachstehend finden Sie zu jedem Cookie den Anbieter, den Zweck und die Dauer, für die es in Ihrem Browser gespeichert bleibt.

## Abschnitt „Cookies von Drittanbietern“. Nur angezeigt, wenn bei einem
## Cookie „ein anderes Unternehmen (Drittanbieter)“ angekreuzt ist (Schritt
## „Cookies“). Auf cookies-third-parties folgt die Liste dieser Unternehmen
## (ihr „Gesetzt von“), jedes mit seiner Datenschutzerklärung verlinkt, wenn
## ein Empfänger dieses Namens eine angibt.
cookies-third-parties-title = Cookies von Drittanbietern
cookies-third-parties = Einige Cookies werden von anderen Unternehmen gesetzt und ausgelesen. Diese Unternehmen können erkennen, dass Sie unsere Website besucht haben, und diese Information mit anderen Daten verknüpfen, über die sie verfügen. Soweit wir gemeinsam mit einem solchen Unternehmen festlegen, wozu und wie über unsere Website Daten erhoben werden, sind wir mit ihm gemeinsam für diese Erhebung verantwortlich; was das Unternehmen danach mit den Daten tut, liegt in dessen eigener Verantwortung (siehe dessen Datenschutzerklärung).

## Abschnitt „Ihre Einwilligung“. Angezeigt, wenn ein Cookie eine Einwilligung
## braucht: jede Art außer unbedingt erforderlichen (und bei einer
## niederländischen Organisation, die die Ausnahme für Analyse-Cookies
## angekreuzt hat, auch nicht deren Analyse-Cookies). Solange „Wie werden die
## Besucher um ihre Einwilligung gebeten?“ (Schritt „Cookies“) nicht
## beantwortet ist, steht dort nur ein Platzhalter (question-cookie-consent).
## Die Sätze unten werden nur bei der Antwort „Mit einem Banner, bevor die
## Cookies gesetzt werden“ gesagt; bei einer anderen Antwort entfällt der
## Abschnitt. Sind Cookies hinzugefügt, aber keiner braucht eine Einwilligung,
## enthält der Abschnitt nur cookies-consent-only-necessary.
cookies-consent-title = Ihre Einwilligung
# Als Erstes angezeigt, wenn die Antwort das Banner ist. consent-banner und
# die zutreffenden der folgenden Sätze werden zu einem Absatz verbunden.
consent-banner = Bei Ihrem ersten Besuch fragen wir Sie in einem Cookie-Banner, ob Sie Cookies akzeptieren, die nicht unbedingt erforderlich sind.
# $exempt is "yes" when a Dutch organisation's low-impact analytics need no consent.
# Angezeigt, wenn „Solange die Besucher nicht gewählt haben, setzt die Website
# nur unbedingt erforderliche Cookies (die übrigen warten auf die
# Einwilligung)“ angekreuzt ist; [yes], wenn das „Land“ die Niederlande ist
# und auch „Unsere Analyse-Cookies wirken sich kaum oder gar nicht auf die
# Privatsphäre aus und werden ohne Einwilligung gesetzt“ angekreuzt ist.
consent-waits-for-choice = { $exempt ->
    [yes] Solange Sie keine Wahl getroffen haben, setzen wir nur unbedingt erforderliche Cookies und die Analyse-Cookies, für die keine Einwilligung nötig ist.
   *[no] Solange Sie keine Wahl getroffen haben, setzen wir nur unbedingt erforderliche Cookies.
}
# Angezeigt, wenn „Besucher können für jede Art von Cookies einzeln wählen“
# angekreuzt ist.
consent-per-category = Sie können für jede Kategorie selbst wählen, welche Cookies Sie akzeptieren.
# Angezeigt, wenn „Ablehnen ist so einfach wie Annehmen (eine Schaltfläche zum
# Ablehnen neben der zum Annehmen)“ angekreuzt ist.
consent-refuse-equal = Ablehnen ist genauso einfach wie Akzeptieren.
# Angezeigt, wenn „Besucher, die ablehnen, können die Website trotzdem nutzen“
# angekreuzt ist.
consent-no-wall = Sie können die Website nutzen, unabhängig davon, ob Sie Cookies akzeptieren.
# $months is how long the choice is kept before the banner asks again.
# Angezeigt, wenn „Wie viele Monate eine Wahl gespeichert bleibt (optional)“
# mit mehr als 0 ausgefüllt ist.
consent-choice-kept = Wir speichern Ihre Wahl { $months ->
    [one] einen Monat
   *[other] { $months } Monate
} lang und fragen Sie danach erneut.
# Angezeigt, wenn „Einwilligungstool (optional)“ ausgefüllt ist; $tool ist
# diese Antwort.
consent-tool = Wir erfassen Ihre Wahl mit { $tool }.
# $via says where the cookie settings can be found, in the user's words.
# Hinweis: $via steht nach dem Doppelpunkt am Satzende, z. B. „über den Link ‚Cookie-Einstellungen‘ unten auf jeder Seite“.
# Als eigener Absatz nach den Sätzen zum Banner angezeigt, wenn „Wo können
# Besucher ihre Wahl ändern?“ ausgefüllt ist.
consent-withdraw-via = Ihre Einwilligung können Sie jederzeit ändern oder widerrufen: { $via }.
# Statt consent-withdraw-via angezeigt, wenn diese Frage leer bleibt (nur beim
# Banner).
cookies-consent-withdraw = Sie können Ihre Einwilligung jederzeit widerrufen, indem Sie an { $email } schreiben oder die Cookies in Ihrem Browser löschen, wie unten beschrieben.
# Stattdessen als ganzer Abschnitt angezeigt, wenn Cookies hinzugefügt sind,
# aber keiner eine Einwilligung braucht.
cookies-consent-only-necessary = Keines der Cookies, die unsere Website verwendet, erfordert Ihre Einwilligung; deshalb bitten wir Sie auch nicht darum.

## Abschnitt „Cookies im Browser blockieren und löschen“. Nur angezeigt, wenn
## mindestens ein Cookie hinzugefügt ist. Auf cookies-browser folgen Links zu
## den Hilfeseiten von Google Chrome, Mozilla Firefox, Apple Safari und
## Microsoft Edge, dann cookies-browser-effect.
cookies-browser-title = Cookies im Browser blockieren und löschen
cookies-browser = Sie können Cookies auch über die Einstellungen Ihres Browsers ablehnen oder löschen. Wie das geht, erklären die Hilfeseiten der gängigen Browser.
cookies-browser-effect = Wenn Sie alle Cookies blockieren, funktionieren manche Teile der Website möglicherweise nicht mehr wie vorgesehen.

## Abschnitt „Fragen“. Immer angezeigt, mit beiden Absätzen.
cookies-contact-title = Fragen
# $address is a link to the e-mail address for privacy questions.
cookies-contact = Wenn Sie Fragen zu Cookies oder zu Ihren Daten haben, schreiben Sie an { $address }.
# $document is a link to the privacy statement, named by its title's .inline.
# Hinweis: .inline ist „Datenschutzerklärung“ (ohne Artikel); „unserer“ steht hier davor.
cookies-privacy-link = Wie wir allgemein mit Ihren personenbezogenen Daten umgehen, erfahren Sie in unserer { $document }.
## Abschnitt „Änderungen dieser Richtlinie“, der letzte der Cookie-Richtlinie.
## Immer angezeigt: cookies-changes, dann privacy-changes-channels mit den
## Wegen, auf denen Änderungen angekündigt werden (oder ein Platzhalter,
## question-change-notice), dann privacy-changes-effective; diese beiden
## stammen aus privacy.ftl.
cookies-changes-title = Änderungen dieser Richtlinie
# Immer angezeigt, als erster Absatz des Abschnitts.
cookies-changes = Wir können diese Richtlinie ändern, wenn sich unser Einsatz von Cookies ändert.
