## Messages of the program: errors, command-line help and output.

load-unreadable = { $path }: Die Datei kann nicht gelesen werden: { $reason }
# Mistakes in a project file; the place (file:line:column and field) is put before them.
mistake-not-text = Die Datei ist kein UTF-8-Text; speichern Sie sie in Ihrem Editor als UTF-8.
mistake-missing-comma = Hier fehlt ein Komma nach dem vorherigen Wert.
# $opener is the bracket that was opened: (, [ or {.
mistake-unclosed = Die hier geöffnete Klammer { $opener } wird nie geschlossen; die Datei endet vor der schließenden Klammer.
# $found is the name in the file, $suggestion the valid name most like it, $expected the valid names.
mistake-unknown-field-suggested = Ein Feld „{ $found }“ gibt es hier nicht; meinten Sie „{ $suggestion }“? Gültige Felder: { $expected }.
mistake-unknown-field = Ein Feld „{ $found }“ gibt es hier nicht. Gültige Felder: { $expected }.
mistake-unknown-variant-suggested = „{ $found }“ ist hier keine der möglichen Auswahlen; meinten Sie „{ $suggestion }“? Gültige Auswahlen: { $expected }.
mistake-unknown-variant = „{ $found }“ ist hier keine der möglichen Auswahlen. Gültige Auswahlen: { $expected }.
# $field is the name of the field that is missing.
mistake-missing-field = Das Feld „{ $field }“ fehlt hier.
mistake-date = Datumsangaben schreiben Sie als Jahr-Monat-Tag, zum Beispiel „2026-11-01“.
load-invalid = { $path }:{ $line }:{ $column }: { $reason }
load-invalid-field = { $path }:{ $line }:{ $column }: im Feld „{ $field }“: { $reason }
load-no-version = { $path }: Das ist keine Projektdatei von policywright: Das Feld „version“ fehlt. Projektdateien beginnen mit „version: { $supported },“.
load-newer-version = { $path }: Diese Projektdatei hat die Formatversion { $found }, aber diese policywright-Version liest nur Versionen bis { $supported }. Die Datei wurde mit einer neueren policywright-Version gespeichert: Aktualisieren Sie policywright, um sie zu öffnen. Die Datei wurde nicht geändert.
load-inconsistent = { $path }: Das Projekt verweist auf Einträge, die es nicht festlegt:
load-unknown-key = { $field }: Es gibt keinen Eintrag mit dem Schlüssel „{ $key }“; fügen Sie ihn hinzu oder korrigieren Sie den Schlüssel.
load-duplicate-key = { $field }: Der Schlüssel „{ $key }“ wird zweimal verwendet; jeder Schlüssel muss eindeutig sein.
export-incomplete-language = Die Texte in „{ $language }“ sind nicht vollständig (es fehlen { $count } Meldungen, etwa { $examples }). Deshalb werden in dieser Sprache keine Dokumente geschrieben: Sie enthielten sonst englischen Text. Führen Sie „policywright i18n check“ aus, um zu sehen, was fehlt.
save-failed = { $path }: Speichern fehlgeschlagen: { $reason }. Die vorhandene Datei wurde nicht geändert.
save-changed-on-disk = { $path }: Jemand anders hat diese Datei geändert, nachdem Sie sie geöffnet haben. Sie wurde deshalb nicht überschrieben, und die Änderungen der anderen Person bleiben erhalten. Speichern Sie Ihre Arbeit unter einem anderen Namen und vergleichen Sie dann beide Dateien.
i18n-dir-not-a-folder = { $path }: Das ist kein Ordner mit Übersetzungen. Er sollte für jede Sprache einen eigenen Ordner enthalten, benannt nach ihrem Code (nl, fr, de, en), mit .ftl-Dateien.
pdf-logo-unreadable = Das Logo kann nicht verwendet werden: Es muss ein PNG- oder JPEG-Bild sein ({ $reason }).
i18n-file-unreadable = { $path }: Die Datei kann nicht gelesen werden: { $reason }
# Why the system refused to read or write a file; put in place of { $reason } above.
system-not-found = nicht gefunden
system-permission-denied = Sie haben dafür keine Berechtigung
system-read-only = der Datenträger ist schreibgeschützt
system-storage-full = der Datenträger ist voll
system-is-a-folder = das ist ein Ordner, keine Datei
system-not-a-folder = ein Teil des Pfads ist eine Datei, kein Ordner
system-already-exists = eine Datei mit diesem Namen ist bereits vorhanden
system-invalid-name = der Name ist auf diesem System ungültig
system-not-text = das ist kein UTF-8-Text

