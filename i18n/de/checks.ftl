## Findings of the compliance checks, shown to the owner of a project before
## they publish. Each finding says what is wrong and where; its .hint says
## what to do. The ids follow the rule ids, with dashes for the dots.
## $item is the purpose, recipient, cookie or data category concerned, by
## its name (or its place in the project file when it has none).

# How a rule's legal basis is cited: $law is one of the law-* names below,
# $articles a list such as "13(1)(c), 14(1)(c)".
# DE: reads "Art. 13(1)(c), 14(1)(c) DSGVO"; the article list comes from the program as it is.
check-basis = Art. { $articles } { $law }
law-gdpr = DSGVO
law-eprivacy = ePrivacy-Richtlinie
law-camera-law-be = Kameragesetz

## Questions whose answer decides what the documents say. Until answered,
## the documents show a placeholder there and are marked as drafts.

check-cameras-basis-missing = Sie setzen Überwachungskameras ein, geben aber nicht an, worauf sich das stützt; die Datenschutzerklärung kann deshalb keine Rechtsgrundlage nennen.
    .hint = Wählen Sie die Rechtsgrundlage der Videoüberwachung. Für ein Geschäft oder ein Büro ist das in der Regel Ihr berechtigtes Interesse am Schutz von Personen und Gütern.
check-cameras-recipients-unanswered = Sie setzen Überwachungskameras ein, haben aber nicht angegeben, ob Sie Aufnahmen an die Polizei oder die Justiz weitergeben; die Datenschutzerklärung kann deshalb nicht sagen, wer sie erhält.
    .hint = Beantworten Sie unter „Personen und Daten“, ob Sie Aufnahmen an die Polizei oder die Justiz übergeben, wenn sie zum Nachweis einer Straftat beitragen können.
check-cameras-purpose-missing = Sie setzen Überwachungskameras ein, geben aber nicht an, wozu.
    .hint = Geben Sie an, wozu die Kameras dienen, zum Beispiel um Diebstähle im Geschäft zu verhindern und aufzuklären.
check-cameras-retention-missing = Sie setzen Überwachungskameras ein, geben aber nicht an, wie lange Sie die Aufnahmen aufbewahren.
    .hint = Geben Sie an, nach wie vielen Tagen die Aufnahmen gelöscht werden.
check-cameras-retention-too-long = Sie bewahren Kameraaufnahmen { $days } Tage lang auf; das belgische Kameragesetz erlaubt höchstens { $max } Tage, es sei denn, die Aufnahmen werden als Beweismittel benötigt.
    .hint = Stellen Sie Ihren Rekorder so ein, dass er die Aufnahmen nach spätestens { $max } Tagen löscht, und tragen Sie die neue Zahl hier ein.
check-cameras-pictogram-missing = Aus Ihren Antworten geht nicht hervor, dass an den Zugängen des überwachten Bereichs ein Schild mit dem gesetzlich vorgeschriebenen Piktogramm hängt, wie es das belgische Kameragesetz verlangt.
    .hint = Bringen Sie an jedem Zugang das Piktogramm an (nach dem durch Königlichen Erlass festgelegten Muster), und vermerken Sie das hier.
check-cameras-not-declared = Aus Ihren Antworten geht nicht hervor, dass die Kameras bei der Polizei angemeldet sind, wie es das belgische Kameragesetz verlangt.
    .hint = Melden Sie die Kameras über www.declarationcamera.be an, und vermerken Sie das hier.
check-answers-country-unanswered = Sie haben nicht angegeben, in welchem Land Ihre Organisation niedergelassen ist; die Dokumente können deshalb weder das geltende nationale Recht noch die Aufsichtsbehörde nennen, bei der man sich beschweren kann.
    .hint = Wählen Sie unter „Ihre Organisation“ das Land aus.
check-answers-data-categories-unanswered = Sie haben nicht angegeben, welche Arten personenbezogener Daten Sie verarbeiten; die Datenschutzerklärung kann sie deshalb nicht aufführen.
    .hint = Kreuzen Sie unter „Personen und Daten“ die Arten von Daten an, die Sie verarbeiten, oder fügen Sie eigene hinzu.
check-answers-dpo-unanswered = Sie haben nicht angegeben, ob Sie einen Datenschutzbeauftragten benannt haben; die Datenschutzerklärung sagt deshalb nichts dazu.
    .hint = Beantworten Sie unter „Kontakt und Beschwerden“, ob ein Datenschutzbeauftragter benannt ist. Geben Sie einen Grund dafür an, dass keiner benannt ist, nur dann, wenn Sie dies tatsächlich geprüft haben.
check-answers-sources-unanswered = Sie haben nicht angegeben, ob Sie personenbezogene Daten auch von anderen erhalten als von den betroffenen Personen selbst (Art. 14 DSGVO).
    .hint = Beantworten Sie unter „Personen und Daten“, ob Daten aus anderen Quellen stammen, und nennen Sie diese Quellen gegebenenfalls.
check-answers-recipients-unanswered = Sie haben nicht angegeben, ob jemand außerhalb Ihrer Organisation die Daten erhält; die Datenschutzerklärung sagt deshalb nichts über Empfänger.
    .hint = Nennen Sie unter „Empfänger“, wer die Daten erhält (Ihr Buchhalter, Ihr Webhoster …), oder antworten Sie, dass niemand sie erhält.
check-answers-transfers-unanswered = Sie haben nicht angegeben, ob Daten in ein Land außerhalb des Europäischen Wirtschaftsraums gelangen.
    .hint = Beantworten Sie unter „Empfänger“, ob Daten den EWR verlassen. Falls ja, geben Sie bei jedem betroffenen Empfänger das Land und die Garantie an.
check-answers-automated-decisions-unanswered = Sie haben nicht angegeben, ob Entscheidungen über Personen ausschließlich automatisiert getroffen werden.
    .hint = Beantworten Sie unter „Zwecke“, ob eine Entscheidung mit rechtlicher Wirkung oder ähnlich erheblichen Auswirkungen ohne Beteiligung eines Menschen getroffen wird.
