## Findings of the compliance checks, shown to the owner of a project before
## they publish. Each finding says what is wrong and where; its .hint says
## what to do. The ids follow the rule ids, with dashes for the dots.
## $item is the purpose, recipient, cookie or data category concerned, by
## its name (or its place in the project file when it has none).
## Wo sie erscheinen: im Assistenten als Karte unter der betroffenen Antwort,
## in dem Schritt, in dem sie gegeben wird (oder am Ende des Schritts oder der
## Karte des Elements), und alle zusammen im letzten Schritt, „Prüfen und
## exportieren“, jeweils mit einer Schaltfläche zu ihrem Schritt; auf der
## Kommandozeile gibt „policywright check“ jede Meldung mit ihrem Hinweis aus
## (als Text oder JSON), und „policywright render“ zählt nur die Fehler. Der
## Kommentar jeder Meldung nennt den Schweregrad (Fehler, Warnung oder
## Empfehlung; ein Fehler lässt die Dokumente Entwürfe bleiben), die Antwort,
## die den Befund auslöst, und wo der Assistent ihn zeigt.

# How a rule's legal basis is cited: $law is one of the law-* names below,
# $articles a list such as "13(1)(c), 14(1)(c)".
# DE: reads "Art. 13(1)(c), 14(1)(c) DSGVO"; the article list comes from the program as it is.
# Nur auf der Kommandozeile: nach „Wo:“ in „policywright check“
# (cli-findings-where) und als citation in der JSON-Ausgabe. Nicht im
# Assistenten.
check-basis = Art. { $articles } { $law }
# Name des Gesetzes in check-basis, für die meisten Regeln.
law-gdpr = DSGVO
# Name des Gesetzes in check-basis, für die Regeln zu Cookies.
law-eprivacy = ePrivacy-Richtlinie
# Name des Gesetzes in check-basis, für die belgischen Kameraregeln (Gesetz vom
# 21. März 2007).
law-camera-law-be = Kameragesetz

## Questions whose answer decides what the documents say. Until answered,
## the documents show a placeholder there and are marked as drafts.
## Neben unbeantworteten Fragen und widersprüchlichen Antworten enthält diese
## Gruppe die Prüfungen der Kameras (Schritt „Personen und Daten“) und einige
## Warnungen zu einzelnen Antworten (Verschlüsselung, Website für
## Ankündigungen, Version der Dokumente).

# Fehler. Kameras sind im Schritt „Personen und Daten“ angekreuzt, und es ist
# keine Rechtsgrundlage dafür gewählt. Assistent: unter den Rechtsgrundlagen
# der Kameras.
check-cameras-basis-missing = Sie setzen Überwachungskameras ein, geben aber nicht an, worauf sich das stützt; die Datenschutzerklärung kann deshalb keine Rechtsgrundlage nennen.
    .hint = Wählen Sie die Rechtsgrundlage der Videoüberwachung. Für ein Geschäft oder ein Büro ist das in der Regel Ihr berechtigtes Interesse am Schutz von Personen und Gütern.
# Fehler. Kameras sind angekreuzt, und die Frage, ob Aufnahmen an Polizei oder
# Justiz gehen (app-q-cameras-police), ist nicht beantwortet. Assistent:
# Schritt „Personen und Daten“, unter dieser Frage.
check-cameras-recipients-unanswered = Sie setzen Überwachungskameras ein, haben aber nicht angegeben, ob Sie Aufnahmen an die Polizei oder die Justiz weitergeben; die Datenschutzerklärung kann deshalb nicht sagen, wer sie erhält.
    .hint = Beantworten Sie unter „Personen und Daten“, ob Sie Aufnahmen an die Polizei oder die Justiz übergeben, wenn sie zum Nachweis einer Straftat beitragen können.
# Fehler. Kameras sind angekreuzt, und wozu sie dienen, ist leer. Assistent:
# Schritt „Personen und Daten“, unter diesem Feld.
check-cameras-purpose-missing = Sie setzen Überwachungskameras ein, geben aber nicht an, wozu.
    .hint = Geben Sie an, wozu die Kameras dienen, zum Beispiel um Diebstähle im Geschäft zu verhindern und aufzuklären.
# Fehler. Kameras sind angekreuzt, und es ist keine Anzahl Tage angegeben.
# Assistent: Schritt „Personen und Daten“, unter diesem Feld.
check-cameras-retention-missing = Sie setzen Überwachungskameras ein, geben aber nicht an, wie lange Sie die Aufnahmen aufbewahren.
    .hint = Geben Sie an, nach wie vielen Tagen die Aufnahmen gelöscht werden.
# Fehler. Organisation in Belgien, Kameras angekreuzt und mehr als 30 Tage
# angegeben; $days ist die angegebene Zahl, $max ist 30. Assistent: Schritt
# „Personen und Daten“, unter dem Feld der Tage.
check-cameras-retention-too-long = Sie bewahren Kameraaufnahmen { $days } Tage lang auf; das belgische Kameragesetz erlaubt höchstens { $max } Tage, es sei denn, die Aufnahmen werden als Beweismittel benötigt.
    .hint = Stellen Sie Ihren Rekorder so ein, dass er die Aufnahmen nach spätestens { $max } Tagen löscht, und tragen Sie die neue Zahl hier ein.
# Fehler. Organisation in Belgien, Kameras angekreuzt und das Kästchen des
# Piktogramms nicht angekreuzt. Assistent: Schritt „Personen und Daten“, unter
# diesem Kontrollkästchen.
check-cameras-pictogram-missing = Aus Ihren Antworten geht nicht hervor, dass an den Zugängen des überwachten Bereichs ein Schild mit dem gesetzlich vorgeschriebenen Piktogramm hängt, wie es das belgische Kameragesetz verlangt.
    .hint = Bringen Sie an jedem Zugang das Piktogramm an (nach dem durch Königlichen Erlass festgelegten Muster), und vermerken Sie das hier.
# Fehler. Organisation in Belgien, Kameras angekreuzt und „bei der Polizei
# angemeldet“ nicht angekreuzt. Assistent: Schritt „Personen und Daten“, unter
# diesem Kontrollkästchen.
check-cameras-not-declared = Aus Ihren Antworten geht nicht hervor, dass die Kameras bei der Polizei angemeldet sind, wie es das belgische Kameragesetz verlangt.
    .hint = Melden Sie die Kameras über www.declarationcamera.be an, und vermerken Sie das hier.
# Fehler. Für die Organisation ist kein Land gewählt. Assistent: Schritt „Ihre
# Organisation“, unter der Länderliste.
check-answers-country-unanswered = Sie haben nicht angegeben, in welchem Land Ihre Organisation niedergelassen ist; die Dokumente können deshalb weder das geltende nationale Recht noch die Aufsichtsbehörde nennen, bei der man sich beschweren kann.
    .hint = Wählen Sie unter „Ihre Organisation“ das Land aus.
# Fehler. Keine Datenart ist angekreuzt oder hinzugefügt. Assistent: Schritt
# „Personen und Daten“, unter der Schaltfläche zum Hinzufügen einer Datenart.
check-answers-data-categories-unanswered = Sie haben nicht angegeben, welche Arten personenbezogener Daten Sie verarbeiten; die Datenschutzerklärung kann sie deshalb nicht aufführen.
    .hint = Kreuzen Sie unter „Personen und Daten“ die Arten von Daten an, die Sie verarbeiten, oder fügen Sie eigene hinzu.
# Fehler. Die Frage zum DSB (app-q-dpo) ist nicht beantwortet. Assistent:
# Schritt „Kontakt und Beschwerden“, unter dieser Frage.
check-answers-dpo-unanswered = Sie haben nicht angegeben, ob Sie einen Datenschutzbeauftragten benannt haben; die Datenschutzerklärung sagt deshalb nichts dazu.
    .hint = Beantworten Sie unter „Kontakt und Beschwerden“, ob ein Datenschutzbeauftragter benannt ist. Geben Sie einen Grund dafür an, dass keiner benannt ist, nur dann, wenn Sie dies tatsächlich geprüft haben.
# Fehler. Die Frage nach anderen Quellen (app-q-sources) ist nicht beantwortet,
# und es ist keine Quelle aufgeführt. Assistent: Schritt „Personen und Daten“,
# unter dieser Frage.
check-answers-sources-unanswered = Sie haben nicht angegeben, ob Sie personenbezogene Daten auch von anderen erhalten als von den betroffenen Personen selbst (Art. 14 DSGVO).
    .hint = Beantworten Sie unter „Personen und Daten“, ob Daten aus anderen Quellen stammen, und nennen Sie diese Quellen gegebenenfalls.
# Fehler. Die Frage, ob jemand die Daten erhält (app-q-recipients), ist nicht
# beantwortet, und es ist kein Empfänger aufgeführt. Assistent: oben im Schritt
# „Empfänger“, unter dieser Frage.
check-answers-recipients-unanswered = Sie haben nicht angegeben, ob jemand außerhalb Ihrer Organisation die Daten erhält; die Datenschutzerklärung sagt deshalb nichts über Empfänger.
    .hint = Nennen Sie unter „Empfänger“, wer die Daten erhält (Ihr Buchhalter, Ihr Webhoster …), oder antworten Sie, dass niemand sie erhält.
# Fehler. Die Frage zur Übermittlung (app-q-transfers) ist nicht beantwortet,
# und kein Empfänger verarbeitet Daten außerhalb des EWR; oder ein Empfänger
# hat eine Garantie, aber kein Land außerhalb des EWR. Assistent: Ende des
# Schritts „Empfänger“, unter dieser Frage.
check-answers-transfers-unanswered = Sie haben nicht angegeben, ob Daten in ein Land außerhalb des Europäischen Wirtschaftsraums gelangen.
    .hint = Beantworten Sie unter „Empfänger“, ob Daten den EWR verlassen. Falls ja, geben Sie bei jedem betroffenen Empfänger das Land und die Garantie an.
# Fehler. Die Frage zu automatisierten Entscheidungen (app-q-automated) ist
# nicht beantwortet, und kein Zweck beschreibt eine solche Entscheidung mit
# erheblichen Wirkungen. Assistent: Schritt „Zwecke“, unter dieser Frage unter
# den Zweckkarten.
check-answers-automated-decisions-unanswered = Sie haben nicht angegeben, ob Entscheidungen über Personen ausschließlich automatisiert getroffen werden.
    .hint = Beantworten Sie unter „Zwecke“, ob eine Entscheidung mit rechtlicher Wirkung oder ähnlich erheblichen Auswirkungen ohne Beteiligung eines Menschen getroffen wird.
# Fehler. Keine Sicherheitsmaßnahme ist angekreuzt. Assistent: Schritt „Kontakt
# und Beschwerden“, unter den Sicherheitsmaßnahmen.
check-answers-security-measures-unanswered = Sie haben nicht angegeben, wie Sie die Daten schützen; die Datenschutzerklärung sagt deshalb nichts dazu.
    .hint = Kreuzen Sie unter „Kontakt und Beschwerden“ die Maßnahmen an, die Sie tatsächlich treffen.