cli-about = Erstellt aus den Antworten einer Organisation eine Datenschutzerklärung und eine Cookie-Richtlinie, auf Niederländisch, Französisch, Deutsch und Englisch.
cli-usage-hint = Führen Sie „policywright --help“ aus, um die Befehle zu sehen, oder „policywright <Befehl> --help“ für einen einzelnen Befehl.
cli-opt-i18n = Die .ftl-Dateien in diesem Ordner statt der eingebauten verwenden (auch: POLICYWRIGHT_I18N).
cli-opt-ui-lang = Die Sprache der Programmmeldungen, als Code wie nl, fr, de oder en (Standard: nach LANG).
cli-render-about = Die Dokumente eines oder mehrerer Projekte erstellen.
cli-render-projects = Projektdateien (.ron).
cli-render-lang = Sprachen, durch Kommas getrennt (Standard: die Sprachen des Projekts).
cli-render-documents = Dokumente, durch Kommas getrennt: privacy-statement (Datenschutzerklärung), cookie-policy (Cookie-Richtlinie) (Standard: beide).
cli-render-show-ids = Jedem Text der Dokumente die ID seiner Meldung voranstellen, um sie in den .ftl-Dateien zu finden.
cli-render-format = Ausgabeformate, durch Kommas getrennt: html, pdf (Standard: beide).
cli-render-out = Ausgabeordner; jedes Projekt erhält darin einen eigenen Ordner.
cli-render-fragment = Ein Fragment zum Einfügen in eine bestehende Webseite erstellen statt einer vollständigen Seite.
cli-render-paper = Papierformat der PDF-Dokumente: a4 oder letter.
cli-render-ragged = Absätze in PDF-Dokumenten im Flattersatz statt im Blocksatz setzen.
cli-render-logo = Ein Logo (PNG oder JPEG) für die erste Seite der PDF-Dokumente.
cli-render-accent = Die Farbe von Überschriften, Links und Tabellenköpfen in PDF-Dokumenten, als #rrggbb.
cli-new-about = Ein neues Projekt aus einem Startprojekt anlegen.
cli-new-path = Wohin die neue Projektdatei geschrieben wird.
cli-new-template = Das Startprojekt, mit dem Sie beginnen (siehe „policywright templates“).
cli-open-about = Den Assistenten öffnen, mit einer Projektdatei, falls eine angegeben ist. Ohne Befehl öffnet policywright ebenfalls den Assistenten.
cli-templates-about = Die Startprojekte auflisten.
cli-i18n-about = Werkzeuge für Übersetzer.
cli-i18n-check-about = Übersetzungen prüfen: fehlende und überzählige Meldungen, Variablen und Syntax.
cli-i18n-new-about = Eine neue Sprache beginnen: die englischen Texte in einen Ordner mit ihrem Code kopieren, bereit zum Übersetzen.
cli-i18n-new-code = Der Code der Sprache, etwa pt oder es.
cli-i18n-new-dir = Der Übersetzungsordner, dem sie hinzugefügt wird; verwenden Sie ihn danach mit --i18n. [Standard: i18n]
cli-i18n-new-bad-code = „{ $value }“ ist kein Sprachcode: Schreiben Sie zwei oder drei Buchstaben, etwa pt, gegebenenfalls gefolgt von einer Region, etwa pt-BR.
cli-i18n-new-exists = { $path } gibt es bereits; es wurde nichts geändert. Übersetzen Sie die Dateien darin, oder wählen Sie mit --dir einen anderen Ordner.
cli-i18n-new-done = { $count } Dateien nach { $path } kopiert. Sie sind auf Englisch: Übersetzen Sie jede Meldung, führen Sie „policywright i18n check“ für den Ordner aus und verwenden Sie ihn mit --i18n. Dokumente in „{ $code }“ sagen, was diese Dateien sagen; übersetzen Sie also alle, bevor Sie eines veröffentlichen.
cli-i18n-check-dir = Ein Ordner mit einem Unterordner je Sprache (Standard: die eingebauten Texte).