check-answers-security-measures-unanswered = Sie haben nicht angegeben, wie Sie die Daten schützen; die Datenschutzerklärung sagt deshalb nichts dazu.
    .hint = Kreuzen Sie unter „Kontakt und Beschwerden“ die Maßnahmen an, die Sie tatsächlich treffen.
check-answers-children-unanswered = Sie haben nicht angegeben, ob Sie Online-Dienste direkt für Kinder anbieten.
    .hint = Beantworten Sie unter „Kontakt und Beschwerden“ die Frage zu Kindern. Sind unter den Personen, deren Daten Sie verarbeiten, Minderjährige, beschreiben Sie, wie Sie mit deren Daten umgehen.
check-answers-change-notice-unanswered = Sie haben nicht angegeben, wie Sie Änderungen an den Dokumenten bekannt geben.
    .hint = Kreuzen Sie unter „Kontakt und Beschwerden“ an, wie man von einer neuen Fassung erfährt.
check-answers-cookies-unanswered = Sie haben nicht angegeben, ob Ihre Website Cookies oder ähnliche Technologien einsetzt; die Cookie-Richtlinie sagt deshalb nichts dazu.
    .hint = Führen Sie unter „Cookies“ die Cookies auf, die Ihre Website setzt (Sie können sie aus Ihrem Browser importieren), oder antworten Sie, dass sie keine setzt.
check-answers-cookie-consent-unanswered = Ihre Website setzt einwilligungspflichtige Cookies, und Sie haben nicht angegeben, wie Sie die Einwilligung einholen.
    .hint = Beantworten Sie unter „Cookies“, wie Besucher um ihre Einwilligung gebeten werden.
check-answers-sources-contradictory = Sie haben angegeben, dass alle Daten von den betroffenen Personen selbst stammen, nennen aber auch andere Quellen. Die Dokumente sagen deshalb weder das eine noch das andere.
    .hint = Entfernen Sie die Quellen, oder ändern Sie die Antwort dahin, dass Daten auch von anderen stammen.
check-answers-recipients-contradictory = Sie haben angegeben, dass niemand außerhalb Ihrer Organisation die Daten erhält, nennen aber auch Empfänger. Die Dokumente sagen deshalb weder das eine noch das andere.
    .hint = Entfernen Sie die Empfänger, oder ändern Sie die Antwort dahin, dass andere sehr wohl Daten erhalten.
check-answers-transfers-contradictory = Sie haben angegeben, dass keine Daten den Europäischen Wirtschaftsraum verlassen, doch ein Empfänger befindet sich außerhalb davon oder hat eine Garantie für Übermittlungen. Die Dokumente sagen deshalb weder das eine noch das andere.
    .hint = Prüfen Sie die Länder und Garantien der Empfänger, und beantworten Sie dann die Frage zu Übermittlungen erneut.
check-answers-automated-decisions-contradictory = Sie haben angegeben, dass keine ausschließlich automatisierten Entscheidungen getroffen werden, doch ein Zweck beschreibt eine solche Entscheidung. Die Dokumente sagen deshalb weder das eine noch das andere.
    .hint = Entfernen Sie die automatisierte Entscheidung aus dem Zweck, oder ändern Sie die Antwort.
check-answers-cookies-contradictory = Sie haben angegeben, dass Ihre Website keine Cookies setzt, führen aber Cookies auf. Die Cookie-Richtlinie sagt deshalb weder das eine noch das andere.
    .hint = Entfernen Sie die Cookies, oder ändern Sie die Antwort dahin, dass die Website Cookies setzt.
check-art14-source-public-unanswered = Sie haben nicht angegeben, ob die Quelle „{ $item }“ öffentlich zugänglich ist; das muss die Datenschutzerklärung aber angeben.
    .hint = Beantworten Sie unter „Personen und Daten“, ob diese Quelle öffentlich zugänglich ist (ein öffentliches Register, eine Website) oder nicht.
check-art32-security-encryption-where = Sie haben „Verschlüsselung“ angekreuzt, ohne anzugeben, wo; die Datenschutzerklärung erwähnt sie deshalb nicht.
    .hint = Kreuzen Sie unter „Kontakt und Beschwerden“ an, ob Daten bei der Übertragung, bei der Speicherung oder in beiden Fällen verschlüsselt werden.
check-art12-changes-website-missing = Sie geben Änderungen auf Ihrer Website bekannt, haben aber keine Website angegeben.
    .hint = Tragen Sie Ihre Website unter „Ihre Organisation“ ein, oder wählen Sie einen anderen Weg, Änderungen bekannt zu geben.
check-document-version-missing = Die Dokumente haben keine Versionsangabe; Leser können deshalb eine Fassung nicht von der nächsten unterscheiden.
    .hint = Geben Sie den Dokumenten unter „Prüfen und exportieren“ eine Version, etwa 1.0.

## Who is responsible, and how to reach them.

check-art13-controller-name-missing = Die Organisation hat keinen Namen; die Dokumente können deshalb nicht sagen, wer für die Daten verantwortlich ist.
    .hint = Tragen Sie den offiziellen Namen der Organisation ein, so wie er eingetragen ist.
check-art13-controller-name-has-legal-form = Der Name endet bereits auf „{ $form }“, und die Dokumente setzen die Rechtsform hinter den Namen; sie stünde dann zweimal da.
    .hint = Schreiben Sie den Namen ohne Rechtsform, zum Beispiel „Bäckerei Janssens“ mit der Rechtsform „{ $form }“.
check-art13-controller-address-incomplete = Die Anschrift der Organisation ist unvollständig: Leser brauchen Straße, Postleitzahl und Ort, um zu wissen, wo sie Sie erreichen.
    .hint = Tragen Sie Straße und Hausnummer, Postleitzahl und Ort der Organisation ein.
check-art13-controller-enterprise-number-missing = Es ist keine Unternehmensnummer angegeben. Jede Organisation mit Sitz in diesem Land ({ $country }) hat eine, und Leser erkennen daran genau, welche Organisation verantwortlich ist.
    .hint = Tragen Sie die Nummer ein: in Belgien die Unternehmensnummer aus der Zentralen Datenbank der Unternehmen (ZDU), geschrieben 0123.456.789; in den Niederlanden die achtstellige Nummer der Handelskammer (Kamer van Koophandel, KvK).
