## Messages of the program: errors, command-line help and output.
## Wenn ein Kommentar nichts anderes sagt, werden sie auf der Kommandozeile
## ausgegeben, in der Sprache von --ui-lang oder von LANG. Mehrere erscheinen
## auch im Assistenten, meist in der Statuszeile unten im Fenster; ihre
## Kommentare sagen es.

## Warum eine Projektdatei nicht geöffnet werden konnte: ausgegeben von render,
## check, add-service, remove-service und import-cookies und in der Statuszeile
## des Assistenten angezeigt, wenn das Öffnen eines Projekts scheitert
## (Öffnen…, ein zuletzt verwendetes Projekt, policywright open DATEI).
# Die Datei konnte gar nicht gelesen werden; $reason ist einer der Gründe
# system-* unten.
load-unreadable = { $path }: Die Datei kann nicht gelesen werden: { $reason }
# Mistakes in a project file; the place (file:line:column and field) is put before them.
# Steht an der Stelle von $reason in load-invalid oder load-invalid-field, wie
# jede Meldung mistake-*. Hier: die Datei ist kein UTF-8-Text.
mistake-not-text = Die Datei ist kein UTF-8-Text; speichern Sie sie in Ihrem Editor als UTF-8.
# Zwischen zwei Werten der Projektdatei fehlt ein Komma.
mistake-missing-comma = Hier fehlt ein Komma nach dem vorherigen Wert.
# $opener is the bracket that was opened: (, [ or {.
# Eine Klammer wird nie geschlossen; die Stelle zeigt auf die geöffnete
# Klammer.
mistake-unclosed = Die hier geöffnete Klammer { $opener } wird nie geschlossen; die Datei endet vor der schließenden Klammer.
# $found is the name in the file, $suggestion the valid name most like it, $expected the valid names.
# Ein Feldname, den das Format nicht kennt, wenn ein gültiger Name ihm ähnelt.
mistake-unknown-field-suggested = Ein Feld „{ $found }“ gibt es hier nicht; meinten Sie „{ $suggestion }“? Gültige Felder: { $expected }.
# Ein Feldname, den das Format nicht kennt, ohne ähnlichen gültigen Namen.
mistake-unknown-field = Ein Feld „{ $found }“ gibt es hier nicht. Gültige Felder: { $expected }.
# Ein Wert, der keine der Auswahlmöglichkeiten des Feldes ist (etwa eine
# Rechtsgrundlage), wenn eine gültige Auswahl ihm ähnelt; $found, $suggestion
# und $expected wie oben.
mistake-unknown-variant-suggested = „{ $found }“ ist hier keine der möglichen Auswahlen; meinten Sie „{ $suggestion }“? Gültige Auswahlen: { $expected }.
# Dasselbe, ohne ähnliche gültige Auswahl; $found und $expected wie oben.
mistake-unknown-variant = „{ $found }“ ist hier keine der möglichen Auswahlen. Gültige Auswahlen: { $expected }.
# $field is the name of the field that is missing.
# Ein Pflichtfeld fehlt.
mistake-missing-field = Das Feld „{ $field }“ fehlt hier.
# Ein Datum ist nicht als Jahr-Monat-Tag geschrieben.
mistake-date = Datumsangaben schreiben Sie als Jahr-Monat-Tag, zum Beispiel „2026-11-01“.
# Der Text der Datei ist kein gültiges Projekt: $path:$line:$column ist die
# Stelle des Fehlers, $reason eine Meldung mistake-*.
load-invalid = { $path }:{ $line }:{ $column }: { $reason }
# Dasselbe, wenn der Fehler in einem Feld liegt; $field ist dessen Name in der
# Projektdatei.
load-invalid-field = { $path }:{ $line }:{ $column }: im Feld „{ $field }“: { $reason }
# Die Datei hat kein Feld „version“ und ist daher keine Projektdatei von
# policywright; $supported ist die neueste Formatversion.
load-no-version = { $path }: Das ist keine Projektdatei von policywright: Das Feld „version“ fehlt. Projektdateien beginnen mit „version: { $supported },“.
# Die Datei wurde von einem neueren policywright gespeichert; $found ist ihre
# Formatversion, $supported die neueste, die dieses Programm liest.
load-newer-version = { $path }: Diese Projektdatei hat die Formatversion { $found }, aber diese policywright-Version liest nur Versionen bis { $supported }. Die Datei wurde mit einer neueren policywright-Version gespeichert: Aktualisieren Sie policywright, um sie zu öffnen. Die Datei wurde nicht geändert.
# Erste Zeile, wenn das Projekt auf Schlüssel verweist, die es nicht definiert,
# oder einen Schlüssel zweimal definiert; pro Problem folgt eine eingerückte
# Zeile load-unknown-key oder load-duplicate-key.
load-inconsistent = { $path }: Das Projekt verweist auf Einträge, die es nicht festlegt:
# Unter load-inconsistent: $field ist die Stelle in der Projektdatei, $key der
# Schlüssel, auf den verwiesen wird.
load-unknown-key = { $field }: Es gibt keinen Eintrag mit dem Schlüssel „{ $key }“; fügen Sie ihn hinzu oder korrigieren Sie den Schlüssel.
# Unter load-inconsistent: $field ist die Liste, $key der zweimal verwendete
# Schlüssel.
load-duplicate-key = { $field }: Der Schlüssel „{ $key }“ wird zweimal verwendet; jeder Schlüssel muss eindeutig sein.
# Wenn die Dokumente in einer Sprache mit unvollständigen Texten geschrieben
# werden (render oder „Dokumente erstellen“ im Assistenten), etwa einer mit
# i18n new begonnenen Sprache oder einem Ordner --i18n, dem Meldungen fehlen.
# Steht an der Stelle von $reason in cli-write-failed. $language ist der Code
# der Sprache, $count die Zahl der fehlenden Meldungen, $examples bis zu drei
# ihrer Kennungen.
export-incomplete-language = Die Texte in „{ $language }“ sind nicht vollständig (es fehlen { $count } Meldungen, etwa { $examples }). Deshalb werden in dieser Sprache keine Dokumente geschrieben: Sie enthielten sonst englischen Text. Führen Sie „policywright i18n check“ aus, um zu sehen, was fehlt.
# Das Speichern eines Projekts ist fehlgeschlagen: in der Statuszeile des
# Assistenten (Speichern, Speichern unter…) und nach add-service,
# remove-service oder import-cookies; $reason ist ein Grund system-*.
save-failed = { $path }: Speichern fehlgeschlagen: { $reason }. Die vorhandene Datei wurde nicht geändert.
# Die Datei hat sich auf der Festplatte geändert, seit sie geöffnet wurde, und
# wurde deshalb nicht überschrieben: in der Statuszeile des Assistenten und
# nach add-service, remove-service oder import-cookies.
save-changed-on-disk = { $path }: Jemand anders hat diese Datei geändert, nachdem Sie sie geöffnet haben. Sie wurde deshalb nicht überschrieben, und die Änderungen der anderen Person bleiben erhalten. Speichern Sie Ihre Arbeit unter einem anderen Namen und vergleichen Sie dann beide Dateien.
# Wenn --i18n, POLICYWRIGHT_I18N oder „i18n check ORDNER“ etwas angibt, das
# kein Ordner mit Übersetzungen ist. Wurde der Assistent mit einem solchen
# Ordner gestartet, steht es rot oben in seinem Fenster.
i18n-dir-not-a-folder = { $path }: Das ist kein Ordner mit Übersetzungen. Er sollte für jede Sprache einen eigenen Ordner enthalten, benannt nach ihrem Code (nl, fr, de, en), mit .ftl-Dateien.
# Wenn „render --logo“ eine Datei angibt, die kein PNG- oder JPEG-Bild ist;
# steht an der Stelle von $reason in cli-write-failed; $reason ist hier der
# eigene Wortlaut der Bildbibliothek, auf Englisch.
pdf-logo-unreadable = Das Logo kann nicht verwendet werden: Es muss ein PNG- oder JPEG-Bild sein ({ $reason }).
# Eine .ftl-Datei im Ordner von --i18n (oder von „i18n check ORDNER“) kann
# nicht gelesen werden; $reason ist ein Grund system-*. Im Assistenten rot oben
# im Fenster.
i18n-file-unreadable = { $path }: Die Datei kann nicht gelesen werden: { $reason }
# Why the system refused to read or write a file; put in place of { $reason } above.
# Verwendet in load-unreadable, save-failed, i18n-file-unreadable,
# cli-unreadable-file, cli-write-failed und in app-export-open-failed des
# Assistenten, nach einem Doppelpunkt oder in Klammern: als Satzteil ohne
# Großbuchstaben am Anfang belassen.
system-not-found = nicht gefunden
# Siehe system-not-found.
system-permission-denied = Sie haben dafür keine Berechtigung
# Siehe system-not-found.
system-read-only = der Datenträger ist schreibgeschützt
# Siehe system-not-found.
system-storage-full = der Datenträger ist voll
# Siehe system-not-found.
system-is-a-folder = das ist ein Ordner, keine Datei
# Siehe system-not-found.
system-not-a-folder = ein Teil des Pfads ist eine Datei, kein Ordner
# Siehe system-not-found.
system-already-exists = eine Datei mit diesem Namen ist bereits vorhanden
# Siehe system-not-found.
system-invalid-name = der Name ist auf diesem System ungültig
# Siehe system-not-found.
system-not-text = das ist kein UTF-8-Text

