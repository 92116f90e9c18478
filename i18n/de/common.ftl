## Shared wording: dates, countries, labels and the names of the things a
## project is made of. Used by both documents and by the program.

# Jedes Datum in den Dokumenten: $date ist „Gültig ab“ (Schritt „Prüfen und
# exportieren“), angezeigt im Untertitel, in der Fußzeile und in
# privacy-changes-effective. Auch für Daten in den Meldungen des Programms
# verwendet. $month ist eine der Meldungen month-1 bis month-12.
date = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## Der Rahmen um die Abschnitte beider Dokumente: Titelblock,
## Inhaltsverzeichnis, Fußzeile und die Texte, die fehlende Antworten
## vertreten.
# Unter dem Titel beider Dokumente (und als Betreff der PDF), wenn „Version“
# (Schritt „Prüfen und exportieren“) ausgefüllt ist.
document-subtitle = Version { $version } · gültig ab { $date }
# Statt document-subtitle, wenn „Version“ leer ist.
document-subtitle-unversioned = Gültig ab { $date }
# Die Überschrift des Inhaltsverzeichnisses, nur im HTML-Export.
document-contents = Inhalt
# The foot of every printed page; $title is the document's title.
# Im PDF, wenn „Version“ ausgefüllt ist. Solange das Dokument ein Entwurf ist,
# steht document-draft in Großbuchstaben davor.
document-footer = { $title } · { $org } · Version { $version } · { $date }
# Statt document-footer, wenn „Version“ leer ist.
document-footer-unversioned = { $title } · { $org } · { $date }
# In der Fußzeile jeder PDF-Seite, rechts.
document-page = Seite { $page } von { $total }
# Steht in der Datenschutzerklärung und der Cookie-Richtlinie, wo eine Antwort
# leer ist: Rechtsgrundlage oder Speicherdauer eines Zwecks (Tabelle der
# Zwecke), ein berechtigtes Interesse („Unsere berechtigten Interessen“),
# Rolle oder Verarbeitungsort eines Empfängers (Tabelle der Empfänger),
# Laufzeit eines Cookies (Cookie-Tabellen).
not-stated = nicht angegeben
# Between a label in bold and what follows it ("Customers: name, e-mail").
# Überall verwendet, wo auf einen fett gedruckten Namen sein Text folgt: die
# Listen der Datenarten, Gruppen, Rechte, berechtigten Interessen, Pflichten,
# gemeinsam Verantwortlichen, Übermittlungen und Arten von Cookies.
label-separator = { ": " }
list-separator = { "; " }
# Möglichkeiten in einem Satz: $items sind alle außer der letzten, mit Kommas.
list-or = { $items } oder { $last }
# "yes", wenn Text, der nach einer Bezeichnung und ihrem Doppelpunkt
# weitergeht, klein beginnt; "no", wenn er seinen Großbuchstaben behält, wie
# im Deutschen, dessen Substantive ihn brauchen.
label-continues-lowercase = no
# Shown in the title block and on every page while the project has errors.
# Das heißt, solange Schritt „Prüfen und exportieren“ Fehler anzeigt. Im HTML
# steht es oben und am Ende; im PDF im Titelblock und, in Großbuchstaben, in
# der Fußzeile jeder Seite.
document-draft = Entwurf – nicht zur Veröffentlichung bestimmt
# Stands where an answer is missing; $question names it (question-*).
# In beiden Dokumenten, überall wo eine Antwort fehlt, die ein Satz braucht;
# das Dokument ist dann ein Entwurf.
placeholder = [Noch zu beantworten: { $question }]

## Beschriftungen der Angabenblöcke in der Datenschutzerklärung: die
## Organisation („Wer für Ihre Daten verantwortlich ist“), der Ansprechpartner
## für den Datenschutz, der Vertreter, der DSB, der Ansprechpartner für
## Beschwerden und die Aufsichtsbehörde („Beschwerden“).
# In jedem Angabenblock außer dem der Behörde; für die Organisation „Name der
# Organisation“, gefolgt von ihrer „Rechtsform“ (Schritt „Ihre Organisation“).
label-name = Name
# Die Adresse der Organisation (immer; ein Platzhalter, solange Straße,
# Postleitzahl und Ort leer sind), die Adresse eines Ansprechpartners, wenn
# das Projekt eine angibt, die Adresse der Behörde.
label-address = Anschrift
# Für die Organisation, wenn „Unternehmensnummer“ ausgefüllt ist und das
# „Land“ nicht die Niederlande ist.
label-enterprise-number = Unternehmensnummer
# Statt label-enterprise-number, wenn das „Land“ die Niederlande ist.
label-kvk-number = Nummer bei der niederländischen Handelskammer (KvK)
# Für die Organisation, wenn „MwSt.-Nummer“ ausgefüllt ist.
label-vat-number = MwSt.-Nummer
# Für die Organisation, wenn „Handelsnamen und Marken (optional)“ ausgefüllt
# ist.
label-trade-names = Handelsname
# Für die Organisation, wenn „Unternehmensgruppe (optional)“ ausgefüllt ist.
label-group = Gehört zur Gruppe
# Die „E-Mail-Adresse“ der Organisation (immer; ein Platzhalter, solange
# leer), die E-Mail-Adresse eines Ansprechpartners, falls angegeben, die der
# Behörde.
label-email = E-Mail
# Das „Telefon“ der Organisation und das eines Ansprechpartners, falls
# angegeben, und das der Behörde.
label-phone = Telefon
# Die „Websites“ der Organisation, falls angegeben, und die Website der
# Behörde.
label-website = Website
# Der Name der Aufsichtsbehörde, Abschnitt „Beschwerden“, wenn policywright
# die Behörde des „Landes“ kennt oder die Projektdatei eine nennt.
label-authority = Aufsichtsbehörde
## Beschriftungen im Abschnitt „Automatisierte Entscheidungen und Profiling“
## der Datenschutzerklärung, vor den Antworten auf „Wie wird entschieden?“ und
## „Was bedeutet das für die Person?“ (Schritt „Zwecke“).
# Bei einer Entscheidung mit rechtlicher Wirkung oder ähnlich erheblicher
# Beeinträchtigung.
label-logic = Wie die Entscheidung zustande kommt
# Bei Profiling ohne solche Wirkungen.
label-profiling-logic = Wie es funktioniert
# Bei beiden.
label-consequences = Was das für Sie bedeutet

