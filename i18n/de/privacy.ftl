## The privacy statement. Arguments every message may use:
##   $org       the organisation's name
##   $email     where to send privacy questions
##   $date      the date the statement takes effect
##   $version   the version label
##   $country   the controller's country
##   $website   the first website; $website-count how many there are
##   $consent-age  the age of digital consent in the controller's country,
##                 or "none" when it is not known

privacy-title = Datenschutzerklärung
    .inline = Datenschutzerklärung

privacy-introduction-title = Über diese Erklärung
privacy-introduction = In dieser Erklärung erfahren Sie, wie { $org } mit Ihren personenbezogenen Daten umgeht: welche Daten wir erheben, wozu, auf welcher Rechtsgrundlage, wer sie erhält, wie lange wir sie speichern und welche Rechte Sie haben.
# $country-code is the controller's country as a code ("BE", "NL").
privacy-introduction-terms = { $country-code ->
    [BE] Mit dieser Erklärung informieren wir Sie über die Verwendung Ihrer personenbezogenen Daten (Art. 13 und 14 der Datenschutz-Grundverordnung, DSGVO, Verordnung (EU) 2016/679). Neben der DSGVO gilt für uns das belgische Gesetz vom 30. Juli 2018 über den Schutz natürlicher Personen hinsichtlich der Verarbeitung personenbezogener Daten. Wenn in dieser Erklärung von „wir“ oder „uns“ die Rede ist, ist { $org } gemeint.
    [NL] Mit dieser Erklärung informieren wir Sie über die Verwendung Ihrer personenbezogenen Daten (Art. 13 und 14 der Datenschutz-Grundverordnung, DSGVO, Verordnung (EU) 2016/679). Neben der DSGVO gilt für uns das niederländische Ausführungsgesetz zur DSGVO (Uitvoeringswet AVG, UAVG). Wenn in dieser Erklärung von „wir“ oder „uns“ die Rede ist, ist { $org } gemeint.
   *[other] Mit dieser Erklärung informieren wir Sie über die Verwendung Ihrer personenbezogenen Daten (Art. 13 und 14 der Datenschutz-Grundverordnung, DSGVO, Verordnung (EU) 2016/679). Wenn in dieser Erklärung von „wir“ oder „uns“ die Rede ist, ist { $org } gemeint.
}

privacy-controller-title = Wer für Ihre Daten verantwortlich ist
privacy-controller = { $org } ist Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten: Wir entscheiden, wozu und wie sie verarbeitet werden. Sie erreichen uns wie folgt.

privacy-representative-title = Unser Vertreter in der Europäischen Union
privacy-representative = Da wir außerhalb der Europäischen Union niedergelassen sind, haben wir einen Vertreter in der Union benannt (Art. 27 DSGVO). An ihn können Sie sich mit allen Fragen zu Ihren Daten wenden.
privacy-processor-title = Wenn wir Daten für unsere Kunden verarbeiten
privacy-processor = Bei einem Teil unserer Arbeit verarbeiten wir personenbezogene Daten im Auftrag unserer Kunden, als deren Auftragsverarbeiter (Art. 28 DSGVO). Für diese Daten ist unser Kunde der Verantwortliche; für sie gilt nicht diese Erklärung, sondern die Datenschutzerklärung des Kunden.

privacy-dpo-title = Datenschutzbeauftragter
privacy-dpo = Wir haben einen Datenschutzbeauftragten benannt, der darüber wacht, wie wir mit personenbezogenen Daten umgehen. Mit allen Fragen zu Ihren Daten oder Ihren Rechten können Sie sich direkt an unseren Datenschutzbeauftragten wenden.
privacy-dpo-none = Wir haben keinen Datenschutzbeauftragten benannt.
privacy-contact = Bei Fragen zu Ihren personenbezogenen Daten wenden Sie sich bitte an:

privacy-data-title = Welche personenbezogenen Daten wir verarbeiten
privacy-data = Je nachdem, in welcher Beziehung Sie zu uns stehen, verarbeiten wir die folgenden Arten personenbezogener Daten.
privacy-profiles = Was wir von den einzelnen Personengruppen erhalten und auf welchem Weg:
# $data lists kinds of data.
profile-data = { $data }.
# $channels lists the ways data comes in.
profile-channels = Wie wir sie erhalten: { $channels }.