## Hilfe der Kommandozeile: „policywright --help“ und „policywright <befehl>
## --help“, aus diesen Texten aufgebaut.
# Erste Zeile von „policywright --help“.
cli-about = Erstellt aus den Antworten einer Organisation eine Datenschutzerklärung und eine Cookie-Richtlinie, auf Niederländisch, Französisch, Deutsch und Englisch.
# Unter der Liste der Befehle ausgegeben, wenn die Kommandozeile ohne Befehl
# läuft. policywright ohne Befehl öffnet stattdessen den Assistenten, daher ist
# dies kaum je zu sehen.
cli-usage-hint = Führen Sie „policywright --help“ aus, um die Befehle zu sehen, oder „policywright <Befehl> --help“ für einen einzelnen Befehl.
# Hilfe zur Option --i18n, in der --help jedes Befehls aufgeführt.
cli-opt-i18n = Die .ftl-Dateien in diesem Ordner statt der eingebauten verwenden (auch: POLICYWRIGHT_I18N).
# Hilfe zur Option --ui-lang, in der --help jedes Befehls aufgeführt.
cli-opt-ui-lang = Die Sprache der Programmmeldungen, als Code wie nl, fr, de oder en (Standard: nach LANG).
# Beschreibung des Befehls render, in der Liste der Befehle und in „render
# --help“.
cli-render-about = Die Dokumente eines oder mehrerer Projekte erstellen.
# Hilfe zu den Argumenten PROJECT von render; auch zum Argument PROJECT von
# open, das eine Datei nimmt.
cli-render-projects = Projektdateien (.ron).
# Hilfe zu einer Option von render, in „render --help“.
cli-render-lang = Sprachen, durch Kommas getrennt (Standard: die Sprachen des Projekts).
# Hilfe zu einer Option von render, in „render --help“.
cli-render-documents = Dokumente, durch Kommas getrennt: privacy-statement (Datenschutzerklärung), cookie-policy (Cookie-Richtlinie) (Standard: beide).
# Hilfe zu einer Option von render, in „render --help“.
cli-render-show-ids = Jedem Text der Dokumente die ID seiner Meldung voranstellen, um sie in den .ftl-Dateien zu finden.
# Hilfe zu einer Option von render, in „render --help“.
cli-render-format = Ausgabeformate, durch Kommas getrennt: html, pdf (Standard: beide).
# Hilfe zu einer Option von render, in „render --help“.
cli-render-out = Ausgabeordner; jedes Projekt erhält darin einen eigenen Ordner.
# Hilfe zu einer Option von render, in „render --help“.
cli-render-fragment = Ein Fragment zum Einfügen in eine bestehende Webseite erstellen statt einer vollständigen Seite.
# Hilfe zu einer Option von render, in „render --help“.
cli-render-paper = Papierformat der PDF-Dokumente: a4 oder letter.
# Hilfe zu einer Option von render, in „render --help“.
cli-render-ragged = Absätze in PDF-Dokumenten im Flattersatz statt im Blocksatz setzen.
# Hilfe zu einer Option von render, in „render --help“.
cli-render-logo = Ein Logo (PNG oder JPEG) für die erste Seite der PDF-Dokumente.
# Hilfe zu einer Option von render, in „render --help“.
cli-render-accent = Die Farbe von Überschriften, Links und Tabellenköpfen in PDF-Dokumenten, als #rrggbb.
# Beschreibung des Befehls new (in der Liste der Befehle und in „new --help“).
cli-new-about = Ein neues Projekt aus einem Startprojekt anlegen.
# Hilfe zu einem Argument von new, in „new --help“.
cli-new-path = Wohin die neue Projektdatei geschrieben wird.
# Hilfe zu einem Argument von new, in „new --help“.
cli-new-template = Das Startprojekt, mit dem Sie beginnen (siehe „policywright templates“).
# Beschreibung des Befehls open.
cli-open-about = Den Assistenten öffnen, mit einer Projektdatei, falls eine angegeben ist. Ohne Befehl öffnet policywright ebenfalls den Assistenten.
# Beschreibung des Befehls templates.
cli-templates-about = Die Startprojekte auflisten.
# Beschreibung des Befehls i18n mit den Unterbefehlen check und new.
cli-i18n-about = Werkzeuge für Übersetzer.
# Beschreibung von „i18n check“ (Übersetzungen), nicht des Befehls check
# (Befunde).
cli-i18n-check-about = Übersetzungen prüfen: fehlende und überzählige Meldungen, Variablen und Syntax.
# Beschreibung von „i18n new“.
cli-i18n-new-about = Eine neue Sprache beginnen: die englischen Texte in einen Ordner mit ihrem Code kopieren, bereit zum Übersetzen.
# Hilfe zu einem Argument von „i18n new“.
cli-i18n-new-code = Der Code der Sprache, etwa pt oder es.
# Hilfe zu einem Argument von „i18n new“.
cli-i18n-new-dir = Der Übersetzungsordner, dem sie hinzugefügt wird; verwenden Sie ihn danach mit --i18n. [Standard: i18n]
# Von „i18n new CODE“ ausgegeben, wenn CODE kein Sprachcode ist; $value ist die
# Eingabe.
cli-i18n-new-bad-code = „{ $value }“ ist kein Sprachcode: Schreiben Sie zwei oder drei Buchstaben, etwa pt, gegebenenfalls gefolgt von einer Region, etwa pt-BR.
# Von „i18n new“ ausgegeben, wenn der Ordner der Sprache schon existiert; $path
# ist dieser Ordner.
cli-i18n-new-exists = { $path } gibt es bereits; es wurde nichts geändert. Übersetzen Sie die Dateien darin, oder wählen Sie mit --dir einen anderen Ordner.
# Von „i18n new“ nach dem Kopieren der englischen Dateien ausgegeben; $count
# Dateien nach $path, $code der Code der neuen Sprache.
cli-i18n-new-done = { $count } Dateien nach { $path } kopiert. Sie sind auf Englisch: Übersetzen Sie jede Meldung, führen Sie „policywright i18n check“ für den Ordner aus und verwenden Sie ihn mit --i18n. Dokumente in „{ $code }“ sagen, was diese Dateien sagen; übersetzen Sie also alle, bevor Sie eines veröffentlichen.
# Hilfe zum Argument DIR von „i18n check“.
cli-i18n-check-dir = Ein Ordner mit einem Unterordner je Sprache (Standard: die eingebauten Texte).