## Countries: EEA members, countries with an adequacy decision, and other
## common destinations of transfers.
## Überall verwendet, wo ein Land genannt wird: in Adressen, in der Tabelle
## der Empfänger (column-location, recipient-seat), in der Liste der
## Übermittlungen, als $country (complaint-authority-unknown) und in den
## Länderlisten des Assistenten.

country-AT = Österreich
country-BE = Belgien
country-BG = Bulgarien
country-HR = Kroatien
country-CY = Zypern
country-CZ = Tschechien
country-DK = Dänemark
country-EE = Estland
country-FI = Finnland
country-FR = Frankreich
country-DE = Deutschland
country-GR = Griechenland
country-HU = Ungarn
country-IE = Irland
country-IT = Italien
country-LV = Lettland
country-LT = Litauen
country-LU = Luxemburg
country-MT = Malta
country-NL = Niederlande
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SK = Slowakei
country-SI = Slowenien
country-ES = Spanien
country-SE = Schweden
country-IS = Island
country-LI = Liechtenstein
country-NO = Norwegen
country-AD = Andorra
country-AR = Argentinien
country-CA = Kanada
country-FO = Färöer
country-GG = Guernsey
country-IL = Israel
country-IM = Insel Man
country-JP = Japan
country-JE = Jersey
country-NZ = Neuseeland
country-KR = Südkorea
country-CH = Schweiz
country-GB = Vereinigtes Königreich
country-UY = Uruguay
country-US = Vereinigte Staaten
country-AU = Australien
country-BR = Brasilien
country-CN = China
country-IN = Indien
country-SG = Singapur
country-ZA = Südafrika
country-TR = Türkei
country-UA = Ukraine
country-MA = Marokko

## Who the data is about.
## Die unter „Von wem verarbeiten Sie Daten?“ (Schritt „Personen und Daten“)
## angekreuzten Gruppen; auch die Beschriftungen dieser Kästchen. In der
## Datenschutzerklärung: in purpose-concerns und for-audience (Tabelle der
## Zwecke), in purpose-for-audience (Abschnitt „Ihr Widerspruchsrecht“) und am
## Zeilenanfang in der Liste nach privacy-profiles, wo das Programm den ersten
## Buchstaben großschreibt. Sonst stehen sie mitten im Satz.

audience-customers = Kunden
audience-prospects = potenzielle Kunden
audience-website-visitors = Besucher unserer Website
audience-newsletter-subscribers = Abonnenten unseres Newsletters
audience-employees = Arbeitnehmer
audience-applicants = Stellenbewerber
audience-suppliers = Lieferanten und ihre Ansprechpartner
audience-patients = Patienten
audience-members = Mitglieder
audience-volunteers = Freiwillige
audience-donors = Spender

## Kinds of personal data, each with standard examples.
## Die unter „Welche Arten personenbezogener Daten?“ (Schritt „Personen und
## Daten“) angekreuzten Arten; auch die Beschriftungen dieser Kästchen. Der
## Name erscheint in der Datenschutzerklärung in der Liste von „Welche
## personenbezogenen Daten wir verarbeiten“ (sensible Arten in „Sensible
## Daten“, data-criminal-records in „Daten über strafrechtliche
## Verurteilungen“), in der Tabelle der Zwecke (column-data), in der Liste der
## Quellen und in profile-data.
## .examples wird nicht von hier gedruckt: Wird eine Art angekreuzt, kopiert
## der Assistent es in jeder Sprache, in der die Dokumente veröffentlicht
## werden, als „Beispiele in den Dokumenten“ ins Projekt, die der Eigentümer
## ändern oder leeren kann; die Dokumente drucken die Beispiele des Projekts.
## Eine geänderte Übersetzung gilt also nur für danach angekreuzte Arten.

data-identity = Identitätsdaten
    .examples = Name, Vorname, Geburtsdatum, Sprache
data-contact-details = Kontaktdaten
    .examples = Postanschrift, E-Mail-Adresse, Telefonnummer
data-national-number = Nationale Identifikationsnummer
    .examples = Nationalregisternummer oder niederländische Bürgerservicenummer (BSN)
data-financial = Finanzdaten
    .examples = Kontonummer, Zahlungsangaben, Rechnungen
data-transactions = Bestell- und Transaktionsdaten
    .examples = was Sie wann bestellt oder gekauft haben und wie es geliefert wurde
data-communications = Korrespondenz
    .examples = der Inhalt Ihrer E-Mails, Briefe und Nachrichten an uns
data-online-identifiers = Online-Kennungen
    .examples = IP-Adresse, Cookie-Kennungen, Benutzername
data-device-and-usage = Geräte- und Nutzungsdaten
    .examples = Browser, Betriebssystem, besuchte Seiten und Verweildauer
data-location = Standortdaten
    .examples = Ihr ungefährer Standort, ermittelt anhand Ihrer IP-Adresse oder Ihres Geräts
# Im Assistenten nicht angeboten: mit den hier geschriebenen .examples am Ende
# der Liste von „Welche personenbezogenen Daten wir verarbeiten“ angefügt,
# wenn „Wir setzen in unseren Räumlichkeiten Überwachungskameras ein“
# angekreuzt ist (Schritt „Personen und Daten“).
data-camera-images = Kameraaufnahmen
    .examples = Aufnahmen von Personen in unseren Räumlichkeiten, aufgezeichnet von unseren Überwachungskameras
data-images = Bildaufnahmen
    .examples = Fotos und Videoaufnahmen
data-employment = Beschäftigungsdaten
    .examples = Funktion, Entlohnung, Arbeitszeiten, Beurteilungen
data-education = Aus- und Weiterbildung
    .examples = Diplome, Zeugnisse, besuchte Kurse
data-family = Familiäre Verhältnisse
    .examples = Familienstand, Kinder, Personen zu Lasten
data-health = Gesundheitsdaten
    .examples = Krankengeschichte, Diagnosen, Behandlungen, verschriebene Arzneimittel
data-ethnic-origin = Rassische oder ethnische Herkunft
    .examples = Angaben, aus denen Ihre rassische oder ethnische Herkunft hervorgeht
data-political-opinions = Politische Meinungen
    .examples = Mitgliedschaft in einer Partei, politische Präferenzen