check-art27-representative-missing = Die Organisation hat ihren Sitz außerhalb des Europäischen Wirtschaftsraums ({ $country }) und nennt keinen Vertreter in der EU.
    .hint = Benennen Sie einen Vertreter in einem EU-Land, in dem die Menschen leben, für die Sie tätig sind, und tragen Sie dessen Namen und Kontaktdaten ein.
check-art13-representative-contact-missing = Der Vertreter in der EU ist ohne Kontaktdaten angegeben.
    .hint = Tragen Sie eine E-Mail-Adresse, eine Telefonnummer oder eine Postanschrift ein, unter der man den Vertreter erreichen kann.
check-art13-dpo-contact-missing = Ein Datenschutzbeauftragter ist ohne Kontaktdaten angegeben.
    .hint = Tragen Sie eine E-Mail-Adresse, eine Telefonnummer oder eine Postanschrift ein, unter der man den Datenschutzbeauftragten direkt erreichen kann.
check-art37-dpo-likely-required = Es ist kein Datenschutzbeauftragter benannt, obwohl der Zweck „{ $purpose }“ sensible Daten (etwa Gesundheitsdaten) von anderen Personen als Ihrem Personal verarbeitet. Ist eine solche umfangreiche Verarbeitung der Kern Ihrer Tätigkeit (etwa in einer Gruppenpraxis, einem Labor, einem Krankenhaus oder einer Gewerkschaft), schreibt das Gesetz einen Datenschutzbeauftragten vor.
    .hint = Ist diese Verarbeitung umfangreich und steht sie im Mittelpunkt Ihrer Tätigkeit, benennen Sie einen Datenschutzbeauftragten und tragen Sie dessen Kontaktdaten ein. Eine Einzelpraxis oder eine kleine Organisation braucht in der Regel keinen; dann können Sie diesen Hinweis so stehen lassen.
check-art12-rights-channel-missing = Es gibt keine funktionierende E-Mail-Adresse für Datenschutzanfragen; niemand kann also die Rechte ausüben, die in der Datenschutzerklärung aufgeführt sind.
    .hint = Tragen Sie eine gültige E-Mail-Adresse ein, die auch tatsächlich gelesen wird – für den Datenschutzkontakt oder für die Organisation –, zum Beispiel datenschutz@ihrunternehmen.be.
check-art13-complaint-authority-missing = Die Dokumente können keine Aufsichtsbehörde nennen, bei der man Beschwerde einlegen kann: policywright kennt keine für dieses Land ({ $country }).
    .hint = Tragen Sie die Datenschutzbehörde Ihres Landes selbst ein, mit Name, Anschrift und Website.
check-art13-complaint-authority-former = Die Aufsichtsbehörde „{ $item }“ besteht nicht mehr: Beschwerden, die dorthin gehen, erreichen niemanden.
    .hint = Entfernen Sie die von Ihnen eingetragene Behörde. Für Belgien und die Niederlande nennt policywright die heute zuständige Behörde von selbst (die Datenschutzbehörde bzw. die Autoriteit Persoonsgegevens).

## Purposes, legal bases and retention.

check-art13-purposes-missing = Es ist kein Zweck angegeben: Die Datenschutzerklärung muss sagen, warum Sie personenbezogene Daten verarbeiten.
    .hint = Fügen Sie jeden Zweck hinzu, etwa die Abwicklung von Bestellungen, den Versand des Newsletters oder die Lohnabrechnung, jeweils mit Rechtsgrundlage und Speicherdauer.
check-art13-purpose-legal-basis-missing = Der Zweck „{ $item }“ hat keine Rechtsgrundlage.
    .hint = Wählen Sie die Grundlage, auf der Sie die Daten für diesen Zweck verwenden dürfen: Einwilligung, Vertrag, rechtliche Verpflichtung, lebenswichtige Interessen, Aufgabe im öffentlichen Interesse oder berechtigtes Interesse.
check-art13-purpose-legitimate-interest-missing = Der Zweck „{ $item }“ stützt sich auf ein berechtigtes Interesse, das Interesse selbst ist aber nicht beschrieben.
    .hint = Beschreiben Sie in wenigen Worten, welches Interesse Sie verfolgen, etwa „Schutz unserer Website vor Missbrauch“ oder „Information unserer Kunden über ähnliche Produkte“.
check-art13-purpose-retention-missing = Beim Zweck „{ $item }“ fehlt die Angabe, wie lange die Daten gespeichert werden.
    .hint = Geben Sie eine Frist an, etwa 7 Jahre nach Ende des Geschäftsjahres, oder die Kriterien, nach denen sie sich richtet. „So lange wie nötig“ allein genügt nicht.
check-art13-purpose-provision-missing = Der Zweck „{ $item }“ stützt sich auf einen Vertrag oder eine rechtliche Verpflichtung, gibt aber nicht an, ob die Personen die Daten bereitstellen müssen und was geschieht, wenn sie es nicht tun.
    .hint = Geben Sie an, ob die Angabe der Daten vorgeschrieben ist (gesetzlich, vertraglich oder für einen Vertragsabschluss erforderlich) und welche Folgen es hat, wenn sie fehlen. Kennzeichnen und erklären Ihre Formulare die Pflichtfelder bereits, kann das genügen.
check-art13-purpose-provision-consequence-missing = Für den Zweck „{ $item }“ müssen Personen Daten angeben, es ist aber nicht gesagt, was geschieht, wenn sie es nicht tun.
    .hint = Beschreiben Sie die Folge in wenigen Worten, etwa „können wir Ihre Bestellung nicht liefern“.
check-art13-automated-decision-logic-missing = Bei der automatisierten Entscheidung im Zweck „{ $item }“ ist nicht erklärt, wie die Entscheidung zustande kommt.
    .hint = Erklären Sie in einfachen Worten, worauf die Entscheidung beruht, etwa „eine Bewertung anhand Ihres bisherigen Zahlungsverhaltens“.
check-art13-automated-decision-consequences-missing = Bei der automatisierten Entscheidung im Zweck „{ $item }“ fehlt die Angabe, was sie für die betroffene Person bedeutet.
    .hint = Beschreiben Sie, was das Ergebnis für die Person bedeuten kann, etwa „bei einer niedrigen Bewertung können Sie nicht auf Rechnung bezahlen“.