## Fehler zu dem, was auf der Kommandozeile eingegeben wurde, und was die
## Befehle bei der Arbeit ausgeben.
# Bei --ui-lang, „render --lang“ oder „check --lang“ mit einer Sprache, für die
# policywright keine Texte hat; $value ist die Eingabe, $languages die
# verwendbaren Codes.
cli-unknown-language = „{ $value }“ ist keine Sprache, in der policywright schreibt. Verwenden Sie eine dieser Sprachen: { $languages }.
# Bei „render --documents“; $value ist die Eingabe.
cli-unknown-document = „{ $value }“ ist kein Dokument. Verwenden Sie privacy-statement, cookie-policy oder beide, durch ein Komma getrennt.
# Bei „render --format“; $value ist die Eingabe.
cli-unknown-format = „{ $value }“ ist kein Ausgabeformat. Verwenden Sie html, pdf oder html,pdf.
# Bei „new --template“; $name ist die Eingabe.
cli-unknown-template = Es gibt kein Startprojekt namens „{ $name }“. Führen Sie „policywright templates“ aus, um die verfügbaren zu sehen.
# Bei „render --paper“; $value ist die Eingabe.
cli-unknown-paper = „{ $value }“ ist kein Papierformat. Verwenden Sie a4 oder letter.
# Bei „render --accent“; $value ist die Eingabe.
cli-unknown-colour = „{ $value }“ ist keine Farbe. Schreiben Sie sie als #rrggbb, zum Beispiel #1f4e79.
# Eine auf der Kommandozeile genannte Datei kann nicht gelesen werden: das Logo
# von „render --logo“ oder die DATEI von import-cookies. Auch in der
# Statuszeile des Assistenten, wenn die im Schritt „Cookies“ eingegebene
# Cookie-Liste nicht gelesen werden kann. $reason ist ein Grund system-*.
cli-unreadable-file = { $path }: Die Datei kann nicht gelesen werden: { $reason }
# Nach dem Schreiben von PDF-Dokumenten, wenn der Schrift Zeichen der Texte
# fehlen: von render ausgegeben und unter „Dokumente erstellen“ im Schritt
# „Prüfen und exportieren“ des Assistenten angezeigt; $path ist die PDF, $count
# die Zahl der Zeichen, $characters die Zeichen selbst.
cli-missing-characters = { $path }: { $count ->
    [one] 1 Zeichen, das die Schrift nicht darstellen kann, wurde
   *[other] { $count } Zeichen, die die Schrift nicht darstellen kann, wurden
} durch � ersetzt: { $characters }
# Von „policywright new PFAD“ ausgegeben, wenn PFAD schon existiert.
cli-file-exists = { $path } ist bereits vorhanden; wählen Sie einen anderen Namen oder löschen Sie die Datei zuerst.
# Von „policywright new“ nach dem Schreiben der neuen Projektdatei ausgegeben.
cli-written = { $path }: gespeichert.
# Von render für jedes geschriebene Projekt ausgegeben; $project ist seine
# Datei, $count die in $folder geschriebenen Dateien.
cli-rendered = { $project }: { $count ->
    [one] 1 Datei in { $folder } erstellt
   *[other] { $count } Dateien in { $folder } erstellt
}
# Eine Datei konnte nicht geschrieben werden: von render, new und „i18n new“
# und in der Statuszeile des Assistenten, wenn „Dokumente erstellen“ scheitert.
# $reason ist ein Grund system-*, export-incomplete-language,
# pdf-logo-unreadable oder ein kaputter Text einer Übersetzung.
cli-write-failed = { $path }: Schreiben fehlgeschlagen: { $reason }
# Von render nur in einem Terminal angezeigt, in einer Zeile, die überschrieben
# wird, während Projekte fertig werden; $done von $total.
cli-render-progress = { $done } von { $total } Projekten erstellt…
# Letzte Zeile von render, wenn einige Projekte nicht gelesen oder geschrieben
# werden konnten; $failed von $total.
cli-failed-summary = { $failed ->
    [one] 1 von { $total } Projekten ist fehlgeschlagen.
   *[other] { $failed } von { $total } Projekten sind fehlgeschlagen.
}
# Eine Zeile pro Beispielprojekt in „policywright templates“; $name ist der
# einzugebende Name, $description seine Meldung starter-*.
cli-template-line = { $name }: { $description }

