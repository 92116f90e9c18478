## Shared wording: dates, countries, labels and the names of the things a
## project is made of. Used by both documents and by the program.

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

document-subtitle = Version { $version } · gültig ab { $date }
document-subtitle-unversioned = Gültig ab { $date }
document-contents = Inhalt
# The foot of every printed page; $title is the document's title.
document-footer = { $title } · { $org } · Version { $version } · { $date }
document-footer-unversioned = { $title } · { $org } · { $date }
document-page = Seite { $page } von { $total }
not-stated = nicht angegeben
# Between a label in bold and what follows it ("Customers: name, e-mail").
label-separator = { ": " }
# Shown in the title block and on every page while the project has errors.
document-draft = Entwurf – nicht zur Veröffentlichung bestimmt
# Stands where an answer is missing; $question names it (question-*).
placeholder = [Noch zu beantworten: { $question }]

label-name = Name
label-address = Anschrift
label-enterprise-number = Unternehmensnummer
label-kvk-number = Nummer bei der niederländischen Handelskammer (KvK)
label-vat-number = MwSt.-Nummer
label-trade-names = Auch bekannt als
label-group = Gehört zur Gruppe
label-email = E-Mail
label-phone = Telefon
label-website = Website
label-authority = Aufsichtsbehörde
label-logic = Wie die Entscheidung zustande kommt
label-profiling-logic = Wie es funktioniert
label-consequences = Was das für Sie bedeutet

## Countries: EEA members, countries with an adequacy decision, and other
## common destinations of transfers.

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

basis-consent = Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)
basis-contract = Erfüllung eines Vertrags mit Ihnen oder Durchführung vorvertraglicher Maßnahmen auf Ihre Anfrage (Art. 6 Abs. 1 lit. b DSGVO)
basis-legal-obligation = Erfüllung einer rechtlichen Verpflichtung, der wir unterliegen (Art. 6 Abs. 1 lit. c DSGVO)
basis-vital-interests = Schutz Ihrer lebenswichtigen Interessen oder derjenigen einer anderen Person (Art. 6 Abs. 1 lit. d DSGVO)
basis-public-task = Wahrnehmung einer Aufgabe, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, die uns übertragen wurde (Art. 6 Abs. 1 lit. e DSGVO)
basis-legitimate-interests = Wahrung berechtigter Interessen, die von uns oder einem Dritten verfolgt werden (Art. 6 Abs. 1 lit. f DSGVO)

## The exceptions of Art. 9(2) GDPR for special categories.

art9-explicit-consent = Wir verarbeiten diese Daten nur mit Ihrer ausdrücklichen Einwilligung (Art. 9 Abs. 2 lit. a DSGVO).
art9-employment-law = Wir verarbeiten diese Daten, um unsere Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit zu erfüllen (Art. 9 Abs. 2 lit. b DSGVO).
art9-vital-interests = Wir verarbeiten diese Daten, um Ihre lebenswichtigen Interessen zu schützen, wenn Sie selbst nicht in der Lage sind, Ihre Einwilligung zu geben (Art. 9 Abs. 2 lit. c DSGVO).
art9-non-profit-members = Wir verarbeiten diese Daten als Organisation ohne Gewinnerzielungsabsicht mit politischer, weltanschaulicher, religiöser oder gewerkschaftlicher Ausrichtung, und zwar ausschließlich über unsere Mitglieder, ehemaligen Mitglieder und Personen, die im Zusammenhang mit diesem Zweck regelmäßig mit uns in Kontakt stehen, und mit geeigneten Garantien; ohne Ihre Einwilligung geben wir die Daten nicht an Stellen außerhalb unserer Organisation weiter (Art. 9 Abs. 2 lit. d DSGVO).
art9-made-public = Wir verarbeiten diese Daten, weil Sie sie selbst offensichtlich öffentlich gemacht haben (Art. 9 Abs. 2 lit. e DSGVO).
art9-legal-claims = Wir verarbeiten diese Daten zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 9 Abs. 2 lit. f DSGVO).
art9-public-interest = Wir verarbeiten diese Daten aus Gründen eines erheblichen öffentlichen Interesses, die gesetzlich festgelegt sind (Art. 9 Abs. 2 lit. g DSGVO).
art9-health-care = Wir verarbeiten diese Daten für die medizinische Diagnostik, die Versorgung oder die Behandlung, unter Wahrung des Berufsgeheimnisses (Art. 9 Abs. 2 lit. h DSGVO).
art9-public-health = Wir verarbeiten diese Daten aus Gründen des öffentlichen Interesses im Bereich der öffentlichen Gesundheit (Art. 9 Abs. 2 lit. i DSGVO).
art9-research = Wir verarbeiten diese Daten für im öffentlichen Interesse liegende Archivzwecke, für wissenschaftliche oder historische Forschungszwecke oder für statistische Zwecke, soweit das Gesetz es erlaubt, und mit geeigneten Garantien (Art. 9 Abs. 2 lit. j DSGVO).
criminal-data-authorised-by = Wir verarbeiten diese Daten nur, weil das Gesetz es erlaubt: { $law } (Art. 10 DSGVO).

