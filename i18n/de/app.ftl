### Texte des Assistenten: des Fensters, das sich öffnet, wenn policywright
### ohne Befehl oder mit „policywright open“ gestartet wird. Die
### Gruppenkommentare unten sagen, auf welchem Bildschirm oder in welchem
### Schritt jede Meldung erscheint und an welcher Stelle.
## The wizard's own wording: window, welcome screen, steps and questions.

## Im Terminal ausgegeben, nicht in einem Fenster, wenn der Assistent nicht
## starten kann.
# Unter Linux, wenn keine Anzeige vorhanden ist (DISPLAY ist nicht gesetzt);
# das Programm beendet sich dann.
app-no-display = policywright kann sein Fenster nicht öffnen: Es ist kein Bildschirm verfügbar (DISPLAY ist nicht gesetzt). Starten Sie es auf einem Desktop oder verwenden Sie die Befehle, die keinen Bildschirm brauchen: policywright --help
# Wenn das Fenstersystem das Fenster nicht öffnen kann. $reason ist die eigene
# Fehlermeldung des Fenstersystems, auf Englisch.
app-window-failed = policywright konnte sein Fenster nicht öffnen: { $reason }
## Der Rahmen des Fensters: sein Titel, die Leiste oben (Dateischaltflächen und
## rechts die Sprache des Fensters), die Leisten darunter, die eine Frage
## stellen oder nach dem Speicherort fragen, und die Schaltflächen Zurück und
## Weiter unter den Fragen jedes Schritts.
# Fenstertitel eines Projekts, das noch nie gespeichert wurde („Neues Projekt —
# policywright“). Auch auf dem Startbildschirm nach app-recover-found, für
# ungespeicherte Arbeit ohne Datei und ohne Namen der Organisation.
app-untitled = Neues Projekt
# Grauer Platzhaltertext im Pfadfeld unten auf dem Startbildschirm, unter
# app-open-title.
app-path-placeholder = Pfad einer Projektdatei (.ron)
# Schaltfläche neben diesem Pfadfeld: öffnet das Projekt, dessen Pfad
# eingegeben wurde (Eingabetaste ebenso).
app-open = Öffnen
# Schaltfläche daneben: wählt die Projektdatei mit dem eigenen Dateidialog des
# Desktops.
app-browse = Durchsuchen…
# Schaltfläche in der oberen Leiste des Editors (auch Strg+S). Auch die
# Schaltfläche, die in der Leiste „Wo speichern“ und in der Leiste zu
# ungespeicherten Änderungen speichert.
app-save = Speichern
# Schaltfläche in der oberen Leiste des Editors (auch Strg+Umschalt+S): öffnet
# die Leiste „Wo speichern“, um unter einem anderen Namen zu speichern.
app-save-as = Speichern unter…
# Schaltfläche in der oberen Leiste des Editors (auch Strg+O): öffnet ein
# anderes Projekt mit dem Dateidialog des Desktops.
app-open-other = Öffnen…
# Kleine Schaltfläche in der oberen Leiste des Editors (auch Strg+Z);
# ausgegraut, wenn es nichts rückgängig zu machen gibt.
app-undo = Rückgängig
# Kleine Schaltfläche neben app-undo (auch Strg+Umschalt+Z oder Strg+Y);
# ausgegraut, wenn es nichts wiederherzustellen gibt.
app-redo = Wiederholen
# Schaltfläche, die die Frageleiste (ungespeicherte Änderungen, Datei ersetzen)
# oder die Leiste „Wo speichern“ schließt, ohne etwas zu tun.
app-cancel = Abbrechen
# Überschrift der Leiste „Wo speichern“ unter der oberen Leiste, geöffnet durch
# Speichern unter… oder durch Speichern bei einem nie gespeicherten Projekt.
app-save-prompt = Wo möchten Sie dieses Projekt speichern?
# Beschriftung über dem Ordnerfeld der Leiste „Wo speichern“ (vorausgefüllt mit
# dem Ordner des letzten Projekts).
app-save-folder = Ordner
# Beschriftung über dem Feld für den Dateinamen (vorausgefüllt aus dem Namen
# der Organisation).
app-save-name = Dateiname
# In der Leiste „Wo speichern“ neben den Schaltflächen, solange Ordner und
# Dateiname ausgefüllt sind; $path ist der vollständige Pfad, unter dem das
# Projekt gespeichert wird.
app-save-target = Es wird gespeichert als { $path }
# In der Leiste „Wo speichern“ statt app-save-target, solange Ordner oder
# Dateiname leer ist. Auch in der Statuszeile unten im Fenster, als Fehler,
# wenn dann auf Speichern gedrückt wird.
app-save-where = Geben Sie einen Ordner und einen Dateinamen ein, unter dem das Projekt gespeichert wird.
# Schaltfläche in der Leiste „Wo speichern“: wählt den Ort stattdessen mit dem
# eigenen Dialog des Desktops.
app-save-browse = Mit dem Dialog Ihres Computers auswählen…
# Frageleiste, wenn die zum Speichern gewählte Datei schon existiert und nicht
# das geöffnete Projekt ist; $path ist diese Datei.
app-replace = { $path } ist bereits vorhanden und ist nicht das Projekt, das Sie geöffnet haben. Möchten Sie die Datei durch dieses Projekt ersetzen?
# Schaltfläche in dieser Leiste, die die Datei überschreibt.
app-replace-confirm = Ersetzen
# Schaltfläche unter den Fragen jedes Schritts: geht zum vorigen Schritt (auch
# Alt+Links); beim ersten Schritt ausgegraut.
app-back = Zurück
# Schaltfläche unter den Fragen jedes Schritts: geht zum nächsten Schritt (auch
# Alt+Rechts); beim letzten Schritt ausgegraut.
app-next = Weiter
# Grauer Platzhaltertext einer Auswahlliste, solange nichts gewählt ist: Land
# der Organisation, Rolle und Land eines Empfängers, Garantie,
# Standardvertragsklauseln, Ausnahme nach Art. 22(2), Einheit der Laufzeit
# eines Cookies. Auch die Schaltfläche neben dem Exportordner im Schritt
# „Prüfen und exportieren“, die den Ordnerdialog des Desktops öffnet.
app-choose = Auswählen…
# Schaltfläche auf einer Karte oder Zeile, die sie entfernt: einen Zweck, einen
# Empfänger, eine Quelle, ein Cookie, eine eigene Gruppe oder Datenart oder die
# eigenen Bedingungen einer Gruppe in einem Zweck.
app-remove = Entfernen
## Namen der Sprachen (app-language-<code>). Als Kontrollkästchen im Schritt
## „Prüfen und exportieren“ (Sprachen, in denen die Dokumente erscheinen, und
## die zu exportierenden); in den Befunden zu einem Text ohne Übersetzung oder
## in der falschen Sprache (checks.ftl); und im Hinweis beim Export zu einer
## Antwort ohne Text in einer Sprache. Die Schaltflächen für die Sprache des
## Fensters oder der Vorschau zeigen stattdessen die Codes (NL, FR, DE, EN).
app-language-nl = Niederländisch
app-language-fr = Französisch
app-language-de = Deutsch
app-language-en = Englisch
## Beschriftungen neben Sprachschaltflächen.
# Oben rechts im Fenster, vor den Schaltflächen NL FR DE EN, die die Sprache
# des Assistenten selbst wählen.
app-window-language = Sprache des Programms
# In der Leiste über der Vorschau (rechter Bereich des Editors), vor den
# Schaltflächen, die die Sprache des angezeigten Dokuments wählen.
app-preview-language = Sprache des Dokuments

## Gelbe Leiste unter der oberen Leiste, die fragt, was mit ungespeicherten
## Änderungen geschehen soll, mit den Schaltflächen Speichern (app-save),
## app-guard-discard und Abbrechen (app-cancel).
# Wenn ein neues Projekt begonnen wird (Strg+N), während es ungespeicherte
# Änderungen gibt.
app-guard-new = Sie haben Änderungen, die noch nicht gespeichert sind. Möchten Sie sie speichern, bevor Sie ein neues Projekt beginnen?
# Wenn ein anderes Projekt geöffnet wird (Öffnen…, Strg+O, ein zuletzt
# verwendetes Projekt), während es ungespeicherte Änderungen gibt.
app-guard-open = Sie haben Änderungen, die noch nicht gespeichert sind. Möchten Sie sie speichern, bevor Sie ein anderes Projekt öffnen?
# Wenn das Fenster geschlossen wird (oder Strg+Q), während es ungespeicherte
# Änderungen gibt.
app-guard-quit = Sie haben Änderungen, die noch nicht gespeichert sind. Möchten Sie sie speichern, bevor Sie policywright schließen?
# Rote Schaltfläche in dieser Leiste: fährt fort, ohne zu speichern.
app-guard-discard = Änderungen verwerfen

## Die Statuszeile unten im Fenster, die sagt, was gerade geschah. Fehlschläge
## erscheinen rot mit Meldungen aus cli.ftl (save-failed, load-*,
## cli-write-failed, cli-unreadable-file) oder mit app-save-where und
## app-export-open-failed.
# Nachdem das Projekt gespeichert wurde; $path ist die Datei.
app-status-saved = Gespeichert in { $path }.
# Nachdem ein Projekt geöffnet wurde; $path ist die Datei.
app-status-opened = { $path } geöffnet.
# Nachdem die Schaltfläche „Dokumente erstellen“ (app-export-write) im Schritt
# „Prüfen und exportieren“ die Dateien geschrieben hat; $count Dateien wurden
# in $folder geschrieben.
app-status-exported = { $count ->
    [one] 1 Datei in { $folder } erstellt.
   *[other] { $count } Dateien in { $folder } erstellt.
}