cli-unknown-language = „{ $value }“ ist keine Sprache, in der policywright schreibt. Verwenden Sie eine dieser Sprachen: { $languages }.
cli-unknown-document = „{ $value }“ ist kein Dokument. Verwenden Sie privacy-statement, cookie-policy oder beide, durch ein Komma getrennt.
cli-unknown-format = „{ $value }“ ist kein Ausgabeformat. Verwenden Sie html, pdf oder html,pdf.
cli-unknown-template = Es gibt kein Startprojekt namens „{ $name }“. Führen Sie „policywright templates“ aus, um die verfügbaren zu sehen.
cli-unknown-paper = „{ $value }“ ist kein Papierformat. Verwenden Sie a4 oder letter.
cli-unknown-colour = „{ $value }“ ist keine Farbe. Schreiben Sie sie als #rrggbb, zum Beispiel #1f4e79.
cli-unreadable-file = { $path }: Die Datei kann nicht gelesen werden: { $reason }
cli-missing-characters = { $path }: { $count ->
    [one] 1 Zeichen, das die Schrift nicht darstellen kann, wurde
   *[other] { $count } Zeichen, die die Schrift nicht darstellen kann, wurden
} durch � ersetzt: { $characters }
cli-file-exists = { $path } ist bereits vorhanden; wählen Sie einen anderen Namen oder löschen Sie die Datei zuerst.
cli-written = { $path }: gespeichert.
cli-rendered = { $project }: { $count ->
    [one] 1 Datei in { $folder } erstellt
   *[other] { $count } Dateien in { $folder } erstellt
}
cli-write-failed = { $path }: Schreiben fehlgeschlagen: { $reason }
cli-render-progress = { $done } von { $total } Projekten erstellt…
cli-failed-summary = { $failed ->
    [one] 1 von { $total } Projekten ist fehlgeschlagen.
   *[other] { $failed } von { $total } Projekten sind fehlgeschlagen.
}
cli-template-line = { $name }: { $description }

cli-check-clean = { $locale }: vollständig, keine Probleme.
cli-check-syntax = { $locale }: Syntaxfehler: { $error }
cli-check-missing-file = { $locale }: Datei fehlt: { $file }
cli-check-missing = { $locale }: fehlt: { $entry }
cli-check-extra = { $locale }: nicht im Englischen vorhanden: { $entry }
cli-check-duplicate = { $locale }: doppelt definiert: { $entry }
cli-check-variables = { $locale }: { $entry }: Variablen weichen vom Englischen ab; fehlend: { $missing }; unbekannt: { $unknown }
cli-check-keys = { $locale }: { $entry }: Die Auswahlmöglichkeiten weichen vom Englischen ab: Englisch hat [{ $missing }], diese Sprache [{ $unknown }]. Lassen Sie die Namen in eckigen Klammern so, wie Englisch sie schreibt; übersetzen Sie nur den Text danach.
cli-check-summary = { $problems ->
    [0] Alle Übersetzungen sind vollständig.
    [one] 1 Problem gefunden.
   *[other] { $problems } Probleme gefunden.
}

starter-bakery = Eine belgische Bäckerei mit einem kleinen Webshop, einem Newsletter und Website-Statistik.
starter-general-practice = Eine belgische Hausarztpraxis, die Patientenakten führt.
starter-accountancy = Ein belgisches Buchhaltungsbüro, das seine Kunden nach dem Geldwäschegesetz überprüft.
starter-non-profit = Eine belgische VoG mit Mitgliedern, Ehrenamtlichen und Spendern.
starter-webshop-nl = Ein niederländischer Webshop mit Online-Zahlung, Lieferung, Werbe-Cookies und Betrugsprüfung.
starter-dental-brussels = Eine Brüsseler Zahnarztpraxis mit Patientenakten, elektronischer Abrechnung über eHealth und Online-Terminbuchung, auf Französisch, Niederländisch und Englisch.
starter-physio-eupen = Eine Physiotherapiepraxis in Ostbelgien, die Patientenakten führt und über MyCareNet mit den Krankenkassen abrechnet, auf Deutsch, Französisch und Englisch.