check-art22-automated-decision-significance-unanswered = Sie haben nicht angegeben, ob die automatisierte Entscheidung bei „{ $item }“ für Personen rechtliche Wirkung oder ähnlich erhebliche Auswirkungen hat; davon hängt ab, was die Datenschutzerklärung darüber sagen muss.
    .hint = Beantworten Sie unter „Zwecke“ die Frage bei der Entscheidung: Eine abgelehnte Zahlung oder ein verweigerter Vertrag ist erheblich, eine Produktempfehlung nicht.
check-art22-automated-decision-ground-missing = Die Entscheidung bei „{ $item }“ trifft allein ein Computer, und zwar mit erheblichen Auswirkungen, doch Sie haben nicht angegeben, was das erlaubt. Art. 22 Abs. 2 DSGVO lässt dies nur für einen Vertrag, aufgrund eines Gesetzes oder mit ausdrücklicher Einwilligung zu.
    .hint = Wählen Sie unter „Zwecke“ die zutreffende Ausnahme. Trifft keine zu, muss ein Mensch jede solche Entscheidung treffen oder überprüfen.

## Sensitive data and sources.

check-art9-condition-missing = „{ $item }“ gehört zu den besonderen Kategorien personenbezogener Daten, und es ist keine Ausnahme gewählt, die Ihnen die Verarbeitung erlaubt.
    .hint = Wählen Sie die zutreffende Ausnahme nach Art. 9 Abs. 2 DSGVO, etwa die ausdrückliche Einwilligung oder die Gesundheitsversorgung. Ohne eine solche Ausnahme dürfen Sie diese Daten nicht verarbeiten.
check-art10-authorisation-missing = Daten über strafrechtliche Verurteilungen und Straftaten („{ $item }“) werden verarbeitet, ohne dass das Gesetz genannt wird, das dies erlaubt.
    .hint = Nennen Sie das Gesetz oder die Vorschrift, die Ihnen die Verarbeitung dieser Daten erlaubt, etwa die Regeln über den Auszug aus dem Strafregister für die Arbeit mit Minderjährigen.
check-art14-source-description-missing = Eine Quelle von Daten, die Sie nicht von den betroffenen Personen selbst erhalten, hat keine Beschreibung.
    .hint = Beschreiben Sie, woher die Daten stammen, etwa „das öffentliche Unternehmensregister“ oder „die Person, die die Bestellung aufgegeben hat“.
check-art14-source-data-missing = Bei der Quelle „{ $item }“ ist nicht angegeben, welche Daten sie liefert.
    .hint = Wählen Sie die Arten von Daten, die Sie aus dieser Quelle erhalten.

## Recipients and transfers outside the European Economic Area.

check-art13-recipient-name-missing = Ein Empfänger von Daten hat keinen Namen.
    .hint = Geben Sie den Namen des Unternehmens an oder eine Kategorie wie „unser Buchhalter“.
check-art26-joint-controller-arrangement-missing = „{ $item }“ ist mit Ihnen gemeinsam Verantwortlicher, doch das Wesentliche Ihrer Vereinbarung ist nicht angegeben, obwohl die betroffenen Personen ein Recht darauf haben, es zu erfahren.
    .hint = Beschreiben Sie unter „Empfänger“ in wenigen Sätzen, wer was übernimmt: wer die Personen informiert, wer die Einwilligung einholt, wer Anfragen beantwortet.
check-art46-transfer-scc-repealed = Die Standardvertragsklauseln mit „{ $item }“ sind die des Beschlusses { $decision }, der aufgehoben ist: Seit dem 27. Dezember 2022 sind für Übermittlungen die Klauseln des Durchführungsbeschlusses (EU) 2021/914 erforderlich.
    .hint = Vereinbaren Sie mit dem Empfänger die Klauseln nach 2021/914 (die meisten Anbieter haben sie in ihre Bedingungen zur Auftragsverarbeitung aufgenommen), und wählen Sie sie dann unter „Empfänger“ aus.
check-art13-recipient-role-missing = Der Empfänger „{ $item }“ hat keine Rolle; Leser können deshalb nicht erkennen, ob er in Ihrem Auftrag handelt oder selbst entscheidet, was mit den Daten geschieht.
    .hint = Wählen Sie seine Rolle: Auftragsverarbeiter (arbeitet für Sie, auf Grundlage eines Auftragsverarbeitungsvertrags), eigenständiger Verantwortlicher, gemeinsam Verantwortlicher, Behörde oder Unternehmen Ihrer Gruppe.
check-art13-transfer-safeguard-missing = Daten gehen ohne Garantie an „{ $item }“ in einem Land außerhalb des Europäischen Wirtschaftsraums ({ $country }), und für dieses Land besteht kein Angemessenheitsbeschluss.
    .hint = Fragen Sie den Empfänger, welche Garantie er verwendet (meist die Standardvertragsklauseln der Europäischen Kommission), und tragen Sie sie ein. Hat er keine, wählen Sie einen anderen Anbieter.
check-art45-transfer-adequacy-not-found = Für „{ $item }“ haben Sie einen Angemessenheitsbeschluss gewählt, doch die Europäische Kommission hat für dieses Land ({ $country }) keinen erlassen.
    .hint = Fragen Sie den Empfänger, welche Garantie er tatsächlich verwendet – meist Standardvertragsklauseln –, und tragen Sie diese stattdessen ein.
check-art45-transfer-adequacy-needs-dpf = Für „{ $item }“ haben Sie einen Angemessenheitsbeschluss für das Empfängerland ({ $country }) gewählt, doch dieser Beschluss gilt nur für Organisationen, die nach dem EU-US-Datenschutzrahmen (EU-US Data Privacy Framework) zertifiziert sind.
    .hint = Steht „{ $item }“ auf der Liste des Data Privacy Framework, wählen Sie diese Garantie; andernfalls fragen Sie, welche Garantie der Empfänger verwendet – meist Standardvertragsklauseln.