privacy-special-data-title = Sensible Daten
privacy-special-data = Bestimmte Daten stehen gesetzlich unter besonderem Schutz (Art. 9 DSGVO). Die folgenden sensiblen Daten verarbeiten wir nur, soweit das Gesetz es erlaubt, und aus dem jeweils genannten Grund.

privacy-criminal-data-title = Daten über strafrechtliche Verurteilungen
privacy-criminal-data = Daten über strafrechtliche Verurteilungen und Straftaten verarbeiten wir nur, soweit ein Gesetz es erlaubt (Art. 10 DSGVO).

privacy-sources-title = Daten, die wir nicht von Ihnen selbst erhalten
privacy-sources = Einen Teil Ihrer Daten erhalten wir nicht direkt von Ihnen, sondern aus den folgenden Quellen.

privacy-cameras-title = Kameraüberwachung
# $purpose is the owner's own words.
cameras-purpose = In unseren Räumlichkeiten setzen wir Überwachungskameras ein. Zweck der Kameraüberwachung: { $purpose }.
cameras-basis = Rechtsgrundlage der Kameraüberwachung: { $basis }.
# The legitimate interest as the basis of camera surveillance: the organisation's own, named in the purpose above.
cameras-basis-legitimate-interests = unser berechtigtes Interesse an diesem Zweck (Art. 6 Abs. 1 lit. f DSGVO)
cameras-pictogram = Schilder mit dem gesetzlich vorgeschriebenen Piktogramm weisen darauf hin, wo Kameras in Betrieb sind.
cameras-police = Wir können Aufnahmen an die Polizei oder die Justiz weitergeben, wenn sie dazu beitragen können, eine Straftat, einen Schaden oder eine Belästigung nachzuweisen oder einen Täter zu identifizieren.
cameras-retention = Wir speichern die Aufnahmen höchstens { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
}, es sei denn, sie werden als Beweis für eine Straftat, einen Schaden oder eine Belästigung oder zur Identifizierung eines Täters, eines Zeugen oder eines Opfers benötigt.
cameras-law-be = Für diese Überwachung gilt das belgische Gesetz vom 21. März 2007 zur Regelung der Anbringung und Nutzung von Überwachungskameras.
# $address is a link to the privacy e-mail address.
cameras-access = Sie können die Aufnahmen, auf denen Sie zu sehen sind, anfordern, indem Sie an { $address } schreiben. Bitte geben Sie Datum, Uhrzeit und Ort so genau wie möglich an, damit wir die Aufnahmen finden können.
source-public = Es handelt sich um eine öffentlich zugängliche Quelle.
source-not-public = Diese Quelle ist nicht öffentlich zugänglich.

privacy-purposes-title = Wozu wir Ihre Daten verarbeiten, auf welcher Rechtsgrundlage und wie lange
privacy-purposes = Wir verarbeiten Ihre Daten nur für die nachstehenden Zwecke. Zu jedem Zweck nennen wir die Daten, die wir dafür verwenden, die Rechtsgrundlage, auf der die Verarbeitung beruht, und wie lange wir die Daten speichern.
privacy-purposes-and-cameras = Wir verarbeiten Ihre Daten nur für die nachstehenden Zwecke und für die oben beschriebene Kameraüberwachung. Zu jedem Zweck nennen wir die Daten, die wir dafür verwenden, die Rechtsgrundlage, auf der die Verarbeitung beruht, und wie lange wir die Daten speichern.
# $audiences lists whom the purpose concerns, e.g. "customers, job applicants".
purpose-concerns = Betrifft: { $audiences }

privacy-legitimate-interests-title = Unsere berechtigten Interessen
privacy-legitimate-interests = Soweit wir uns auf unsere berechtigten Interessen stützen (Art. 6 Abs. 1 lit. f DSGVO), verfolgen wir damit die folgenden Interessen.

privacy-obligation-title = Müssen Sie Ihre Daten angeben?
privacy-obligation = Für die folgenden Zwecke teilen wir Ihnen mit, ob Sie Ihre Daten angeben müssen und was geschieht, wenn Sie es nicht tun.