## The check command, and the checks that render runs first.

cli-check-about = Projekte vor der Veröffentlichung auf Lücken und Fehler prüfen: Jeder Befund sagt, was falsch ist, wo, auf welchem Artikel er beruht und was zu tun ist.
cli-check-projects = Projektdateien (.ron).
cli-check-lang = Die Sprache der Befunde, als Code wie nl, fr, de oder en (Standard: die Sprache der Programmmeldungen).
cli-check-format = Wie die Befunde angezeigt werden: text für Menschen oder json für andere Programme.
cli-unknown-check-format = „{ $value }“ ist keine Art, Befunde anzuzeigen. Verwenden Sie text oder json.
cli-findings-summary = { $project }: { $error ->
    [one] 1 Fehler
   *[other] { $error } Fehler
}, { $warning ->
    [one] 1 Warnung
   *[other] { $warning } Warnungen
}, { $info ->
    [one] 1 Empfehlung
   *[other] { $info } Empfehlungen
}.
cli-findings-heading-error = Fehler: Mit diesen Antworten würden die Dokumente gegen das Gesetz verstoßen.
cli-findings-heading-warning = Warnungen: wahrscheinlich ein Problem; bitte prüfen.
cli-findings-heading-info = Empfehlungen:
cli-findings-where = Wo: { $place } ({ $path }; { $basis })
cli-findings-fix = Was zu tun ist: { $hint }
cli-render-strict = Die Dokumente eines Projekts nicht erstellen, wenn die Prüfung darin Fehler findet.
cli-render-check-errors = { $project }: { $errors ->
    [0] Die Prüfung hat keine Fehler gefunden.
    [one] Die Prüfung hat 1 Fehler gefunden; führen Sie „policywright check { $project }“ aus, um ihn zu sehen.
   *[other] Die Prüfung hat { $errors } Fehler gefunden; führen Sie „policywright check { $project }“ aus, um sie zu sehen.
}
cli-render-refused = { $project }: nicht erstellt, weil die Prüfung Fehler gefunden hat (--strict).

## The service catalogue: services, add-service, remove-service and
## import-cookies. Lists of names ($cookies, $categories, $suggestions)
## come joined by commas.