data-beliefs = Religiöse oder weltanschauliche Überzeugungen
    .examples = Religion, Glaube, Weltanschauung
data-trade-union-membership = Gewerkschaftszugehörigkeit
    .examples = Ihre Mitgliedschaft in einer Gewerkschaft
data-genetic = Genetische Daten
    .examples = Ergebnisse genetischer Tests
data-biometric = Biometrische Daten zu Ihrer Identifizierung
    .examples = Fingerabdrücke, Referenzmuster für die Gesichtserkennung
data-sex-life = Sexualleben oder sexuelle Orientierung
    .examples = Angaben zu Ihrem Sexualleben oder Ihrer sexuellen Orientierung
data-criminal-records = Strafrechtliche Verurteilungen und Straftaten
    .examples = Auszug aus dem Strafregister, Verurteilungen

## Legal bases of Art. 6(1) GDPR.
## Die Antworten auf „Was erlaubt Ihnen, die Daten zu verwenden?“ (Schritt
## „Zwecke“), auch die Beschriftungen dieser Auswahl im Assistenten. In der
## Datenschutzerklärung: die Spalte Rechtsgrundlage der Tabelle der Zwecke
## (column-legal-basis), je Zweck und mit for-audience je Gruppe; und $basis
## in cameras-basis für „Was erlaubt Ihnen, die Kameras einzusetzen?“ (außer
## berechtigten Interessen, dort mit cameras-basis-legitimate-interests
## gesagt).

basis-consent = Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)
basis-contract = Erfüllung eines Vertrags mit Ihnen oder Durchführung vorvertraglicher Maßnahmen auf Ihre Anfrage (Art. 6 Abs. 1 lit. b DSGVO)
basis-legal-obligation = Erfüllung einer rechtlichen Verpflichtung, der wir unterliegen (Art. 6 Abs. 1 lit. c DSGVO)
basis-vital-interests = Schutz Ihrer lebenswichtigen Interessen oder derjenigen einer anderen Person (Art. 6 Abs. 1 lit. d DSGVO)
basis-public-task = Wahrnehmung einer Aufgabe, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, die uns übertragen wurde (Art. 6 Abs. 1 lit. e DSGVO)
basis-legitimate-interests = Wahrung berechtigter Interessen, die von uns oder einem Dritten verfolgt werden (Art. 6 Abs. 1 lit. f DSGVO)

## The exceptions of Art. 9(2) GDPR for special categories.
## Datenschutzerklärung, Abschnitt „Sensible Daten“: unter einer sensiblen
## Art, für die „Erlaubt, weil:“ (Schritt „Personen und Daten“) beantwortet
## ist, und mit for-purpose darunter für einen Zweck, der eine andere Ausnahme
## gewählt hat („Ausnahme für … bei diesem Zweck“, Schritt „Zwecke“). Die
## Beschriftungen dieser Auswahl im Assistenten sind die Meldungen app-art9-*
## in app.ftl.

art9-explicit-consent = Wir verarbeiten diese Daten nur mit Ihrer ausdrücklichen Einwilligung (Art. 9 Abs. 2 lit. a DSGVO).
art9-employment-law = Wir verarbeiten diese Daten, um unsere Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit zu erfüllen (Art. 9 Abs. 2 lit. b DSGVO).
art9-vital-interests = Wir verarbeiten diese Daten, um Ihre lebenswichtigen Interessen zu schützen, wenn Sie selbst nicht in der Lage sind, Ihre Einwilligung zu geben (Art. 9 Abs. 2 lit. c DSGVO).
art9-non-profit-members = Wir verarbeiten diese Daten als Organisation ohne Gewinnerzielungsabsicht mit politischer, weltanschaulicher, religiöser oder gewerkschaftlicher Ausrichtung, und zwar ausschließlich über unsere Mitglieder, ehemaligen Mitglieder und Personen, die im Zusammenhang mit diesem Zweck regelmäßig mit uns in Kontakt stehen, und mit geeigneten Garantien; ohne Ihre Einwilligung geben wir die Daten nicht an Stellen außerhalb unserer Organisation weiter (Art. 9 Abs. 2 lit. d DSGVO).
art9-made-public = Wir verarbeiten diese Daten, weil Sie sie selbst offensichtlich öffentlich gemacht haben (Art. 9 Abs. 2 lit. e DSGVO).
art9-legal-claims = Wir verarbeiten diese Daten zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 9 Abs. 2 lit. f DSGVO).
art9-public-interest = Wir verarbeiten diese Daten aus Gründen eines erheblichen öffentlichen Interesses, die gesetzlich festgelegt sind (Art. 9 Abs. 2 lit. g DSGVO).
art9-health-care = Wir verarbeiten diese Daten für die medizinische Diagnostik, die Versorgung oder Behandlung im Gesundheitsbereich oder die Verwaltung von Systemen und Diensten im Gesundheitsbereich, und zwar durch Fachpersonal, das dem Berufsgeheimnis unterliegt, oder unter dessen Verantwortung (Art. 9 Abs. 2 lit. h und Abs. 3 DSGVO).
art9-public-health = Wir verarbeiten diese Daten aus Gründen des öffentlichen Interesses im Bereich der öffentlichen Gesundheit (Art. 9 Abs. 2 lit. i DSGVO).
art9-research = Wir verarbeiten diese Daten für im öffentlichen Interesse liegende Archivzwecke, für wissenschaftliche oder historische Forschungszwecke oder für statistische Zwecke, soweit das Gesetz es erlaubt, und mit geeigneten Garantien (Art. 9 Abs. 2 lit. j DSGVO).
# Datenschutzerklärung, Abschnitt „Daten über strafrechtliche Verurteilungen“:
# unter „Strafrechtliche Verurteilungen und Straftaten“, wenn „Welches Gesetz
# erlaubt Ihnen, diese Daten zu verarbeiten?“ (Schritt „Personen und Daten“)
# ausgefüllt ist, und mit for-purpose für das eigene „Gesetz, das … bei diesem
# Zweck erlaubt“ eines Zwecks (Schritt „Zwecke“); $law ist diese Antwort.
criminal-data-authorised-by = Wir verarbeiten diese Daten nur, weil das Gesetz es erlaubt: { $law } (Art. 10 DSGVO).