# Fehler. Die Frage zu Online-Diensten für Kinder (app-q-children) ist nicht
# beantwortet. Assistent: Schritt „Kontakt und Beschwerden“, unter den Feldern
# zu Kindern.
check-answers-children-unanswered = Sie haben nicht angegeben, ob Sie Online-Dienste direkt für Kinder anbieten.
    .hint = Beantworten Sie unter „Kontakt und Beschwerden“ die Frage zu Kindern. Sind unter den Personen, deren Daten Sie verarbeiten, Minderjährige, beschreiben Sie, wie Sie mit deren Daten umgehen.
# Fehler. Keine der Arten, Änderungen anzukündigen, ist angekreuzt. Assistent:
# Schritt „Kontakt und Beschwerden“, unter diesen Kontrollkästchen.
check-answers-change-notice-unanswered = Sie haben nicht angegeben, wie Sie Änderungen an den Dokumenten bekannt geben.
    .hint = Kreuzen Sie unter „Kontakt und Beschwerden“ an, wie man von einer neuen Fassung erfährt.
# Fehler. Die Cookie-Frage (app-q-cookies) ist nicht beantwortet, und es ist
# kein Cookie aufgeführt; nicht gestellt, wenn die Cookie-Richtlinie anderswo
# veröffentlicht ist. Assistent: Schritt „Cookies“, unter dieser Frage.
check-answers-cookies-unanswered = Sie haben nicht angegeben, ob Ihre Website Cookies oder ähnliche Technologien einsetzt; die Cookie-Richtlinie sagt deshalb nichts dazu.
    .hint = Führen Sie unter „Cookies“ die Cookies auf, die Ihre Website setzt (Sie können sie aus Ihrem Browser importieren), oder antworten Sie, dass sie keine setzt.
# Fehler. Ein aufgeführtes Cookie braucht eine Einwilligung, und wie sie
# eingeholt wird (app-q-consent), ist nicht beantwortet; nicht gestellt, wenn
# die Cookie-Richtlinie anderswo veröffentlicht ist. Assistent: Schritt
# „Cookies“, am Ende des Abschnitts zur Einwilligung.
check-answers-cookie-consent-unanswered = Ihre Website setzt einwilligungspflichtige Cookies, und Sie haben nicht angegeben, wie Sie die Einwilligung einholen.
    .hint = Beantworten Sie unter „Cookies“, wie Besucher um ihre Einwilligung gebeten werden.
# Fehler. „Nein, alle stammen von den betroffenen Personen selbst“ ist
# geantwortet, obwohl Quellen aufgeführt sind. Assistent: Schritt „Personen und
# Daten“, unter der Frage nach anderen Quellen.
check-answers-sources-contradictory = Sie haben angegeben, dass alle Daten von den betroffenen Personen selbst stammen, nennen aber auch andere Quellen. Die Dokumente sagen deshalb weder das eine noch das andere.
    .hint = Entfernen Sie die Quellen, oder ändern Sie die Antwort dahin, dass Daten auch von anderen stammen.
# Fehler. „Nein, niemand“ ist geantwortet, obwohl Empfänger aufgeführt sind.
# Assistent: oben im Schritt „Empfänger“.
check-answers-recipients-contradictory = Sie haben angegeben, dass niemand außerhalb Ihrer Organisation die Daten erhält, nennen aber auch Empfänger. Die Dokumente sagen deshalb weder das eine noch das andere.
    .hint = Entfernen Sie die Empfänger, oder ändern Sie die Antwort dahin, dass andere sehr wohl Daten erhalten.
# Fehler. „Nein“ ist auf die Frage zur Übermittlung geantwortet, obwohl ein
# Empfänger Daten außerhalb des EWR verarbeitet oder eine Garantie ohne Land
# außerhalb davon hat. Assistent: Ende des Schritts „Empfänger“.
check-answers-transfers-contradictory = Sie haben angegeben, dass keine Daten den Europäischen Wirtschaftsraum verlassen, doch ein Empfänger befindet sich außerhalb davon oder hat eine Garantie für Übermittlungen. Die Dokumente sagen deshalb weder das eine noch das andere.
    .hint = Prüfen Sie die Länder und Garantien der Empfänger, und beantworten Sie dann die Frage zu Übermittlungen erneut.
# Fehler. „Nein“ ist auf app-q-automated geantwortet, obwohl ein Zweck eine
# Entscheidung durch einen Computer mit erheblichen Wirkungen beschreibt.
# Assistent: Schritt „Zwecke“, unter dieser Frage.
check-answers-automated-decisions-contradictory = Sie haben angegeben, dass keine ausschließlich automatisierten Entscheidungen getroffen werden, doch ein Zweck beschreibt eine solche Entscheidung. Die Dokumente sagen deshalb weder das eine noch das andere.
    .hint = Entfernen Sie die automatisierte Entscheidung aus dem Zweck, oder ändern Sie die Antwort.
# Fehler. „Nein, keine“ ist auf die Cookie-Frage geantwortet, obwohl Cookies
# aufgeführt sind. Assistent: Schritt „Cookies“, unter dieser Frage.
check-answers-cookies-contradictory = Sie haben angegeben, dass Ihre Website keine Cookies setzt, führen aber Cookies auf. Die Cookie-Richtlinie sagt deshalb weder das eine noch das andere.
    .hint = Entfernen Sie die Cookies, oder ändern Sie die Antwort dahin, dass die Website Cookies setzt.
# Fehler. Die Frage „öffentlich zugänglich?“ einer Quelle (app-q-source-public)
# ist nicht beantwortet; $item ist die Beschreibung der Quelle. Assistent:
# Schritt „Personen und Daten“, in der Karte dieser Quelle.
check-art14-source-public-unanswered = Sie haben nicht angegeben, ob die Quelle „{ $item }“ öffentlich zugänglich ist; das muss die Datenschutzerklärung aber angeben.
    .hint = Beantworten Sie unter „Personen und Daten“, ob diese Quelle öffentlich zugänglich ist (ein öffentliches Register, eine Website) oder nicht.
# Warnung. Das Projekt nennt die bloße Maßnahme „Verschlüsselung“ aus
# Projektdateien im Format 1, die der Assistent nicht mehr anbietet (er bietet
# Verschlüsselung bei der Übertragung und bei der Speicherung). Assistent:
# Schritt „Kontakt und Beschwerden“, unter den Sicherheitsmaßnahmen.
check-art32-security-encryption-where = Sie haben „Verschlüsselung“ angekreuzt, ohne anzugeben, wo; die Datenschutzerklärung erwähnt sie deshalb nicht.
    .hint = Kreuzen Sie unter „Kontakt und Beschwerden“ an, ob Daten bei der Übertragung, bei der Speicherung oder in beiden Fällen verschlüsselt werden.
# Warnung. Änderungen auf der Website ankündigen ist angekreuzt, und die
# Organisation hat keine Website. Assistent: Schritt „Kontakt und Beschwerden“,
# unter diesen Kontrollkästchen.
check-art12-changes-website-missing = Sie geben Änderungen auf Ihrer Website bekannt, haben aber keine Website angegeben.
    .hint = Tragen Sie Ihre Website unter „Ihre Organisation“ ein, oder wählen Sie einen anderen Weg, Änderungen bekannt zu geben.
# Warnung. Die Version der Dokumente ist leer. Assistent: nur in der Liste im
# Schritt „Prüfen und exportieren“, wo das Feld der Version steht.
check-document-version-missing = Die Dokumente haben keine Versionsangabe; Leser können deshalb eine Fassung nicht von der nächsten unterscheiden.
    .hint = Geben Sie den Dokumenten unter „Prüfen und exportieren“ eine Version, etwa 1.0.

## Who is responsible, and how to reach them.

# Fehler. Der Name der Organisation ist leer. Assistent: Schritt „Ihre
# Organisation“, unter dem Namen.
check-art13-controller-name-missing = Die Organisation hat keinen Namen; die Dokumente können deshalb nicht sagen, wer für die Daten verantwortlich ist.
    .hint = Tragen Sie den offiziellen Namen der Organisation ein, so wie er eingetragen ist.
# Warnung. Der Name endet auf die angegebene Rechtsform (Punkte und
# Großschreibung zählen nicht); $form ist die Rechtsform wie eingegeben.
# Assistent: Schritt „Ihre Organisation“, unter dem Namen.
check-art13-controller-name-has-legal-form = Der Name endet bereits auf „{ $form }“, und die Dokumente setzen die Rechtsform hinter den Namen; sie stünde dann zweimal da.
    .hint = Schreiben Sie den Namen ohne Rechtsform, zum Beispiel „Bäckerei Janssens“ mit der Rechtsform „{ $form }“.
# Fehler. Straße, Postleitzahl oder Ort ist leer. Assistent: Schritt „Ihre
# Organisation“, unter der Länderliste.
check-art13-controller-address-incomplete = Die Anschrift der Organisation ist unvollständig: Leser brauchen Straße, Postleitzahl und Ort, um zu wissen, wo sie Sie erreichen.
    .hint = Tragen Sie Straße und Hausnummer, Postleitzahl und Ort der Organisation ein.
# Warnung. Organisation in Belgien oder den Niederlanden ohne
# Unternehmensnummer (ZDU/KBO) oder KvK-Nummer; $country ist der Name des
# Landes. Assistent: Schritt „Ihre Organisation“, unter den Nummern.
check-art13-controller-enterprise-number-missing = Es ist keine Unternehmensnummer angegeben. Jede Organisation mit Sitz in diesem Land ({ $country }) hat eine, und Leser erkennen daran genau, welche Organisation verantwortlich ist.
    .hint = Tragen Sie die Nummer ein: in Belgien die Unternehmensnummer aus der Zentralen Datenbank der Unternehmen (ZDU), geschrieben 0123.456.789; in den Niederlanden die achtstellige Nummer der Handelskammer (Kamer van Koophandel, KvK).
# Fehler. Das Land der Organisation liegt außerhalb des EWR, und es ist kein
# Vertreter genannt; $country ist dieses Land. Der Assistent hat kein Feld für
# den Vertreter (organisation.representative in der Projektdatei): der Befund
# steht am Ende des Schritts „Ihre Organisation“.
check-art27-representative-missing = Die Organisation hat ihren Sitz außerhalb des Europäischen Wirtschaftsraums ({ $country }) und nennt keinen Vertreter in der EU.
    .hint = Benennen Sie einen Vertreter in einem EU-Land, in dem die Menschen leben, für die Sie tätig sind, und tragen Sie dessen Namen und Kontaktdaten ein.
# Fehler. In der Projektdatei ist ein Vertreter ohne E-Mail, Telefon oder
# Adresse genannt. Assistent: Ende des Schritts „Ihre Organisation“.
check-art13-representative-contact-missing = Der Vertreter in der EU ist ohne Kontaktdaten angegeben.
    .hint = Tragen Sie eine E-Mail-Adresse, eine Telefonnummer oder eine Postanschrift ein, unter der man den Vertreter erreichen kann.
# Fehler. Die Frage zum DSB ist mit Ja beantwortet, und der DSB hat weder
# E-Mail noch Telefon noch Adresse. Assistent: Schritt „Kontakt und
# Beschwerden“, unter der Frage zum DSB.
check-art13-dpo-contact-missing = Ein Datenschutzbeauftragter ist ohne Kontaktdaten angegeben.
    .hint = Tragen Sie eine E-Mail-Adresse, eine Telefonnummer oder eine Postanschrift ein, unter der man den Datenschutzbeauftragten direkt erreichen kann.