## Retention.

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
period-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}
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

requirement-statutory = Die Angabe dieser Daten ist gesetzlich vorgeschrieben: Das Gesetz verpflichtet uns, sie zu verarbeiten.
requirement-contractual = Die Angabe dieser Daten ist in unserem Vertrag mit Ihnen vorgeschrieben.
requirement-needed-for-contract = Wir benötigen diese Daten, bevor wir einen Vertrag mit Ihnen schließen können.
requirement-voluntary = Ob Sie diese Daten angeben, entscheiden Sie selbst.
# Hinweis: $consequence beginnt mit dem Verb, z. B. „können wir Ihre Bestellung nicht liefern.“
provision-consequence = Wenn Sie diese Daten nicht angeben, { $consequence }
# One line of a purpose's terms that hold for one group of people only.
for-audience = Für { $audience }: { $text }
# A condition that holds for one purpose only.
# A purpose named with the groups a basis applies to.
purpose-for-audience = { $purpose } (für { $audience })
for-purpose = Für „{ $purpose }“: { $text }
art22-contract = Dies ist zulässig, weil es für den Abschluss oder die Erfüllung eines Vertrags mit Ihnen erforderlich ist (Art. 22 Abs. 2 lit. a DSGVO).
    .label = Erforderlich für einen Vertrag mit der betroffenen Person (a)
art22-law = Dies ist zulässig, weil ein Gesetz es erlaubt (Art. 22 Abs. 2 lit. b DSGVO).
    .label = Durch Gesetz zugelassen (b)
art22-explicit-consent = Dies ist zulässig, weil Sie ausdrücklich darin eingewilligt haben (Art. 22 Abs. 2 lit. c DSGVO).
    .label = Ausdrückliche Einwilligung der betroffenen Person (c)
# $controller takes the decision, under its contract with the person.
art22-contract-other = Dies ist zulässig, weil es für den Abschluss oder die Erfüllung eines Vertrags zwischen Ihnen und { $controller } erforderlich ist (Art. 22 Abs. 2 lit. a DSGVO).

## Recipients and transfers.

role-processor = Auftragsverarbeiter: handelt nach unseren Weisungen
role-controller = Eigenständiger Verantwortlicher
role-joint-controller = Gemeinsam mit uns Verantwortlicher
role-authority = Behörde
role-group-company = Unternehmen unserer Gruppe
role-employer = Ihr Arbeitgeber
role-professional-body = Berufskammer oder Aufsichtsstelle unseres Berufsstands
role-acquirer = Käufer unseres Unternehmens oder eines Teils davon, bei einem Verkauf oder einer Fusion
safeguard-adequacy = Die Europäische Kommission hat festgestellt, dass dieses Land ein angemessenes Schutzniveau für personenbezogene Daten bietet (Art. 45 DSGVO).
safeguard-dpf = Die Daten werden an ein Unternehmen in den Vereinigten Staaten übermittelt, das nach dem Datenschutzrahmen EU-USA (EU-US Data Privacy Framework) zertifiziert ist; für diesen Rahmen hat die Europäische Kommission ein angemessenes Schutzniveau festgestellt (Art. 45 DSGVO).
safeguard-scc = Wir haben mit dem Empfänger die Standardvertragsklauseln der Europäischen Kommission vereinbart (Art. 46 Abs. 2 lit. c DSGVO).
# $module is the module of the clauses (1 to 4), or "none" when not given.
safeguard-scc-2021 = { $module ->
    [none] Wir haben mit dem Empfänger die Standardvertragsklauseln aus dem Durchführungsbeschluss (EU) 2021/914 der Kommission vereinbart (Art. 46 Abs. 2 lit. c DSGVO).
   *[other] Wir haben mit dem Empfänger die Standardvertragsklauseln aus dem Durchführungsbeschluss (EU) 2021/914 der Kommission vereinbart, und zwar Modul { $module } (Art. 46 Abs. 2 lit. c DSGVO).
}
safeguard-bcr = Die Unternehmensgruppe des Empfängers wendet verbindliche interne Datenschutzvorschriften an, die von einer Aufsichtsbehörde genehmigt wurden (Art. 47 DSGVO).
safeguard-derogation = Die Übermittlung stützt sich auf eine Ausnahme für bestimmte Fälle (Art. 49 DSGVO): { $reason }