## Retention.
## Datenschutzerklärung, die Spalte Speicherdauer der Tabelle der Zwecke
## (column-retention), nach „Wie lange speichern Sie die Daten?“ (Schritt
## „Zwecke“). Bei „eine feste Frist“ verbindet retention-for die Frist
## (period-*) mit dem nach „nach“ gewählten Zeitpunkt (retention-after-*, auch
## die Beschriftungen dieser Auswahl im Assistenten); bei „es hängt ab von“
## wird stattdessen der Text des Eigentümers gedruckt, und not-stated, solange
## unbeantwortet. period-* gibt auch die Laufzeit von Cookies in der
## Cookie-Richtlinie an (column-duration).

# $period is a formatted period such as "7 years"; $start says from when.
# Hinweis: $start steht im Dativ (retention-after-*: „dem Ende des Vertrags“).
retention-for = { $period } nach { $start }
retention-after-collection = der Erhebung
retention-after-last-contact = unserem letzten Kontakt mit Ihnen
retention-after-end-of-contract = dem Ende des Vertrags
retention-after-end-of-financial-year = dem Ende des betreffenden Geschäftsjahres
retention-after-end-of-employment = dem Ende des Arbeitsverhältnisses
retention-after-end-of-membership = dem Ende der Mitgliedschaft
retention-after-end-of-application = dem Abschluss des Bewerbungsverfahrens
retention-after-withdrawal-of-consent = dem Widerruf Ihrer Einwilligung
# Nur für die Laufzeit von Cookies (Cookie-Richtlinie); Minuten und Stunden
# sind nie eine Speicherdauer.
period-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}
# Nur für die Laufzeit von Cookies (Cookie-Richtlinie).
period-hours = { $count ->
    [one] 1 Stunde
   *[other] { $count } Stunden
}
period-days = { $count ->
    [one] 1 Tag
   *[other] { $count } Tage
}
period-weeks = { $count ->
    [one] 1 Woche
   *[other] { $count } Wochen
}
period-months = { $count ->
    [one] 1 Monat
   *[other] { $count } Monate
}
period-years = { $count ->
    [one] 1 Jahr
   *[other] { $count } Jahre
}

## Whether you must provide the data (Art. 13(2)(e)).
## Datenschutzerklärung, Abschnitt „Müssen Sie Ihre Daten angeben?“: eine
## Zeile je Zweck (oder Gruppe), für den „Müssen die Personen diese Daten
## angeben?“ (Schritt „Zwecke“) beantwortet ist; requirement-* folgt der
## Antwort, und der Assistent zeigt sie als „Die Datenschutzerklärung sagt:
## …“.

requirement-statutory = Die Angabe dieser Daten ist gesetzlich vorgeschrieben.
requirement-contractual = Die Angabe dieser Daten ist vertraglich vorgeschrieben.
requirement-needed-for-contract = Wir benötigen diese Daten, um einen Vertrag mit Ihnen schließen zu können.
requirement-voluntary = Ob Sie diese Daten angeben, entscheiden Sie selbst.
# Hinweis: $consequence beginnt mit dem Verb, z. B. „können wir Ihre Bestellung nicht liefern.“
# Nach requirement-*, wenn „Was geschieht, wenn sie die Daten nicht angeben?“
# ausgefüllt ist; $consequence ist diese Antwort.
provision-consequence = Wenn Sie diese Daten nicht angeben, { $consequence }
# One line of a purpose's terms that hold for one group of people only.
# Verwendet, wenn ein Zweck „Andere Grundlage für …“ eine Gruppe hat (Schritt
# „Zwecke“): in der Spalte Rechtsgrundlage der Tabelle der Zwecke, in „Unsere
# berechtigten Interessen“ und in „Müssen Sie Ihre Daten angeben?“. $audience
# nennt diese Gruppe oder die übrigen Gruppen des Zwecks; $text ist die
# Grundlage, das Interesse oder die Pflicht.
for-audience = Für { $audience }: { $text }
# A condition that holds for one purpose only.
# A purpose named with the groups a basis applies to.
# Datenschutzerklärung, Abschnitt „Ihr Widerspruchsrecht“: ein in
# privacy-objection-interests genannter Zweck mit den Gruppen, für die er auf
# berechtigten Interessen oder einer öffentlichen Aufgabe beruht, wenn er
# „Andere Grundlage für …“ hat.
purpose-for-audience = { $purpose } (für { $audience })
# Datenschutzerklärung, Abschnitte „Sensible Daten“ und „Daten über
# strafrechtliche Verurteilungen“: unter einer Datenart die eigene Ausnahme
# oder das eigene Gesetz eines Zwecks ($text: art9-* oder
# criminal-data-authorised-by), für einen Zweck, der eines gewählt hat
# („Ausnahme für … bei diesem Zweck“, „Gesetz, das … bei diesem Zweck
# erlaubt“, Schritt „Zwecke“); $purpose ist der Name des Zwecks. Die Zeile „A
# condition that holds for one purpose only.“ über purpose-for-audience ist
# für diese Meldung gedacht.
for-purpose = Für „{ $purpose }“: { $text }
## Datenschutzerklärung, Abschnitt „Automatisierte Entscheidungen und
## Profiling“: bei jeder Entscheidung mit rechtlicher Wirkung oder ähnlich
## erheblicher Beeinträchtigung die unter „Was erlaubt die Entscheidung? (Art.
## 22 Abs. 2)“ (Schritt „Zwecke“) gewählte Ausnahme; ein Platzhalter, solange
## unbeantwortet (question-art22-ground). .label ist die Beschriftung dieser
## Auswahl im Assistenten.
art22-contract = Dies ist zulässig, weil es für den Abschluss oder die Erfüllung eines Vertrags mit Ihnen erforderlich ist (Art. 22 Abs. 2 lit. a DSGVO).
    .label = Erforderlich für einen Vertrag mit der betroffenen Person (a)
art22-law = Dies ist zulässig, weil ein Gesetz es erlaubt (Art. 22 Abs. 2 lit. b DSGVO).
    .label = Durch Gesetz zugelassen (b)
art22-explicit-consent = Dies ist zulässig, weil Sie ausdrücklich darin eingewilligt haben (Art. 22 Abs. 2 lit. c DSGVO).
    .label = Ausdrückliche Einwilligung der betroffenen Person (c)