check-art45-transfer-dpf-outside-us = Für „{ $item }“ ({ $country }) haben Sie den EU-US-Datenschutzrahmen (EU-US Data Privacy Framework) gewählt, der nur für zertifizierte Organisationen in den Vereinigten Staaten gilt.
    .hint = Prüfen Sie das Land des Empfängers. Bleiben die Daten in diesem Land ({ $country }), wählen Sie die Garantie, die dort gilt; gehen sie in die Vereinigten Staaten, tragen Sie dieses Land ein.
check-art49-transfer-derogation-unexplained = Die Übermittlung an „{ $item }“ stützt sich auf eine Ausnahme für bestimmte Fälle, doch diese Ausnahme ist nicht beschrieben.
    .hint = Beschreiben Sie die zutreffende Ausnahme, etwa „Ihre ausdrückliche Einwilligung, nachdem wir Sie über die Risiken aufgeklärt haben“ oder „erforderlich zur Erfüllung Ihres Vertrags“. Diese Ausnahmen sind nur für gelegentliche Übermittlungen gedacht.
check-art44-transfer-safeguard-inside-eea = Für „{ $item }“ haben Sie eine Garantie für Übermittlungen gewählt, doch das Land ({ $country }) gehört zum Europäischen Wirtschaftsraum, wo keine nötig ist.
    .hint = Gehen die Daten tatsächlich in ein anderes Land, etwa in die Vereinigten Staaten, tragen Sie dieses Land ein; andernfalls entfernen Sie die Garantie.
check-art13-transfer-country-missing = Für „{ $item }“ haben Sie eine Garantie für Übermittlungen gewählt, aber nicht das Land, in das die Daten gehen.
    .hint = Tragen Sie das Land ein, in dem der Empfänger die Daten verarbeitet, damit die Datenschutzerklärung angeben kann, wohin sie gehen.

## Cookies.

check-eprivacy-cookies-consent-missing = Ihre Website verwendet einwilligungspflichtige Cookies, doch kein Cookie-Banner holt die Einwilligung ein, bevor sie gesetzt werden.
    .hint = Verwenden Sie ein Cookie-Banner, das fragt, bevor ein nicht unbedingt erforderliches Cookie gesetzt wird, mit einer Schaltfläche zum Ablehnen, die ebenso einfach zu bedienen ist wie die zum Annehmen. Weitersurfen ist keine Einwilligung.
check-eprivacy-cookies-consent-implied = Ihre Website wertet das Weitersurfen als Einwilligung in Cookies. Das ist keine Einwilligung: Besucher müssen aktiv zustimmen, bevor die Cookies gesetzt werden.
    .hint = Verwenden Sie ein Cookie-Banner, das fragt, bevor ein nicht unbedingt erforderliches Cookie gesetzt wird, und antworten Sie unter „Cookies“ mit „Mit einem Banner“.
check-art7-cookies-withdrawal-missing = Besucher können ihre Einwilligung in Cookies nicht so einfach widerrufen, wie sie sie erteilt haben: Die Cookie-Richtlinie kann ihnen nur raten, Ihnen zu schreiben oder ihre Cookies zu löschen.
    .hint = Bieten Sie auf jeder Seite einen Link oder eine Schaltfläche an, etwa „Cookie-Einstellungen“, mit der sich die Cookie-Auswahl erneut öffnen lässt, und beschreiben Sie, wo sie zu finden ist.
check-art7-cookies-consent-not-granular = Cookies mehrerer Kategorien benötigen eine Einwilligung, doch Besucher können sie nur alle auf einmal annehmen oder ablehnen.
    .hint = Lassen Sie Besucher in Ihrem Cookie-Banner je Kategorie wählen (zum Beispiel Analyse- und Marketing-Cookies getrennt), und vermerken Sie das hier.
check-eprivacy-cookies-analytics-exempt-outside-nl = Sie geben an, dass Ihre Analyse-Cookies nach der niederländischen Ausnahme für Analyse-Cookies mit geringen Auswirkungen auf die Privatsphäre ohne Einwilligung gesetzt werden dürfen, doch Ihre Organisation ist nicht in den Niederlanden niedergelassen.
    .hint = Außerhalb der Niederlande holen Sie für Analyse-Cookies eine Einwilligung ein; entfernen Sie das Häkchen bei der Ausnahme.
check-eprivacy-cookies-analytics-exempt-third-party = Sie nutzen die niederländische Ausnahme für Analyse-Cookies mit geringen Auswirkungen auf die Privatsphäre, doch „{ $item }“ ist ein Analyse-Cookie eines anderen Unternehmens, das deren Bedingungen selten erfüllt: Der Anbieter kann die Daten für eigene Zwecke nutzen.
    .hint = Prüfen Sie die Bedingungen der niederländischen Datenschutzbehörde, der Autoriteit Persoonsgegevens (Daten werden mit niemandem geteilt, IP-Adressen werden gekürzt, ein Auftragsverarbeitungsvertrag besteht). Erfüllt Ihre Konfiguration sie nicht, entfernen Sie das Häkchen bei der Ausnahme und holen Sie eine Einwilligung ein.
check-eprivacy-cookies-set-before-choice = Aus Ihren Antworten geht nicht hervor, dass die Website die Entscheidung des Besuchers abwartet, bevor sie einwilligungspflichtige Cookies setzt.
    .hint = Stellen Sie Ihre Website oder Ihr Einwilligungstool so ein, dass nur unbedingt erforderliche Cookies gesetzt werden, bis der Besucher zustimmt (Skripte bleiben bis dahin blockiert), prüfen Sie das in einem privaten Browserfenster, und vermerken Sie es hier; bis dahin kann die Cookie-Richtlinie dies nicht zusagen.
check-art7-cookies-refusal-not-as-easy = Aus Ihren Antworten geht nicht hervor, dass das Ablehnen von Cookies so einfach ist wie das Annehmen.
    .hint = Platzieren Sie auf der ersten Ebene Ihres Banners neben der Schaltfläche zum Annehmen eine ebenso gut sichtbare Schaltfläche zum Ablehnen, und vermerken Sie das hier; bis dahin kann die Cookie-Richtlinie dies nicht zusagen.