# Warnung. Kein DSB benannt (oder nicht beantwortet), während ein Zweck
# sensible Daten (Art. 9) anderer Personen als Beschäftigter und Bewerber
# verwendet; $purpose ist der Name dieses Zwecks. Assistent: Schritt „Kontakt
# und Beschwerden“, unter der Frage zum DSB.
check-art37-dpo-likely-required = Es ist kein Datenschutzbeauftragter benannt, obwohl der Zweck „{ $purpose }“ sensible Daten (etwa Gesundheitsdaten) von anderen Personen als Ihrem Personal verarbeitet. Ist eine solche umfangreiche Verarbeitung der Kern Ihrer Tätigkeit (etwa in einer Gruppenpraxis, einem Labor, einem Krankenhaus oder einer Gewerkschaft), schreibt das Gesetz einen Datenschutzbeauftragten vor.
    .hint = Ist diese Verarbeitung umfangreich und steht sie im Mittelpunkt Ihrer Tätigkeit, benennen Sie einen Datenschutzbeauftragten und tragen Sie dessen Kontaktdaten ein. Eine Einzelpraxis oder eine kleine Organisation braucht in der Regel keinen; dann können Sie diesen Hinweis so stehen lassen.
# Fehler. Die Adresse für Anfragen (die des Ansprechpartners, sonst die der
# Organisation) ist leer, ungültig oder eine Beispieladresse. Assistent:
# Schritt „Kontakt und Beschwerden“ unter der E-Mail des Ansprechpartners oder
# Schritt „Ihre Organisation“ unter der E-Mail-Adresse.
check-art12-rights-channel-missing = Es gibt keine funktionierende E-Mail-Adresse für Datenschutzanfragen; niemand kann also die Rechte ausüben, die in der Datenschutzerklärung aufgeführt sind.
    .hint = Tragen Sie eine gültige E-Mail-Adresse ein, die auch tatsächlich gelesen wird – für den Datenschutzkontakt oder für die Organisation –, zum Beispiel datenschutz@ihrunternehmen.be.
# Fehler. Es ist ein Land gewählt, für das policywright keine Aufsichtsbehörde
# kennt, und die Projektdatei gibt keine an; $country ist dieses Land.
# Assistent: Schritt „Kontakt und Beschwerden“, unter dem Kasten der Behörde.
# Die Behörde kann nur in der Projektdatei angegeben werden
# (supervisory_authority).
check-art13-complaint-authority-missing = Die Dokumente können keine Aufsichtsbehörde nennen, bei der man Beschwerde einlegen kann: policywright kennt keine für dieses Land ({ $country }).
    .hint = Tragen Sie die Datenschutzbehörde Ihres Landes selbst ein, mit Name, Anschrift und Website.
# Fehler. Die in der Projektdatei angegebene Behörde besteht nicht mehr (etwa
# die belgische Privacy Commission oder das niederländische College bescherming
# persoonsgegevens); $item ist ihr Name wie angegeben. Assistent: Schritt
# „Kontakt und Beschwerden“, unter dem Kasten der Behörde.
check-art13-complaint-authority-former = Die Aufsichtsbehörde „{ $item }“ besteht nicht mehr: Beschwerden, die dorthin gehen, erreichen niemanden.
    .hint = Entfernen Sie die von Ihnen eingetragene Behörde. Für Belgien und die Niederlande nennt policywright die heute zuständige Behörde von selbst (die Datenschutzbehörde bzw. die Autoriteit Persoonsgegevens).

## Purposes, legal bases and retention.

# Fehler. Das Projekt hat überhaupt keinen Zweck. Assistent: Schritt „Zwecke“,
# unter der Schaltfläche zum Hinzufügen eines Zwecks.
check-art13-purposes-missing = Es ist kein Zweck angegeben: Die Datenschutzerklärung muss sagen, warum Sie personenbezogene Daten verarbeiten.
    .hint = Fügen Sie jeden Zweck hinzu, etwa die Abwicklung von Bestellungen, den Versand des Newsletters oder die Lohnabrechnung, jeweils mit Rechtsgrundlage und Speicherdauer.
# Fehler. Ein Zweck oder die eigenen Bedingungen einer Gruppe darin hat keine
# Rechtsgrundlage; $item ist der Name des Zwecks. Assistent: Schritt „Zwecke“,
# in seiner Karte unter den Rechtsgrundlagen (oder unter den Bedingungen der
# Gruppe).
check-art13-purpose-legal-basis-missing = Der Zweck „{ $item }“ hat keine Rechtsgrundlage.
    .hint = Wählen Sie die Grundlage, auf der Sie die Daten für diesen Zweck verwenden dürfen: Einwilligung, Vertrag, rechtliche Verpflichtung, lebenswichtige Interessen, Aufgabe im öffentlichen Interesse oder berechtigtes Interesse.
# Fehler. Die Rechtsgrundlage ist das berechtigte Interesse, und das Feld des
# Interesses ist leer; $item ist der Name des Zwecks. Assistent: Schritt
# „Zwecke“, in der Karte des Zwecks.
check-art13-purpose-legitimate-interest-missing = Der Zweck „{ $item }“ stützt sich auf ein berechtigtes Interesse, das Interesse selbst ist aber nicht beschrieben.
    .hint = Beschreiben Sie in wenigen Worten, welches Interesse Sie verfolgen, etwa „Schutz unserer Website vor Missbrauch“ oder „Information unserer Kunden über ähnliche Produkte“.
# Fehler. Für einen Zweck ist weder eine feste Frist noch ein Kriterium
# angegeben (oder das Kriterium ist leer); $item ist sein Name. Assistent:
# Schritt „Zwecke“, unter der Speicherdauer.
check-art13-purpose-retention-missing = Beim Zweck „{ $item }“ fehlt die Angabe, wie lange die Daten gespeichert werden.
    .hint = Geben Sie eine Frist an, etwa 7 Jahre nach Ende des Geschäftsjahres, oder die Kriterien, nach denen sie sich richtet. „So lange wie nötig“ allein genügt nicht.
# Warnung. Die Rechtsgrundlage ist ein Vertrag oder eine rechtliche
# Verpflichtung, und „Müssen die Personen diese Daten angeben?“ steht noch auf
# „nicht abgefragt“; $item ist der Name des Zwecks. Assistent: Schritt
# „Zwecke“, unter dieser Liste.
check-art13-purpose-provision-missing = Der Zweck „{ $item }“ stützt sich auf einen Vertrag oder eine rechtliche Verpflichtung, gibt aber nicht an, ob die Personen die Daten bereitstellen müssen und was geschieht, wenn sie es nicht tun.
    .hint = Geben Sie an, ob die Angabe der Daten vorgeschrieben ist (gesetzlich, vertraglich oder für einen Vertragsabschluss erforderlich) und welche Folgen es hat, wenn sie fehlen. Kennzeichnen und erklären Ihre Formulare die Pflichtfelder bereits, kann das genügen.
# Warnung. Eine andere Antwort als „nein, das entscheiden sie selbst“ ist
# gewählt, und „Was geschieht, wenn sie die Daten nicht angeben?“ ist leer;
# $item ist der Name des Zwecks. Assistent: Schritt „Zwecke“, unter dieser
# Liste.
check-art13-purpose-provision-consequence-missing = Für den Zweck „{ $item }“ müssen Personen Daten angeben, es ist aber nicht gesagt, was geschieht, wenn sie es nicht tun.
    .hint = Beschreiben Sie die Folge in wenigen Worten, etwa „können wir Ihre Bestellung nicht liefern“.
# Fehler. In einem Zweck ist eine Entscheidung durch einen Computer angekreuzt,
# und „Wie wird entschieden?“ ist leer; $item ist der Name des Zwecks.
# Assistent: Schritt „Zwecke“, bei der Entscheidung in der Karte des Zwecks.
check-art13-automated-decision-logic-missing = Bei der automatisierten Entscheidung im Zweck „{ $item }“ ist nicht erklärt, wie die Entscheidung zustande kommt.
    .hint = Erklären Sie in einfachen Worten, worauf die Entscheidung beruht, etwa „eine Bewertung anhand Ihres bisherigen Zahlungsverhaltens“.
# Fehler. Eine Entscheidung durch einen Computer ist angekreuzt, und „Was
# bedeutet das für die Person?“ ist leer; $item ist der Name des Zwecks.
# Assistent: Schritt „Zwecke“, bei der Entscheidung.
check-art13-automated-decision-consequences-missing = Bei der automatisierten Entscheidung im Zweck „{ $item }“ fehlt die Angabe, was sie für die betroffene Person bedeutet.
    .hint = Beschreiben Sie, was das Ergebnis für die Person bedeuten kann, etwa „bei einer niedrigen Bewertung können Sie nicht auf Rechnung bezahlen“.
# Fehler. Eine Entscheidung durch einen Computer ist angekreuzt, und ihre Frage
# nach rechtlichen oder erheblichen Wirkungen (app-q-art22) ist nicht
# beantwortet; $item ist der Name des Zwecks. Assistent: Schritt „Zwecke“, bei
# der Entscheidung.
check-art22-automated-decision-significance-unanswered = Sie haben nicht angegeben, ob die automatisierte Entscheidung bei „{ $item }“ für Personen rechtliche Wirkung oder ähnlich erhebliche Auswirkungen hat; davon hängt ab, was die Datenschutzerklärung darüber sagen muss.
    .hint = Beantworten Sie unter „Zwecke“ die Frage bei der Entscheidung: Eine abgelehnte Zahlung oder ein verweigerter Vertrag ist erheblich, eine Produktempfehlung nicht.
# Fehler. app-q-art22 ist mit Ja beantwortet, und keine Ausnahme nach Art.
# 22(2) ist gewählt; $item ist der Name des Zwecks. Assistent: Schritt
# „Zwecke“, bei der Entscheidung.
check-art22-automated-decision-ground-missing = Die Entscheidung bei „{ $item }“ trifft allein ein Computer, und zwar mit erheblichen Auswirkungen, doch Sie haben nicht angegeben, was das erlaubt. Art. 22 Abs. 2 DSGVO lässt dies nur für einen Vertrag, aufgrund eines Gesetzes oder mit ausdrücklicher Einwilligung zu.
    .hint = Wählen Sie unter „Zwecke“ die zutreffende Ausnahme. Trifft keine zu, muss ein Mensch jede solche Entscheidung treffen oder überprüfen.

## Sensitive data and sources.

# Fehler. Eine sensible Datenart (Art. 9) ist angekreuzt oder eine eigene als
# sensibel markiert, ohne Ausnahme, und nicht jeder Zweck, der sie verwendet,
# gibt eine eigene an; $item ist der Name der Art. Assistent: Schritt „Personen
# und Daten“, neben dieser Art.
check-art9-condition-missing = „{ $item }“ gehört zu den besonderen Kategorien personenbezogener Daten, und es ist keine Ausnahme gewählt, die Ihnen die Verarbeitung erlaubt.
    .hint = Wählen Sie die zutreffende Ausnahme nach Art. 9 Abs. 2 DSGVO, etwa die ausdrückliche Einwilligung oder die Gesundheitsversorgung. Ohne eine solche Ausnahme dürfen Sie diese Daten nicht verarbeiten.