# $controller takes the decision, under its contract with the person.
# Statt art22-contract, wenn „Wer trifft die Entscheidung, wenn nicht Sie?
# (optional)“ ausgefüllt ist; $controller ist diese Antwort.
art22-contract-other = Dies ist zulässig, weil es für den Abschluss oder die Erfüllung eines Vertrags zwischen Ihnen und { $controller } erforderlich ist (Art. 22 Abs. 2 lit. a DSGVO).

## Recipients and transfers.
## role-*: Datenschutzerklärung, die Spalte Rolle der Tabelle der Empfänger
## (column-role), nach „Rolle des Empfängers“ (Schritt „Empfänger“);
## not-stated, solange unbeantwortet. safeguard-*: Datenschutzerklärung, die
## Liste des Abschnitts „Übermittlung in Länder außerhalb des Europäischen
## Wirtschaftsraums“, nach jedem Empfänger außerhalb des EWR, nach „Garantie
## für die Übermittlung“; der Assistent zeigt den Satz auch als das, was die
## Erklärung sagt. Solange keine Garantie eine Übermittlung abdeckt, steht
## dort question-safeguard.

role-processor = Auftragsverarbeiter: handelt nach unseren Weisungen
role-controller = Eigenständiger Verantwortlicher
role-joint-controller = Gemeinsam mit uns verantwortlich (Art. 26 DSGVO)
role-authority = Behörde
role-group-company = Unternehmen unserer Gruppe
role-employer = Ihr Arbeitgeber
role-professional-body = Berufskammer oder Aufsichtsstelle unseres Berufsstands
role-acquirer = Käufer unseres Unternehmens oder eines Teils davon, bei einem Verkauf oder einer Fusion
# Wenn die Garantie „Angemessenheitsbeschluss der Europäischen Kommission“ ist
# oder keine gewählt ist und für jedes genannte Land außerhalb des EWR ein
# Angemessenheitsbeschluss besteht.
safeguard-adequacy = Die Europäische Kommission hat festgestellt, dass dieses Land ein angemessenes Schutzniveau für personenbezogene Daten bietet (Art. 45 DSGVO).
# Wenn die Garantie „zertifiziert nach dem EU-US-Datenschutzrahmen (EU-U.S.
# Data Privacy Framework)“ ist.
safeguard-dpf = Das Unternehmen in den Vereinigten Staaten, das die Daten erhält oder auf sie zugreifen kann, ist nach dem EU-US-Datenschutzrahmen (EU-U.S. Data Privacy Framework) zertifiziert; die Europäische Kommission hat festgestellt, dass die Vereinigten Staaten für Daten, die an nach diesem Rahmen zertifizierte Unternehmen übermittelt werden, ein angemessenes Schutzniveau gewährleisten (Angemessenheitsbeschluss vom 10. Juli 2023, Art. 45 DSGVO).
# Wenn die Garantie „Standardvertragsklauseln“ ist und „Welche
# Standardvertragsklauseln?“ einen älteren Beschluss der Kommission nennt
# (2001/497, 2004/915, 2010/87) oder keinen.
safeguard-scc = Wir haben mit dem Empfänger die Standardvertragsklauseln der Europäischen Kommission vereinbart (Art. 46 Abs. 2 lit. c DSGVO).
# $module is the module of the clauses (1 to 4), or "none" when not given.
# Wenn die Garantie „Standardvertragsklauseln“ ist und „Welche
# Standardvertragsklauseln?“ „Beschluss 2021/914 der Kommission“ ist; $module
# stammt aus „Modul der Klauseln (1 bis 4, optional)“.
safeguard-scc-2021 = { $module ->
    [none] Wir haben mit dem Empfänger die Standardvertragsklauseln aus dem Durchführungsbeschluss (EU) 2021/914 der Kommission vereinbart (Art. 46 Abs. 2 lit. c DSGVO).
   *[other] Wir haben mit dem Empfänger die Standardvertragsklauseln aus dem Durchführungsbeschluss (EU) 2021/914 der Kommission vereinbart, und zwar Modul { $module } (Art. 46 Abs. 2 lit. c DSGVO).
}
# Wenn die Garantie „verbindliche interne Datenschutzvorschriften“ ist.
safeguard-bcr = Die Unternehmensgruppe des Empfängers wendet verbindliche interne Datenschutzvorschriften an, die von einer Aufsichtsbehörde genehmigt wurden (Art. 47 DSGVO).
# Im Assistenten nicht angeboten: eine Ausnahme (Art. 49 DSGVO), die in der
# Projektdatei steht, mit ihrer Begründung ($reason).
safeguard-derogation = Die Übermittlung stützt sich auf eine Ausnahme für bestimmte Fälle (Art. 49 DSGVO): { $reason }

## The questions whose answer decides a sentence, as placeholders name them.
## Jede wird in placeholder eingesetzt, wo ihre Antwort in einem der beiden
## Dokumente fehlt. Die Fragen, die einen ganzen Abschnitt bestimmen
## (question-dpo, -data-categories, -purposes, -sources, -recipients,
## -transfers, -automated-decisions, -security-measures, -children,
## -change-notice, -cookies, -cookie-consent), stehen dort allein, bis sie
## beantwortet sind.