check-art7-cookies-cookie-wall = Aus Ihren Antworten geht nicht hervor, dass Besucher, die Cookies ablehnen, die Website trotzdem nutzen können.
    .hint = Machen Sie das Annehmen von Cookies nicht zur Bedingung für die Nutzung der Website (Cookie-Wall), und vermerken Sie das hier; bis dahin kann die Cookie-Richtlinie dies nicht zusagen.
check-art7-cookies-withdrawal-untold = Ihre Cookie-Richtlinie ist an anderer Stelle veröffentlicht, und Sie haben nicht angegeben, wie Besucher ihre Einwilligung in Cookies widerrufen; die Datenschutzerklärung kann es ihnen deshalb nicht sagen. Der Widerruf muss so einfach sein wie die Erteilung der Einwilligung.
    .hint = Geben Sie unter „Cookies“ an, wie Besucher ihre Auswahl ändern oder widerrufen, etwa „über das Cookie-Symbol unten links auf jeder Seite“.
check-eprivacy-cookie-duration-missing = Das Cookie „{ $item }“ hat keine Laufzeit.
    .hint = Ermitteln Sie, wie lange das Cookie bestehen bleibt (die Entwicklertools Ihres Browsers oder die Dokumentation des Anbieters zeigen das), und tragen Sie die Laufzeit ein.
check-eprivacy-cookie-duration-range-unclear = Das Cookie „{ $item }“ hat eine Laufzeitspanne, die so keinen Sinn ergibt: Ihr längstes Ende muss eine Frist sein, ihr kürzestes die Browsersitzung oder eine kürzere Frist.
    .hint = Geben Sie als Laufzeit die längste Zeit an, die das Cookie bestehen bleibt, und als kürzeste entweder „bis zum Schließen des Browsers“ oder eine kürzere Frist; oder verzichten Sie auf die Spanne.
check-eprivacy-cookie-purpose-missing = Beim Cookie „{ $item }“ ist nicht angegeben, wozu es dient.
    .hint = Beschreiben Sie in wenigen Worten, was das Cookie tut, etwa „speichert Ihre Spracheinstellung“.
check-eprivacy-cookie-category-missing = Das Cookie „{ $item }“ hat keine Kategorie; Besucher können also nicht erkennen, um welche Art von Cookie es sich handelt. Solange die Kategorie fehlt, wird es als einwilligungspflichtig behandelt.
    .hint = Wählen Sie seine Kategorie: unbedingt erforderlich, funktional, Analyse, Marketing oder Social Media.
check-art5-cookie-duration-too-long = Das Cookie „{ $item }“ bleibt länger als { $months } Monate bestehen – die längste Laufzeit, die Datenschutzbehörden akzeptieren.
    .hint = Begrenzen Sie seine Laufzeit auf höchstens { $months } Monate, in Ihrer Website oder in den Einstellungen des Anbieters, und tragen Sie dann die neue Laufzeit hier ein.
check-eprivacy-cookie-tracking-as-necessary = Das Cookie „{ $item }“ ist als unbedingt erforderlich gekennzeichnet, doch { $service } setzt es für { $category ->
    [analytics] Statistiken
    [social-media] Social Media
   *[marketing] Werbung
}: Es würde ohne Nachfrage gesetzt, und die Cookie-Richtlinie würde es als einwilligungsfrei darstellen.
    .hint = Ändern Sie seine Kategorie in { $category ->
    [analytics] „Analyse-Cookies“
    [social-media] „Social-Media-Cookies“
   *[marketing] „Marketing-Cookies“
}, und lassen Sie Ihr Cookie-Banner um Einwilligung bitten, bevor es gesetzt wird. Unbedingt erforderlich sind nur Cookies, die für das nötig sind, was der Besucher selbst angefordert hat, etwa ein Warenkorb.

## Numbers, addresses and links that readers copy.

check-identifier-belgian-enterprise-number-invalid = „{ $value }“ ist keine gültige belgische Unternehmensnummer.
    .hint = Eine belgische Unternehmensnummer hat 10 Ziffern, beginnt mit 0 oder 1, und ihre letzten beiden Ziffern sind eine Prüfzahl für die ersten acht, wie bei 0428.555.896. Übernehmen Sie sie aus der Zentralen Datenbank der Unternehmen (ZDU).
check-identifier-belgian-vat-number-invalid = „{ $value }“ ist keine gültige belgische MwSt.-Nummer.
    .hint = Eine belgische MwSt.-Nummer besteht aus BE, gefolgt von der zehnstelligen Unternehmensnummer, wie bei BE0428555896.
check-identifier-belgian-vat-number-mismatch = Die MwSt.-Nummer „{ $value }“ stimmt nicht mit der Unternehmensnummer { $number } überein.
    .hint = Eine belgische MwSt.-Nummer besteht aus BE, gefolgt von der Unternehmensnummer; eine der beiden ist also falsch eingegeben. Prüfen Sie beide in der Zentralen Datenbank der Unternehmen (ZDU).
check-identifier-dutch-kvk-number-invalid = „{ $value }“ ist keine gültige Nummer der niederländischen Handelskammer (KvK-Nummer).
    .hint = Eine KvK-Nummer hat 8 Ziffern. Übernehmen Sie sie aus Ihrer Eintragung bei der Kamer van Koophandel.
check-identifier-dutch-vat-number-invalid = „{ $value }“ ist keine gültige niederländische MwSt.-Identifikationsnummer.
    .hint = Eine niederländische MwSt.-Identifikationsnummer (btw-id) besteht aus NL, 9 Ziffern, dem Buchstaben B und 2 Ziffern, wie bei NL123456789B01.
check-identifier-email-invalid = „{ $value }“ ist keine gültige E-Mail-Adresse.
    .hint = Schreiben Sie die Adresse in der Form name@domain.be, ohne Leerzeichen und ohne „mailto:“.
check-identifier-link-invalid = „{ $value }“ ist keine Webadresse, auf die die Dokumente verlinken können.
    .hint = Schreiben Sie die vollständige Adresse, beginnend mit https://, wie bei https://www.ihrunternehmen.be/datenschutz. Andere Arten von Links sind nicht zulässig.