## Ausgabe von „policywright i18n check“ (Übersetzungen, nicht die Befunde des
## Befehls check): eine Zeile pro Problem, dann cli-check-summary. $locale ist
## ein Sprachcode, $entry „Datei: Kennung der Meldung“ oder „Datei:
## Kennung.Attribut“.
# Eine Sprache ohne jedes Problem.
cli-check-clean = { $locale }: vollständig, keine Probleme.
# Ein Syntaxfehler; $error sagt, wo und was.
cli-check-syntax = { $locale }: Syntaxfehler: { $error }
# Eine .ftl-Datei, die das Englische hat und diese Sprache nicht; $file ist ihr
# Name.
cli-check-missing-file = { $locale }: Datei fehlt: { $file }
# Eine Meldung oder ein Attribut, das das Englische hat und diese Sprache
# nicht.
cli-check-missing = { $locale }: fehlt: { $entry }
# Eine Meldung oder ein Attribut, das diese Sprache hat und das Englische
# nicht.
cli-check-extra = { $locale }: nicht im Englischen vorhanden: { $entry }
# Eine Meldung, die in einer Sprache zweimal definiert ist.
cli-check-duplicate = { $locale }: doppelt definiert: { $entry }
# Die Variablen weichen vom Englischen ab; $missing und $unknown sind Listen
# wie „$email, $org“ oder „-“, wenn leer.
cli-check-variables = { $locale }: { $entry }: Variablen weichen vom Englischen ab; fehlend: { $missing }; unbekannt: { $unknown }
# Die Namen der Auswahlfälle ([BE], [none], …) weichen vom Englischen ab;
# $missing und $unknown sind durch Kommas getrennte Namen.
cli-check-keys = { $locale }: { $entry }: Die Auswahlmöglichkeiten weichen vom Englischen ab: Englisch hat [{ $missing }], diese Sprache [{ $unknown }]. Lassen Sie die Namen in eckigen Klammern so, wie Englisch sie schreibt; übersetzen Sie nur den Text danach.
# Letzte Zeile von „i18n check“; $problems ist die Zahl der Probleme in allen
# Sprachen.
cli-check-summary = { $problems ->
    [0] Alle Übersetzungen sind vollständig.
    [one] 1 Problem gefunden.
   *[other] { $problems } Probleme gefunden.
}