## Der Startbildschirm, der erste Bildschirm des Assistenten: ohne Vorlage oder
## mit einem Beispielprojekt beginnen, ungespeicherte Arbeit zurückholen, ein
## zuletzt verwendetes Projekt wieder öffnen oder eine Projektdatei öffnen.
# Großer Titel oben.
app-welcome-title = Ihre Datenschutzerklärung und Ihre Cookie-Richtlinie
# Absatz unter dem Titel.
app-welcome-intro = Beantworten Sie einfache Fragen zu Ihrer Organisation: policywright schreibt beide Dokumente in den Sprachen Ihrer Wahl (Niederländisch, Französisch, Deutsch, Englisch) und zeigt Ihnen, was vor der Veröffentlichung noch fehlt.
# In einem gelben Kasten, nur wenn nach einem Absturz ungespeicherte Arbeit
# gefunden wurde; gefolgt vom Pfad der Projektdatei, sonst vom Namen der
# Organisation, sonst von app-untitled.
app-recover-found = Es wurde nicht gespeicherte Arbeit gefunden:
# Schaltfläche in diesem Kasten: öffnet die ungespeicherte Arbeit wieder, die
# dann als ungespeicherte Änderungen erscheint.
app-recover = Wiederherstellen
# Überschrift über der Liste der zuletzt geöffneten Projekte; nur wenn es
# welche gibt.
app-recent = Zuletzt verwendete Projekte
# Schaltfläche, die ein leeres Projekt beginnt.
app-start-blank = Ohne Vorlage beginnen
# Überschrift über den Karten der Beispielprojekte. Jede Karte zeigt ihren
# Titel (app-starter-<name>) und darunter die Beschreibung starter-<name> aus
# cli.ftl; ein Klick beginnt damit ein Projekt.
app-start-from-starter = Oder beginnen Sie mit einem Beispiel, das Ihrer Organisation ähnelt
# Titel der Karte des Beispielprojekts templates/starters/bakery.ron.
app-starter-bakery = Bäckerei mit Webshop
# Titel der Karte des Beispielprojekts templates/starters/general-practice.ron.
app-starter-general-practice = Hausarztpraxis
# Titel der Karte des Beispielprojekts templates/starters/accountancy.ron.
app-starter-accountancy = Buchhaltungsbüro
# Titel der Karte des Beispielprojekts templates/starters/non-profit.ron.
app-starter-non-profit = Verein (VoG) mit Mitgliedern
# Titel der Karte des Beispielprojekts templates/starters/webshop-nl.ron.
app-starter-webshop-nl = Niederländischer Webshop
# Titel der Karte des Beispielprojekts templates/starters/dental-brussels.ron.
app-starter-dental-brussels = Zahnarztpraxis in Brüssel
# Titel der Karte des Beispielprojekts templates/starters/physio-eupen.ron.
app-starter-physio-eupen = Physiotherapiepraxis in Eupen
# Überschrift über dem Pfadfeld, app-open und app-browse, unten auf dem
# Bildschirm.
app-open-title = An einem gespeicherten Projekt weiterarbeiten

## Die Seitenleiste links im Editor: für jeden Schritt Nummer und Name
## (app-step-<schritt>) und darunter, wie der Schritt steht, nach den Befunden
## der Prüfungen zu seinen Antworten. Beim letzten Schritt gelten die Zahlen
## für das ganze Projekt.
# Nichts mehr offen: jede Frage beantwortet und kein Befund.
app-step-done = vollständig
# Noch nichts vom Schritt beantwortet.
app-step-not-started = nicht begonnen
# $count Fragen des Schritts sind noch nicht beantwortet (Fehler, weil etwas
# fehlt).
app-step-to-answer = { $count ->
    [one] 1 Frage offen
   *[other] { $count } Fragen offen
}
# Keine Frage mehr offen, aber $count Fehler.
app-step-errors = { $count ->
    [one] 1 Fehler
   *[other] { $count } Fehler
}
# Kein Fehler, aber $count Warnungen.
app-step-warnings = { $count ->
    [one] 1 Warnung
   *[other] { $count } Warnungen
}
# Nur $count Empfehlungen.
app-step-advice = { $count ->
    [one] 1 Empfehlung
   *[other] { $count } Empfehlungen
}
## Namen der Schweregrade der Befunde der Prüfungen.
# The one set of severity names, used on every step and in the review.
# Fett am Anfang jeder Befundkarte, vor der Stelle („Fehler · Zweck 2 …“):
# unter den betroffenen Antworten und in der Liste im Schritt „Prüfen und
# exportieren“.
severity-error = Fehler
# Siehe severity-error.
severity-warning = Warnung
# Siehe severity-error; der leichteste Grad, eine Empfehlung.
severity-info = Empfehlung
## Namen der sieben Schritte (app-step-<schritt>) und ihre Einleitungen
## (.intro). Der Name steht nummeriert in der Seitenleiste („1. Ihre
## Organisation“), als Titel oben im Schritt und auf der Schaltfläche neben
## jedem Befund im Schritt „Prüfen und exportieren“, die zum Schritt führt. Das
## .intro steht unter dem Titel.
app-step-organisation = Ihre Organisation
    .intro = Wer für die personenbezogenen Daten verantwortlich ist und wie man Sie erreicht.
app-step-data = Personen und Daten
    .intro = Von wem Sie personenbezogene Daten verarbeiten und welche Arten von Daten.
app-step-purposes = Zwecke
    .intro = Wofür Sie die Daten verwenden, was Ihnen das erlaubt und wie lange Sie sie speichern.
app-step-recipients = Empfänger
    .intro = Wer die Daten sonst noch erhält: Dienstleister wie Ihr Buchhalter oder Ihr Webhoster, und Behörden.
app-step-cookies = Cookies
    .intro = Was Ihre Website im Browser der Besucher speichert und wie die Besucher ihre Wahl treffen.
app-step-rights = Kontakt und Beschwerden
    .intro = Wohin man sich mit Fragen und Anfragen wendet und wo man sich beschweren kann.
app-step-review = Prüfen und exportieren
    .intro = Was noch Ihre Aufmerksamkeit braucht, und das Erstellen der Dokumente.

## Schritt „Ihre Organisation“ (Schritt 1): wer für die Daten verantwortlich
## ist und wie man ihn erreicht. Jede Beschriftung hat ihr .help darunter in
## kleiner grauer Schrift, wenn es eines gibt; Befunde zu einem Feld stehen
## direkt darunter, Befunde zu Antworten ohne Feld (der Vertreter in der EU,
## der in der Projektdatei steht) am Ende des Schritts.
# Erstes Feld des Schritts.
app-org-name = Name der Organisation
    .help = Wie im Unternehmensregister eingetragen, zum Beispiel „Bäckerei Janssens“.
# Feld unter dem Namen; die Dokumente drucken die Rechtsform nach dem Namen.
app-org-legal-form = Rechtsform
    .help = GmbH, AG, VoG, Einzelunternehmen … Die Dokumente setzen sie hinter den Namen: „Bäckerei Janssens GmbH“.
# Beschriftung über der Auswahlliste der Länder (benannt mit den Meldungen
# country-* aus common.ftl). Unter der Liste: das .says von
# app-org-country-unanswered, app-org-country-chosen oder
# app-org-country-no-authority. Auch Befunde zur Adresse stehen darunter.
app-org-country = Land
    .help = Wo Ihre Organisation ihren Sitz hat. Davon hängen das nationale Datenschutzgesetz und die Aufsichtsbehörde ab, die in den Dokumenten genannt werden.
# Zeile unter der Länderliste, solange kein Land gewählt ist (nur das .says
# wird verwendet).
app-org-country-unanswered =
    .says = Noch nicht gewählt: Die Dokumente nennen kein nationales Gesetz und keine Aufsichtsbehörde und bleiben Entwürfe.
# $country-code is the chosen country as a code ("BE"); $authority is its supervisory authority.
# Zeile unter der Länderliste, sobald ein Land gewählt ist, dessen
# Aufsichtsbehörde policywright kennt. Die Varianten [BE] und [NL] werden über
# den Ländercode gewählt: ihre Namen bleiben.
app-org-country-chosen =
    .says = { $country-code ->
        [BE] Die Datenschutzerklärung nennt neben der DSGVO das belgische Gesetz vom 30. Juli 2018. Beschwerden gehen an: { $authority }.
        [NL] Die Datenschutzerklärung nennt neben der DSGVO das niederländische Ausführungsgesetz (UAVG). Beschwerden gehen an: { $authority }.
       *[other] Die Datenschutzerklärung nennt die DSGVO. Beschwerden gehen an: { $authority }.
    }
# Zeile unter der Länderliste für ein Land, dessen Aufsichtsbehörde
# policywright nicht kennt.
app-org-country-no-authority =
    .says = Die Datenschutzerklärung nennt die DSGVO. policywright kennt für dieses Land keine Aufsichtsbehörde; die Erklärung zeigt dafür einen Platzhalter und bleibt ein Entwurf.
# Adressfeld, über Postleitzahl und Ort.
app-org-street = Straße und Hausnummer
# Feld neben dem Ort.
app-org-postcode = Postleitzahl
# Feld neben der Postleitzahl.
app-org-city = Ort
# Feld neben der Umsatzsteuernummer; bei einer Organisation in Belgien oder den
# Niederlanden prüfen die Prüfungen die Nummer.
app-org-enterprise-number = Unternehmensnummer
    .help = Belgien: die Nummer in der Zentralen Datenbank der Unternehmen (ZDU), zum Beispiel 0428.555.896. Niederlande: die KvK-Nummer.
# Feld neben der Unternehmensnummer (kein .help).
app-org-vat = MwSt.-Nummer
# Feld neben dem Telefon; Anfragen gehen hierhin, außer der Ansprechpartner im
# Schritt „Kontakt und Beschwerden“ hat eine eigene Adresse.
app-org-email = E-Mail-Adresse
    .help = Wohin man Fragen zu den eigenen Daten schickt. Eine gemeinsame Adresse wie privacy@ ist besser als die Adresse einer einzelnen Person.
# Feld neben der E-Mail-Adresse.
app-org-phone = Telefon
# Feld; mehrere Adressen durch Kommas getrennt.
app-org-websites = Websites
    .help = Die vollständige Adresse, beginnend mit https://. Mehrere Adressen trennen Sie mit Kommas.
# Feld neben app-org-group.
app-org-trade-names = Handelsnamen und Marken (optional)
    .help = Namen, unter denen man Sie neben dem offiziellen Namen kennt. Mehrere Namen trennen Sie mit Kommas.
# Feld neben app-org-trade-names.
app-org-group = Unternehmensgruppe (optional)
    .help = Die Gruppe, zu der Ihre Organisation gehört, falls es eine gibt.