# Datenschutzerklärung, Abschnitt „Datenschutzbeauftragter“.
question-dpo = Haben Sie einen Datenschutzbeauftragten benannt?
# Überall, wo $org verwendet wird, und als Name in „Wer für Ihre Daten
# verantwortlich ist“, solange „Name der Organisation“ (Schritt „Ihre
# Organisation“) leer ist.
question-org-name = Wie heißt Ihre Organisation?
# Überall, wo $email oder die E-Mail-Adresse für den Datenschutz verwendet
# wird, solange weder „E-Mail-Adresse“ (Schritt „Ihre Organisation“) noch die
# E-Mail-Adresse des Ansprechpartners für den Datenschutz ausgefüllt ist; und
# in den Angaben zur Organisation, solange „E-Mail-Adresse“ leer ist.
question-email = Unter welcher E-Mail-Adresse können sich Personen wegen ihrer Daten an Sie wenden?
# Die Adresse der Organisation in „Wer für Ihre Daten verantwortlich ist“,
# solange Straße, Postleitzahl und Ort (Schritt „Ihre Organisation“) leer
# sind.
question-address = Wie lautet die Anschrift Ihrer Organisation?
# Überall, wo $country verwendet wird, solange „Land“ (Schritt „Ihre
# Organisation“) nicht gewählt ist.
question-country = In welchem Land ist Ihre Organisation niedergelassen?
## Wege, auf denen Daten eingehen: die Auswahl von „Wie:“ unter „Wie die
## Daten zu Ihnen kommen“ (Schritt „Personen und Daten“), auch ihre
## Beschriftungen im Assistenten. In der Datenschutzerklärung werden sie als
## $channels in profile-channels aufgezählt, nach dem Namen der Gruppe oder
## ihren Datenarten. Jeder sagt daher, wie die Daten eingehen („per E-Mail“).
channel-web-form = über Webformulare
channel-email = per E-Mail
channel-phone = per Telefon
channel-post = per Post
channel-in-person = persönlich in unseren Räumlichkeiten
channel-app = über unsere App
channel-server-logs = über die Serverprotokolle unserer Website
channel-social-media = über soziale Medien
channel-email-tracking = durch das Öffnen unserer E-Mails und Klicks darin
## Die von Platzhaltern genannten Fragen, Fortsetzung.
# Datenschutzerklärung, in cameras-purpose und in der Zeile der Kameras in
# „Unsere berechtigten Interessen“, solange „Wozu dienen die Kameras?“ leer
# ist.
question-camera-purpose = Wozu dienen Ihre Überwachungskameras?
# Datenschutzerklärung, Liste der Übermittlungen: bei einem Empfänger
# außerhalb des EWR ohne Garantie, die die Übermittlung abdeckt („Garantie für
# die Übermittlung“, Schritt „Empfänger“).
question-safeguard = Welche Garantie gilt für diese Übermittlung?
# Datenschutzerklärung, in request-by-phone, solange „Telefon“ (Schritt „Ihre
# Organisation“) leer ist.
question-phone = Wie lautet Ihre Telefonnummer?
# Datenschutzerklärung, in cameras-basis, solange „Was erlaubt Ihnen, die
# Kameras einzusetzen?“ unbeantwortet ist.
question-camera-basis = Auf welcher Rechtsgrundlage setzen Sie die Kameras ein?
# Datenschutzerklärung, Liste der gemeinsam Verantwortlichen, solange „Das
# Wesentliche Ihrer Vereinbarung (gemeinsam Verantwortliche)“ leer ist.
question-arrangement = Was ist das Wesentliche Ihrer Vereinbarung mit diesem gemeinsam Verantwortlichen?
# Datenschutzerklärung, bei einer Entscheidung, solange „Was erlaubt die
# Entscheidung? (Art. 22 Abs. 2)“ unbeantwortet ist.
question-art22-ground = Welche Ausnahme nach Art. 22 Abs. 2 DSGVO lässt diese Entscheidung zu?
# Datenschutzerklärung, bei einer Entscheidung, solange „Hat das rechtliche
# Wirkung für die Person oder beeinträchtigt es sie ähnlich erheblich …?“
# unbeantwortet ist.
question-art22-significant = Entfaltet diese Entscheidung Ihnen gegenüber rechtliche Wirkung oder beeinträchtigt sie Sie in ähnlicher Weise erheblich?
# Datenschutzerklärung, Abschnitt „Welche personenbezogenen Daten wir
# verarbeiten“.
question-data-categories = Welche Arten personenbezogener Daten verarbeiten Sie?
# Datenschutzerklärung, Abschnitt „Wozu wir Ihre Daten verarbeiten, auf
# welcher Rechtsgrundlage und wie lange“.
question-purposes = Wozu verarbeiten Sie personenbezogene Daten?
# Datenschutzerklärung, Abschnitt „Daten, die wir nicht von Ihnen selbst
# erhalten“.
question-sources = Erhalten Sie personenbezogene Daten auch von anderen als den betroffenen Personen selbst?
# Datenschutzerklärung, unter einer Quelle, solange „Ist diese Quelle
# öffentlich zugänglich?“ unbeantwortet ist.
question-source-public = Ist diese Quelle öffentlich zugänglich?
# Datenschutzerklärung, Abschnitt „Wer Ihre Daten erhält“.
question-recipients = Erhält jemand außerhalb Ihrer Organisation die Daten?
# Datenschutzerklärung, Abschnitt „Übermittlung in Länder außerhalb des
# Europäischen Wirtschaftsraums“.
question-transfers = Werden Daten in ein Land außerhalb des EWR übermittelt?
# Datenschutzerklärung, Abschnitt „Automatisierte Entscheidungen und
# Profiling“.
question-automated-decisions = Werden Entscheidungen über Personen ausschließlich automatisiert getroffen?
# Datenschutzerklärung, Abschnitt „Wie wir Ihre Daten schützen“.
question-security-measures = Wie schützen Sie die Daten?
# Datenschutzerklärung, Abschnitt „Kinder“.
question-children = Bieten Sie Online-Dienste an, die sich direkt an Kinder richten?
# Beide Dokumente: Abschnitte „Änderungen dieser Erklärung“ und „Änderungen
# dieser Richtlinie“, anstelle von privacy-changes-channels. Es erscheint in
# beiden Dokumenten und nennt deshalb keines von beiden.
question-change-notice = Wie geben Sie Änderungen an Ihren Dokumenten bekannt?
# Datenschutzerklärung, Abschnitt „Cookies“, und Cookie-Richtlinie, Abschnitt
# „Arten von Cookies“.
question-cookies = Setzt Ihre Website Cookies oder ähnliche Technologien ein?
# Cookie-Richtlinie, Abschnitt „Ihre Einwilligung“, wenn ein Cookie eine
# Einwilligung braucht.
question-cookie-consent = Wie holen Sie die Einwilligung der Besucher zu Cookies ein?

## Security measures (Art. 32 GDPR).
## Datenschutzerklärung, Abschnitt „Wie wir Ihre Daten schützen“: eine Zeile
## je unter „Wie Sie die Daten schützen“ (Schritt „Kontakt und Beschwerden“)
## angekreuzter Maßnahme, in der Reihenfolge des Ankreuzens; dies sind auch
## die Beschriftungen der Kästchen im Assistenten.