## Beschreibungen der Beispielprojekte (starter-<name>): von „policywright
## templates“ nach dem Namen ausgegeben (cli-template-line) und auf dem
## Startbildschirm des Assistenten unter dem Titel jeder Karte angezeigt
## (app-starter-<name> aus app.ftl).
# Das Beispielprojekt templates/starters/bakery.ron.
starter-bakery = Eine belgische Bäckerei mit einem kleinen Webshop, einem Newsletter und Website-Statistik.
# Das Beispielprojekt templates/starters/general-practice.ron.
starter-general-practice = Eine belgische Hausarztpraxis, die Patientenakten führt.
# Das Beispielprojekt templates/starters/accountancy.ron.
starter-accountancy = Ein belgisches Buchhaltungsbüro, das seine Kunden nach dem Geldwäschegesetz überprüft.
# Das Beispielprojekt templates/starters/non-profit.ron.
starter-non-profit = Eine belgische VoG mit Mitgliedern, Ehrenamtlichen und Spendern.
# Das Beispielprojekt templates/starters/webshop-nl.ron.
starter-webshop-nl = Ein niederländischer Webshop mit Online-Zahlung, Lieferung, Werbe-Cookies und Betrugsprüfung.
# Das Beispielprojekt templates/starters/dental-brussels.ron.
starter-dental-brussels = Eine Brüsseler Zahnarztpraxis mit Patientenakten, elektronischer Abrechnung über eHealth und Online-Terminbuchung, auf Französisch, Niederländisch und Englisch.
# Das Beispielprojekt templates/starters/physio-eupen.ron.
starter-physio-eupen = Eine Physiotherapiepraxis in Ostbelgien, die Patientenakten führt und über MyCareNet mit den Krankenkassen abrechnet, auf Deutsch, Französisch und Englisch.

## The check command, and the checks that render runs first.