# Letztes Feld des Schritts, eines pro Dokumentsprache nebeneinander (NL, EN,
# …).
app-org-processor = Was Sie als Auftragsverarbeiter für Ihre Kunden tun (optional)
    .help = Zum Beispiel „Wir verwalten im Auftrag unserer Kunden deren Lohndaten.“ Die Datenschutzerklärung erklärt dann, dass für diese Daten die Erklärung Ihres Kunden gilt.

## Schritt „Personen und Daten“ (Schritt 2), von oben nach unten: wessen Daten,
## welche Datenarten, Daten aus anderen Quellen (die Frage app-q-sources und
## eine Karte pro Quelle), wie die Daten je Gruppe hereinkommen, und
## Überwachungskameras. Felder für einen Text des Inhabers haben eine Eingabe
## pro Dokumentsprache nebeneinander.
# Überschrift über den Kontrollkästchen der Standardgruppen von Personen
# (Meldungen audience-* aus common.ftl); das .help darunter.
app-data-audiences = Von wem verarbeiten Sie Daten?
    .help = Kreuzen Sie jede Gruppe an; beim Schritt „Zwecke“ geben Sie an, welcher Zweck wen betrifft.
# Überschrift über den Kontrollkästchen der Standarddatenarten, jede als „Name
# — Beispiele“ (Meldungen data-* aus common.ftl); das .help darunter.
app-data-categories = Welche Arten personenbezogener Daten?
    .help = Sensible Arten (Gesundheit, Überzeugungen …) brauchen eine zusätzliche Rechtsgrundlage; Sie wählen sie aus, wenn Sie sie ankreuzen.
# Feld unter einer angekreuzten Standarddatenart, beim Ankreuzen mit den
# Standardbeispielen dieser Art in jeder Dokumentsprache ausgefüllt.
app-data-examples = Beispiele in den Dokumenten
    .help = Sie werden hinter der jeweiligen Art von Daten abgedruckt. Passen Sie sie an Ihre Organisation an oder leeren Sie das Feld, wenn keine Beispiele erscheinen sollen.
# Schaltfläche unter den Gruppen: fügt ein Feld für eine eigene Gruppe hinzu
# (app-data-own-audience).
app-data-add-audience = Weitere Gruppe hinzufügen
# Beschriftung des Feldes, das eine hinzugefügte eigene Gruppe benennt, mit
# einer Schaltfläche Entfernen daneben.
app-data-own-audience = Eine andere Gruppe von Personen
# Schaltfläche unter den Datenarten: fügt ein Feld für eine eigene Art hinzu.
app-data-add-category = Weitere Art von Daten hinzufügen
# Beschriftung des Feldes, das eine hinzugefügte eigene Datenart benennt, mit
# einer Schaltfläche Entfernen daneben.
app-data-own-category = Eine andere Art von Daten
# Kontrollkästchen unter einer solchen Datenart; angekreuzt erscheint die Liste
# der Ausnahmen nach Art. 9(2) (app-data-condition).
app-data-own-category-special = Das sind sensible Daten (Gesundheit, Überzeugungen …: Art. 9 DSGVO)
# Überschrift des Abschnitts über Daten aus anderen Quellen; das .help
# darunter, dann die Frage app-q-sources, die Karten der Quellen und
# app-source-add.
app-sources = Daten, die Sie von anderen erhalten
    .help = Stammen Daten nicht von der Person selbst (von einem Partner, aus einem öffentlichen Register, durch die Überweisung eines Arztes), muss die Erklärung sagen, woher sie kommen.
# Titel jeder Quellenkarte, gefolgt von ihrer Nummer („Quelle 1“).
app-source = Quelle
# Schaltfläche unter den Quellenkarten.
app-source-add = Quelle hinzufügen
# Überschrift des Abschnitts mit einem Kasten pro Personengruppe im Projekt;
# das .help darunter.
app-collection = Wie die Daten zu Ihnen kommen
    .help = Für jede Gruppe: auf welchem Weg ihre Daten Sie erreichen und, wo es sich von den anderen unterscheidet, welche Daten sie angibt. Die Datenschutzerklärung führt auf, was Sie ankreuzen; lassen Sie eine Gruppe leer, wenn darüber nichts gesagt werden soll.
# Im Kasten jeder Gruppe, vor den Kontrollkästchen der Kanäle (Meldungen
# channel-* aus common.ftl).
app-collection-channels = Wie:
# Im Kasten jeder Gruppe, vor den Kontrollkästchen der Datenarten des Projekts.
app-collection-data = Ihre Daten:
# Kontrollkästchen am Ende des Schritts, das .help darunter. Angekreuzt
# erscheinen die Kamerafelder unten (app-cameras-purpose bis
# app-cameras-declared und app-q-cameras-police).
app-cameras = Wir setzen in unseren Räumlichkeiten Überwachungskameras ein
    .help = Nur wenn Sie Räumlichkeiten mit Kameras haben. Die Datenschutzerklärung erhält dann einen Abschnitt über die Videoüberwachung.
# Kamerafeld, eines pro Dokumentsprache.
app-cameras-purpose = Wozu dienen die Kameras?
    .help = Zum Beispiel „Diebstahl und Vandalismus im Geschäft verhindern und aufklären“.
# Beschriftung über je einem Optionsfeld pro Rechtsgrundlage (Meldungen basis-*
# aus common.ftl).
app-cameras-basis = Was erlaubt Ihnen, die Kameras einzusetzen?
# Kamerafrage, die letzte der Kamerafelder. Ihre Antworten nebeneinander:
# app-answer-unanswered, -yes und -no; darunter das .says der gewählten
# Antwort.
app-q-cameras-police = Geben Sie Aufnahmen an die Polizei oder die Justiz weiter, wenn sie helfen können, eine Straftat zu beweisen?
# Nur das .says wird angezeigt, solange die Frage nicht beantwortet ist; der
# Wert wiederholt nur app-answer-unanswered.
app-q-cameras-police-unanswered = { app-answer-unanswered }
    .says = Die Datenschutzerklärung nennt niemanden, der Aufnahmen erhält, und bleibt ein Entwurf, bis Sie antworten.
# Antwort; ihr .says steht unter den Antworten, solange sie gewählt ist.
app-q-cameras-police-yes = Ja
    .says = Die Datenschutzerklärung sagt, dass Sie Aufnahmen als Beweismittel an die Polizei oder die Justiz weitergeben können.
# Antwort; ihr .says steht unter den Antworten, solange sie gewählt ist.
app-q-cameras-police-no = Nein
    .says = Über die Weitergabe von Aufnahmen wird nichts gesagt.
# Kamerafeld für eine Anzahl Tage; das .help unter der Beschriftung.
app-cameras-days = Wie viele Tage bewahren Sie die Aufnahmen auf?
    .help = In Belgien höchstens einen Monat (30 Tage), es sei denn, die Aufnahmen werden als Beweismittel gebraucht.
# Kontrollkästchen bei den Kameras.
app-cameras-pictogram = An jedem Eingang des überwachten Bereichs hängt ein Schild mit dem gesetzlich vorgeschriebenen Piktogramm
# Kontrollkästchen bei den Kameras.
app-cameras-declared = Die Kameras sind bei der Polizei angemeldet (in Belgien über www.declarationcamera.be)
# In jeder Quellenkarte: Feld, eines pro Dokumentsprache; das .help unter der
# Beschriftung.
app-source-description = Woher stammen die Daten?
    .help = Zum Beispiel „die Zentrale Datenbank der Unternehmen“ oder „der Arzt, der Sie überwiesen hat“.
# In jeder Quellenkarte: Beschriftung vor den Kontrollkästchen der Datenarten
# des Projekts. Die Karte endet mit der Frage app-q-source-public.
app-source-data = Welche Daten?
# Beschriftung vor der Liste der Ausnahmen nach Art. 9(2) (app-art9-*), neben
# einer angekreuzten sensiblen Datenart (Gesundheit, Überzeugungen, …) oder
# einer eigenen, als sensibel markierten Art.
app-data-condition = Erlaubt, weil:
# Feld unter der Art „Strafrechtliche Verurteilungen und Straftaten“
# (data-criminal-records), wenn sie angekreuzt ist, eines pro Dokumentsprache;
# das .help unter der Beschriftung.
app-data-art10 = Welches Gesetz erlaubt Ihnen, diese Daten zu verarbeiten?
    .help = Zum Beispiel die Regeln zum Strafregisterauszug für die Arbeit mit Kindern.
## Ausnahmen nach Art. 9(2) DSGVO (app-art9-<schlüssel>): die Auswahl der Liste
## nach app-data-condition im Schritt „Personen und Daten“ („Erlaubt, weil: …“)
## und der eigenen Liste eines Zwecks (app-purpose-art9) im Schritt „Zwecke“.
app-art9-explicit-consent = die Person hat ausdrücklich eingewilligt
app-art9-employment-law = das Arbeitsrecht oder das Recht der sozialen Sicherheit verlangt es
app-art9-vital-interests = um das Leben eines Menschen zu schützen, der selbst nicht einwilligen kann
app-art9-non-profit-members = wir sind eine Organisation ohne Gewinnerzielungsabsicht mit politischem, weltanschaulichem, religiösem oder gewerkschaftlichem Ziel, und es geht um unsere Mitglieder
app-art9-made-public = die Person hat die Daten selbst öffentlich gemacht
app-art9-legal-claims = um Rechtsansprüche geltend zu machen oder abzuwehren
app-art9-public-interest = ein erhebliches öffentliches Interesse auf gesetzlicher Grundlage
app-art9-health-care = medizinische Diagnose, Versorgung oder Behandlung oder Verwaltung der Gesundheitsversorgung (etwa Abrechnung)
app-art9-public-health = öffentliche Gesundheit
app-art9-research = Archivzwecke im öffentlichen Interesse, Forschung oder Statistik