# Fehler. Die Art „Strafrechtliche Verurteilungen und Straftaten“ ist ohne das
# erlaubende Gesetz angekreuzt, und nicht jeder Zweck, der sie verwendet, nennt
# eines; $item ist der Name der Art. Assistent: Schritt „Personen und Daten“,
# neben dieser Art.
check-art10-authorisation-missing = Daten über strafrechtliche Verurteilungen und Straftaten („{ $item }“) werden verarbeitet, ohne dass das Gesetz genannt wird, das dies erlaubt.
    .hint = Nennen Sie das Gesetz oder die Vorschrift, die Ihnen die Verarbeitung dieser Daten erlaubt, etwa die Regeln über den Auszug aus dem Strafregister für die Arbeit mit Minderjährigen.
# Fehler. Eine Quellenkarte hat keine Beschreibung. Assistent: Schritt
# „Personen und Daten“, in der Karte dieser Quelle.
check-art14-source-description-missing = Eine Quelle von Daten, die Sie nicht von den betroffenen Personen selbst erhalten, hat keine Beschreibung.
    .hint = Beschreiben Sie, woher die Daten stammen, etwa „das öffentliche Unternehmensregister“ oder „die Person, die die Bestellung aufgegeben hat“.
# Fehler. In einer Quellenkarte ist keine Datenart angekreuzt; $item ist die
# Beschreibung der Quelle. Assistent: Schritt „Personen und Daten“, in der
# Karte dieser Quelle.
check-art14-source-data-missing = Bei der Quelle „{ $item }“ ist nicht angegeben, welche Daten sie liefert.
    .hint = Wählen Sie die Arten von Daten, die Sie aus dieser Quelle erhalten.

## Recipients and transfers outside the European Economic Area.

# Fehler. Eine Empfängerkarte hat keinen Namen. Assistent: Schritt „Empfänger“,
# in der Karte unter dem Namen.
check-art13-recipient-name-missing = Ein Empfänger von Daten hat keinen Namen.
    .hint = Geben Sie den Namen des Unternehmens an oder eine Kategorie wie „unser Buchhalter“.
# Fehler. Die Rolle ist gemeinsam Verantwortlicher, und die Vereinbarung ist
# leer; $item ist der Name des Empfängers. Assistent: Schritt „Empfänger“, in
# der Karte unter der Vereinbarung.
check-art26-joint-controller-arrangement-missing = „{ $item }“ ist mit Ihnen gemeinsam Verantwortlicher, doch das Wesentliche Ihrer Vereinbarung ist nicht angegeben, obwohl die betroffenen Personen ein Recht darauf haben, es zu erfahren.
    .hint = Beschreiben Sie unter „Empfänger“ in wenigen Sätzen, wer was übernimmt: wer die Personen informiert, wer die Einwilligung einholt, wer Anfragen beantwortet.
# Fehler. Standardvertragsklauseln eines aufgehobenen Beschlusses sind gewählt;
# $item ist der Name des Empfängers, $decision der Beschluss (2001/497,
# 2004/915 oder 2010/87). Assistent: Schritt „Empfänger“, in der Karte unter
# den Klauseln.
check-art46-transfer-scc-repealed = Die Standardvertragsklauseln mit „{ $item }“ sind die des Beschlusses { $decision }, der aufgehoben ist: Seit dem 27. Dezember 2022 sind für Übermittlungen die Klauseln des Durchführungsbeschlusses (EU) 2021/914 erforderlich.
    .hint = Vereinbaren Sie mit dem Empfänger die Klauseln nach 2021/914 (die meisten Anbieter haben sie in ihre Bedingungen zur Auftragsverarbeitung aufgenommen), und wählen Sie sie dann unter „Empfänger“ aus.
# Warnung. Ein Empfänger hat keine Rolle; $item ist sein Name. Assistent:
# Schritt „Empfänger“, unter der Rollenliste.
check-art13-recipient-role-missing = Der Empfänger „{ $item }“ hat keine Rolle; Leser können deshalb nicht erkennen, ob er in Ihrem Auftrag handelt oder selbst entscheidet, was mit den Daten geschieht.
    .hint = Wählen Sie seine Rolle: Auftragsverarbeiter (arbeitet für Sie, auf Grundlage eines Auftragsverarbeitungsvertrags), eigenständiger Verantwortlicher, gemeinsam Verantwortlicher, Behörde oder Unternehmen Ihrer Gruppe.
# Fehler. Ein Empfänger verarbeitet Daten in einem Land außerhalb des EWR ohne
# Angemessenheitsbeschluss, und keine Garantie ist gewählt; oder „außerhalb des
# EWR, Länder nicht genannt“ ist angekreuzt ohne Klauseln, verbindliche interne
# Datenschutzvorschriften oder Ausnahme. $item ist der Name des Empfängers,
# $country das Land (oder country-outside-eea-unstated aus common.ftl).
# Assistent: Schritt „Empfänger“, unter der Garantie.
check-art13-transfer-safeguard-missing = Daten gehen ohne Garantie an „{ $item }“ in einem Land außerhalb des Europäischen Wirtschaftsraums ({ $country }), und für dieses Land besteht kein Angemessenheitsbeschluss.
    .hint = Fragen Sie den Empfänger, welche Garantie er verwendet (meist die Standardvertragsklauseln der Europäischen Kommission), und tragen Sie sie ein. Hat er keine, wählen Sie einen anderen Anbieter.
# Fehler. „Angemessenheitsbeschluss“ ist als Garantie für ein Land gewählt, das
# keinen hat; $item ist der Name des Empfängers, $country das Land. Assistent:
# Schritt „Empfänger“, unter der Garantie.
check-art45-transfer-adequacy-not-found = Für „{ $item }“ haben Sie einen Angemessenheitsbeschluss gewählt, doch die Europäische Kommission hat für dieses Land ({ $country }) keinen erlassen.
    .hint = Fragen Sie den Empfänger, welche Garantie er tatsächlich verwendet – meist Standardvertragsklauseln –, und tragen Sie diese stattdessen ein.
# Fehler. „Angemessenheitsbeschluss“ ist für die Vereinigten Staaten gewählt,
# deren Beschluss nur nach dem Data Privacy Framework zertifizierte
# Organisationen abdeckt; $item ist der Name des Empfängers, $country das Land.
# Assistent: Schritt „Empfänger“, unter der Garantie.
check-art45-transfer-adequacy-needs-dpf = Für „{ $item }“ haben Sie einen Angemessenheitsbeschluss für das Empfängerland ({ $country }) gewählt, doch dieser Beschluss gilt nur für Organisationen, die nach dem EU-US-Datenschutzrahmen (EU-US Data Privacy Framework) zertifiziert sind.
    .hint = Steht „{ $item }“ auf der Liste des Data Privacy Framework, wählen Sie diese Garantie; andernfalls fragen Sie, welche Garantie der Empfänger verwendet – meist Standardvertragsklauseln.
# Fehler. „EU-US-Datenschutzrahmen“ ist für ein anderes Land als die
# Vereinigten Staaten gewählt; $item ist der Name des Empfängers, $country das
# Land. Assistent: Schritt „Empfänger“, unter der Garantie.
check-art45-transfer-dpf-outside-us = Für „{ $item }“ ({ $country }) haben Sie den EU-US-Datenschutzrahmen (EU-US Data Privacy Framework) gewählt, der nur für zertifizierte Organisationen in den Vereinigten Staaten gilt.
    .hint = Prüfen Sie das Land des Empfängers. Bleiben die Daten in diesem Land ({ $country }), wählen Sie die Garantie, die dort gilt; gehen sie in die Vereinigten Staaten, tragen Sie dieses Land ein.
# Fehler. Eine Ausnahme für bestimmte Fälle (Art. 49) ist die Garantie, und ihr
# Grund ist leer; $item ist der Name des Empfängers. Der Assistent bietet keine
# Ausnahmen an: sie kommen aus der Projektdatei. Assistent: Schritt
# „Empfänger“, unter der Garantie.
check-art49-transfer-derogation-unexplained = Die Übermittlung an „{ $item }“ stützt sich auf eine Ausnahme für bestimmte Fälle, doch diese Ausnahme ist nicht beschrieben.
    .hint = Beschreiben Sie die zutreffende Ausnahme, etwa „Ihre ausdrückliche Einwilligung, nachdem wir Sie über die Risiken aufgeklärt haben“ oder „erforderlich zur Erfüllung Ihres Vertrags“. Diese Ausnahmen sind nur für gelegentliche Übermittlungen gedacht.
# Warnung. Eine Garantie ist gesetzt, obwohl jedes Land des Empfängers im EWR
# liegt; $item ist der Name des Empfängers, $country sein Land. Assistent:
# Schritt „Empfänger“, unter dem Land.
check-art44-transfer-safeguard-inside-eea = Für „{ $item }“ haben Sie eine Garantie für Übermittlungen gewählt, doch das Land ({ $country }) gehört zum Europäischen Wirtschaftsraum, wo keine nötig ist.
    .hint = Gehen die Daten tatsächlich in ein anderes Land, etwa in die Vereinigten Staaten, tragen Sie dieses Land ein; andernfalls entfernen Sie die Garantie.
# Warnung. Eine Garantie ist gesetzt, und für den Empfänger ist kein Land
# gewählt; $item ist sein Name. Assistent: Schritt „Empfänger“, unter dem Land.
check-art13-transfer-country-missing = Für „{ $item }“ haben Sie eine Garantie für Übermittlungen gewählt, aber nicht das Land, in das die Daten gehen.
    .hint = Tragen Sie das Land ein, in dem der Empfänger die Daten verarbeitet, damit die Datenschutzerklärung angeben kann, wohin sie gehen.

## Cookies.

# Fehler. Ein Cookie braucht eine Einwilligung, und „Es wird keine Einwilligung
# eingeholt“ ist gewählt. Assistent: Schritt „Cookies“, am Ende des Abschnitts
# zur Einwilligung.
check-eprivacy-cookies-consent-missing = Ihre Website verwendet einwilligungspflichtige Cookies, doch kein Cookie-Banner holt die Einwilligung ein, bevor sie gesetzt werden.
    .hint = Verwenden Sie ein Cookie-Banner, das fragt, bevor ein nicht unbedingt erforderliches Cookie gesetzt wird, mit einer Schaltfläche zum Ablehnen, die ebenso einfach zu bedienen ist wie die zum Annehmen. Weitersurfen ist keine Einwilligung.
# Fehler. Ein Cookie braucht eine Einwilligung, und „Weitersurfen gilt als
# Einwilligung“ ist gewählt. Assistent: Schritt „Cookies“, am Ende des
# Abschnitts zur Einwilligung.
check-eprivacy-cookies-consent-implied = Ihre Website wertet das Weitersurfen als Einwilligung in Cookies. Das ist keine Einwilligung: Besucher müssen aktiv zustimmen, bevor die Cookies gesetzt werden.
    .hint = Verwenden Sie ein Cookie-Banner, das fragt, bevor ein nicht unbedingt erforderliches Cookie gesetzt wird, und antworten Sie unter „Cookies“ mit „Mit einem Banner“.