## The questions whose answer decides a sentence, as placeholders name them.

question-dpo = Haben Sie einen Datenschutzbeauftragten benannt?
question-org-name = Wie heißt Ihre Organisation?
question-email = Unter welcher E-Mail-Adresse können sich Personen wegen ihrer Daten an Sie wenden?
question-address = Wie lautet die Anschrift Ihrer Organisation?
question-country = In welchem Land ist Ihre Organisation niedergelassen?
channel-web-form = Webformulare
channel-email = E-Mail
channel-phone = Telefon
channel-post = Post
channel-in-person = persönlich in unseren Räumlichkeiten
channel-app = unsere App
channel-server-logs = die Serverprotokolle unserer Website
channel-social-media = soziale Medien
channel-email-tracking = das Öffnen unserer E-Mails und Klicks darin
question-camera-purpose = Wozu dienen Ihre Überwachungskameras?
question-safeguard = Welche Garantie gilt für diese Übermittlung?
question-phone = Wie lautet Ihre Telefonnummer?
question-camera-basis = Auf welcher Rechtsgrundlage setzen Sie die Kameras ein?
question-arrangement = Was ist das Wesentliche Ihrer Vereinbarung mit diesem gemeinsam Verantwortlichen?
question-art22-ground = Welche Ausnahme nach Art. 22 Abs. 2 DSGVO lässt diese Entscheidung zu?
question-art22-significant = Entfaltet diese Entscheidung Ihnen gegenüber rechtliche Wirkung oder beeinträchtigt sie Sie in ähnlicher Weise erheblich?
question-data-categories = Welche Arten personenbezogener Daten verarbeiten Sie?
question-purposes = Wozu verarbeiten Sie personenbezogene Daten?
question-sources = Erhalten Sie personenbezogene Daten auch von anderen als den betroffenen Personen selbst?
question-source-public = Ist diese Quelle öffentlich zugänglich?
question-recipients = Erhält jemand außerhalb Ihrer Organisation die Daten?
question-transfers = Werden Daten in ein Land außerhalb des EWR übermittelt?
question-automated-decisions = Werden Entscheidungen über Personen ausschließlich automatisiert getroffen?
question-security-measures = Wie schützen Sie die Daten?
question-children = Bieten Sie Onlinedienste an, die sich direkt an Kinder richten?
question-change-notice = Wie geben Sie Änderungen dieser Erklärung bekannt?
question-cookies = Setzt Ihre Website Cookies oder ähnliche Technologien ein?
question-cookie-consent = Wie holen Sie die Einwilligung der Besucher zu Cookies ein?

## Security measures (Art. 32 GDPR).