## Schritt „Zwecke“ (Schritt 3): eine Karte pro Zweck, von oben nach unten:
## Name, Beschreibung, wessen Daten, welche Daten, Ausnahmen für sensible
## Daten, Rechtsgrundlage, berechtigtes Interesse, Speicherdauer, ob die Daten
## angegeben werden müssen, andere Bedingungen für eine Gruppe, Direktwerbung,
## Cookies und eine Entscheidung durch einen Computer. Unter den Karten:
## app-purpose-add und die Frage app-q-automated. Befunde zu einem Feld stehen
## darunter, die übrigen am Ende der Karte. Felder für einen Text des Inhabers
## haben eine Eingabe pro Dokumentsprache nebeneinander.
# Titel jeder Zweckkarte, gefolgt von ihrer Nummer („Zweck 1“). Auch im Schritt
# „Empfänger“ für einen Zweck, der noch keinen Namen hat.
app-purpose = Zweck
# Schaltfläche unter den Zweckkarten.
app-purpose-add = Zweck hinzufügen
# Erstes Feld der Karte; das .help unter der Beschriftung.
app-purpose-name = Wofür verwenden Sie die Daten?
    .help = In wenigen Worten, zum Beispiel „Lieferung Ihrer Bestellungen“.
# Optionales Feld unter dem Namen.
app-purpose-description = Weitere Erläuterung (optional)
# Beschriftung vor den Kontrollkästchen der Personengruppen des Projekts.
app-purpose-audiences = Von wem?
# Beschriftung vor den Kontrollkästchen der Datenarten des Projekts.
app-purpose-data = Welche Daten?
# Beschriftung über je einem Optionsfeld pro Rechtsgrundlage (Meldungen basis-*
# aus common.ftl); das .help darunter.
app-purpose-basis = Was erlaubt Ihnen, die Daten zu verwenden?
    .help = Die Rechtsgrundlage. Die meisten Zwecke beruhen auf einem Vertrag, einer rechtlichen Verpflichtung, einer Einwilligung oder Ihrem berechtigten Interesse.
# Feld, das nur erscheint, wenn die Rechtsgrundlage das berechtigte Interesse
# ist. Auch in den eigenen Bedingungen einer Gruppe (app-terms-for), dort ohne
# .help.
app-purpose-interest = Ihr berechtigtes Interesse
    .help = Was Sie damit erreichen, zum Beispiel „unseren Webshop vor Betrug schützen“.
# Beschriftung über den zwei Kontrollkästchen app-purpose-retention-fixed und
# -criteria.
app-purpose-retention = Wie lange speichern Sie die Daten?
# Kontrollkästchen; angekreuzt erscheinen in einer Zeile eine Zahl, eine
# Einheit (app-unit-*), app-purpose-after und der Zeitpunkt, ab dem die Frist
# läuft (retention-after-* aus common.ftl).
app-purpose-retention-fixed = eine feste Frist
# Kontrollkästchen; angekreuzt erscheint das Feld app-purpose-criteria.
app-purpose-retention-criteria = es hängt ab von
# Wort zwischen der Frist („1 Jahre“) und der Liste der Zeitpunkte, ab denen
# sie zählt.
app-purpose-after = nach
# Feld, das erscheint, wenn app-purpose-retention-criteria angekreuzt ist; das
# .help unter der Beschriftung.
app-purpose-criteria = Wovon hängt die Dauer ab?
    .help = Zum Beispiel „bis Sie sich vom Newsletter abmelden“.
# Auswahl in der Liste der Einheiten einer festen Speicherdauer, nach der Zahl.
# Dasselbe Wort steht bei jeder Zahl; eine Einzahl ist nicht möglich.
app-unit-days = Tage
# Auswahl in der Liste der Einheiten einer festen Speicherdauer, nach der Zahl.
# Dasselbe Wort steht bei jeder Zahl; eine Einzahl ist nicht möglich.
app-unit-weeks = Wochen
# Auswahl in der Liste der Einheiten einer festen Speicherdauer, nach der Zahl.
# Dasselbe Wort steht bei jeder Zahl; eine Einzahl ist nicht möglich.
app-unit-months = Monate
# Auswahl in der Liste der Einheiten einer festen Speicherdauer, nach der Zahl.
# Dasselbe Wort steht bei jeder Zahl; eine Einzahl ist nicht möglich.
app-unit-years = Jahre
# Beschriftung über der Auswahlliste der Antworten: zuerst
# app-purpose-requirement-none, dann app-requirement-*. Auch in den eigenen
# Bedingungen einer Gruppe.
app-purpose-requirement = Müssen die Personen diese Daten angeben?
# Erste Auswahl dieser Liste; ihr .says steht unter der Liste, solange sie
# gewählt ist (nicht in den eigenen Bedingungen einer Gruppe).
app-purpose-requirement-none = nicht abgefragt
    .says = Nicht abgefragt: Die Datenschutzerklärung sagt nichts darüber, ob diese Daten angegeben werden müssen.
# $sentence is what the privacy statement says for the chosen answer.
# Zeile unter dieser Liste, sobald eine andere Antwort gewählt ist; der Satz
# ist die Meldung requirement-* aus common.ftl. Auch im Schritt „Empfänger“
# unter der Liste der Garantien verwendet, mit dem Satz, den die gewählte
# Garantie die Erklärung sagen lässt (safeguard-* aus common.ftl).
app-purpose-requirement-says = Die Datenschutzerklärung sagt: „{ $sentence }“
# Auswahl in der Liste „müssen die Personen diese Daten angeben?“
# (app-purpose-requirement).
app-requirement-statutory = ja, das Gesetz schreibt es vor
# Auswahl in der Liste „müssen die Personen diese Daten angeben?“
# (app-purpose-requirement).
app-requirement-contractual = ja, unser Vertrag schreibt es vor
# Auswahl in der Liste „müssen die Personen diese Daten angeben?“
# (app-purpose-requirement).
app-requirement-needed-for-contract = ja, um einen Vertrag schließen zu können
# Auswahl in der Liste „müssen die Personen diese Daten angeben?“
# (app-purpose-requirement).
app-requirement-voluntary = nein, das entscheiden sie selbst
# Feld, das erscheint, sobald eine andere Antwort als
# app-purpose-requirement-none gewählt ist; auch in den eigenen Bedingungen
# einer Gruppe, dort ohne .help.
app-purpose-consequence = Was geschieht, wenn sie die Daten nicht angeben?
    .help = Zum Beispiel „können wir Ihre Bestellung nicht liefern“. Die Erklärung setzt „Wenn Sie diese Daten nicht angeben,“ davor.
# Kleine Schaltfläche, eine pro Gruppe des Zwecks, die noch keine eigenen
# Bedingungen hat; $audience ist der Name der Gruppe. Steht unter
# app-terms-add.
app-terms-add-button = + { $audience }
# Titel eines Kastens mit der eigenen Rechtsgrundlage und Angabepflicht einer
# Gruppe, mit einer Schaltfläche Entfernen; $audience ist der Name der Gruppe.
app-terms-for = Andere Grundlage für { $audience }
# Zeile über den Schaltflächen app-terms-add-button; nur wenn der Zweck mehr
# als eine Gruppe betrifft.
app-terms-add = Gilt für eine dieser Gruppen eine andere Rechtsgrundlage oder eine andere Pflicht, die Daten anzugeben? Wählen Sie sie aus:
# Erste Auswahl der Liste app-purpose-art9: der Zweck übernimmt die bei der
# Datenart angegebene Ausnahme.
app-purpose-art9-as-kind = dieselbe Ausnahme wie für die Art der Daten
# Beschriftung über einer Liste von Ausnahmen nach Art. 9(2), eine pro
# sensibler Datenart, die der Zweck verwendet; $data ist der Name der Art.
app-purpose-art9 = Ausnahme für { $data } bei diesem Zweck
# Beschriftung eines Feldes für Strafdaten, die der Zweck verwendet; $data ist
# der Name der Art.
app-purpose-art10 = Gesetz, das { $data } bei diesem Zweck erlaubt
    .help = Nur wenn es ein anderes Gesetz ist als das, das bei der Art der Daten angegeben ist.
# Beschriftung über je einem Kontrollkästchen pro Cookie-Kategorie (Meldungen
# category-* aus common.ftl); das .help darunter.
app-purpose-cookies = Welche Cookies setzt Ihre Website für diesen Zweck?
    .help = Die Cookie-Richtlinie nennt diesen Zweck bei jeder Art, die Sie ankreuzen.
# Frage in jeder Zweckkarte. Ihre Antworten nebeneinander:
# app-answer-unanswered, -yes und -no; darunter das .says der gewählten
# Antwort.
app-q-direct-marketing = Ist dieser Zweck Direktwerbung: Newsletter, Angebote oder Werbung?
# Nur das .says wird angezeigt, solange die Frage nicht beantwortet ist; der
# Wert wiederholt nur app-answer-unanswered.
app-q-direct-marketing-unanswered = { app-answer-unanswered }
    .says = Die Datenschutzerklärung beschreibt für diesen Zweck nicht das Recht, der Direktwerbung zu widersprechen.
# Antwort; ihr .says steht unter den Antworten, solange sie gewählt ist.
app-q-direct-marketing-yes = Ja
    .says = Die Datenschutzerklärung sagt, dass Sie Daten für Direktwerbung verwenden und dass man dem jederzeit ohne Angabe von Gründen widersprechen kann.
# Antwort; ihr .says steht unter den Antworten, solange sie gewählt ist.
app-q-direct-marketing-no = Nein
    .says = Für diesen Zweck wird nichts über Direktwerbung gesagt.
# Schritt „Empfänger“, in jeder Empfängerkarte: Beschriftung vor den schon
# hinzugefügten Ländern (je eine kleine Schaltfläche mit ×) und einer
# Auswahlliste, deren .placeholder der graue Text ist, um eines hinzuzufügen.
app-recipient-also-in = Auch verarbeitet in:
    .placeholder = Land hinzufügen…