# Fehler. Ein Banner fragt nach Einwilligung für Cookies, die sie brauchen, und
# „Wo können Besucher ihre Wahl ändern?“ ist leer. Assistent: Schritt
# „Cookies“, am Ende des Abschnitts zur Einwilligung.
check-art7-cookies-withdrawal-missing = Besucher können ihre Einwilligung in Cookies nicht so einfach widerrufen, wie sie sie erteilt haben: Die Cookie-Richtlinie kann ihnen nur raten, Ihnen zu schreiben oder ihre Cookies zu löschen.
    .hint = Bieten Sie auf jeder Seite einen Link oder eine Schaltfläche an, etwa „Cookie-Einstellungen“, mit der sich die Cookie-Auswahl erneut öffnen lässt, und beschreiben Sie, wo sie zu finden ist.
# Warnung. Cookies mehrerer Kategorien brauchen eine Einwilligung, ein Banner
# holt sie ein, und app-consent-per-category ist nicht angekreuzt. Assistent:
# Schritt „Cookies“, am Ende des Abschnitts zur Einwilligung.
check-art7-cookies-consent-not-granular = Cookies mehrerer Kategorien benötigen eine Einwilligung, doch Besucher können sie nur alle auf einmal annehmen oder ablehnen.
    .hint = Lassen Sie Besucher in Ihrem Cookie-Banner je Kategorie wählen (zum Beispiel Analyse- und Marketing-Cookies getrennt), und vermerken Sie das hier.
# Warnung. Die niederländische Ausnahme für Analyse-Cookies
# (app-analytics-exempt) ist angekreuzt, obwohl die Organisation nicht in den
# Niederlanden ist. Assistent: nur in der Liste im Schritt „Prüfen und
# exportieren“, nicht im Schritt „Cookies“.
check-eprivacy-cookies-analytics-exempt-outside-nl = Sie geben an, dass Ihre Analyse-Cookies nach der niederländischen Ausnahme für Analyse-Cookies mit geringen Auswirkungen auf die Privatsphäre ohne Einwilligung gesetzt werden dürfen, doch Ihre Organisation ist nicht in den Niederlanden niedergelassen.
    .hint = Außerhalb der Niederlande holen Sie für Analyse-Cookies eine Einwilligung ein; entfernen Sie das Häkchen bei der Ausnahme.
# Warnung. Organisation in den Niederlanden, die niederländische Ausnahme ist
# angekreuzt, und ein Analyse-Cookie wird von einem anderen Unternehmen gesetzt
# (Drittanbieter angekreuzt); $item ist der Name dieses Cookies. Assistent: nur
# in der Liste im Schritt „Prüfen und exportieren“, nicht im Schritt „Cookies“.
check-eprivacy-cookies-analytics-exempt-third-party = Sie nutzen die niederländische Ausnahme für Analyse-Cookies mit geringen Auswirkungen auf die Privatsphäre, doch „{ $item }“ ist ein Analyse-Cookie eines anderen Unternehmens, das deren Bedingungen selten erfüllt: Der Anbieter kann die Daten für eigene Zwecke nutzen.
    .hint = Prüfen Sie die Bedingungen der niederländischen Datenschutzbehörde, der Autoriteit Persoonsgegevens (Daten werden mit niemandem geteilt, IP-Adressen werden gekürzt, ein Auftragsverarbeitungsvertrag besteht). Erfüllt Ihre Konfiguration sie nicht, entfernen Sie das Häkchen bei der Ausnahme und holen Sie eine Einwilligung ein.
# Fehler. Ein Banner holt die Einwilligung für Cookies ein, die sie brauchen,
# und app-consent-waits ist nicht angekreuzt. Assistent: Schritt „Cookies“, am
# Ende des Abschnitts zur Einwilligung.
check-eprivacy-cookies-set-before-choice = Aus Ihren Antworten geht nicht hervor, dass die Website die Entscheidung des Besuchers abwartet, bevor sie einwilligungspflichtige Cookies setzt.
    .hint = Stellen Sie Ihre Website oder Ihr Einwilligungstool so ein, dass nur unbedingt erforderliche Cookies gesetzt werden, bis der Besucher zustimmt (Skripte bleiben bis dahin blockiert), prüfen Sie das in einem privaten Browserfenster, und vermerken Sie es hier; bis dahin kann die Cookie-Richtlinie dies nicht zusagen.
# Fehler. Ein Banner holt die Einwilligung für Cookies ein, die sie brauchen,
# und app-consent-refuse ist nicht angekreuzt. Assistent: Schritt „Cookies“, am
# Ende des Abschnitts zur Einwilligung.
check-art7-cookies-refusal-not-as-easy = Aus Ihren Antworten geht nicht hervor, dass das Ablehnen von Cookies so einfach ist wie das Annehmen.
    .hint = Platzieren Sie auf der ersten Ebene Ihres Banners neben der Schaltfläche zum Annehmen eine ebenso gut sichtbare Schaltfläche zum Ablehnen, und vermerken Sie das hier; bis dahin kann die Cookie-Richtlinie dies nicht zusagen.
# Fehler. Ein Banner holt die Einwilligung für Cookies ein, die sie brauchen,
# und app-consent-no-wall ist nicht angekreuzt. Assistent: Schritt „Cookies“,
# am Ende des Abschnitts zur Einwilligung.
check-art7-cookies-cookie-wall = Aus Ihren Antworten geht nicht hervor, dass Besucher, die Cookies ablehnen, die Website trotzdem nutzen können.
    .hint = Machen Sie das Annehmen von Cookies nicht zur Bedingung für die Nutzung der Website (Cookie-Wall), und vermerken Sie das hier; bis dahin kann die Cookie-Richtlinie dies nicht zusagen.
# Warnung. Eine anderswo veröffentlichte Cookie-Richtlinie ist angegeben
# (app-cookie-policy-elsewhere), und „Wo können Besucher ihre Wahl ändern?“ ist
# leer. Assistent: Schritt „Cookies“, am Ende des Abschnitts zur Einwilligung.
check-art7-cookies-withdrawal-untold = Ihre Cookie-Richtlinie ist an anderer Stelle veröffentlicht, und Sie haben nicht angegeben, wie Besucher ihre Einwilligung in Cookies widerrufen; die Datenschutzerklärung kann es ihnen deshalb nicht sagen. Der Widerruf muss so einfach sein wie die Erteilung der Einwilligung.
    .hint = Geben Sie unter „Cookies“ an, wie Besucher ihre Auswahl ändern oder widerrufen, etwa „über das Cookie-Symbol unten links auf jeder Seite“.
# Fehler. Ein Cookie hat keine Laufzeit; $item ist der Name des Cookies.
# Assistent: Schritt „Cookies“, in der Karte des Cookies unter der Laufzeit.
check-eprivacy-cookie-duration-missing = Das Cookie „{ $item }“ hat keine Laufzeit.
    .hint = Ermitteln Sie, wie lange das Cookie bestehen bleibt (die Entwicklertools Ihres Browsers oder die Dokumentation des Anbieters zeigen das), und tragen Sie die Laufzeit ein.
# Warnung. Die Laufzeit eines Cookies ist ein Bereich, dessen Enden nicht
# passen: das längste Ende ist keine Frist, oder „zwischen“ hat ein kürzestes
# Ende, das nicht kürzer ist; $item ist der Name des Cookies. Assistent:
# Schritt „Cookies“, in der Karte des Cookies unter der Laufzeit.
check-eprivacy-cookie-duration-range-unclear = Das Cookie „{ $item }“ hat eine Laufzeitspanne, die so keinen Sinn ergibt: Ihr längstes Ende muss eine Frist sein, ihr kürzestes die Browsersitzung oder eine kürzere Frist.
    .hint = Geben Sie als Laufzeit die längste Zeit an, die das Cookie bestehen bleibt, und als kürzeste entweder „bis zum Schließen des Browsers“ oder eine kürzere Frist; oder verzichten Sie auf die Spanne.
# Fehler. „Wozu dient es?“ ist bei einem Cookie leer; $item ist der Name des
# Cookies. Assistent: Schritt „Cookies“, in der Karte des Cookies unter diesem
# Feld.
check-eprivacy-cookie-purpose-missing = Beim Cookie „{ $item }“ ist nicht angegeben, wozu es dient.
    .hint = Beschreiben Sie in wenigen Worten, was das Cookie tut, etwa „speichert Ihre Spracheinstellung“.
# Warnung. Für ein Cookie ist keine Kategorie gewählt; $item ist der Name des
# Cookies. Assistent: Schritt „Cookies“, in der Karte des Cookies unter der
# Kategorie.
check-eprivacy-cookie-category-missing = Das Cookie „{ $item }“ hat keine Kategorie; Besucher können also nicht erkennen, um welche Art von Cookie es sich handelt. Solange die Kategorie fehlt, wird es als einwilligungspflichtig behandelt.
    .hint = Wählen Sie seine Kategorie: unbedingt erforderlich, funktional, Analyse, Marketing oder Social Media.
# Warnung. Ein Cookie lebt länger als 13 Monate oder bis zum Löschen; $item ist
# der Name des Cookies, $months ist 13. Assistent: Schritt „Cookies“, in der
# Karte des Cookies unter der Laufzeit.
check-art5-cookie-duration-too-long = Das Cookie „{ $item }“ bleibt länger als { $months } Monate bestehen – die längste Laufzeit, die Datenschutzbehörden akzeptieren.
    .hint = Begrenzen Sie seine Laufzeit auf höchstens { $months } Monate, in Ihrer Website oder in den Einstellungen des Anbieters, und tragen Sie dann die neue Laufzeit hier ein.
# Fehler. Ein als unbedingt erforderlich markiertes Cookie, das der
# Dienstekatalog als Analyse, Marketing oder soziale Medien kennt; $item ist
# der Name des Cookies, $service der Name des Dienstes im Katalog, $category
# die Kategorie des Katalogs als Schlüssel (analytics, social-media oder
# marketing): die Namen der Varianten bleiben. Assistent: Schritt „Cookies“, in
# der Karte des Cookies unter der Kategorie.
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

# Warnung. Organisation in Belgien, und die Unternehmensnummer hat eine falsche
# Form oder falsche Prüfziffern; $value ist die Nummer wie eingegeben.
# Assistent: Schritt „Ihre Organisation“, unter Unternehmens- und
# Umsatzsteuernummer.
check-identifier-belgian-enterprise-number-invalid = „{ $value }“ ist keine gültige belgische Unternehmensnummer.
    .hint = Eine belgische Unternehmensnummer hat 10 Ziffern, beginnt mit 0 oder 1, und ihre letzten beiden Ziffern sind eine Prüfzahl für die ersten acht, wie bei 0428.555.896. Übernehmen Sie sie aus der Zentralen Datenbank der Unternehmen (ZDU).
# Warnung. Organisation in Belgien, und die Umsatzsteuernummer ist nicht BE
# gefolgt von einer gültigen Unternehmensnummer; $value ist die Nummer wie
# eingegeben. Assistent: Schritt „Ihre Organisation“, unter Unternehmens- und
# Umsatzsteuernummer.
check-identifier-belgian-vat-number-invalid = „{ $value }“ ist keine gültige belgische MwSt.-Nummer.
    .hint = Eine belgische MwSt.-Nummer besteht aus BE, gefolgt von der zehnstelligen Unternehmensnummer, wie bei BE0428555896.