privacy-recipients-title = Wer Ihre Daten erhält
privacy-recipients = Wir geben Ihre Daten an die folgenden Empfänger weiter.
privacy-recipients-processors = Auftragsverarbeiter verarbeiten Ihre Daten in unserem Auftrag und nach unseren Weisungen (Art. 28 DSGVO); sie dürfen sie nicht für eigene Zwecke verwenden.
joint-arrangements = Mit einigen Empfängern legen wir gemeinsam fest, wozu und wie Daten verarbeitet werden: Wir sind gemeinsam Verantwortliche (Art. 26 DSGVO). Das Wesentliche der jeweiligen Vereinbarung lautet wie folgt.
joint-contact = Sie erreichen { $recipient } unter:
joint-rights = Sie können Ihre Rechte sowohl bei uns als auch bei jedem von ihnen geltend machen.
privacy-recipients-authorities = Außerdem kann es sein, dass wir Daten an Behörden wie die Polizei, die Gerichte oder die Steuerverwaltung weitergeben müssen, wenn das Gesetz uns dazu verpflichtet.
privacy-recipients-none = Wir geben Ihre personenbezogenen Daten nicht an andere weiter, es sei denn, das Gesetz verpflichtet uns dazu.

privacy-transfers-title = Übermittlung in Länder außerhalb des Europäischen Wirtschaftsraums
privacy-transfers = Einige Empfänger verarbeiten Ihre Daten außerhalb des Europäischen Wirtschaftsraums (EWR). Zu jedem nennen wir, worauf sich die Übermittlung rechtlich stützt.
privacy-transfers-copy = Unter { $email } können Sie eine Kopie der geltenden Garantien anfordern oder erfragen, wo diese verfügbar sind.
privacy-transfers-none = Wir übermitteln Ihre personenbezogenen Daten nicht in Länder außerhalb des Europäischen Wirtschaftsraums.

privacy-automated-title = Automatisierte Entscheidungen und Profiling
privacy-automated = Für die folgenden Zwecke wird eine Entscheidung über Sie automatisiert getroffen, ohne dass ein Mensch daran beteiligt ist.
automated-profiling = Dabei findet Profiling statt: Ihre personenbezogenen Daten werden verwendet, um bestimmte persönliche Aspekte zu bewerten, die sich auf Sie beziehen.
# $controller is the other company that takes the decision.
automated-taken-by = Diese Entscheidung trifft { $controller }, nicht wir.
automated-review = Sie haben das Recht, die Entscheidung von einer Person aus unserem Haus überprüfen zu lassen, Ihren Standpunkt darzulegen und die Entscheidung anzufechten. Senden Sie Ihren Antrag an { $email }.
automated-review-other = Wenn Sie die Entscheidung von einer Person überprüfen lassen, Ihren Standpunkt darlegen oder die Entscheidung anfechten möchten, wenden Sie sich an { $controller }.
automated-review-law = Das Gesetz, das diese Entscheidung zulässt, legt fest, wie Ihre Rechte und Interessen geschützt werden.
privacy-profiling = Wir verwenden Ihre Daten außerdem, um bestimmte Aspekte Ihrer Person zu bewerten (Profiling), ohne dass dies Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in anderer Weise erheblich beeinträchtigt:
profiling-objection = Sie können diesem Profiling jederzeit widersprechen (Art. 21 DSGVO).
privacy-automated-none = Wir treffen keine Entscheidungen über Sie, die ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhen und Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen (Art. 22 DSGVO).

privacy-rights-title = Ihre Rechte
privacy-rights = In Bezug auf Ihre personenbezogenen Daten haben Sie die folgenden Rechte.
right-access = Auskunftsrecht
    .explanation = Sie können Auskunft darüber verlangen, ob wir Daten über Sie verarbeiten, und eine Kopie dieser Daten erhalten, zusammen mit Informationen darüber, wie wir sie verwenden (Art. 15 DSGVO).
right-rectification = Recht auf Berichtigung
    .explanation = Sie können verlangen, dass wir unrichtige Daten berichtigen und unvollständige Daten vervollständigen (Art. 16 DSGVO).
right-erasure = Recht auf Löschung
    .explanation = Sie können verlangen, dass wir Ihre Daten löschen, etwa wenn wir sie nicht mehr benötigen oder wenn Sie Ihre Einwilligung widerrufen, es sei denn, wir sind gesetzlich verpflichtet, sie aufzubewahren (Art. 17 DSGVO).
right-restriction = Recht auf Einschränkung der Verarbeitung
    .explanation = Sie können verlangen, dass wir Ihre Daten vorübergehend nur eingeschränkt verwenden, etwa solange wir prüfen, ob sie richtig sind (Art. 18 DSGVO).