# Schritt „Empfänger“, in jeder Empfängerkarte: Kontrollkästchen.
app-recipient-unstated = Der Anbieter gibt an, dass die Daten auch außerhalb des EWR verarbeitet werden können, ohne die Länder zu nennen
# Schritt „Empfänger“, in jeder Empfängerkarte: Beschriftung vor der
# Länderliste des Firmensitzes.
app-recipient-seat = Sitz des Unternehmens:
# Erste Auswahl dieser Liste.
app-recipient-seat-same = dort, wo die Daten verarbeitet werden
# Schritt „Empfänger“, in jeder Empfängerkarte: Beschriftung über je einem
# Kontrollkästchen pro Zweck; nur wenn das Projekt Zwecke hat.
app-recipient-purposes = Für welche Zwecke erhält dieser Empfänger Daten?
# Kontrollkästchen gegen Ende jeder Zweckkarte; angekreuzt erscheinen die
# Felder der Entscheidung unten.
app-purpose-automated = Ein Computer entscheidet über Personen oder erstellt Profile von ihnen, ohne dass ein Mensch beteiligt ist
# Kontrollkästchen, das erscheint, sobald app-purpose-automated angekreuzt ist.
app-purpose-profiling = Dabei wird Profiling eingesetzt
# Frage, die erscheint, sobald app-purpose-automated angekreuzt ist. Ihre
# Antworten nebeneinander: app-answer-unanswered, -yes und -no; darunter das
# .says der gewählten Antwort.
app-q-art22 = Hat das rechtliche Wirkung für die Person oder beeinträchtigt es sie ähnlich erheblich (eine abgelehnte Zahlung, ein abgelehnter Vertrag)?
# Nur das .says wird angezeigt, solange die Frage nicht beantwortet ist; der
# Wert wiederholt nur app-answer-unanswered.
app-q-art22-unanswered = { app-answer-unanswered }
    .says = Die Datenschutzerklärung zeigt einen Platzhalter, bis Sie antworten.
# Antwort; ihr .says steht unter den Antworten, solange sie gewählt ist.
app-q-art22-yes = Ja
    .says = Die Datenschutzerklärung beschreibt es als Entscheidung nach Art. 22 DSGVO, mit der Ausnahme, die sie erlaubt, und damit, wie man sie überprüfen lassen kann.
# Antwort; ihr .says steht unter den Antworten, solange sie gewählt ist.
app-q-art22-no = Nein
    .says = Die Datenschutzerklärung beschreibt es als Profiling ohne solche Wirkungen (zum Beispiel Produktempfehlungen), mit dem Widerspruchsrecht, wo es gilt.
# Beschriftung über der Liste der Ausnahmen (art22-*.label aus common.ftl); nur
# wenn app-q-art22 mit Ja beantwortet ist.
app-purpose-art22-ground = Was erlaubt die Entscheidung? (Art. 22 Abs. 2)
# Feld, das nur erscheint, wenn app-q-art22 mit Ja beantwortet ist; das .help
# unter der Beschriftung.
app-purpose-taken-by = Wer trifft die Entscheidung, wenn nicht Sie? (optional)
    .help = Zum Beispiel „Klarna“. Die Datenschutzerklärung sagt das dann und dass die Person die Überprüfung dort beantragt.
# Feld der Entscheidung; das .help unter der Beschriftung.
app-purpose-logic = Wie wird entschieden?
    .help = In einfachen Worten, zum Beispiel „eine Punktzahl auf Grundlage Ihres bisherigen Zahlungsverhaltens“.
# Letztes Feld der Entscheidung und der Karte.
app-purpose-effects = Was bedeutet das für die Person?

## Schritt „Empfänger“ (Schritt 4), von oben nach unten: die Frage
## app-q-recipients, die Suche im Dienstekatalog, eine Karte pro Empfänger,
## app-recipient-add und die Frage app-q-transfers. Drei Beschriftungen der
## Empfängerkarte (app-recipient-also-in, app-recipient-seat,
## app-recipient-purposes) stehen weiter oben in dieser Datei, bei den Zwecken.
## Befunde zu einem Feld stehen darunter, die übrigen am Ende der Karte.
# Überschrift des Kastens, der den Dienstekatalog durchsucht; das .help
# darunter.
app-catalog = Dienste, die Sie nutzen
    .help = Geben Sie den Namen eines Dienstes ein, etwa Mollie oder Google Analytics: Wenn Sie ihn hinzufügen, werden der Empfänger und die Cookies, die er setzt, ausgefüllt.
# Grauer Platzhaltertext des Suchfelds.
app-catalog-placeholder = Dienste suchen…
# Unter dem Suchfeld, wenn nichts im Katalog zur Eingabe passt.
app-catalog-none = Kein Dienst im Katalog passt dazu.
# Schaltfläche neben jedem gefundenen Dienst (Name, dann „Firma · Art“ aus
# catalog-kind-*): fügt seinen Empfänger und seine Cookies hinzu, mit den
# Texten aus catalog.ftl. Die Eingabetaste fügt den ersten gefundenen Dienst
# hinzu.
app-catalog-add = Hinzufügen
# Rote Schaltfläche statt app-catalog-add, wenn etwas von diesem Dienst im
# Projekt ist: nimmt heraus, was er hinzugefügt hat, außer der Inhaber hat es
# geändert.
app-catalog-remove = Entfernen
# Titel jeder Empfängerkarte, gefolgt von ihrer Nummer („Empfänger 1“).
app-recipient = Empfänger
# Schaltfläche unter den Empfängerkarten.
app-recipient-add = Empfänger hinzufügen
# Erstes Feld der Karte, eines pro Dokumentsprache; das .help unter der
# Beschriftung.
app-recipient-name = Name
    .help = Ein Unternehmen oder eine Art von Empfänger, etwa „unser Buchhalter“.
# Feld, eines pro Dokumentsprache; ein aus dem Katalog hinzugefügter Dienst
# füllt es mit seinem Text catalog-service-*.
app-recipient-service = Was macht der Empfänger mit den Daten?
# Beschriftung über der Auswahlliste der Rollen (app-recipient-role-<rolle>);
# unter der Liste das .says der gewählten Rolle.
app-recipient-role = Rolle des Empfängers
# Beschriftung über der Auswahlliste der Länder, neben der Rolle; unter der
# Liste das .says einer der Meldungen app-recipient-country-*.
app-recipient-country = Wo werden die Daten verarbeitet?
# Zeile unter der Rollenliste, solange keine Rolle gewählt ist (nur das .says
# wird verwendet).
app-recipient-role-unanswered =
    .says = Noch nicht gewählt: Die Datenschutzerklärung zeigt für die Rolle einen Platzhalter und bleibt ein Entwurf.
# Auswahl in der Rollenliste; ihr .says steht unter der Liste, solange sie
# gewählt ist.
app-recipient-role-processor = Auftragsverarbeiter
    .says = Die Datenschutzerklärung sagt, dass dieser Empfänger nach Ihren Weisungen arbeitet und die Daten nicht für eigene Zwecke verwenden darf. Schließen Sie mit ihm einen Auftragsverarbeitungsvertrag (Art. 28 DSGVO).
# Auswahl in der Rollenliste; ihr .says steht unter der Liste, solange sie
# gewählt ist.
app-recipient-role-controller = Eigenständiger Verantwortlicher
    .says = Die Datenschutzerklärung sagt, dass dieser Empfänger selbst entscheidet, was er mit den Daten tut.
# Auswahl in der Rollenliste; ihr .says steht unter der Liste, solange sie
# gewählt ist.
app-recipient-role-joint-controller = Gemeinsam Verantwortlicher
    .says = Die Datenschutzerklärung sagt, dass Sie gemeinsam entscheiden, gibt das Wesentliche Ihrer Vereinbarung wieder (unten abgefragt) und sagt, dass man seine Rechte bei jedem von Ihnen geltend machen kann.
# Auswahl in der Rollenliste; ihr .says steht unter der Liste, solange sie
# gewählt ist.
app-recipient-role-authority = Behörde
    .says = Die Datenschutzerklärung führt diesen Empfänger als Behörde auf, an die Sie Daten weitergeben.
# Auswahl in der Rollenliste; ihr .says steht unter der Liste, solange sie
# gewählt ist.
app-recipient-role-group-company = Unternehmen unserer Gruppe
    .says = Die Datenschutzerklärung führt diesen Empfänger als Unternehmen Ihrer Gruppe auf.
# Auswahl in der Rollenliste; ihr .says steht unter der Liste, solange sie
# gewählt ist.
app-recipient-role-employer = Arbeitgeber der Person
    .says = Die Datenschutzerklärung führt diesen Empfänger als Arbeitgeber der betroffenen Person auf.
# Auswahl in der Rollenliste; ihr .says steht unter der Liste, solange sie
# gewählt ist.
app-recipient-role-professional-body = Berufskammer
    .says = Die Datenschutzerklärung führt diesen Empfänger als Berufskammer oder Aufsichtsstelle Ihres Berufs auf.
# Auswahl in der Rollenliste; ihr .says steht unter der Liste, solange sie
# gewählt ist.
app-recipient-role-acquirer = Käufer bei Verkauf oder Fusion
    .says = Die Datenschutzerklärung führt diesen Empfänger als Käufer Ihres Unternehmens oder eines Teils davon auf.
# Zeile unter der Länderliste, solange kein Land gewählt ist.
app-recipient-country-unanswered =
    .says = Noch nicht gewählt: Die Datenschutzerklärung zeigt einen Platzhalter dafür, wo die Daten verarbeitet werden.
# Zeile unter der Länderliste für ein Land im EWR.
app-recipient-country-eea =
    .says = Innerhalb des Europäischen Wirtschaftsraums: Die Datenschutzerklärung nennt das Land.
# Zeile unter der Länderliste für ein Land außerhalb des EWR mit
# Angemessenheitsbeschluss.
app-recipient-country-adequate =
    .says = Außerhalb des Europäischen Wirtschaftsraums, mit Angemessenheitsbeschluss: Die Datenschutzerklärung nennt das Land und den Beschluss.
# Zeile unter der Länderliste für jedes andere Land außerhalb des EWR; die
# Felder der Garantie erscheinen dann.
app-recipient-country-outside =
    .says = Außerhalb des Europäischen Wirtschaftsraums: Die Datenschutzerklärung nennt das Land und die Garantie, die Sie unten wählen.
# Beschriftung über der Liste der Garantien (app-safeguard-*), nur wenn der
# Empfänger Daten außerhalb des EWR verarbeitet; das .help darunter. Unter der
# Liste: app-purpose-requirement-says mit dem Satz der Garantie oder
# app-recipient-safeguard-none.
app-recipient-safeguard = Garantie für die Übermittlung
    .help = Dieses Land liegt außerhalb des Europäischen Wirtschaftsraums; die Übermittlung braucht deshalb eine geeignete Garantie.
# Zeile unter der Liste der Garantien, solange keine gewählt ist und kein
# Angemessenheitsbeschluss die Länder abdeckt (nur das .says wird verwendet).
app-recipient-safeguard-none =
    .says = Noch nicht gewählt: Die Datenschutzerklärung zeigt für diese Übermittlung einen Platzhalter.