check-identifier-placeholder = „{ $value }“ ist eine Beispieladresse, die aus einer Vorlage stehen geblieben ist, keine echte Adresse.
    .hint = Ersetzen Sie sie durch die echte Adresse, oder entfernen Sie sie.
check-identifier-phone-invalid = „{ $value }“ ist keine gültige Telefonnummer.
    .hint = Schreiben Sie nur die Nummer: Ziffern und Leerzeichen, mit einem + am Anfang für die Landesvorwahl, wie bei +32 87 12 34 56.

## The date the documents take effect.

check-document-effective-date-future = Die Dokumente treten am { $date } in Kraft, also nach dem heutigen Tag ({ $today }).
    .hint = Ist das Datum ein Versehen, korrigieren Sie es. Kündigen Sie neue Dokumente im Voraus an, lassen Sie die aktuellen bis zu diesem Datum veröffentlicht.
check-document-effective-date-old = Die Dokumente sind am { $date } in Kraft getreten, mehr als ein Jahr vor dem heutigen Tag ({ $today }).
    .hint = Gehen Sie die Antworten noch einmal durch: Neue Lieferanten, Cookies und Zwecke werden leicht vergessen. Legen Sie dann ein neues Datum und eine neue Version fest.

## The owner's own words, and answers that do not fit together.

check-answers-text-untranslated = „{ $item }“ hat keine Fassung auf { $language }; die Dokumente auf { $language } würden den Text deshalb in einer anderen Sprache zeigen.
    .hint = Schreiben Sie den Text auch auf { $language }, oder entfernen Sie diese Sprache aus den Sprachen der Dokumente.
check-answers-text-wrong-language = Der Text auf { $language } bei „{ $item }“ scheint auf { $found } geschrieben zu sein.
    .hint = Verfassen Sie die Fassung für { $language } tatsächlich auf { $language }; den Text auf { $found } tragen Sie in das eigene Feld für { $found } ein.
check-answers-informal-register = „{ $item }“ duzt die Leser mit „je“ oder „jij“, während die Dokumente sie mit „u“ siezen.
    .hint = Schreiben Sie den niederländischen Text mit „u“ und „uw“ um, damit die Dokumente durchgehend dieselbe Anrede verwenden.
check-art13-purpose-retention-vague = Der Zweck „{ $item }“ bewahrt Daten „so lange wie nötig“ auf – das sagt dem Leser nichts.
    .hint = Geben Sie eine Frist an („2 Jahre nach Ihrer letzten Bestellung“) oder die Kriterien, nach denen sie sich richtet („bis zum Ende der Garantie, höchstens jedoch 3 Jahre nach der Lieferung“).
check-art10-authorisation-consent-only = Laut Ihren Antworten ist die Verarbeitung von Daten über strafrechtliche Verurteilungen allein durch eine Einwilligung erlaubt. Art. 10 DSGVO verlangt jedoch ein Gesetz, das sie zulässt.
    .hint = Nennen Sie das Gesetz, das Ihnen die Verarbeitung dieser Daten erlaubt (in Belgien zum Beispiel Art. 10 des Gesetzes vom 30. Juli 2018 über den Schutz natürlicher Personen hinsichtlich der Verarbeitung personenbezogener Daten sowie das besondere Gesetz für Ihren Sektor).
check-art13-cookie-provider-not-recipient = { $provider } setzt Cookies auf Ihrer Website, steht aber nicht unter den Empfängern; die Datenschutzerklärung sagt deshalb nicht, dass dieser Anbieter Daten erhält.
    .hint = Fügen Sie { $provider } unter „Empfänger“ als Empfänger hinzu (der Dienstekatalog kann die Angaben ausfüllen), mit Rolle und Land.
check-art6-purpose-contract-non-party = Der Zweck „{ $item }“ stützt sich auf einen Vertrag, betrifft aber { $audience }, die in der Regel nicht Partei Ihres Vertrags sind.
    .hint = Geben Sie dieser Gruppe in diesem Zweck eine eigene Rechtsgrundlage (Schaltfläche „+“ unter der Rechtsgrundlage), meist das berechtigte Interesse; ein Vertrag deckt nur die Person ab, mit der Sie ihn geschlossen haben.
check-answers-recipient-no-purpose = Für „{ $item }“ ist kein Zweck angekreuzt; die Datenschutzerklärung kann deshalb nicht sagen, wofür dieser Empfänger Daten erhält.
    .hint = Kreuzen Sie die Zwecke an, für die er Daten erhält, oder entfernen Sie ihn, wenn er keine erhält.
check-answers-cookie-no-purpose = Kein Zweck gibt an, dass die Website { $category ->
    [analytics] Analyse-Cookies
    [social-media] Social-Media-Cookies
   *[marketing] Marketing-Cookies
} setzt, etwa „{ $item }“: Die Dokumente sagen nicht, warum Sie sie setzen.
    .hint = Kreuzen Sie diese Art von Cookies bei dem Zweck an, dem sie dienen (zum Beispiel Website-Statistiken oder Werbung), oder fügen Sie diesen Zweck hinzu.
check-art21-purpose-direct-marketing-unanswered = Ist „{ $item }“ Direktwerbung? Newsletter, Angebote und Werbung sind es, und dagegen können Personen jederzeit Widerspruch einlegen; darüber muss die Datenschutzerklärung informieren.
    .hint = Antworten Sie beim Zweck mit Ja oder Nein. Nur bei Ja beschreibt die Erklärung das Recht, der Direktwerbung zu widersprechen.
check-answers-audience-unused = Kein Zweck betrifft { $item }; die Dokumente sagen deshalb nirgends, warum Sie deren Daten verarbeiten.
    .hint = Ordnen Sie die Gruppe den Zwecken zu, die sie betreffen, oder entfernen Sie die Gruppe.
check-answers-data-unused = Kein Zweck verwendet { $item }; die Dokumente sagen deshalb nirgends, warum Sie diese Daten verarbeiten.
    .hint = Ordnen Sie die Daten den Zwecken zu, die sie verwenden, oder entfernen Sie sie.
check-art12-rights-personal-mailbox = Anfragen gehen an { $address }, offenbar das persönliche Postfach einer einzelnen Person. Ist diese Person abwesend oder verlässt sie die Organisation, bleiben Anfragen unbeantwortet.
    .hint = Verwenden Sie eine Adresse der Organisation, die mehr als eine Person liest, etwa datenschutz@ihrunternehmen.be.