security-access-control = Zugriff auf personenbezogene Daten haben nur die Personen, die sie für ihre Arbeit benötigen.
security-encryption-in-transit = Personenbezogene Daten werden verschlüsselt, wenn sie über das Internet gesendet werden.
security-encryption-at-rest = Personenbezogene Daten werden verschlüsselt gespeichert.
security-two-factor = Für die Anmeldung an Systemen mit personenbezogenen Daten nutzen wir die Zwei-Faktor-Authentifizierung.
security-backups = Wir erstellen regelmäßig Sicherungskopien personenbezogener Daten.
security-restore-tests = Wir prüfen regelmäßig, ob sich die Sicherungskopien wiederherstellen lassen.
security-updates = Wir installieren Sicherheitsupdates für unsere Software und unsere Geräte.
security-training = Wer für uns mit personenbezogenen Daten arbeitet, ist im sorgfältigen Umgang damit geschult.
security-confidentiality = Alle, die mit den Daten arbeiten, sind zur Vertraulichkeit verpflichtet.
security-pseudonymisation = Wo möglich, pseudonymisieren wir Daten, sodass sie nicht direkt Ihrer Person zugeordnet werden können.
security-logging = Wir führen Protokolle, die uns helfen, Missbrauch zu erkennen.
security-processor-agreements = Mit jedem Auftragsverarbeiter haben wir einen Auftragsverarbeitungsvertrag geschlossen.

## Cookies: categories, parties, storage and durations.

category-necessary = Unbedingt erforderliche Cookies
    .description = Sie sind nötig, um Ihnen die Website oder einen von Ihnen angeforderten Dienst bereitzustellen.
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
category-unclassified = Noch nicht eingeordnete Cookies
    .description = Wir klären noch, wozu diese Cookies dienen.
category-analytics-exempt = Sie wirken sich kaum oder gar nicht auf Ihre Privatsphäre aus; deshalb dürfen wir sie nach niederländischem Recht ohne Ihre Einwilligung setzen (Art. 11.7a Abs. 3 lit. b des niederländischen Telekommunikationsgesetzes, Telecommunicatiewet).
category-needs-consent = Wir setzen sie nur mit Ihrer Einwilligung.
category-no-consent = Dafür ist Ihre Einwilligung nicht erforderlich.
party-first = von uns selbst gesetzt (Erstanbieter)
# A table row that stands for all cookies of a provider that does not name them.
cookie-names-unknown = Alle Cookies von { $provider } (der Anbieter nennt sie nicht einzeln)
party-third = von einem Drittanbieter gesetzt
storage-cookie = Cookie
storage-local = lokaler Speicher (Local Storage)
storage-session = Sitzungsspeicher (Session Storage)
storage-pixel = Pixel
duration-session = bis Sie Ihren Browser schließen
# $longest and $shortest are durations such as "2 years".
duration-up-to = höchstens { $longest }
duration-between = mindestens { $shortest }, höchstens { $longest }
duration-session-or-up-to = bis Sie Ihren Browser schließen, oder höchstens { $longest }
duration-persistent = bis zur Löschung durch Sie

## Table headings.

column-purpose = Zweck
column-data = Personenbezogene Daten
column-legal-basis = Rechtsgrundlage
column-retention = Speicherdauer
column-recipient = Empfänger
column-service = Tätigkeit
# A recipient's place of processing when the provider names no country.
country-outside-eea-unstated = ein vom Anbieter nicht genanntes Land außerhalb des EWR
# A recipient's company seat, when the data is processed elsewhere.
recipient-seat = Sitz: { $country }
recipient-purposes = Erhält Daten für: { $purposes }
column-role = Rolle
column-location = Ort
column-cookie = Name
column-provider = Anbieter
column-duration = Laufzeit

## Notes about a built document, shown to the user (not in the document).

notice-untranslated-answer = Die Antwort „{ $field }“ hat in dieser Sprache keinen Text; verwendet wurde der Text auf { $used }.
notice-unknown-country = Der Ländercode „{ $code }“ ist policywright nicht bekannt; verwendet wurde der Code selbst.
text-issue-fallback = Der Text „{ $id }“ fehlt in „{ $locale }“; verwendet wurde der englische Text.
text-issue-missing = Der Text „{ $id }“ fehlt in allen Sprachen.
text-issue-formatting = Der Text „{ $id }“ in „{ $locale }“ konnte nicht vollständig erstellt werden: { $detail }

# What an export says about one document: $document is its file name without extension, $locale its language code.
export-notice = { $document } ({ $locale }): { $notice }
# $address is the web address where the organisation publishes its cookie policy.
export-cookie-policy-elsewhere = Keine Cookie-Richtlinie erstellt: Ihre Cookie-Richtlinie ist unter { $address } veröffentlicht, und die Datenschutzerklärung verweist darauf.