# Beschriftung der Kontaktfelder, das .help darunter; nur wenn die Rolle
# gemeinsam Verantwortlicher ist, unter app-recipient-arrangement.
app-recipient-contact = Wo man diesen Empfänger erreicht (optional)
    .help = Die Stelle dieses gemeinsam Verantwortlichen, die Anfragen von Personen bearbeitet, oder sein Datenschutzbeauftragter. Die Datenschutzerklärung nennt diese Kontaktstelle neben der Vereinbarung.
# Kontaktfeld eines gemeinsam Verantwortlichen, die drei nebeneinander.
app-recipient-contact-name = Name
# Kontaktfeld eines gemeinsam Verantwortlichen, die drei nebeneinander.
app-recipient-contact-email = E-Mail-Adresse
# Kontaktfeld eines gemeinsam Verantwortlichen, die drei nebeneinander.
app-recipient-contact-phone = Telefon
# Feld, eines pro Dokumentsprache, nur wenn die Rolle gemeinsam
# Verantwortlicher ist; das .help unter der Beschriftung.
app-recipient-arrangement = Das Wesentliche Ihrer Vereinbarung (gemeinsam Verantwortliche)
    .help = Wer was tut, in wenigen Sätzen: zum Beispiel „Wir bitten Sie um Ihre Einwilligung für das Pixel und informieren Sie; Meta beantwortet Anfragen zu den Daten, die es erhält.“ Wird so abgedruckt, wie Sie es schreiben.
# Beschriftung über der Liste der Kommissionsbeschlüsse (app-scc-decision),
# wenn Standardvertragsklauseln die Garantie sind.
app-scc = Welche Standardvertragsklauseln?
# $decision is the Commission decision, such as 2021/914.
# Jede Auswahl dieser Liste: 2021/914 (die geltenden Klauseln), 2010/87,
# 2004/915 und 2001/497 (aufgehoben).
app-scc-decision = Beschluss { $decision } der Kommission
# Feld für eine Zahl, nur wenn die geltenden Klauseln (2021/914) gewählt sind;
# das .help unter der Beschriftung.
app-scc-module = Modul der Klauseln (1 bis 4, optional)
    .help = Modul 1: von Verantwortlichen an Verantwortliche; 2: von Verantwortlichen an Auftragsverarbeiter; 3: von Auftragsverarbeitern an Auftragsverarbeiter; 4: von Auftragsverarbeitern an Verantwortliche.
# Auswahl in der Liste der Garantien (app-recipient-safeguard).
app-safeguard-adequacy = Angemessenheitsbeschluss der Europäischen Kommission
# Auswahl in der Liste der Garantien (app-recipient-safeguard).
app-safeguard-dpf = zertifiziert nach dem EU-US-Datenschutzrahmen (EU-U.S. Data Privacy Framework)
# Auswahl in der Liste der Garantien (app-recipient-safeguard).
app-safeguard-scc = Standardvertragsklauseln
# Auswahl in der Liste der Garantien (app-recipient-safeguard).
app-safeguard-bcr = verbindliche interne Datenschutzvorschriften
# Feld für eine Webadresse, gegen Ende der Karte.
app-recipient-policy = Link zur Datenschutzerklärung des Empfängers (optional)

## Schritt „Cookies“ (Schritt 5), von oben nach unten:
## app-cookie-policy-elsewhere, die Frage app-q-cookies, das Importformular,
## eine Karte pro Cookie, app-cookie-add und der Abschnitt zur Einwilligung
## (app-consent). Befunde zu einem Feld eines Cookies stehen darunter, die
## übrigen am Ende seiner Karte.
# Überschrift des Importformulars; das .help darunter.
app-import = Liste von Cookies importieren
    .help = Eine Liste von Cookie-Namen, ein Name pro Zeile, oder ein CSV-Export aus den Entwicklertools Ihres Browsers oder aus einem Cookie-Scanner. Bekannte Cookies werden vollständig ausgefüllt; die übrigen werden hinzugefügt, damit Sie sie ergänzen.
# Grauer Platzhaltertext des Pfadfelds des Importformulars.
app-import-placeholder = Pfad der Liste oder CSV-Datei
# Schaltfläche neben diesem Feld (Eingabetaste ebenso). Das Ergebnis steht in
# der Statuszeile: cli-import-summary oder cli-unreadable-file, wenn die Datei
# nicht gelesen werden kann.
app-import-button = Importieren
# Schaltfläche unter den Cookie-Karten.
app-cookie-add = Cookie hinzufügen
# Erstes Feld einer Cookie-Karte; die Eingabetaste darin fügt ein weiteres
# Cookie hinzu.
app-cookie-name = Name des Cookies
# Feld neben dem Namen; ein neues Cookie erhält den Namen der Organisation.
app-cookie-provider = Gesetzt von
# Optionales Feld, neben app-cookie-names-unknown.
app-cookie-domain = Domain (optional)
# Kontrollkästchen neben der Domain.
app-cookie-names-unknown = Der Anbieter nennt seine Cookies nicht: Dieser Eintrag steht für alle
# Kontrollkästchen neben der Liste der Kategorien (Meldungen category-* aus
# common.ftl).
app-cookie-third-party = ein anderes Unternehmen (Drittanbieter)
# $sentence is what the cookie policy says of the chosen category.
# Zeile unter der Kategorienliste jeder Cookie-Karte; der Satz stammt aus den
# Texten der Cookie-Richtlinie.
app-cookie-category-says = Die Cookie-Richtlinie sagt: „{ $sentence }“
# Beschriftung über der Laufzeit: wie genau sie ist (app-cookie-span-*), das
# kürzeste Ende eines Bereichs, dann Zahl und Einheit (app-lifetime-*).
app-cookie-duration = Laufzeit
# Letztes Feld einer Cookie-Karte, eines pro Dokumentsprache; ein Cookie aus
# dem Katalog füllt es mit seinem Text catalog-cookie-*.
app-cookie-purpose = Wozu dient es?
# Erstes Feld des Schritts; das .help unter der Beschriftung.
app-cookie-policy-elsewhere = Ist Ihre Cookie-Richtlinie an anderer Stelle veröffentlicht? Ihre Webadresse (optional)
    .help = Zum Beispiel die Richtlinie, die Ihr Einwilligungstool erstellt und aktuell hält. policywright schreibt dann keine eigene Cookie-Richtlinie, und die Datenschutzerklärung verweist auf Ihre. Die Fragen unten sind dann optional.
# Nicht im Schritt: oben in der Vorschau (rechter Bereich), solange eine
# Adresse einer Cookie-Richtlinie angegeben ist; $address ist diese Adresse.
app-preview-cookie-policy-elsewhere = Ihre Cookie-Richtlinie ist unter { $address } veröffentlicht, deshalb schreibt policywright keine. Die Datenschutzerklärung verweist darauf.
# Auswahl in der ersten Liste der Laufzeit eines Cookies: wie genau sie ist.
app-cookie-span-exactly = genau
# Auswahl in der ersten Liste der Laufzeit eines Cookies: wie genau sie ist.
app-cookie-span-up-to = bis zu
# Auswahl in der ersten Liste der Laufzeit eines Cookies: wie genau sie ist.
app-cookie-span-session-or-up-to = bis zum Schließen des Browsers oder bis zu
# Auswahl in der ersten Liste der Laufzeit eines Cookies: wie genau sie ist.
app-cookie-span-between = zwischen
# Wort zwischen dem kürzesten und dem längsten Ende, wenn
# app-cookie-span-between gewählt ist.
app-cookie-span-and = und
# Auswahl in der Liste der Einheiten der Laufzeit eines Cookies, nach der Zahl;
# app-lifetime-session und app-lifetime-persistent haben keine Zahl. Dasselbe
# Wort steht bei jeder Zahl.
app-lifetime-session = bis zum Schließen des Browsers
# Auswahl in der Liste der Einheiten der Laufzeit eines Cookies, nach der Zahl;
# app-lifetime-session und app-lifetime-persistent haben keine Zahl. Dasselbe
# Wort steht bei jeder Zahl.
app-lifetime-minutes = Minuten
# Auswahl in der Liste der Einheiten der Laufzeit eines Cookies, nach der Zahl;
# app-lifetime-session und app-lifetime-persistent haben keine Zahl. Dasselbe
# Wort steht bei jeder Zahl.
app-lifetime-hours = Stunden
# Auswahl in der Liste der Einheiten der Laufzeit eines Cookies, nach der Zahl;
# app-lifetime-session und app-lifetime-persistent haben keine Zahl. Dasselbe
# Wort steht bei jeder Zahl.
app-lifetime-days = Tage
# Auswahl in der Liste der Einheiten der Laufzeit eines Cookies, nach der Zahl;
# app-lifetime-session und app-lifetime-persistent haben keine Zahl. Dasselbe
# Wort steht bei jeder Zahl.
app-lifetime-weeks = Wochen
# Auswahl in der Liste der Einheiten der Laufzeit eines Cookies, nach der Zahl;
# app-lifetime-session und app-lifetime-persistent haben keine Zahl. Dasselbe
# Wort steht bei jeder Zahl.
app-lifetime-months = Monate
# Auswahl in der Liste der Einheiten der Laufzeit eines Cookies, nach der Zahl;
# app-lifetime-session und app-lifetime-persistent haben keine Zahl. Dasselbe
# Wort steht bei jeder Zahl.
app-lifetime-years = Jahre
# Auswahl in der Liste der Einheiten der Laufzeit eines Cookies, nach der Zahl;
# app-lifetime-session und app-lifetime-persistent haben keine Zahl. Dasselbe
# Wort steht bei jeder Zahl.
app-lifetime-persistent = bis zur Löschung
# Überschrift des Abschnitts zur Einwilligung am Ende des Schritts, das .help
# darunter. Darunter: app-analytics-exempt (nur Organisationen in den
# Niederlanden), die Frage app-q-consent, Kontrollkästchen, die nur bei der
# Antwort Banner nutzbar sind, und Felder. Befunde zur Einwilligung stehen am
# Ende des Abschnitts.
app-consent = Einwilligung
    .help = Cookies, die nicht unbedingt erforderlich sind, dürfen erst gesetzt werden, wenn die Besucher zugestimmt haben.