check-art12-rights-phone-missing = Sie bieten an, Anfragen telefonisch entgegenzunehmen, doch Ihre Organisation hat keine Telefonnummer; die Datenschutzerklärung kann deshalb nicht sagen, welche Nummer man anrufen soll.
    .hint = Geben Sie unter „Ihre Organisation“ die Telefonnummer an, oder entfernen Sie das Häkchen bei Anfragen per Telefon.
check-art12-rights-response-too-slow = Anfragen werden erst nach mehr als { $days } Tagen beantwortet, während das Gesetz eine Antwort innerhalb eines Monats verlangt – und ein Monat kann nur { $days } Tage haben.
    .hint = Sagen Sie höchstens { $days } Tage zu, oder lassen Sie die Zahl weg: Die Datenschutzerklärung nennt dann wie das Gesetz einen Monat.

## Where a finding is, in words: "Purpose 2 “Newsletter”: legal basis".
## place-<list> names an item by its $number; place-<field> names a
## part of the project; field-<name> a question.

place-field = { $place }: { $field }
place-named = { $place } „{ $name }“
place-purposes = Zweck { $number }
place-recipients = Empfänger { $number }
place-cookies = Cookie { $number }
place-sources = Quelle { $number }
place-audiences = Gruppe { $number }
place-data_categories = Art von Daten { $number }
place-organisation = Ihre Organisation
place-dpo = Datenschutzbeauftragter
place-privacy_contact = Datenschutzkontakt
place-supervisory_authority = Aufsichtsbehörde
place-document = Die Dokumente
place-cookie_consent = Cookie-Einwilligung
place-children = Kinder
place-security_measures = Sicherheitsmaßnahmen
place-change_notice = Bekanntgabe von Änderungen
place-transfers_outside_eea = Übermittlungen außerhalb des EWR
place-automated_decisions = Automatisierte Entscheidungen
place-recipients_none = Empfänger
place-cookies_none = Cookies
place-sources_none = Andere Quellen
field-name = Name
field-address = Anschrift
field-address-country = Land
field-email = E-Mail-Adresse
field-phone = Telefon
field-enterprise_number = Unternehmensnummer
field-vat_number = MwSt.-Nummer
field-websites = Website
field-representative = Vertreter in der EU
field-legal_form = Rechtsform
field-legal_basis = Rechtsgrundlage
field-legitimate_interest = berechtigtes Interesse
field-retention = Speicherdauer
field-retention-after = Beginn der Speicherdauer
field-provision = müssen Personen die Daten angeben?
field-provision-consequence = wenn Personen die Daten nicht angeben
field-automated_decision-logic = wie die Entscheidung zustande kommt
field-automated_decision-consequences = was sie für die Person bedeutet
field-automated_decision-significant = erhebliche Auswirkungen
field-automated_decision-ground = Ausnahme nach Art. 22 Abs. 2
field-audiences = wessen Daten
field-data = welche Daten
field-description = Beschreibung
field-service = was der Empfänger tut
field-role = Rolle
field-country = Land
field-retention_days = Tage, die Aufnahmen aufbewahrt werden
field-pictogram = Piktogramm
field-declared = bei der Polizei angemeldet
field-also_processed_in = weitere Verarbeitungsländer
field-seat = Gesellschaftssitz
field-safeguard = Garantie
field-privacy_policy = Datenschutzerklärung
field-provider = Anbieter
field-category = Kategorie
field-contact-email = E-Mail-Adresse des Kontakts
field-contact-phone = Telefon des Kontakts
field-contact = Kontakt
field-by_phone = Anfragen per Telefon
field-shared_with_police = Aufnahmen an Polizei oder Justiz
field-duration = Laufzeit
field-duration_range = Laufzeitspanne
field-purpose = Zweck
field-publicly_accessible = öffentlich zugänglich
field-art9_condition = Ausnahme nach Art. 9 Abs. 2
field-art10_authorisation = erlaubendes Gesetz (Art. 10)
field-examples = Beispiele
field-kind-name = Name
field-website = Website
field-method = wie die Einwilligung eingeholt wird
field-per_category = Auswahl je Kategorie
field-refuse_as_easy = Ablehnen so einfach wie Annehmen
field-waits_for_choice = keine Cookies vor der Auswahl
field-no_cookie_wall = keine Cookie-Wall
field-withdraw_via = Widerruf der Einwilligung
field-online_services = Online-Dienste für Kinder
field-minors = Minderjährige
field-version = Version
field-effective_date = Datum des Inkrafttretens
field-languages = Sprachen
place-purposes-all = Zwecke
place-recipients-all = Empfänger
place-cookies-all = Cookies
place-sources-all = Andere Quellen
place-audiences-all = Personengruppen
place-data_categories-all = Arten von Daten
place-requests = Anfragen und Beschwerden
place-analytics_exempt = Analyse ohne Einwilligung
place-cameras = Überwachungskameras
place-profiles = Wie Daten zu Ihnen gelangen
place-cookie_policy_elsewhere = Cookie-Richtlinie an anderer Stelle veröffentlicht
field-response_days = Antwortfrist in Tagen
field-web_form = Webformular
field-identity_proof = Identitätsnachweis
field-purposes = Zwecke, für die er Daten erhält
field-direct_marketing = Direktwerbung?
field-per_audience-legal_basis = Rechtsgrundlage für eine seiner Gruppen
field-per_audience-legitimate_interest = berechtigtes Interesse für eine seiner Gruppen
field-per_audience-provision = muss diese Gruppe die Daten angeben?
field-per_audience-provision-consequence = wenn diese Gruppe die Daten nicht angibt
field-per_audience-audience = Gruppe mit eigener Rechtsgrundlage
field-special_data-data = Art von Daten mit eigener Bedingung
field-special_data-art10_authorisation = erlaubendes Gesetz für diesen Zweck (Art. 10)
field-complaints = Kontakt für Beschwerden
field-arrangement = Vereinbarung mit uns
field-scc = Standardvertragsklauseln
