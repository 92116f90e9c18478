## Das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO), geschrieben
## von „policywright record“ und dem Export im Assistenten: eine Zeile (in der
## Tabelle) oder ein Abschnitt (in HTML und PDF) je Zweck. Die Bezeichnungen
## sind die Spaltenüberschriften, nach dem Musterverzeichnis der Behörde.
## Argumente, die jede Meldung verwenden kann, wie in privacy.ftl:
##   $org       der Name der Organisation
##   $email     wohin Datenschutzfragen gehen
##   $date      das Datum, ab dem die Dokumente gelten
##   $version   die Versionsangabe
##   $country   das Land des Verantwortlichen
##   $website   die erste Website; $website-count wie viele es sind
##   $consent-age  das Alter der digitalen Einwilligung, oder "none"
##   $has-version  "yes", wenn es eine Versionsangabe gibt, sonst "no"
##   $country-code das Land als Code ("BE", "NL") oder leer
##   $cookie-use   was die Website speichert: "cookies", "similar", "none" oder "unknown"

record-title = Verzeichnis von Verarbeitungstätigkeiten
# Die Überschrift dessen, was alle Zwecke teilen: Verantwortlicher, Beauftragter, Sicherheit.
record-common = Für alle Zwecke
record-controller = Verantwortlicher
record-dpo = Datenschutzbeauftragter
record-data-subjects = Kategorien betroffener Personen
record-recipients = Empfänger
record-transfers = Übermittlungen außerhalb des EWR und Garantien
record-security = Technische und organisatorische Sicherheitsmaßnahmen
record-source = Herkunft der Daten
record-owner = Prozessverantwortlicher
record-system = Anwendung oder System
record-dpia = Datenschutz-Folgenabschätzung (Art. 35)
# Die Antworten auf „Wurde eine DSFA durchgeführt?“ für den Zweck.
record-dpia-done = durchgeführt
record-dpia-not-done = nicht durchgeführt
# Wenn die Organisation geantwortet hat, dass sie keinen Beauftragten hat.
record-no-dpo = keiner benannt
# Wenn kein Empfänger Daten für den Zweck erhält, oder keiner außerhalb des EWR.
record-none = keine
# Immer die erste Herkunft: die Personen, um die es in den Daten geht.
record-source-people = die betroffenen Personen selbst
# Der Name des Arbeitsblatts in der Tabelle; höchstens 31 Zeichen.
record-sheet = Verzeichnis