# Warnung. Organisation in Belgien, beide Nummern gültig, aber die
# Umsatzsteuernummer ist nicht BE + die Unternehmensnummer; $value ist die
# Umsatzsteuernummer, $number die Unternehmensnummer. Assistent: Schritt „Ihre
# Organisation“, unter Unternehmens- und Umsatzsteuernummer.
check-identifier-belgian-vat-number-mismatch = Die MwSt.-Nummer „{ $value }“ stimmt nicht mit der Unternehmensnummer { $number } überein.
    .hint = Eine belgische MwSt.-Nummer besteht aus BE, gefolgt von der Unternehmensnummer; eine der beiden ist also falsch eingegeben. Prüfen Sie beide in der Zentralen Datenbank der Unternehmen (ZDU).
# Warnung. Organisation in den Niederlanden, und die KvK-Nummer hat keine 8
# Ziffern; $value ist die Nummer wie eingegeben. Assistent: Schritt „Ihre
# Organisation“, unter Unternehmens- und Umsatzsteuernummer.
check-identifier-dutch-kvk-number-invalid = „{ $value }“ ist keine gültige Nummer der niederländischen Handelskammer (KvK-Nummer).
    .hint = Eine KvK-Nummer hat 8 Ziffern. Übernehmen Sie sie aus Ihrer Eintragung bei der Kamer van Koophandel.
# Warnung. Organisation in den Niederlanden, und die Umsatzsteuernummer hat
# nicht die Form NL123456789B01; $value ist die Nummer wie eingegeben.
# Assistent: Schritt „Ihre Organisation“, unter Unternehmens- und
# Umsatzsteuernummer.
check-identifier-dutch-vat-number-invalid = „{ $value }“ ist keine gültige niederländische MwSt.-Identifikationsnummer.
    .hint = Eine niederländische MwSt.-Identifikationsnummer (btw-id) besteht aus NL, 9 Ziffern, dem Buchstaben B und 2 Ziffern, wie bei NL123456789B01.
# Fehler. Eine ausgefüllte E-Mail-Adresse ist ungültig: die der Organisation,
# des Ansprechpartners, des DSB, des Kontakts für Beschwerden, des Kontakts
# eines gemeinsam Verantwortlichen oder die des Vertreters oder der Behörde in
# der Projektdatei; $value ist die Adresse. Assistent: unter diesem Feld. (Eine
# unbrauchbare Adresse für Anfragen ergibt stattdessen
# check-art12-rights-channel-missing.)
check-identifier-email-invalid = „{ $value }“ ist keine gültige E-Mail-Adresse.
    .hint = Schreiben Sie die Adresse in der Form name@domain.be, ohne Leerzeichen und ohne „mailto:“.
# Warnung. Eine Webadresse ist kein Link, den die Dokumente verwenden können
# (sie muss mit https://, http:// oder mailto: beginnen): eine Website der
# Organisation, die Datenschutzerklärung eines Empfängers, das Webformular für
# Anfragen, die anderswo veröffentlichte Cookie-Richtlinie oder die Website der
# Behörde in der Projektdatei; $value ist die Adresse. Assistent: unter diesem
# Feld.
check-identifier-link-invalid = „{ $value }“ ist keine Webadresse, auf die die Dokumente verlinken können.
    .hint = Schreiben Sie die vollständige Adresse, beginnend mit https://, wie bei https://www.ihrunternehmen.be/datenschutz. Andere Arten von Links sind nicht zulässig.
# Warnung. Eine E-Mail-Adresse oder ein Link auf einer für Beispiele
# reservierten Domain (example.com, .test, …); $value ist die Adresse.
# Assistent: unter diesem Feld.
check-identifier-placeholder = „{ $value }“ ist eine Beispieladresse, die aus einer Vorlage stehen geblieben ist, keine echte Adresse.
    .hint = Ersetzen Sie sie durch die echte Adresse, oder entfernen Sie sie.
# Warnung. Eine Telefonnummer enthält andere Zeichen als Ziffern, Leerzeichen,
# . - / ( ) und ein führendes +, oder weniger als 5 bzw. mehr als 15 Ziffern:
# die der Organisation, eines Kontakts oder der Behörde; $value ist die Nummer.
# Assistent: unter diesem Feld.
check-identifier-phone-invalid = „{ $value }“ ist keine gültige Telefonnummer.
    .hint = Schreiben Sie nur die Nummer: Ziffern und Leerzeichen, mit einem + am Anfang für die Landesvorwahl, wie bei +32 87 12 34 56.

## The date the documents take effect.

# Warnung. Das Datum, an dem die Dokumente gelten, liegt nach heute; $date ist
# dieses Datum, $today das heutige. Assistent: nur in der Liste im Schritt
# „Prüfen und exportieren“, wo das Datumsfeld steht.
check-document-effective-date-future = Die Dokumente treten am { $date } in Kraft, also nach dem heutigen Tag ({ $today }).
    .hint = Ist das Datum ein Versehen, korrigieren Sie es. Kündigen Sie neue Dokumente im Voraus an, lassen Sie die aktuellen bis zu diesem Datum veröffentlicht.
# Empfehlung. Das Datum, an dem die Dokumente in Kraft traten, liegt mehr als
# ein Jahr vor heute; $date ist dieses Datum, $today das heutige. Assistent:
# nur in der Liste im Schritt „Prüfen und exportieren“.
check-document-effective-date-old = Die Dokumente sind am { $date } in Kraft getreten, mehr als ein Jahr vor dem heutigen Tag ({ $today }).
    .hint = Gehen Sie die Antworten noch einmal durch: Neue Lieferanten, Cookies und Zwecke werden leicht vergessen. Legen Sie dann ein neues Datum und eine neue Version fest.

## The owner's own words, and answers that do not fit together.

# Fehler. Ein Text, den der Inhaber in einigen Dokumentsprachen geschrieben
# hat, ist in einer anderen leer; $item ist der Text (in einer seiner
# vorhandenen Sprachen), $language die fehlende Sprache (app-language-*).
# Assistent: unter dem betroffenen Feld, in seinem Schritt.
check-answers-text-untranslated = „{ $item }“ hat keine Fassung auf { $language }; die Dokumente auf { $language } würden den Text deshalb in einer anderen Sprache zeigen.
    .hint = Schreiben Sie den Text auch auf { $language }, oder entfernen Sie diese Sprache aus den Sprachen der Dokumente.
# Warnung. Ein Text von mindestens acht Wörtern, in der Eingabe einer Sprache
# geschrieben, sieht nach einer anderen der vier Sprachen aus; $item ist der
# Text, $language die Sprache der Eingabe, $found die erkannte Sprache
# (app-language-*). Assistent: unter dem betroffenen Feld.
check-answers-text-wrong-language = Der Text auf { $language } bei „{ $item }“ scheint auf { $found } geschrieben zu sein.
    .hint = Verfassen Sie die Fassung für { $language } tatsächlich auf { $language }; den Text auf { $found } tragen Sie in das eigene Feld für { $found } ein.
# Warnung. Die niederländische Fassung eines Textes verwendet je, jij, jou,
# jouw, jullie oder jezelf. Betrifft nur niederländische Texte, gleich in
# welcher Sprache diese Meldung steht; $item ist der Text. Assistent: unter dem
# betroffenen Feld.
check-answers-informal-register = „{ $item }“ duzt die Leser mit „je“ oder „jij“, während die Dokumente sie mit „u“ siezen.
    .hint = Schreiben Sie den niederländischen Text mit „u“ und „uw“ um, damit die Dokumente durchgehend dieselbe Anrede verwenden.
# Fehler. Die Speicherkriterien eines Zwecks sagen kaum mehr als „so lange wie
# nötig“ (nur englische und niederländische Formulierungen werden erkannt);
# $item ist der Name des Zwecks. Assistent: Schritt „Zwecke“, unter der
# Speicherdauer.
check-art13-purpose-retention-vague = Der Zweck „{ $item }“ bewahrt Daten „so lange wie nötig“ auf – das sagt dem Leser nichts.
    .hint = Geben Sie eine Frist an („2 Jahre nach Ihrer letzten Bestellung“) oder die Kriterien, nach denen sie sich richtet („bis zum Ende der Garantie, höchstens jedoch 3 Jahre nach der Lieferung“).
# Fehler. Das für Strafdaten angegebene Gesetz, bei der Datenart oder in einem
# Zweck, nennt die Einwilligung („consent“, „toestemming“) und kein Gesetz,
# keinen Artikel, keine Verordnung und kein Gesetzbuch. Assistent: unter diesem
# Feld, im Schritt „Personen und Daten“ oder „Zwecke“.
check-art10-authorisation-consent-only = Laut Ihren Antworten ist die Verarbeitung von Daten über strafrechtliche Verurteilungen allein durch eine Einwilligung erlaubt. Art. 10 DSGVO verlangt jedoch ein Gesetz, das sie zulässt.
    .hint = Nennen Sie das Gesetz, das Ihnen die Verarbeitung dieser Daten erlaubt (in Belgien zum Beispiel Art. 10 des Gesetzes vom 30. Juli 2018 über den Schutz natürlicher Personen hinsichtlich der Verarbeitung personenbezogener Daten sowie das besondere Gesetz für Ihren Sektor).
# Warnung. Ein Cookie eines Drittanbieters (Drittanbieter angekreuzt) hat einen
# Anbieter („Gesetzt von“), der zu keinem Empfängernamen passt; einmal pro
# Anbieter gemeldet; $provider ist der Anbieter wie eingegeben. Assistent:
# Schritt „Cookies“, am Ende der Karte dieses Cookies.
check-art13-cookie-provider-not-recipient = { $provider } setzt Cookies auf Ihrer Website, steht aber nicht unter den Empfängern; die Datenschutzerklärung sagt deshalb nicht, dass dieser Anbieter Daten erhält.
    .hint = Fügen Sie { $provider } unter „Empfänger“ als Empfänger hinzu (der Dienstekatalog kann die Angaben ausfüllen), mit Rolle und Land.
# Warnung. Ein Zweck stützt sich bei Website-Besuchern, Newsletter-Abonnenten
# oder Lieferanten (Standardgruppen) auf einen Vertrag; $item ist der Name des
# Zwecks, $audience der Name der Gruppe. Assistent: Schritt „Zwecke“, unter der
# Rechtsgrundlage in der Karte des Zwecks.
check-art6-purpose-contract-non-party = Der Zweck „{ $item }“ stützt sich auf einen Vertrag, betrifft aber { $audience }, die in der Regel nicht Partei Ihres Vertrags sind.
    .hint = Geben Sie dieser Gruppe in diesem Zweck eine eigene Rechtsgrundlage (Schaltfläche „+“ unter der Rechtsgrundlage), meist das berechtigte Interesse; ein Vertrag deckt nur die Person ab, mit der Sie ihn geschlossen haben.
# Warnung. Das Projekt hat Zwecke, und bei einem Empfänger ist keiner
# angekreuzt; $item ist der Name des Empfängers. Assistent: Schritt
# „Empfänger“, unter den Zwecken des Empfängers.
check-answers-recipient-no-purpose = Für „{ $item }“ ist kein Zweck angekreuzt; die Datenschutzerklärung kann deshalb nicht sagen, wofür dieser Empfänger Daten erhält.
    .hint = Kreuzen Sie die Zwecke an, für die er Daten erhält, oder entfernen Sie ihn, wenn er keine erhält.