# Beschreibung des Befehls check, in der Liste der Befehle und in „check
# --help“.
cli-check-about = Projekte vor der Veröffentlichung auf Lücken und Fehler prüfen: Jeder Befund sagt, was falsch ist, wo, auf welchem Artikel er beruht und was zu tun ist.
# Hilfe zu einem Argument von check, in „check --help“.
cli-check-projects = Projektdateien (.ron).
# Hilfe zu einem Argument von check, in „check --help“.
cli-check-lang = Die Sprache der Befunde, als Code wie nl, fr, de oder en (Standard: die Sprache der Programmmeldungen).
# Hilfe zu einem Argument von check, in „check --help“.
cli-check-format = Wie die Befunde angezeigt werden: text für Menschen oder json für andere Programme.
# Bei „check --format“ außer text oder json; $value ist die Eingabe.
cli-unknown-check-format = „{ $value }“ ist keine Art, Befunde anzuzeigen. Verwenden Sie text oder json.
# Erste Zeile für jedes Projekt in „policywright check“ (Textformat); $project
# ist seine Datei; $error, $warning und $info sind Anzahlen.
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
# Überschrift über den Befunden eines Schweregrads in „policywright check“
# (cli-findings-heading-<grad>); nur wenn es welche gibt.
cli-findings-heading-error = Fehler: Mit diesen Antworten würden die Dokumente gegen das Gesetz verstoßen.
# Überschrift über den Befunden eines Schweregrads in „policywright check“
# (cli-findings-heading-<grad>); nur wenn es welche gibt.
cli-findings-heading-warning = Warnungen: wahrscheinlich ein Problem; bitte prüfen.
# Überschrift über den Befunden eines Schweregrads in „policywright check“
# (cli-findings-heading-<grad>); nur wenn es welche gibt.
cli-findings-heading-info = Empfehlungen:
# Eingerückt unter der Meldung jedes Befunds in „policywright check“; $place
# ist die Stelle in Worten (place-* und field-* aus checks.ftl), $path die
# Stelle in der Projektdatei, $basis der Artikel (check-basis).
cli-findings-where = Wo: { $place } ({ $path }; { $basis })
# Unter cli-findings-where; $hint ist das .hint des Befunds.
cli-findings-fix = Was zu tun ist: { $hint }
# Hilfe zur Option --strict von render.
cli-render-strict = Die Dokumente eines Projekts nicht erstellen, wenn die Prüfung darin Fehler findet.
# Von render für jedes Projekt vor dem Schreiben ausgegeben; $project ist seine
# Datei, $errors die Zahl der Fehler.
cli-render-check-errors = { $project }: { $errors ->
    [0] Die Prüfung hat keine Fehler gefunden.
    [one] Die Prüfung hat 1 Fehler gefunden; führen Sie „policywright check { $project }“ aus, um ihn zu sehen.
   *[other] Die Prüfung hat { $errors } Fehler gefunden; führen Sie „policywright check { $project }“ aus, um sie zu sehen.
}
# Von „render --strict“ für ein Projekt mit Fehlern ausgegeben, das dann nicht
# geschrieben wird.
cli-render-refused = { $project }: nicht erstellt, weil die Prüfung Fehler gefunden hat (--strict).

## The service catalogue: services, add-service, remove-service and
## import-cookies. Lists of names ($cookies, $categories, $suggestions)
## come joined by commas.