# Kontrollkästchen, nur nutzbar, wenn die Einwilligung mit einem Banner
# eingeholt wird; die Cookie-Richtlinie verspricht nur, was angekreuzt ist.
app-consent-per-category = Besucher können für jede Art von Cookies einzeln wählen
# Kontrollkästchen, das nur bei einer Organisation in den Niederlanden
# erscheint oder wenn es früher angekreuzt wurde; das .help darunter.
app-analytics-exempt = Unsere Analyse-Cookies wirken sich kaum oder gar nicht auf die Privatsphäre aus und werden ohne Einwilligung gesetzt (niederländisches Recht: Art. 11.7a Abs. 3 lit. b Telecommunicatiewet)
    .help = Gilt nur für eigene Analyse-Cookies (First Party) oder für einen Anbieter, der so eingerichtet ist, wie es die niederländische Aufsichtsbehörde Autoriteit Persoonsgegevens verlangt: Daten werden mit niemandem geteilt, IP-Adressen werden gekürzt, es gibt einen Auftragsverarbeitungsvertrag.
# Kontrollkästchen, nur nutzbar, wenn die Einwilligung mit einem Banner
# eingeholt wird; die Cookie-Richtlinie verspricht nur, was angekreuzt ist.
app-consent-waits = Solange die Besucher nicht gewählt haben, setzt die Website nur unbedingt erforderliche Cookies (die übrigen warten auf die Einwilligung)
# Kontrollkästchen, nur nutzbar, wenn die Einwilligung mit einem Banner
# eingeholt wird; die Cookie-Richtlinie verspricht nur, was angekreuzt ist.
app-consent-refuse = Ablehnen ist so einfach wie Annehmen (eine Schaltfläche zum Ablehnen neben der zum Annehmen)
# Kontrollkästchen, nur nutzbar, wenn die Einwilligung mit einem Banner
# eingeholt wird; die Cookie-Richtlinie verspricht nur, was angekreuzt ist.
app-consent-no-wall = Besucher, die ablehnen, können die Website trotzdem nutzen
# Optionales Feld für den Namen des Einwilligungswerkzeugs.
app-consent-tool = Einwilligungstool (optional)
# Optionales Feld für eine Anzahl Monate; das .help unter der Beschriftung.
app-consent-kept = Wie viele Monate eine Wahl gespeichert bleibt (optional)
    .help = Danach fragt das Banner erneut; Aufsichtsbehörden wie die französische CNIL empfehlen, nach 6 Monaten erneut zu fragen. Die Cookie-Richtlinie übernimmt, was Sie hier eintragen.
# Letztes Feld des Schritts, eines pro Dokumentsprache; das .help unter der
# Beschriftung.
app-consent-withdraw = Wo können Besucher ihre Wahl ändern?
    .help = Zum Beispiel „über den Link ‚Cookie-Einstellungen‘ unten auf jeder Seite“.

## Schritt „Kontakt und Beschwerden“ (Schritt 6), von oben nach unten:
## Ansprechpartner für den Datenschutz, die Frage zum DSB (app-q-dpo, in der
## Gruppe der Fragen am Ende dieser Datei), Anfragen und Beschwerden, die
## Aufsichtsbehörde, Sicherheitsmaßnahmen, Kinder und die Ankündigung von
## Änderungen.
# Überschrift des ersten Abschnitts des Schritts; das .help darunter.
app-rights-contact = Ansprechpartner für den Datenschutz
    .help = Wer Fragen und Anfragen zu personenbezogenen Daten beantwortet: eine Person oder ein Team.
# Feld des Ansprechpartners für den Datenschutz.
app-rights-contact-name = Name
# Feld des Ansprechpartners; ausgefüllt gehen Anfragen an diese Adresse statt
# an die der Organisation.
app-rights-contact-email = E-Mail-Adresse
# Feld, das erscheint, sobald app-q-dpo mit Ja beantwortet ist.
app-rights-dpo-name = Name des Datenschutzbeauftragten
# Feld, das erscheint, sobald app-q-dpo mit Ja beantwortet ist.
app-rights-dpo-email = E-Mail-Adresse des Datenschutzbeauftragten
# Überschrift des Abschnitts zu Anfragen und Beschwerden; das .help darunter.
app-requests = Anfragen und Beschwerden
    .help = Anfragen gehen immer an die E-Mail-Adresse oben. Kreuzen Sie an, was Sie zusätzlich anbieten; die Datenschutzerklärung führt es auf.
# Kontrollkästchen im Abschnitt zu Anfragen.
app-requests-post = Anfragen können auch per Post an Ihre Adresse geschickt werden
# Kontrollkästchen im Abschnitt zu Anfragen.
app-requests-phone = Anfragen können auch telefonisch unter Ihrer Nummer gestellt werden
# Kontrollkästchen im Abschnitt zu Anfragen.
app-requests-in-person = Anfragen können auch persönlich bei Ihnen vor Ort gestellt werden
# Feld für eine Webadresse.
app-requests-form = Webformular für Anfragen (optional)
# Feld, eines pro Dokumentsprache; das .help unter der Beschriftung.
app-requests-identity = Identitätsnachweis, den Sie verlangen (optional)
    .help = Nur was nötig ist, zum Beispiel „eine Kopie der Vorderseite Ihres Personalausweises, auf der das Foto und die Nationalregisternummer geschwärzt sind“. Wird so abgedruckt, wie Sie es schreiben.
# Feld für eine Anzahl Tage; das .help unter der Beschriftung.
app-requests-days = Sie antworten innerhalb von … Tagen (optional)
    .help = Lassen Sie das Feld leer, um die gesetzliche Frist zuzusagen: einen Monat. Ein Monat kann nur 28 Tage haben; sagen Sie deshalb höchstens 28 Tage zu.
# Kontrollkästchen einer belgischen Branchenregel, nur bei einer Organisation
# in Belgien.
app-sector-aml = Wir speichern Daten nach dem Geldwäschegesetz (das Auskunftsrecht wird über die Aufsichtsbehörde ausgeübt)
# Kontrollkästchen einer belgischen Branchenregel, nur bei einer Organisation
# in Belgien.
app-sector-patient-rights = Unsere Klienten sind Patienten und haben die Rechte aus dem Gesetz über die Rechte des Patienten
# Kontrollkästchen einer belgischen Branchenregel, nur bei einer Organisation
# in Belgien.
app-sector-professional-secrecy = Wir unterliegen dem Berufsgeheimnis
# Feld; das .help unter der Beschriftung.
app-complaints-name = Ansprechpartner für Beschwerden, falls nicht derselbe wie für den Datenschutz (optional)
    .help = Eine Person oder Abteilung, die Beschwerden bearbeitet, etwa ein Ombudsdienst. Die Datenschutzerklärung nennt sie vor der Aufsichtsbehörde.
# Feld, das letzte des Abschnitts zu Anfragen.
app-complaints-email = E-Mail-Adresse für Beschwerden
# Überschrift, das .help darunter; dann ein Kasten mit Name und Adresse der
# Behörde oder app-rights-authority-no-country oder
# app-rights-authority-unknown.
app-rights-authority = Aufsichtsbehörde
    .help = Wird anhand Ihres Landes gewählt; die Erklärung nennt sie mit ihren Kontaktdaten.
# Text im Kasten der Behörde, solange im Schritt „Ihre Organisation“ kein Land
# gewählt ist.
app-rights-authority-no-country = Erscheint, sobald Sie unter „Ihre Organisation“ Ihr Land angeben.
# Text im Kasten der Behörde, wenn policywright für das gewählte Land keine
# Behörde kennt und die Projektdatei keine angibt.
app-rights-authority-unknown = policywright hat keine Angaben zur Aufsichtsbehörde dieses Landes; tragen Sie sie in der Projektdatei unter supervisory_authority ein.

# Überschrift über den Kontrollkästchen der Sicherheitsmaßnahmen (Meldungen
# security-* aus common.ftl); das .help darunter.
app-security = Wie Sie die Daten schützen
    .help = Kreuzen Sie die Maßnahmen an, die Sie tatsächlich treffen; die Erklärung führt sie auf.
# Überschrift über der Frage app-q-children und den Feldern
# app-children-age-limit und app-children-minors.
app-children = Kinder
# Letzte Überschrift des Schritts, über den Kontrollkästchen changes-website
# und changes-email aus common.ftl.
app-changes = Änderungen an diesen Dokumenten ankündigen

## Schritt „Prüfen und exportieren“ (Schritt 7): eine Zusammenfassung, jeder
## Befund der Prüfungen, die Einstellungen der Dokumente und der Export.
# Erste Zeile des Schritts; die Zahlen gelten für das ganze Projekt. Darunter
# jeder Befund als Karte, jeweils mit einer Schaltfläche zu seinem Schritt
# (app-step-<schritt>).
app-review-summary = Fehler: { $errors } · Warnungen: { $warnings } · Empfehlungen: { $advice }. Fehler bedeuten, dass die Dokumente mit den jetzigen Antworten nicht dem Gesetz entsprächen oder etwas sagen würden, das niemand beantwortet hat: Bis jeder Fehler behoben ist, bleiben die Dokumente Entwürfe.
# Überschrift der Einstellungen der Dokumente, unter den Befunden.
app-document = Die Dokumente
# Feld neben dem Datum.
app-document-version = Version
# Feld neben der Version; das .help unter der Beschriftung. Die Eingabe bleibt
# stehen, bis sie sich als Datum lesen lässt.
app-document-date = Gültig ab
    .help = Als Jahr-Monat-Tag, zum Beispiel 2026-11-01.
# Beschriftung über je einem Kontrollkästchen pro Sprache (app-language-*).
app-document-languages = Veröffentlicht auf
# Überschrift des Exports: Kontrollkästchen der zu schreibenden Sprachen (aus
# den veröffentlichten), HTML und PDF.
app-export = Exportieren
# Schritt „Prüfen und exportieren“: ein Kästchen neben HTML und PDF; angekreuzt
# schreibt der Export auch das Verzeichnis von Verarbeitungstätigkeiten (Art. 30) als Tabelle.
app-export-record = Verzeichnis von Verarbeitungstätigkeiten (XLSX)
# Beschriftung über dem Ordnerfeld und seiner Schaltfläche Auswählen…
# (app-choose).
app-export-folder = Ordner
# Zeile unter dem Ordnerfeld; $folder ist der vollständige Pfad.
app-export-target = Die Dateien werden in { $folder } gespeichert
# Schaltfläche, die die Dateien schreibt. Das Ergebnis steht in der Statuszeile
# (app-status-exported oder cli-write-failed), Hinweise
# (cli-missing-characters, Hinweise des Exports) unter der Schaltfläche.
app-export-write = Dokumente erstellen