# Warnung. Das Projekt hat Zwecke, ein Cookie der Kategorie Analyse, Marketing
# oder soziale Medien ist aufgeführt, und kein Zweck kreuzt diese Art Cookie
# an; $item ist das erste solche Cookie, $category die Kategorie als Schlüssel
# (die Namen der Varianten bleiben). Assistent: Schritt „Cookies“, unter der
# Kategorie dieses Cookies.
check-answers-cookie-no-purpose = Kein Zweck gibt an, dass die Website { $category ->
    [analytics] Analyse-Cookies
    [social-media] Social-Media-Cookies
   *[marketing] Marketing-Cookies
} setzt, etwa „{ $item }“: Die Dokumente sagen nicht, warum Sie sie setzen.
    .hint = Kreuzen Sie diese Art von Cookies bei dem Zweck an, dem sie dienen (zum Beispiel Website-Statistiken oder Werbung), oder fügen Sie diesen Zweck hinzu.
# Warnung. Ein Zweck betrifft Newsletter-Abonnenten oder Interessenten oder
# kreuzt Marketing-Cookies an, und seine Frage app-q-direct-marketing ist nicht
# beantwortet; $item ist der Name des Zwecks. Assistent: Schritt „Zwecke“,
# unter dieser Frage in der Karte.
check-art21-purpose-direct-marketing-unanswered = Ist „{ $item }“ Direktwerbung? Newsletter, Angebote und Werbung sind es, und dagegen können Personen jederzeit Widerspruch einlegen; darüber muss die Datenschutzerklärung informieren.
    .hint = Antworten Sie beim Zweck mit Ja oder Nein. Nur bei Ja beschreibt die Erklärung das Recht, der Direktwerbung zu widersprechen.
# Warnung. Das Projekt hat Zwecke, und keiner betrifft eine Personengruppe;
# $item ist der Name der Gruppe. Assistent: Schritt „Personen und Daten“, unter
# der Schaltfläche zum Hinzufügen einer Gruppe.
check-answers-audience-unused = Kein Zweck betrifft { $item }; die Dokumente sagen deshalb nirgends, warum Sie deren Daten verarbeiten.
    .hint = Ordnen Sie die Gruppe den Zwecken zu, die sie betreffen, oder entfernen Sie die Gruppe.
# Warnung. Das Projekt hat Zwecke, und keiner verwendet eine Datenart; $item
# ist der Name der Art. Assistent: Schritt „Personen und Daten“, neben dieser
# Art.
check-answers-data-unused = Kein Zweck verwendet { $item }; die Dokumente sagen deshalb nirgends, warum Sie diese Daten verarbeiten.
    .hint = Ordnen Sie die Daten den Zwecken zu, die sie verwenden, oder entfernen Sie sie.
# Warnung. Die Adresse für Anfragen (die des Ansprechpartners, sonst die der
# Organisation) oder die Adresse für Beschwerden liegt bei einem privaten
# Mailanbieter (gmail.com, hotmail.com, telenet.be, …) oder enthält den Namen
# der Kontaktperson; $address ist diese Adresse. Assistent: unter diesem
# E-Mail-Feld, im Schritt „Kontakt und Beschwerden“ oder „Ihre Organisation“.
check-art12-rights-personal-mailbox = Anfragen gehen an { $address }, offenbar das persönliche Postfach einer einzelnen Person. Ist diese Person abwesend oder verlässt sie die Organisation, bleiben Anfragen unbeantwortet.
    .hint = Verwenden Sie eine Adresse der Organisation, die mehr als eine Person liest, etwa datenschutz@ihrunternehmen.be.
# Fehler. Anfragen per Telefon (app-requests-phone) sind angekreuzt, und die
# Organisation hat keine Telefonnummer. Assistent: Schritt „Kontakt und
# Beschwerden“, unter diesem Kontrollkästchen.
check-art12-rights-phone-missing = Sie bieten an, Anfragen telefonisch entgegenzunehmen, doch Ihre Organisation hat keine Telefonnummer; die Datenschutzerklärung kann deshalb nicht sagen, welche Nummer man anrufen soll.
    .hint = Geben Sie unter „Ihre Organisation“ die Telefonnummer an, oder entfernen Sie das Häkchen bei Anfragen per Telefon.
# Fehler. Für die Antwort auf Anfragen sind mehr als 28 Tage angegeben
# (app-requests-days); $days ist 28. Assistent: Schritt „Kontakt und
# Beschwerden“, unter diesem Feld.
check-art12-rights-response-too-slow = Anfragen werden erst nach mehr als { $days } Tagen beantwortet, während das Gesetz eine Antwort innerhalb eines Monats verlangt – und ein Monat kann nur { $days } Tage haben.
    .hint = Sagen Sie höchstens { $days } Tage zu, oder lassen Sie die Zahl weg: Die Datenschutzerklärung nennt dann wie das Gesetz einen Monat.

## Where a finding is, in words: "Purpose 2 “Newsletter”: legal basis".
## place-<list> names an item by its $number; place-<field> names a
## part of the project; field-<name> a question.
## Wo sie erscheinen: fett auf jeder Befundkarte im Assistenten, nach dem
## Schweregrad („Fehler · Zweck 2 „Newsletter“: Rechtsgrundlage“), und nach
## „Wo:“ in „policywright check“. Das $item eines Befunds wird genauso
## formuliert, wenn das Element keinen eigenen Namen hat. Auch der Hinweis nach
## dem Schreiben der Dokumente zu einer Antwort ohne Text in einer Sprache
## (notice-untranslated-answer) verwendet sie. Ein Feld ohne Meldung field-*
## hier wird mit seinem Namen in der Projektdatei angezeigt, auf Englisch.