security-access-control = Zugriff auf personenbezogene Daten haben nur die Personen, die sie für ihre Arbeit benötigen.
security-encryption-in-transit = Personenbezogene Daten werden verschlüsselt, wenn sie über das Internet gesendet werden.
security-encryption-at-rest = Personenbezogene Daten werden verschlüsselt gespeichert.
security-two-factor = Für die Anmeldung an Systemen mit personenbezogenen Daten nutzen wir die Zwei-Faktor-Authentifizierung.
security-backups = Wir erstellen regelmäßig Sicherungskopien personenbezogener Daten.
security-restore-tests = Wir prüfen regelmäßig, ob sich die Sicherungskopien wiederherstellen lassen.
security-updates = Wir installieren Sicherheitsupdates für unsere Software und unsere Geräte.
security-training = Unsere Beschäftigten, die Zugang zu personenbezogenen Daten haben, sind im sorgfältigen Umgang damit geschult.
security-confidentiality = Alle, die mit den Daten arbeiten, sind zur Vertraulichkeit verpflichtet.
security-pseudonymisation = Wo möglich, pseudonymisieren wir Daten, sodass sie nicht direkt Ihrer Person zugeordnet werden können.
security-logging = Wir führen Protokolle, die uns helfen, Missbrauch zu erkennen.
security-processor-agreements = Mit jedem Auftragsverarbeiter haben wir einen Auftragsverarbeitungsvertrag geschlossen.

## Cookies: categories, parties, storage and durations.
## Alles in der Cookie-Richtlinie. category-*: die Arten von Cookies, je
## Cookie in Schritt „Cookies“ gewählt (auch die Beschriftungen dieser
## Auswahl). Jede verwendete Art erhält eine Zeile in „Arten von Cookies“
## (Name, .description und ein Satz zur Einwilligung)
## und ist die Zwischenüberschrift ihrer Tabelle in „Unsere Cookies im
## Überblick“.

category-necessary = Unbedingt erforderliche Cookies
    .description = Ohne sie können wir einen von Ihnen ausdrücklich angeforderten Dienst nicht bereitstellen.
category-functional = Funktionale Cookies
    .description = Sie merken sich Einstellungen, die Sie auf der Website wählen.
category-analytics = Analyse-Cookies
    .description = Sie zeigen uns, wie Besucher die Website nutzen, damit wir sie verbessern können.
category-marketing = Marketing-Cookies
    .description = Sie dienen der Werbung und der Messung ihrer Wirkung und können Ihre Besuche über verschiedene Websites hinweg verfolgen.
category-social-media = Social-Media-Cookies
    .description = Sie werden mit Inhalten oder Schaltflächen sozialer Medien geladen und ermöglichen es diesen Unternehmen, Sie wiederzuerkennen.
category-other = Sonstige Cookies
    .description = Sie dienen Zwecken, die zu keiner der oben genannten Arten passen; wofür jedes einzelne dient, steht in der Liste unten.
# Für Cookies, deren Art noch nicht gewählt ist (ein neuer Cookie beginnt so).
category-unclassified = Noch nicht eingeordnete Cookies
    .description = Wir klären noch, wozu diese Cookies dienen.
# Nach der Beschreibung der Analyse-Cookies, wenn das „Land“ die Niederlande
# ist und „Unsere Analyse-Cookies wirken sich kaum oder gar nicht auf die
# Privatsphäre aus und werden ohne Einwilligung gesetzt“ (Schritt „Cookies“)
# angekreuzt ist.
category-analytics-exempt = Sie wirken sich kaum oder gar nicht auf Ihre Privatsphäre aus; deshalb dürfen wir sie nach niederländischem Recht ohne Ihre Einwilligung setzen (Art. 11.7a Abs. 3 lit. b des niederländischen Telekommunikationsgesetzes, Telecommunicatiewet).
# Nach der Beschreibung jeder anderen Art, die eine Einwilligung braucht, nur
# wenn „Wie werden die Besucher um ihre Einwilligung gebeten?“ „Mit einem
# Banner, bevor die Cookies gesetzt werden“ ist; bei einer anderen Antwort
# wird nichts gesagt.
category-needs-consent = Wir setzen sie nur mit Ihrer Einwilligung.
# Nach der Beschreibung der unbedingt erforderlichen Cookies.
category-no-consent = Dafür ist Ihre Einwilligung nicht erforderlich.
# Cookie-Tabellen, Spalte Anbieter (column-provider), wenn „ein anderes
# Unternehmen (Drittanbieter)“ nicht angekreuzt ist. Der Anbieter („Gesetzt
# von“ oder, wenn leer, der Name der Organisation) steht darüber, die „Domain
# (optional)“ darunter.
party-first = Erstanbieter-Cookie (unter unserer Domain gespeichert)
# A table row that stands for all cookies of a provider that does not name them.
# Cookie-Tabellen, Spalte Name (column-cookie), wenn „Der Anbieter nennt seine
# Cookies nicht: Dieser Eintrag steht für alle“ angekreuzt ist; $provider ist
# „Gesetzt von“.
cookie-names-unknown = Alle Cookies von { $provider } (der Anbieter nennt sie nicht einzeln)
# Cookie-Tabellen, Spalte Anbieter, wenn „ein anderes Unternehmen
# (Drittanbieter)“ angekreuzt ist.
party-third = von einem Drittanbieter gesetzt
# Nie in einem Dokument angezeigt: Unter dem Namen eines gewöhnlichen Cookies
# wird nichts angefügt.
storage-cookie = Cookie
# Cookie-Tabellen, Spalte Name, unter dem Namen, für lokalen Speicher. Der
# Assistent hat kein Feld für die Speicherart: Sie steht in der Projektdatei
# (cookies[].storage) oder stammt von einem Dienst des Katalogs, der sie nennt
# (bisher tut das keiner).
storage-local = lokaler Speicher (Local Storage)
# Wie storage-local, für den Sitzungsspeicher.
storage-session = Sitzungsspeicher (Session Storage)
# Wie storage-local, für ein Pixel.
storage-pixel = Pixel
# Cookie-Tabellen, Spalte Laufzeit (column-duration), wenn die „Laufzeit“ des
# Cookies „bis zum Schließen des Browsers“ ist.
duration-session = bis Sie Ihren Browser schließen
# $longest and $shortest are durations such as "2 years".
# Spalte Laufzeit, wenn die „Laufzeit“ als „bis zu“ angegeben ist.
duration-up-to = höchstens { $longest }
# Spalte Laufzeit, wenn die „Laufzeit“ als „zwischen … und …“ angegeben ist.
duration-between = mindestens { $shortest }, höchstens { $longest }
# Spalte Laufzeit, wenn die „Laufzeit“ als „bis zum Schließen des Browsers
# oder bis zu“ angegeben ist.
duration-session-or-up-to = bis Sie Ihren Browser schließen, oder höchstens { $longest }
# Spalte Laufzeit, wenn die „Laufzeit“ „bis zur Löschung“ ist.
duration-persistent = bis zur Löschung durch Sie