right-portability = Recht auf Datenübertragbarkeit
    .explanation = Verarbeiten wir Daten, die Sie uns bereitgestellt haben, aufgrund Ihrer Einwilligung oder eines Vertrags mithilfe automatisierter Verfahren, so können Sie diese Daten in einem strukturierten, gängigen und maschinenlesbaren Format erhalten oder, soweit technisch machbar, direkt an eine andere Organisation übermitteln lassen (Art. 20 DSGVO).
# $address is a link to the e-mail address for privacy requests.
rights-how = Wenn Sie eines dieser Rechte ausüben möchten oder Fragen zu Ihren Daten haben, schreiben Sie an { $address }. Bitte teilen Sie uns mit, welches Recht Sie ausüben möchten.
request-ways = Sie können Ihren Antrag auch stellen:
# $address is the organisation's postal address.
request-by-post = per Post an { $address };
# $form is a link to the web form.
request-web-form = über das Formular unter { $form };
request-by-phone = telefonisch unter { $phone };
request-in-person = persönlich in unseren Räumlichkeiten.
# $proof is what the organisation asks, in its own words.
request-identity = Damit wir Ihre Daten niemand anderem herausgeben, bitten wir Sie um folgenden Nachweis Ihrer Identität: { $proof }.
# $days is the number of days the organisation promises, at most a month.
request-response-days = Wir bemühen uns, Ihnen innerhalb von { $days } Tagen zu antworten.
## Belgian sector rules that change how rights work; each is said only
## when the owner ticks it.
sector-aml = Für Daten, die wir aufgrund des belgischen Gesetzes vom 18. September 2017 zur Verhinderung von Geldwäsche und Terrorismusfinanzierung und zur Beschränkung der Nutzung von Bargeld aufbewahren, üben Sie Ihr Auskunftsrecht über die Datenschutzbehörde aus, nicht bei uns (Art. 65 dieses Gesetzes). Das Gesetz verbietet uns außerdem, Ihnen mitzuteilen, ob wir einen Verdacht gemeldet haben.
sector-patient-rights = Als Patientin oder Patient haben Sie außerdem die Rechte aus dem belgischen Gesetz vom 22. August 2002 über die Rechte des Patienten: Sie können Ihre Patientenakte innerhalb von 15 Tagen nach Ihrem Antrag einsehen, eine Abschrift davon erhalten und sich von einer Vertrauensperson Ihrer Wahl beistehen lassen, die die Akte auch für Sie einsehen kann.
sector-professional-secrecy = Wir unterliegen dem Berufsgeheimnis nach belgischem Strafrecht: Was Sie uns anvertrauen, geben wir nur weiter, soweit das Gesetz es erlaubt oder uns dazu verpflichtet.
privacy-rights-terms = Wir antworten unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang Ihres Antrags. Bei komplexen oder zahlreichen Anträgen können wir diese Frist um weitere zwei Monate verlängern; in diesem Fall teilen wir Ihnen das innerhalb des ersten Monats mit. Die Ausübung Ihrer Rechte ist kostenlos, es sei denn, ein Antrag ist offenkundig unbegründet oder exzessiv. Haben wir begründete Zweifel an Ihrer Identität, können wir zusätzliche Informationen anfordern, um sie zu bestätigen.

privacy-objection-title = Ihr Widerspruchsrecht
privacy-objection = Sie haben das Recht, bestimmten Verwendungen Ihrer personenbezogenen Daten zu widersprechen (Art. 21 DSGVO). Da dieses Recht wichtig ist, stellen wir es hier gesondert dar.
# $purposes names the purposes resting on legitimate interests or a public task.
# $basis says which bases occur: interests, public or both.
privacy-objection-interests = { $basis ->
    [public] Diese Zwecke beruhen auf einer Aufgabe im öffentlichen Interesse: { $purposes }.
    [both] Diese Zwecke beruhen auf berechtigten Interessen oder auf einer Aufgabe im öffentlichen Interesse: { $purposes }.
   *[interests] Diese Zwecke beruhen auf berechtigten Interessen: { $purposes }.
} Sie können der Verarbeitung für diese Zwecke jederzeit aus Gründen widersprechen, die sich aus Ihrer besonderen Situation ergeben. Wir beenden die Verarbeitung dann, es sei denn, wir können zwingende schutzwürdige Gründe nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder wir benötigen die Daten zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.
# $purposes names the purposes that are direct marketing.
privacy-objection-marketing = Diese Zwecke dienen der Direktwerbung: { $purposes }. Sie können der Verarbeitung für diese Zwecke jederzeit ohne Angabe von Gründen widersprechen, indem Sie an { $email } schreiben; wir verwenden Ihre Daten dann nicht mehr dafür.