# Beschreibung des Befehls services.
cli-services-about = Die Dienste im Katalog auflisten oder nach Schlüssel, Name, Unternehmen oder Art durchsuchen.
# Hilfe zum Argument QUERY von services.
cli-services-query = Ein Teil eines Schlüssels, Namens, Unternehmens oder einer Art, zum Beispiel „mail“ oder „payroll“ (Standard: alle auflisten).
# Beschreibung des Befehls add-service.
cli-add-service-about = Dienste aus dem Katalog zu einem Projekt hinzufügen: ihren Empfängereintrag und ihre Cookies, vollständig ausgefüllt.
# Beschreibung des Befehls remove-service.
cli-remove-service-about = Dienste aus dem Katalog wieder aus einem Projekt entfernen; Einträge, die Sie geändert haben, bleiben erhalten.
# Beschreibung des Befehls import-cookies.
cli-import-cookies-about = Die Cookies aus einer Liste oder einem CSV-Export (Entwicklertools des Browsers, Cookie-Scanner) zu einem Projekt hinzufügen: bekannte Cookies aus dem Katalog ausgefüllt, unbekannte zum Ergänzen durch Sie.
# Hilfe zum Argument FILE von import-cookies.
cli-import-cookies-file = Eine Liste von Cookie-Namen, ein Name pro Zeile, oder eine CSV-Datei mit einer Spalte für den Namen (und, falls vorhanden, einer Spalte für die Domain).
# Hilfe zum Argument PROJECT von add-service, remove-service und
# import-cookies.
cli-catalog-project = Die Projektdatei (.ron), die geändert werden soll; die vorherigen Versionen werden als .1.bak- (die neueste) bis .5.bak-Dateien aufbewahrt.
# Hilfe zu den Argumenten NAME von add-service und remove-service.
cli-catalog-names = Schlüssel oder Namen von Diensten, zum Beispiel google-analytics oder „Google Analytics“ (siehe „policywright services“).
# Erste Zeile von „policywright services“ ohne Suchbegriff; $date ist das
# Datum, an dem die Fakten des Katalogs geprüft wurden.
cli-services-all = { $count } Dienste im Katalog (Angaben geprüft am { $date }):
# Erste Zeile von „policywright services SUCHBEGRIFF“, wenn Dienste passen;
# $query ist die Eingabe.
cli-services-found = { $count ->
    [one] 1 Dienst passt zu „{ $query }“
   *[other] { $count } Dienste passen zu „{ $query }“
} (Angaben geprüft am { $date }):
# Eine Zeile pro Dienst, nach seinem Schlüssel; $kind ist eine Meldung
# catalog-kind-*, $country ein Name country-*.
cli-services-line = { $name } · { $company }, { $country } · { $kind }
# „policywright services SUCHBEGRIFF“, wenn nichts passt; Vorschläge folgen.
cli-services-none = Kein Dienst im Katalog passt zu „{ $query }“.
# add-service oder remove-service mit einem Namen, den der Katalog nicht kennt;
# gefolgt von cli-service-suggestions oder cli-service-no-suggestion.
cli-service-unknown = Einen Dienst „{ $name }“ gibt es im Katalog nicht.
# Schlüssel von Diensten, deren Name der Eingabe ähnelt.
cli-service-suggestions = Meinten Sie: { $suggestions }?
# Wenn kein Dienstname der Eingabe ähnelt.
cli-service-no-suggestion = Führen Sie „policywright services“ aus, um die Dienste zu sehen, die der Katalog kennt; für jeden anderen Dienst tragen Sie den Empfänger und seine Cookies selbst in das Projekt ein.
# Letzte Zeile von add-service oder remove-service, wenn einige Namen nicht
# gefunden wurden; $unknown von $total.
cli-service-partly = { $unknown } von { $total } Diensten wurden nicht gefunden; die übrigen wurden bearbeitet.
# add-service: Überschrift pro Dienst, mit den Zeilen unten eingerückt
# darunter.
cli-added-heading = { $service }:
# Ein Empfänger wurde hinzugefügt; $recipient ist sein Name. Auch von
# import-cookies ausgegeben, wenn bekannte Cookies ihren Empfänger mitbringen.
cli-added-recipient = Empfänger hinzugefügt: { $recipient }
# Das Projekt hat diesen Empfänger schon; $recipient ist sein Name dort.
cli-added-recipient-present = bereits als Empfänger „{ $recipient }“ vorhanden; unverändert gelassen
# Für Software, die auf der eigenen Website der Organisation läuft (Matomo,
# WooCommerce, Complianz): es wird kein Empfänger hinzugefügt.
cli-added-own-website = läuft auf Ihrer eigenen Website, erhält also keine Daten und wird nicht als Empfänger aufgeführt
# Hinzugefügte Cookies; $cookies sind ihre Namen.
cli-added-cookies = { $count ->
    [one] 1 Cookie hinzugefügt: { $cookies }
   *[other] { $count } Cookies hinzugefügt: { $cookies }
}
# Cookies des Dienstes, die das Projekt schon hat.
cli-added-cookies-present = bereits im Projekt vorhanden, unverändert gelassen: { $cookies }
# Der Dienst verarbeitet üblicherweise Datenarten, die das Projekt nicht
# aufführt; $categories sind ihre Namen (data-* aus common.ftl).
cli-added-data-missing = verarbeitet in der Regel Daten, die Ihr Projekt noch nicht aufführt: { $categories }. Fügen Sie sie unter data_categories hinzu, wenn sie auf Sie zutreffen.
# Nach add-service oder import-cookies, wenn Cookies hinzugefügt wurden, die
# eine Einwilligung brauchen, und das Projekt sie nicht mit einem Banner
# einholt.
cli-added-consent-missing = Das Projekt enthält jetzt Cookies, die eine Einwilligung brauchen, aber kein Cookie-Banner, das danach fragt. Führen Sie „policywright check“ aus, um zu sehen, was zu ergänzen ist.
# remove-service: Überschrift pro Dienst, mit den Zeilen unten eingerückt
# darunter.
cli-removed-heading = { $service }:
# remove-service, wenn nichts im Projekt von dem Dienst stammt.
cli-removed-nothing = { $service }: Nichts in diesem Projekt stammt von diesem Dienst.
# remove-service: der Empfänger wurde entfernt.
cli-removed-recipient = Empfänger entfernt
# remove-service: entfernte Cookies; $cookies sind ihre Namen.
cli-removed-cookies = { $count ->
    [one] 1 Cookie entfernt: { $cookies }
   *[other] { $count } Cookies entfernt: { $cookies }
}
# remove-service: der Empfänger weicht von dem ab, was der Katalog jetzt
# schreibt, und bleibt daher; $recipient ist sein Name.
cli-removed-recipient-kept = Empfänger „{ $recipient }“ beibehalten: Er weicht von dem ab, was der Katalog einträgt (Sie haben ihn geändert, oder der Katalog hat sich inzwischen geändert). Löschen Sie ihn selbst, wenn er entfernt werden soll.
# remove-service: diese Cookies weichen von dem ab, was der Katalog jetzt
# schreibt, und bleiben daher.
cli-removed-cookies-kept = beibehalten, weil sie von dem abweichen, was der Katalog einträgt (Sie haben sie geändert, oder der Katalog hat sich inzwischen geändert): { $cookies }. Löschen Sie sie selbst, wenn sie entfernt werden sollen.
# Erste Zeile von import-cookies; auch die Statuszeile des Assistenten nach
# Importieren im Schritt „Cookies“. $file ist die Liste, dann vier Anzahlen.
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
# import-cookies: aus dem Katalog ausgefüllte Cookies (nur Kommandozeile).
cli-import-matched = aus dem Katalog: { $cookies }
# import-cookies: hinzugefügte Cookies, die der Inhaber ergänzen muss (nur
# Kommandozeile).
cli-import-unknown = zu ergänzen (Anbieter, Zweck, Kategorie und Laufzeit): { $cookies }
# import-cookies, auf der Fehlerausgabe, für jede übersprungene Zeile der Liste
# (cli-import-ignored-<grund>); $line ist die Zeilennummer, $text die Zeile.
# Vom Assistenten nicht angezeigt.
cli-import-ignored-not-a-cookie-name = Zeile { $line } ignoriert: „{ $text }“ ist kein Cookie-Name.
# import-cookies, auf der Fehlerausgabe, für jede übersprungene Zeile der Liste
# (cli-import-ignored-<grund>); $line ist die Zeilennummer, $text die Zeile.
# Vom Assistenten nicht angezeigt.
cli-import-ignored-no-name = Zeile { $line } ignoriert: Die Spalte für den Namen ist leer.
# import-cookies, auf der Fehlerausgabe, für jede übersprungene Zeile der Liste
# (cli-import-ignored-<grund>); $line ist die Zeilennummer, $text die Zeile.
# Vom Assistenten nicht angezeigt.
cli-import-ignored-before-header = Zeile { $line } ignoriert: Sie steht vor der Kopfzeile.
# Nachdem add-service, remove-service oder import-cookies das Projekt geändert
# hat; $backup ist die Datei der vorigen Version.
cli-catalog-saved = { $path }: gespeichert; die vorherige Version wurde als { $backup } aufbewahrt.
# Wenn add-service, remove-service oder import-cookies nichts geändert hat.
cli-catalog-unchanged = { $path }: Es gibt nichts zu ändern.