## Table headings.
## Datenschutzerklärung: Die Tabelle der Zwecke hat column-purpose,
## column-data, column-legal-basis und column-retention; die Tabelle der
## Empfänger hat column-recipient, column-service, column-role und
## column-location. Cookie-Richtlinie: Jede Cookie-Tabelle hat column-cookie,
## column-provider, column-purpose und column-duration. Die Überschriften
## einer Tabelle erscheinen immer mit der Tabelle.

column-purpose = Zweck
column-data = Personenbezogene Daten
column-legal-basis = Rechtsgrundlage
column-retention = Speicherdauer
column-recipient = Empfänger
column-service = Tätigkeit
# A recipient's place of processing when the provider names no country.
# Datenschutzerklärung, Tabelle der Empfänger (column-location) und Liste der
# Übermittlungen, wenn „Der Anbieter gibt an, dass die Daten auch außerhalb
# des EWR verarbeitet werden können, ohne die Länder zu nennen“ angekreuzt ist
# (Schritt „Empfänger“).
country-outside-eea-unstated = ein vom Anbieter nicht genanntes Land außerhalb des EWR
# A recipient's company seat, when the data is processed elsewhere.
# Datenschutzerklärung, Tabelle der Empfänger, column-location, wenn „Sitz des
# Unternehmens:“ ein Land nennt (Schritt „Empfänger“).
recipient-seat = Sitz: { $country }
# Datenschutzerklärung, Tabelle der Empfänger, column-service, unter der
# Antwort auf „Was macht der Empfänger mit den Daten?“, wenn unter „Für welche
# Zwecke erhält dieser Empfänger Daten?“ Zwecke angekreuzt sind (Schritt
# „Empfänger“).
recipient-purposes = { $count ->
    [one] Zweck: { $purposes }
   *[other] Zwecke: { $purposes }
}
column-role = Rolle
column-location = Verarbeitungsort
column-cookie = Name
column-provider = Anbieter
column-duration = Laufzeit

## Notes about a built document, shown to the user (not in the document).

# Wenn eine Antwort keinen Text in der Sprache des Dokuments hat und der Text
# einer anderen Sprache verwendet wurde; $field nennt die Antwort, $used die
# Sprache.
notice-untranslated-answer = Die Antwort „{ $field }“ hat in dieser Sprache keinen Text; verwendet wurde der Text auf { $used }.
# Wenn das Projekt einen Ländercode nennt, für den es keine Meldung country-*
# gibt.
notice-unknown-country = Der Ländercode „{ $code }“ ist policywright nicht bekannt; verwendet wurde der Code selbst.
# Wenn eine Meldung der Dokumente in einer Sprache fehlt und die englische
# verwendet wurde.
text-issue-fallback = Der Text „{ $id }“ fehlt in „{ $locale }“; verwendet wurde der englische Text.
# Wenn eine Meldung in jeder Sprache fehlt.
text-issue-missing = Der Text „{ $id }“ fehlt in allen Sprachen.
# Wenn eine Meldung nicht vervollständigt werden kann, etwa weil sie eine
# Variable verwendet, die das Programm ihr nicht gibt; $detail sagt, warum.
text-issue-formatting = Der Text „{ $id }“ in „{ $locale }“ konnte nicht vollständig erstellt werden: { $detail }

# What an export says about one document: $document is its file name without extension, $locale its language code.
export-notice = { $document } ({ $locale }): { $notice }
# $address is the web address where the organisation publishes its cookie policy.
# Beim Export gemeldet, wenn „Ist Ihre Cookie-Richtlinie an anderer Stelle
# veröffentlicht? Ihre Webadresse (optional)“ (Schritt „Cookies“) ausgefüllt
# ist.
export-cookie-policy-elsewhere = Keine Cookie-Richtlinie erstellt: Ihre Cookie-Richtlinie ist unter { $address } veröffentlicht, und die Datenschutzerklärung verweist darauf.

## Fehler in einer .ftl-Datei eines Übersetzers, angezeigt von „policywright
## i18n check“, auf der Befehlszeile mit --i18n und oben im Fenster des
## Assistenten, während er einen Ordner mit Texten beobachtet.

# $file, $line und $column geben an, wo der Fehler steht; $problem ist eine
# der ftl-*-Meldungen unten.
ftl-syntax-error = { $file }:{ $line }:{ $column }: { $problem }
# $line und $column geben an, wo die nicht geschlossene { steht.
ftl-unclosed = hier fehlt eine „{"}"}“, um die „{"{"}“ zu schließen, die in Zeile { $line }, Spalte { $column } geöffnet wurde.
ftl-unopened-brace = diese „{"}"}“ schließt nichts: Davor fehlt eine „{"{"}“, oder sie ist zu viel.
# $expected ist das Zeichen, das hier in der Datei stehen sollte.
ftl-expected = hier wird „{ $expected }“ erwartet.
ftl-no-text = die Meldung hat nach ihrem „=“ keinen Text.
ftl-no-default-variant = eine Auswahl braucht eine Variante, die mit * als Standard markiert ist, etwa *[other].
ftl-several-default-variants = eine Auswahl darf nur eine Variante mit * als Standard markieren.
ftl-unterminated-string = ein Text in Anführungszeichen wird auf seiner Zeile nicht mit " geschlossen.
# $detail ist die eigene, englische Beschreibung des Fluent-Parsers.
ftl-other = das ist kein gültiges Fluent ({ $detail }).

# Nach einem Export, wenn sein Eintrag neben dem Projekt nicht geschrieben werden konnte; $path ist der Verlaufsordner, $reason der Grund.
export-history-failed = Der Export wurde nicht in { $path } festgehalten: { $reason }