cli-services-about = Die Dienste im Katalog auflisten oder nach Schlüssel, Name, Unternehmen oder Art durchsuchen.
cli-services-query = Ein Teil eines Schlüssels, Namens, Unternehmens oder einer Art, zum Beispiel „mail“ oder „payroll“ (Standard: alle auflisten).
cli-add-service-about = Dienste aus dem Katalog zu einem Projekt hinzufügen: ihren Empfängereintrag und ihre Cookies, vollständig ausgefüllt.
cli-remove-service-about = Dienste aus dem Katalog wieder aus einem Projekt entfernen; Einträge, die Sie geändert haben, bleiben erhalten.
cli-import-cookies-about = Die Cookies aus einer Liste oder einem CSV-Export (Entwicklertools des Browsers, Cookie-Scanner) zu einem Projekt hinzufügen: bekannte Cookies aus dem Katalog ausgefüllt, unbekannte zum Ergänzen durch Sie.
cli-import-cookies-file = Eine Liste von Cookie-Namen, ein Name pro Zeile, oder eine CSV-Datei mit einer Spalte für den Namen (und, falls vorhanden, einer Spalte für die Domain).
cli-catalog-project = Die Projektdatei (.ron), die geändert werden soll; die vorherigen Versionen werden als .1.bak- (die neueste) bis .5.bak-Dateien aufbewahrt.
cli-catalog-names = Schlüssel oder Namen von Diensten, zum Beispiel google-analytics oder „Google Analytics“ (siehe „policywright services“).
cli-services-all = { $count } Dienste im Katalog (Angaben geprüft am { $date }):
cli-services-found = { $count ->
    [one] 1 Dienst passt zu „{ $query }“
   *[other] { $count } Dienste passen zu „{ $query }“
} (Angaben geprüft am { $date }):
cli-services-line = { $name } · { $company }, { $country } · { $kind }
cli-services-none = Kein Dienst im Katalog passt zu „{ $query }“.
cli-service-unknown = Einen Dienst „{ $name }“ gibt es im Katalog nicht.
cli-service-suggestions = Meinten Sie: { $suggestions }?
cli-service-no-suggestion = Führen Sie „policywright services“ aus, um die Dienste zu sehen, die der Katalog kennt; für jeden anderen Dienst tragen Sie den Empfänger und seine Cookies selbst in das Projekt ein.
cli-service-partly = { $unknown } von { $total } Diensten wurden nicht gefunden; die übrigen wurden bearbeitet.
cli-added-heading = { $service }:
cli-added-recipient = Empfänger hinzugefügt: { $recipient }
cli-added-recipient-present = bereits als Empfänger „{ $recipient }“ vorhanden; unverändert gelassen
cli-added-own-website = läuft auf Ihrer eigenen Website, erhält also keine Daten und wird nicht als Empfänger aufgeführt
cli-added-cookies = { $count ->
    [one] 1 Cookie hinzugefügt: { $cookies }
   *[other] { $count } Cookies hinzugefügt: { $cookies }
}
cli-added-cookies-present = bereits im Projekt vorhanden, unverändert gelassen: { $cookies }
cli-added-data-missing = verarbeitet in der Regel Daten, die Ihr Projekt noch nicht aufführt: { $categories }. Fügen Sie sie unter data_categories hinzu, wenn sie auf Sie zutreffen.
cli-added-consent-missing = Das Projekt enthält jetzt Cookies, die eine Einwilligung brauchen, aber kein Cookie-Banner, das danach fragt. Führen Sie „policywright check“ aus, um zu sehen, was zu ergänzen ist.
cli-removed-heading = { $service }:
cli-removed-nothing = { $service }: Nichts in diesem Projekt stammt von diesem Dienst.
cli-removed-recipient = Empfänger entfernt
cli-removed-cookies = { $count ->
    [one] 1 Cookie entfernt: { $cookies }
   *[other] { $count } Cookies entfernt: { $cookies }
}
cli-removed-recipient-kept = Empfänger „{ $recipient }“ beibehalten: Er weicht von dem ab, was der Katalog einträgt (Sie haben ihn geändert, oder der Katalog hat sich inzwischen geändert). Löschen Sie ihn selbst, wenn er entfernt werden soll.
cli-removed-cookies-kept = beibehalten, weil sie von dem abweichen, was der Katalog einträgt (Sie haben sie geändert, oder der Katalog hat sich inzwischen geändert): { $cookies }. Löschen Sie sie selbst, wenn sie entfernt werden sollen.
cli-import-summary = { $file }: { $matched ->
    [one] 1 bekanntes Cookie ausgefüllt
   *[other] { $matched } bekannte Cookies ausgefüllt
}, { $unknown ->
    [one] 1 unbekanntes Cookie hinzugefügt
   *[other] { $unknown } unbekannte Cookies hinzugefügt
}; übersprungen: { $duplicates ->
    [one] 1 Duplikat
   *[other] { $duplicates } Duplikate
} und { $present ->
    [one] 1 Cookie, das bereits im Projekt ist
   *[other] { $present } Cookies, die bereits im Projekt sind
}.
cli-import-matched = aus dem Katalog: { $cookies }
cli-import-unknown = zu ergänzen (Anbieter, Zweck, Kategorie und Laufzeit): { $cookies }
cli-import-ignored-not-a-cookie-name = Zeile { $line } ignoriert: „{ $text }“ ist kein Cookie-Name.
cli-import-ignored-no-name = Zeile { $line } ignoriert: Die Spalte für den Namen ist leer.
cli-import-ignored-before-header = Zeile { $line } ignoriert: Sie steht vor der Kopfzeile.
cli-catalog-saved = { $path }: gespeichert; die vorherige Version wurde als { $backup } aufbewahrt.
cli-catalog-unchanged = { $path }: Es gibt nichts zu ändern.