## Befehl „policywright status“: die Projekte aller Mandanten auf einen Blick.
cli-status-about = Zeigt die Projekte aller Ihrer Mandanten auf einen Blick: Fehler und offene Fragen, seit wann die Dokumente gelten, die Version, wann sie zuletzt exportiert wurden und ob sich die Antworten seitdem geändert haben, sowie die genutzten Dienste aus dem Katalog.
cli-status-projects = Projektdateien oder Ordner, deren .ron-Dateien Projekte sind.
cli-status-format = Wie die Übersicht angezeigt wird: text, eine Tabelle für Menschen, oder json, für andere Programme.
# Wenn --format etwas anderes erhält; $value ist das Angegebene.
cli-unknown-status-format = „{ $value }“ ist keine Art, die Übersicht anzuzeigen. Verwenden Sie text oder json.
# Spaltenüberschriften der Tabelle.
cli-status-project = Projekt
cli-status-organisation = Organisation
cli-status-errors = Fehler
cli-status-unanswered = Offen
cli-status-effective = Gilt seit
cli-status-version = Version
cli-status-exported = Exportiert
cli-status-services = Dienste
# In der Spalte „Gilt seit“, wenn die Dokumente vor mehr als einem Jahr in Kraft traten.
cli-status-over-a-year = { $date } (vor über einem Jahr)
# In der Spalte „Exportiert“: nie, wann (UTC) oder wann und dass sich die Antworten seitdem geändert haben.
cli-status-never = nie
cli-status-exported-at = { $date } UTC
cli-status-exported-changed = { $date } UTC, Antworten seitdem geändert
# Unter der Tabelle.
cli-status-summary = { $projects ->
    [one] 1 Projekt
   *[other] { $projects } Projekte
}: { $with-errors } mit Fehlern, { $unreadable } unlesbar.

## Befehl „policywright record“: das Verzeichnis von Verarbeitungstätigkeiten.
cli-record-about = Schreibt das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) eines oder mehrerer Projekte: eine Zeile je Zweck, als Tabelle, Webseite oder PDF.
cli-record-format = Formate, durch Kommas getrennt: xlsx, html, pdf (Standard: xlsx).
# Wenn --format etwas anderes nennt; $value ist das Angegebene.
cli-unknown-record-format = „{ $value }“ ist kein Format des Verzeichnisses. Verwenden Sie xlsx, html oder pdf, durch Kommas getrennt.

## Befehl „policywright update-services“: die neuen Angaben des Katalogs,
## angewandt auf die Einträge jedes Projekts, die aus ihm stammen.
cli-update-services-about = Bringt in einem oder mehreren Projekten die Einträge aus dem Dienstekatalog auf den neuesten Stand: Unveränderte Einträge übernehmen die aktuellen Angaben des Katalogs, geänderte bleiben erhalten und werden genannt.
# Die Überschrift des Berichts jedes Projekts; $path ist seine Datei.
cli-update-project = { $path }:
# $entry ist der Empfänger oder das Cookie; $fields die geänderten Angaben (Namen aus field-*).
cli-update-updated = { $entry }: aktualisiert ({ $fields }).
cli-update-kept = { $entry }: so belassen, wie Sie es geändert haben, obwohl der Katalog jetzt etwas anderes sagt.
cli-update-differs = { $entry }: weicht vom Katalog ab und bleibt erhalten, da nichts festhält, ob es geändert wurde.
# $service ist der Dienst aus dem Katalog.
cli-update-removed = { $entry }: entfernt, da der Katalog es für { $service } nicht mehr nennt.
cli-update-new-cookie = Der Katalog nennt auch das Cookie { $entry } für { $service }; wenn Ihre Website es setzt, fügen Sie es mit add-service hinzu.
cli-update-gone = { $entry }: { $service } steht nicht mehr im Katalog; der Eintrag bleibt erhalten.