# Ein Element oder Teil des Projekts ($place) und eines seiner Felder ($field,
# eine Meldung field-*).
place-field = { $place }: { $field }
# Ein Listenelement mit seinem Namen: $place ist eine Meldung place-<liste> mit
# der Nummer des Elements, $name sein Name, wie der Inhaber ihn geschrieben
# hat.
place-named = { $place } „{ $name }“
# Ein Zweck, mit seiner Nummer unter den Karten des Schritts „Zwecke“.
place-purposes = Zweck { $number }
# Ein Empfänger, mit seiner Nummer unter den Karten des Schritts „Empfänger“.
place-recipients = Empfänger { $number }
# Ein Cookie, mit seiner Nummer unter den Karten des Schritts „Cookies“.
place-cookies = Cookie { $number }
# Eine Datenquelle, mit ihrer Nummer unter den Quellenkarten des Schritts
# „Personen und Daten“.
place-sources = Quelle { $number }
# Eine Personengruppe (Schritt „Personen und Daten“), mit ihrer Nummer in der
# Liste des Projekts, die nicht die Reihenfolge am Bildschirm sein muss.
place-audiences = Gruppe { $number }
# Eine Datenart (Schritt „Personen und Daten“), mit ihrer Nummer in der Liste
# des Projekts, die nicht die Reihenfolge am Bildschirm sein muss.
place-data_categories = Art von Daten { $number }
# Die Antworten des Schritts „Ihre Organisation“.
place-organisation = Ihre Organisation
# Die Frage zum DSB und seine Angaben (Schritt „Kontakt und Beschwerden“).
place-dpo = Datenschutzbeauftragter
# Der Ansprechpartner für den Datenschutz (Schritt „Kontakt und Beschwerden“).
place-privacy_contact = Datenschutzkontakt
# Die Aufsichtsbehörde (Schritt „Kontakt und Beschwerden“; von Hand nur in der
# Projektdatei anzugeben).
place-supervisory_authority = Aufsichtsbehörde
# Version, Datum und Sprachen der Dokumente (Schritt „Prüfen und exportieren“).
place-document = Die Dokumente
# Der Abschnitt zur Einwilligung des Schritts „Cookies“.
place-cookie_consent = Cookie-Einwilligung
# Die Frage und Felder zu Kindern (Schritt „Kontakt und Beschwerden“).
place-children = Kinder
# Die Sicherheitsmaßnahmen (Schritt „Kontakt und Beschwerden“).
place-security_measures = Sicherheitsmaßnahmen
# Wie Änderungen angekündigt werden (Schritt „Kontakt und Beschwerden“).
place-change_notice = Bekanntgabe von Änderungen
# Die Frage, ob Daten den EWR verlassen (Ende des Schritts „Empfänger“).
place-transfers_outside_eea = Übermittlungen außerhalb des EWR
# Die Frage zu automatisierten Entscheidungen, unter den Zwecken (Schritt
# „Zwecke“).
place-automated_decisions = Automatisierte Entscheidungen
# Die Antwort „Nein, niemand“ auf die Frage nach Empfängern. Keine aktuelle
# Prüfung verweist hierauf.
place-recipients_none = Empfänger
# Die Antwort „Nein, keine“ auf die Cookie-Frage. Keine aktuelle Prüfung
# verweist hierauf.
place-cookies_none = Cookies
# Die Antwort „Nein“ auf die Frage nach anderen Quellen. Keine aktuelle Prüfung
# verweist hierauf.
place-sources_none = Andere Quellen
# Ein Name: der der Organisation, eines Empfängers, eines Zwecks, einer eigenen
# Gruppe oder der Aufsichtsbehörde.
field-name = Name
# Straße, Postleitzahl und Ort der Organisation (Schritt „Ihre Organisation“).
field-address = Anschrift
# Das Land der Organisation (Schritt „Ihre Organisation“).
field-address-country = Land
# Eine E-Mail-Adresse: die der Organisation, des Ansprechpartners, des DSB oder
# der Behörde.
field-email = E-Mail-Adresse
# Eine Telefonnummer: die der Organisation, des DSB oder der Behörde.
field-phone = Telefon
# Die Unternehmens- (KBO) oder KvK-Nummer der Organisation (Schritt „Ihre
# Organisation“).
field-enterprise_number = Unternehmensnummer
# Die Umsatzsteuernummer der Organisation (Schritt „Ihre Organisation“).
field-vat_number = MwSt.-Nummer
# Eine der Websites der Organisation (Schritt „Ihre Organisation“).
field-websites = Website
# Der Vertreter in der EU (nur in der Projektdatei).
field-representative = Vertreter in der EU
# Die Rechtsform der Organisation (Schritt „Ihre Organisation“). Keine aktuelle
# Prüfung verweist hierauf.
field-legal_form = Rechtsform
# Die Rechtsgrundlage eines Zwecks (Schritt „Zwecke“) oder der Kameras (Schritt
# „Personen und Daten“).
field-legal_basis = Rechtsgrundlage
# Das berechtigte Interesse eines Zwecks (Schritt „Zwecke“).
field-legitimate_interest = berechtigtes Interesse
# Wie lange ein Zweck die Daten speichert (Schritt „Zwecke“).
field-retention = Speicherdauer
# Der Zeitpunkt, ab dem die Speicherfrist eines Zwecks zählt, wenn der Inhaber
# ihn selbst geschrieben hat.
field-retention-after = Beginn der Speicherdauer
# „Müssen die Personen diese Daten angeben?“ eines Zwecks (Schritt „Zwecke“).
field-provision = müssen Personen die Daten angeben?
# „Was geschieht, wenn sie die Daten nicht angeben?“ eines Zwecks (Schritt
# „Zwecke“).
field-provision-consequence = wenn Personen die Daten nicht angeben
# Wie die automatisierte Entscheidung eines Zwecks getroffen wird (Schritt
# „Zwecke“).
field-automated_decision-logic = wie die Entscheidung zustande kommt
# Was diese Entscheidung für die Person bedeutet (Schritt „Zwecke“).
field-automated_decision-consequences = was sie für die Person bedeutet
# Die Frage app-q-art22 bei dieser Entscheidung (Schritt „Zwecke“).
field-automated_decision-significant = erhebliche Auswirkungen
# Die für diese Entscheidung gewählte Ausnahme nach Art. 22(2) (Schritt
# „Zwecke“).
field-automated_decision-ground = Ausnahme nach Art. 22 Abs. 2
# Wessen Daten ein Zweck betrifft (Schritt „Zwecke“). Keine aktuelle Prüfung
# verweist hierauf.
field-audiences = wessen Daten
# Die Daten, die eine Quelle liefert (Schritt „Personen und Daten“).
field-data = welche Daten
# Die Beschreibung einer Quelle oder eines Zwecks.
field-description = Beschreibung
# Was ein Empfänger mit den Daten macht (Schritt „Empfänger“).
field-service = was der Empfänger tut
# Die Rolle eines Empfängers (Schritt „Empfänger“).
field-role = Rolle
# Das Land, in dem ein Empfänger die Daten verarbeitet (Schritt „Empfänger“).
field-country = Land
# Wie viele Tage Kameraaufnahmen gespeichert werden (Schritt „Personen und
# Daten“).
field-retention_days = Tage, die Aufnahmen aufbewahrt werden
# Das Kontrollkästchen zum Piktogramm bei den Kameras (Schritt „Personen und
# Daten“).
field-pictogram = Piktogramm
# Das Kontrollkästchen zur Anmeldung der Kameras bei der Polizei (Schritt
# „Personen und Daten“).
field-declared = bei der Polizei angemeldet
# Weitere Verarbeitungsländer eines Empfängers (Schritt „Empfänger“). Keine
# aktuelle Prüfung verweist hierauf.
field-also_processed_in = weitere Verarbeitungsländer
# Der Firmensitz eines Empfängers (Schritt „Empfänger“). Keine aktuelle Prüfung
# verweist hierauf.
field-seat = Gesellschaftssitz
# Die Garantie eines Empfängers für Übermittlungen (Schritt „Empfänger“) oder
# der Grund einer Ausnahme in der Projektdatei.
field-safeguard = Garantie
# Der Link zur Datenschutzerklärung eines Empfängers (Schritt „Empfänger“).
field-privacy_policy = Datenschutzerklärung
# Wer ein Cookie setzt (Schritt „Cookies“). Keine aktuelle Prüfung verweist
# hierauf.
field-provider = Anbieter
# Die Kategorie eines Cookies (Schritt „Cookies“).
field-category = Kategorie
# Die E-Mail-Adresse des Kontakts eines gemeinsam Verantwortlichen (Schritt
# „Empfänger“).
field-contact-email = E-Mail-Adresse des Kontakts
# Das Telefon des Kontakts eines gemeinsam Verantwortlichen (Schritt
# „Empfänger“).
field-contact-phone = Telefon des Kontakts
# Der Kontakt eines gemeinsam Verantwortlichen insgesamt (Schritt „Empfänger“).
# Keine aktuelle Prüfung verweist hierauf.
field-contact = Kontakt
# Das Kontrollkästchen für Anfragen per Telefon (Schritt „Kontakt und
# Beschwerden“).
field-by_phone = Anfragen per Telefon
# Die Kamerafrage app-q-cameras-police (Schritt „Personen und Daten“).
field-shared_with_police = Aufnahmen an Polizei oder Justiz
# Die Laufzeit eines Cookies (Schritt „Cookies“).
field-duration = Laufzeit
# Wie genau die Laufzeit eines Cookies ist, und ihr kürzestes Ende (Schritt
# „Cookies“).
field-duration_range = Laufzeitspanne
# Wozu ein Cookie dient (Schritt „Cookies“) oder wozu die Kameras dienen
# (Schritt „Personen und Daten“).
field-purpose = Zweck
# Die Frage app-q-source-public einer Quelle (Schritt „Personen und Daten“).
field-publicly_accessible = öffentlich zugänglich
# Die Ausnahme nach Art. 9(2) einer sensiblen Datenart (Schritt „Personen und
# Daten“).
field-art9_condition = Ausnahme nach Art. 9 Abs. 2
# Das Gesetz, das Strafdaten erlaubt, bei der Datenart (Schritt „Personen und
# Daten“).
field-art10_authorisation = erlaubendes Gesetz (Art. 10)
# Die Beispiele einer Datenart (Schritt „Personen und Daten“).
field-examples = Beispiele
# Der Name einer vom Inhaber hinzugefügten Datenart (Schritt „Personen und
# Daten“).
field-kind-name = Name
# Die Website der Aufsichtsbehörde (Projektdatei).
field-website = Website
# Die Frage app-q-consent (Schritt „Cookies“).
field-method = wie die Einwilligung eingeholt wird
# Das Kontrollkästchen app-consent-per-category (Schritt „Cookies“).
field-per_category = Auswahl je Kategorie
# Das Kontrollkästchen app-consent-refuse (Schritt „Cookies“).
field-refuse_as_easy = Ablehnen so einfach wie Annehmen
# Das Kontrollkästchen app-consent-waits (Schritt „Cookies“).
field-waits_for_choice = keine Cookies vor der Auswahl
# Das Kontrollkästchen app-consent-no-wall (Schritt „Cookies“).
field-no_cookie_wall = keine Cookie-Wall
# Das Feld app-consent-withdraw (Schritt „Cookies“).
field-withdraw_via = Widerruf der Einwilligung
# Die Frage app-q-children (Schritt „Kontakt und Beschwerden“).
field-online_services = Online-Dienste für Kinder
# Das Feld app-children-minors (Schritt „Kontakt und Beschwerden“).
field-minors = Minderjährige
# Die Version der Dokumente (Schritt „Prüfen und exportieren“).
field-version = Version
# Das Datum, an dem die Dokumente gelten (Schritt „Prüfen und exportieren“).
field-effective_date = Datum des Inkrafttretens
# Die Sprachen, in denen die Dokumente erscheinen (Schritt „Prüfen und
# exportieren“). Keine aktuelle Prüfung verweist hierauf.
field-languages = Sprachen
# Alle Zwecke (Schritt „Zwecke“). Für einen Befund über die Liste als Ganzes.
place-purposes-all = Zwecke
# Alle Empfänger (Schritt „Empfänger“). Für einen Befund über die Liste als
# Ganzes.
place-recipients-all = Empfänger
# Alle Cookies (Schritt „Cookies“). Für einen Befund über die Liste als Ganzes.
place-cookies-all = Cookies
# Alle anderen Quellen (Schritt „Personen und Daten“). Für einen Befund über
# die Liste als Ganzes.
place-sources-all = Andere Quellen
# Alle Personengruppen (Schritt „Personen und Daten“); auch für den Namen einer
# eigenen Gruppe im Hinweis zu einer fehlenden Übersetzung verwendet. Für einen
# Befund über die Liste als Ganzes.
place-audiences-all = Personengruppen
# Alle Datenarten (Schritt „Personen und Daten“); auch für den Namen einer
# eigenen Art im Hinweis zu einer fehlenden Übersetzung verwendet. Für einen
# Befund über die Liste als Ganzes.
place-data_categories-all = Arten von Daten
# Anfragen und Beschwerden (Schritt „Kontakt und Beschwerden“).
place-requests = Anfragen und Beschwerden
# Die niederländische Ausnahme für Analyse-Cookies (app-analytics-exempt,
# Schritt „Cookies“).
place-analytics_exempt = Analyse ohne Einwilligung
# Die Überwachungskameras (Schritt „Personen und Daten“).
place-cameras = Überwachungskameras
# Wie die Daten je Gruppe hereinkommen (Schritt „Personen und Daten“). Keine
# aktuelle Prüfung verweist hierauf.
place-profiles = Wie Daten zu Ihnen gelangen
# Die Adresse einer anderswo veröffentlichten Cookie-Richtlinie (Schritt
# „Cookies“).
place-cookie_policy_elsewhere = Cookie-Richtlinie an anderer Stelle veröffentlicht
# Das Feld app-requests-days (Schritt „Kontakt und Beschwerden“).
field-response_days = Antwortfrist in Tagen
# Das Feld app-requests-form (Schritt „Kontakt und Beschwerden“).
field-web_form = Webformular
# Das Feld app-requests-identity (Schritt „Kontakt und Beschwerden“).
field-identity_proof = Identitätsnachweis
# Die bei einem Empfänger angekreuzten Zwecke (Schritt „Empfänger“).
field-purposes = Zwecke, für die er Daten erhält
# Die Frage app-q-direct-marketing eines Zwecks (Schritt „Zwecke“).
field-direct_marketing = Direktwerbung?
# Die Rechtsgrundlage in den eigenen Bedingungen einer Gruppe (app-terms-for,
# Schritt „Zwecke“).
field-per_audience-legal_basis = Rechtsgrundlage für eine seiner Gruppen
# Das berechtigte Interesse in den eigenen Bedingungen einer Gruppe (Schritt
# „Zwecke“).
field-per_audience-legitimate_interest = berechtigtes Interesse für eine seiner Gruppen
# „Müssen die Personen diese Daten angeben?“ in den eigenen Bedingungen einer
# Gruppe (Schritt „Zwecke“).
field-per_audience-provision = muss diese Gruppe die Daten angeben?
# „Was geschieht, wenn sie die Daten nicht angeben?“ in den eigenen Bedingungen
# einer Gruppe (Schritt „Zwecke“).
field-per_audience-provision-consequence = wenn diese Gruppe die Daten nicht angibt
# Die Gruppe, für die eigene Bedingungen gelten (Schritt „Zwecke“). Keine
# aktuelle Prüfung verweist hierauf.
field-per_audience-audience = Gruppe mit eigener Rechtsgrundlage
# Die Datenart, für die die eigene Ausnahme eines Zwecks gilt (Schritt
# „Zwecke“). Keine aktuelle Prüfung verweist hierauf.
field-special_data-data = Art von Daten mit eigener Bedingung
# Das Gesetz, das Strafdaten in einem Zweck erlaubt (app-purpose-art10, Schritt
# „Zwecke“).
field-special_data-art10_authorisation = erlaubendes Gesetz für diesen Zweck (Art. 10)
# Der Kontakt für Beschwerden (Schritt „Kontakt und Beschwerden“). Befunde zu
# seiner E-Mail-Adresse nennen das Feld stattdessen „complaints-email“, da eine
# Meldung dieses Namens fehlt. Keine aktuelle Prüfung verweist hierauf.
field-complaints = Kontakt für Beschwerden
# Die Vereinbarung mit einem gemeinsam Verantwortlichen (Schritt „Empfänger“).
field-arrangement = Vereinbarung mit uns
# Die für einen Empfänger gewählten Standardvertragsklauseln (Schritt
# „Empfänger“).
field-scc = Standardvertragsklauseln