privacy-withdrawal-title = Widerruf Ihrer Einwilligung
privacy-withdrawal = Soweit wir Ihre Daten aufgrund Ihrer Einwilligung verarbeiten, können Sie diese Einwilligung jederzeit widerrufen, etwa indem Sie an { $email } schreiben. Der Widerruf berührt nicht die Rechtmäßigkeit der Verarbeitung, die bis zum Widerruf aufgrund Ihrer Einwilligung erfolgt ist.

# $via is the owner's own words, such as "via the cookie icon at the bottom left of every page".
# Hinweis: $via steht nach dem Doppelpunkt am Satzende, z. B. „über das Cookie-Symbol unten links auf jeder Seite“.
privacy-cookie-withdraw-via = Ihre Einwilligung in Cookies können Sie jederzeit ändern oder widerrufen: { $via }.
privacy-complaint-title = Beschwerden
privacy-complaint = Wenn Sie mit unserem Umgang mit Ihren Daten nicht zufrieden sind, sagen Sie es uns bitte zuerst, damit wir versuchen können, eine Lösung zu finden. Sie haben außerdem das Recht, Beschwerde bei der Aufsichtsbehörde einzulegen.
complaint-contact = Beschwerden über unseren Umgang mit Ihren Daten richten Sie an:
complaint-authority-unknown = Sie können Beschwerde bei der Datenschutz-Aufsichtsbehörde des Landes einlegen, in dem wir niedergelassen sind ({ $country }).
privacy-complaint-elsewhere = Sie können sich auch bei der Aufsichtsbehörde des EU-Mitgliedstaats beschweren, in dem Sie wohnen oder arbeiten oder in dem der Verstoß nach Ihrer Auffassung begangen wurde.
privacy-complaint-court = Außerdem können Sie ein Gericht anrufen, wenn Sie der Ansicht sind, dass Ihre Rechte aus der DSGVO verletzt wurden (Art. 79 DSGVO).

privacy-security-title = Wie wir Ihre Daten schützen
privacy-security = Wir schützen Ihre personenbezogenen Daten mit den folgenden Maßnahmen.

privacy-children-title = Kinder
# The section is shown only once answered. $consent-age as in the header.
children-offered = { $consent-age ->
    [none] Wir bieten Onlinedienste an, die sich direkt an Kinder richten. Beruht ein solcher Dienst auf einer Einwilligung, so muss die Einwilligung für ein Kind, das jünger ist als das in seinem Land geltende Mindestalter für die digitale Einwilligung, von einem Elternteil oder Vormund erteilt oder genehmigt werden (Art. 8 DSGVO).
   *[other] Wir bieten Onlinedienste an, die sich direkt an Kinder richten. Beruht ein solcher Dienst auf einer Einwilligung, so muss die Einwilligung für ein Kind unter { $consent-age } Jahren von einem Elternteil oder Vormund erteilt oder genehmigt werden (Art. 8 DSGVO).
}
children-not-offered = Wir bieten keine Onlinedienste an, die sich direkt an Kinder richten.
# $age is the organisation's own minimum age.
children-age-limit = Unsere Onlinedienste richten sich an Personen ab { $age } Jahren.

privacy-cookies-title = Cookies
# $document is a link to the cookie policy, named by its title's .inline.
# Hinweis: .inline ist „Cookie-Richtlinie“ (ohne Artikel); „unserer“ steht hier davor.
privacy-cookies = Unsere Website verwendet Cookies und ähnliche Technologien. Welche das sind, wozu sie dienen und wie Sie sie ablehnen können, erfahren Sie in unserer { $document }.

privacy-changes-title = Änderungen dieser Erklärung
privacy-changes = Wir können diese Erklärung ändern, wenn sich unsere Verarbeitungen oder die Rechtslage ändern.
privacy-changes-channels = Änderungen geben wir wie folgt bekannt:
changes-website = Wir veröffentlichen die neue Version auf unserer Website, zusammen mit dem Datum, ab dem sie gilt.
changes-email = Wenn uns Ihre E-Mail-Adresse vorliegt, informieren wir Sie über wichtige Änderungen.
# $has-version is "yes" when the version has a number or name, "no" when it is blank.
privacy-changes-effective = { $has-version ->
    [yes] Diese Version ({ $version }) tritt am { $date } in Kraft.
   *[no] Diese Version tritt am { $date } in Kraft.
}