# Schaltfläche daneben, nutzbar, nachdem die Dokumente geschrieben wurden:
# zeigt den Ordner im Dateimanager des Desktops.
app-export-open = Ordner öffnen
# In der Statuszeile, als Fehler, wenn der Desktop den Ordner nicht öffnen
# konnte; $reason ist einer der Gründe system-* aus cli.ftl oder der eigene
# Wortlaut des Systems.
app-export-open-failed = Der Ordner konnte nicht geöffnet werden ({ $reason }); die Dateien befinden sich in { $folder }.

## Die Vorschau, der rechte Bereich des Editors: Schaltflächen über dem
## Dokument wählen, welches angezeigt wird.
# Schaltfläche, die die Datenschutzerklärung zeigt.
app-preview-privacy = Datenschutzerklärung
# Schaltfläche, die die Cookie-Richtlinie zeigt.
app-preview-cookies = Cookie-Richtlinie

## Questions whose answer decides a sentence: the question, its answers,
## and what each answer makes the documents say (.says).
## Wo sie erscheinen: die Antworten sind Optionsfelder nebeneinander,
## app-answer-unanswered zuerst; das .says der gewählten Antwort steht darunter
## in kleiner grauer Schrift. Von jeder Meldung -unanswered wird nur das .says
## angezeigt: ihr Wert wiederholt nur app-answer-unanswered. Zu welchem Schritt
## jede Frage gehört, steht unten bei der Frage.

# Erste Antwort jeder solchen Frage, in jedem Schritt.
app-answer-unanswered = Noch nicht beantwortet
# Schritt „Kontakt und Beschwerden“, nach dem Ansprechpartner für den
# Datenschutz.
app-q-dpo = Haben Sie einen Datenschutzbeauftragten (DSB) benannt?
app-q-dpo-unanswered = { app-answer-unanswered }
    .says = Die Dokumente sagen noch nichts über einen Datenschutzbeauftragten und bleiben Entwürfe, bis Sie antworten.
app-q-dpo-yes = Ja
    .says = Die Datenschutzerklärung nennt Ihren Datenschutzbeauftragten und wie man ihn erreicht.
app-q-dpo-no = Nein
    .says = Die Datenschutzerklärung sagt, dass Sie keinen Datenschutzbeauftragten benannt haben, und nennt nur dann einen Grund, wenn Sie einen angeben.
# Feld, das erscheint, wenn app-q-dpo mit Nein beantwortet ist; das .help unter
# der Beschriftung.
app-rights-dpo-reason = Warum nicht? (optional)
    .help = Wird so abgedruckt, wie Sie es schreiben, zum Beispiel „Das Gesetz verlangt für unsere Organisation keinen.“ Geben Sie nur einen Grund an, den Sie geprüft haben.
# Schritt „Kontakt und Beschwerden“, unter der Überschrift app-children.
app-q-children = Bieten Sie Online-Dienste direkt für Kinder an?
app-q-children-unanswered = { app-answer-unanswered }
    .says = Die Dokumente sagen noch nichts über Kinder und bleiben Entwürfe, bis Sie antworten.
app-q-children-yes = Ja
    .says = Die Datenschutzerklärung sagt das, und dass bei Kindern unter dem Mindestalter für die digitale Einwilligung ein Elternteil die Einwilligung geben oder ihr zustimmen muss.
app-q-children-no = Nein
    .says = Die Datenschutzerklärung sagt, dass Sie keine Online-Dienste direkt für Kinder anbieten.
# Feld für eine Zahl, unter app-q-children; das .help unter der Beschriftung.
app-children-age-limit = Ihr eigenes Mindestalter (optional)
    .help = Zum Beispiel 18, wenn Ihre Online-Dienste nur für Erwachsene sind. Abgedruckt als „für Personen ab 18 Jahren bestimmt“.
# Feld, eines pro Dokumentsprache, unter app-children-age-limit; das .help
# unter der Beschriftung.
app-children-minors = Wie Sie mit Daten von Minderjährigen umgehen (optional)
    .help = Wenn unter den Personen, deren Daten Sie verarbeiten, Minderjährige sind (Patienten, junge Mitglieder, Kinder in einer Steuererklärung), beschreiben Sie mit Ihren Worten, wie Sie mit ihren Daten umgehen. Wird so abgedruckt, wie Sie es schreiben.
# Schritt „Personen und Daten“, unter der Überschrift app-sources; die Antwort
# Ja fügt eine erste Quellenkarte hinzu.
app-q-sources = Erhalten Sie personenbezogene Daten von anderen als den betroffenen Personen selbst?
app-q-sources-unanswered = { app-answer-unanswered }
    .says = Die Datenschutzerklärung sagt noch nichts über andere Quellen und bleibt ein Entwurf, bis Sie antworten.
app-q-sources-yes = Ja
    .says = Die Datenschutzerklärung nennt jede Quelle, die Daten, die sie Ihnen liefert, und ob sie öffentlich zugänglich ist.
app-q-sources-no = Nein, alle stammen von den betroffenen Personen selbst
    .says = Die Datenschutzerklärung hat keinen Abschnitt über andere Quellen.
# Schritt „Personen und Daten“, am Ende jeder Quellenkarte.
app-q-source-public = Ist diese Quelle öffentlich zugänglich?
app-q-source-public-unanswered = { app-answer-unanswered }
    .says = Die Datenschutzerklärung zeigt hier einen Platzhalter, bis Sie antworten.
app-q-source-public-yes = Ja
    .says = Die Datenschutzerklärung sagt, dass es sich um eine öffentlich zugängliche Quelle handelt.
app-q-source-public-no = Nein
    .says = Die Datenschutzerklärung sagt, dass diese Quelle nicht öffentlich zugänglich ist.
# Schritt „Zwecke“, unter allen Zweckkarten. Als Ja angezeigt, wenn ein Zweck
# eine Entscheidung durch einen Computer beschreibt.
app-q-automated = Trifft ein Computer allein Entscheidungen über Personen, die rechtliche Wirkung haben oder sie ähnlich erheblich beeinträchtigen?
app-q-automated-unanswered = { app-answer-unanswered }
    .says = Die Datenschutzerklärung sagt noch nichts über automatisierte Entscheidungen und bleibt ein Entwurf, bis Sie antworten.
app-q-automated-yes = Ja
    .says = Beschreiben Sie jede solche Entscheidung beim jeweiligen Zweck; die Datenschutzerklärung erläutert sie und die Rechte, die dazugehören.
app-q-automated-no = Nein
    .says = Die Datenschutzerklärung sagt, dass Sie keine solchen Entscheidungen treffen.
# Oben im Schritt „Empfänger“; die Antwort Ja fügt eine erste Empfängerkarte
# hinzu.
app-q-recipients = Erhält jemand außerhalb Ihrer Organisation die Daten?
app-q-recipients-unanswered = { app-answer-unanswered }
    .says = Die Datenschutzerklärung sagt noch nichts über Empfänger und bleibt ein Entwurf, bis Sie antworten.
app-q-recipients-yes = Ja
    .says = Die Datenschutzerklärung führt die Empfänger auf, die Sie unten angeben.
app-q-recipients-no = Nein, niemand
    .says = Die Datenschutzerklärung sagt, dass Sie die Daten an niemanden weitergeben, es sei denn, das Gesetz verpflichtet Sie dazu.
# Ende des Schritts „Empfänger“. Als Ja angezeigt, wenn ein Empfänger Daten
# außerhalb des EWR verarbeitet.
app-q-transfers = Gehen Daten in ein Land außerhalb des Europäischen Wirtschaftsraums (EWR)?
app-q-transfers-unanswered = { app-answer-unanswered }
    .says = Die Datenschutzerklärung sagt noch nichts über Übermittlungen und bleibt ein Entwurf, bis Sie antworten.
app-q-transfers-yes = Ja
    .says = Geben Sie für jeden betroffenen Empfänger das Land und die Garantie an; die Datenschutzerklärung führt sie auf.
app-q-transfers-no = Nein
    .says = Die Datenschutzerklärung sagt, dass Sie keine Daten in Länder außerhalb des EWR übermitteln.
# Schritt „Cookies“, unter dem Feld app-cookie-policy-elsewhere.
app-q-cookies = Setzt Ihre Website Cookies oder ähnliche Technologien (Local Storage, Pixel)?
app-q-cookies-unanswered = { app-answer-unanswered }
    .says = Die Cookie-Richtlinie sagt noch nichts über Cookies und bleibt ein Entwurf, bis Sie antworten.
app-q-cookies-yes = Ja
    .says = Die Cookie-Richtlinie beschreibt jedes Cookie, das Sie unten angeben.
app-q-cookies-no = Nein, keine
    .says = Die Cookie-Richtlinie sagt, dass Ihre Website keine Cookies oder ähnlichen Technologien verwendet.
# Schritt „Cookies“, im Abschnitt zur Einwilligung (app-consent); die
# Antworten: app-answer-unanswered, app-q-consent-banner, -implied und
# -not-asked.
app-q-consent = Wie werden die Besucher um ihre Einwilligung gebeten?
app-q-consent-unanswered = { app-answer-unanswered }
    .says = Die Cookie-Richtlinie sagt noch nichts über die Einwilligung und bleibt ein Entwurf, bis Sie antworten.
app-q-consent-banner = Mit einem Banner, bevor die Cookies gesetzt werden
    .says = Die Cookie-Richtlinie beschreibt Ihr Banner mit den Eigenschaften, die Sie unten ankreuzen.
app-q-consent-implied = Weitersurfen gilt als Einwilligung
    .says = Das ist keine wirksame Einwilligung: Die Cookie-Richtlinie behauptet keine Einwilligung, und die Prüfung meldet einen Fehler.
app-q-consent-not-asked = Es wird keine Einwilligung eingeholt
    .says = Die Cookie-Richtlinie behauptet keine Einwilligung, und die Prüfung meldet einen Fehler für jedes Cookie, das eine Einwilligung braucht.
