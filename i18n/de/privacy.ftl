## Die Datenschutzerklärung. Argumente, die jede Meldung verwenden kann:
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

# Titel der Datenschutzerklärung. Immer angezeigt.
# Oben in der Erklärung (und als Seitentitel des HTML-Exports) sowie als
# $title in der Fußzeile jeder PDF-Seite (document-footer in common.ftl).
# .inline ist der Titel mitten im Satz: Die Cookie-Richtlinie verweist damit
# auf die Erklärung (cookies-privacy-link).
privacy-title = Datenschutzerklärung
    .inline = Datenschutzerklärung

## Abschnitt „Über diese Erklärung“, der erste der Datenschutzerklärung. Immer
## angezeigt, mit beiden Absätzen.
privacy-introduction-title = Über diese Erklärung
privacy-introduction = In dieser Erklärung erfahren Sie, wie { $org } mit Ihren personenbezogenen Daten umgeht: welche Daten wir erheben, wozu, auf welcher Rechtsgrundlage, wer sie erhält, wie lange wir sie speichern und welche Rechte Sie haben.
# $country-code is the controller's country as a code ("BE", "NL").
# Die Variante folgt der Antwort auf „Land“ (Schritt „Ihre Organisation“):
# [BE] Belgien, [NL] Niederlande, [other] jedes andere Land oder noch keines
# gewählt.
privacy-introduction-terms = { $country-code ->
    [BE] Mit dieser Erklärung informieren wir Sie über die Verwendung Ihrer personenbezogenen Daten (Art. 13 und 14 der Datenschutz-Grundverordnung, DSGVO, Verordnung (EU) 2016/679). Neben der DSGVO gilt für uns das belgische Gesetz vom 30. Juli 2018 über den Schutz natürlicher Personen hinsichtlich der Verarbeitung personenbezogener Daten. Wenn in dieser Erklärung von „wir“ oder „uns“ die Rede ist, ist { $org } gemeint.
    [NL] Mit dieser Erklärung informieren wir Sie über die Verwendung Ihrer personenbezogenen Daten (Art. 13 und 14 der Datenschutz-Grundverordnung, DSGVO, Verordnung (EU) 2016/679). Neben der DSGVO gilt für uns das niederländische Ausführungsgesetz zur DSGVO (Uitvoeringswet AVG, UAVG). Wenn in dieser Erklärung von „wir“ oder „uns“ die Rede ist, ist { $org } gemeint.
   *[other] Mit dieser Erklärung informieren wir Sie über die Verwendung Ihrer personenbezogenen Daten (Art. 13 und 14 der Datenschutz-Grundverordnung, DSGVO, Verordnung (EU) 2016/679). Wenn in dieser Erklärung von „wir“ oder „uns“ die Rede ist, ist { $org } gemeint.
}

## Abschnitt „Wer für Ihre Daten verantwortlich ist“. Immer angezeigt:
## privacy-controller, dann die Angaben zur Organisation aus Schritt „Ihre
## Organisation“ (die Meldungen label-* in common.ftl), dann privacy-contact
## (weiter unten in dieser Datei), falls zutreffend.
privacy-controller-title = Wer für Ihre Daten verantwortlich ist
privacy-controller = { $org } ist Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten: Wir entscheiden, wozu und wie sie verarbeitet werden. Sie erreichen uns wie folgt.

## Abschnitt „Unser Vertreter in der Europäischen Union“. Nur angezeigt, wenn
## das Projekt einen Vertreter in der EU nennt (Art. 27 DSGVO). Der Assistent
## hat dafür kein Feld: Er steht in der Projektdatei
## (organisation.representative). Name und Kontaktdaten des Vertreters folgen
## auf privacy-representative.
privacy-representative-title = Unser Vertreter in der Europäischen Union
privacy-representative = Da wir außerhalb der Europäischen Union niedergelassen sind, haben wir einen Vertreter in der Union benannt (Art. 27 DSGVO). An ihn können Sie sich mit allen Fragen zu Ihren Daten wenden.
## Abschnitt „Wenn wir Daten für unsere Kunden verarbeiten“. Nur angezeigt,
## wenn „Was Sie als Auftragsverarbeiter für Ihre Kunden tun (optional)“
## ausgefüllt ist (Schritt „Ihre Organisation“); diese Antwort folgt auf
## privacy-processor als eigener Absatz, so wie sie geschrieben ist.
privacy-processor-title = Wenn wir Daten für unsere Kunden verarbeiten
privacy-processor = Bei einem Teil unserer Arbeit verarbeiten wir personenbezogene Daten im Auftrag unserer Kunden, als deren Auftragsverarbeiter (Art. 28 DSGVO). Für diese Daten ist unser Kunde der Verantwortliche; für sie gilt nicht diese Erklärung, sondern die Datenschutzerklärung des Kunden.

## Abschnitt „Datenschutzbeauftragter“. Immer angezeigt. Solange „Haben Sie
## einen Datenschutzbeauftragten (DSB) benannt?“ (Schritt „Kontakt und
## Beschwerden“) nicht beantwortet ist, steht dort nur ein Platzhalter, der
## die Frage nennt (question-dpo in common.ftl).
privacy-dpo-title = Datenschutzbeauftragter
# Angezeigt, wenn die Antwort „Ja“ ist; Name und E-Mail-Adresse des DSB
# folgen.
privacy-dpo = Wir haben einen Datenschutzbeauftragten benannt, der darüber wacht, wie wir mit personenbezogenen Daten umgehen. Mit allen Fragen zu Ihren Daten oder Ihren Rechten können Sie sich direkt an unseren Datenschutzbeauftragten wenden.
# Angezeigt, wenn die Antwort „Nein“ ist. Die Antwort auf „Warum nicht?
# (optional)“ folgt als eigener Absatz, so wie sie geschrieben ist, falls
# angegeben.
privacy-dpo-none = Wir haben keinen Datenschutzbeauftragten benannt.
## Abschnitt „Wer für Ihre Daten verantwortlich ist“, Fortsetzung: Diese
## Meldung steht hier in der Datei, erscheint aber in jenem Abschnitt, nach
## den Angaben zur Organisation.
# Angezeigt, wenn „Ansprechpartner für den Datenschutz“ ausgefüllt ist
# (Schritt „Kontakt und Beschwerden“); Name und E-Mail-Adresse dieses
# Ansprechpartners folgen.
privacy-contact = Bei Fragen zu Ihren personenbezogenen Daten wenden Sie sich bitte an:

## Abschnitt „Welche personenbezogenen Daten wir verarbeiten“. Immer
## angezeigt. Solange unter „Welche Arten personenbezogener Daten?“ (Schritt
## „Personen und Daten“) nichts angekreuzt ist, steht dort nur ein Platzhalter
## (question-data-categories).
privacy-data-title = Welche personenbezogenen Daten wir verarbeiten
# Immer der erste Absatz des Abschnitts. Die Liste danach enthält die
# angekreuzten Arten, die weder sensibel sind noch Straftaten betreffen
# (data-* in common.ftl, mit den Beispielen des Projekts), dazu
# „Kameraaufnahmen“ (data-camera-images), wenn Kameras eingesetzt werden.
privacy-data = Je nachdem, in welcher Beziehung Sie zu uns stehen, verarbeiten wir die folgenden Arten personenbezogener Daten.
# Angezeigt, wenn „Wie die Daten zu Ihnen kommen“ (Schritt „Personen und
# Daten“) für mindestens eine Gruppe ausgefüllt ist; es folgt eine Liste mit
# einer Zeile je Gruppe: ihr Name (audience-* in common.ftl), dann
# profile-data und profile-channels.
privacy-profiles = So erhalten wir Ihre Daten:
# $data zählt Datenarten auf. In dieser Liste, für eine Gruppe mit
# Datenarten und ohne angekreuzten Weg unter „Wie:“.
profile-data = { $data }.
# $channels sind die Meldungen channel-*, mit „oder“ verbunden. In dieser
# Liste, für eine Gruppe nur mit Wegen unter „Wie:“ und ohne Datenarten.
profile-channels = Wir erhalten ihre Daten { $channels }.
# In dieser Liste, für eine Gruppe mit Datenarten und Wegen; $channels sind
# die Meldungen channel-*, mit „oder“ verbunden.
profile-data-channels = { $data }; wir erhalten sie { $channels }.

## Abschnitt „Sensible Daten“. Nur angezeigt, wenn eine sensible Art
## (Gesundheit, Weltanschauung, …: Art. 9 DSGVO) unter „Welche Arten
## personenbezogener Daten?“ (Schritt „Personen und Daten“) angekreuzt ist.
## Auf privacy-special-data folgt jede sensible Art mit der unter „Erlaubt,
## weil:“ gewählten Ausnahme (art9-* in common.ftl).
privacy-special-data-title = Sensible Daten
privacy-special-data = Bestimmte Daten stehen gesetzlich unter besonderem Schutz (Art. 9 DSGVO). Die folgenden sensiblen Daten verarbeiten wir nur, soweit das Gesetz es erlaubt, und aus dem jeweils genannten Grund.

## Abschnitt „Daten über strafrechtliche Verurteilungen“. Nur angezeigt, wenn
## „Strafrechtliche Verurteilungen und Straftaten“ unter „Welche Arten
## personenbezogener Daten?“ (Schritt „Personen und Daten“) angekreuzt ist.
## Auf privacy-criminal-data folgen diese Art und, wenn „Welches Gesetz
## erlaubt Ihnen, diese Daten zu verarbeiten?“ beantwortet ist,
## criminal-data-authorised-by (common.ftl).
privacy-criminal-data-title = Daten über strafrechtliche Verurteilungen
privacy-criminal-data = Daten über strafrechtliche Verurteilungen und Straftaten verarbeiten wir nur, soweit ein Gesetz es erlaubt (Art. 10 DSGVO).

## Abschnitt „Daten, die wir nicht von Ihnen selbst erhalten“. Solange
## „Erhalten Sie personenbezogene Daten von anderen als den betroffenen
## Personen selbst?“ (Schritt „Personen und Daten“) nicht beantwortet ist,
## steht dort nur ein Platzhalter (question-sources). Bei „Ja“ und mindestens
## einer Quelle folgt auf privacy-sources die Liste der Quellen (siehe
## source-public unten); bei „Nein, alle stammen von den betroffenen Personen
## selbst“ entfällt der Abschnitt.
privacy-sources-title = Daten, die wir nicht von Ihnen selbst erhalten
privacy-sources = Einen Teil Ihrer Daten erhalten wir nicht direkt von Ihnen, sondern aus den folgenden Quellen.

## Abschnitt „Kameraüberwachung“. Nur angezeigt, wenn „Wir setzen in unseren
## Räumlichkeiten Überwachungskameras ein“ angekreuzt ist (Schritt „Personen
## und Daten“). Die Absätze folgen der Reihenfolge der Meldungen cameras-*
## unten.
# Bezeichnet auch die Kameraüberwachung, als wäre sie ein Zweck, wenn die
# Kameras auf berechtigten Interessen (oder einer öffentlichen Aufgabe)
# beruhen: in der Liste „Unsere berechtigten Interessen“ und unter den Zwecken
# in privacy-objection-interests. Der Titel muss auch dort passen.
privacy-cameras-title = Kameraüberwachung
# $purpose is the owner's own words.
# Immer im Abschnitt angezeigt; $purpose ist die Antwort auf „Wozu dienen die
# Kameras?“ oder ein Platzhalter, solange sie leer ist
# (question-camera-purpose).
cameras-purpose = In unseren Räumlichkeiten setzen wir Überwachungskameras ein. Zweck der Kameraüberwachung: { $purpose }.
# Immer im Abschnitt angezeigt; $basis folgt „Was erlaubt Ihnen, die Kameras
# einzusetzen?“: eine Meldung basis-* aus common.ftl,
# cameras-basis-legitimate-interests oder ein Platzhalter, solange
# unbeantwortet (question-camera-basis).
cameras-basis = Rechtsgrundlage der Kameraüberwachung: { $basis }.
# The legitimate interest as the basis of camera surveillance: the organisation's own, named in the purpose above.
# Als $basis in cameras-basis verwendet, wenn die Antwort berechtigte
# Interessen ist.
cameras-basis-legitimate-interests = unser berechtigtes Interesse an diesem Zweck (Art. 6 Abs. 1 lit. f DSGVO)
# Angezeigt, wenn „An jedem Eingang des überwachten Bereichs hängt ein Schild
# mit dem gesetzlich vorgeschriebenen Piktogramm“ angekreuzt ist. Von
# cameras-pictogram, cameras-police, cameras-retention und cameras-law-be
# werden die zutreffenden zu einem Absatz verbunden.
cameras-pictogram = Schilder mit dem gesetzlich vorgeschriebenen Piktogramm weisen darauf hin, wo Kameras in Betrieb sind.
# Angezeigt, wenn „Geben Sie Aufnahmen an die Polizei oder die Justiz weiter,
# wenn sie helfen können, eine Straftat zu beweisen?“ mit „Ja“ beantwortet
# ist.
cameras-police = Wir können Aufnahmen an die Polizei oder die Justiz weitergeben, wenn sie dazu beitragen können, eine Straftat, einen Schaden oder eine Belästigung nachzuweisen oder einen Täter zu identifizieren.
# Angezeigt, wenn „Wie viele Tage bewahren Sie die Aufnahmen auf?“ ausgefüllt
# ist; $days ist diese Zahl.
cameras-retention = Wir speichern die Aufnahmen höchstens { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
}, es sei denn, sie werden als Beweis für eine Straftat, einen Schaden oder eine Belästigung oder zur Identifizierung eines Täters, eines Zeugen oder eines Opfers benötigt.
# Angezeigt, wenn „Land“ (Schritt „Ihre Organisation“) Belgien ist.
cameras-law-be = Für diese Überwachung gilt das belgische Gesetz vom 21. März 2007 zur Regelung der Anbringung und Nutzung von Überwachungskameras.
# $address is a link to the privacy e-mail address.
# Immer angezeigt, als letzter Absatz des Abschnitts.
cameras-access = Sie können die Aufnahmen, auf denen Sie zu sehen sind, anfordern, indem Sie an { $address } schreiben. Bitte geben Sie Datum, Uhrzeit und Ort so genau wie möglich an, damit wir die Aufnahmen finden können.
## Abschnitt „Daten, die wir nicht von Ihnen selbst erhalten“, Fortsetzung:
## unter jeder Quelle der Liste gesagt.
# Unter einer Quelle angezeigt, wenn „Ist diese Quelle öffentlich zugänglich?“
# mit „Ja“ beantwortet ist.
source-public = Es handelt sich um eine öffentlich zugängliche Quelle.
# Unter einer Quelle angezeigt, wenn „Ist diese Quelle öffentlich zugänglich?“
# mit „Nein“ beantwortet ist. Solange unbeantwortet, steht dort ein
# Platzhalter (question-source-public).
source-not-public = Diese Quelle ist nicht öffentlich zugänglich.

## Abschnitt „Wozu wir Ihre Daten verarbeiten, auf welcher Rechtsgrundlage und
## wie lange“. Immer angezeigt. Solange kein Zweck hinzugefügt ist (Schritt
## „Zwecke“), steht dort nur ein Platzhalter (question-purposes). Sonst:
## privacy-purposes oder privacy-purposes-and-cameras, dann die Tabelle der
## Zwecke (column-*, basis-* und retention-* in common.ftl).
privacy-purposes-title = Wozu wir Ihre Daten verarbeiten, auf welcher Rechtsgrundlage und wie lange
# Angezeigt, wenn keine Kameras eingesetzt werden.
privacy-purposes = Wir verarbeiten Ihre Daten nur für die nachstehenden Zwecke. Zu jedem Zweck nennen wir die Daten, die wir dafür verwenden, die Rechtsgrundlage, auf der die Verarbeitung beruht, und wie lange wir die Daten speichern.
# Statt privacy-purposes angezeigt, wenn „Wir setzen in unseren Räumlichkeiten
# Überwachungskameras ein“ angekreuzt ist (Schritt „Personen und Daten“).
privacy-purposes-and-cameras = Wir verarbeiten Ihre Daten nur für die nachstehenden Zwecke und für die oben beschriebene Kameraüberwachung. Zu jedem Zweck nennen wir die Daten, die wir dafür verwenden, die Rechtsgrundlage, auf der die Verarbeitung beruht, und wie lange wir die Daten speichern.
# $audiences lists whom the purpose concerns, e.g. "customers, job applicants".
# In der ersten Spalte der Tabelle, unter Name und Beschreibung des Zwecks,
# wenn „Von wem?“ für den Zweck beantwortet ist (Schritt „Zwecke“).
purpose-concerns = Betroffene Personen: { $audiences }

## Abschnitt „Unsere berechtigten Interessen“. Nur angezeigt, wenn ein Zweck
## auf berechtigten Interessen beruht („Was erlaubt Ihnen, die Daten zu
## verwenden?“, Schritt „Zwecke“, für den Zweck oder eine seiner Gruppen) oder
## die Kameras („Was erlaubt Ihnen, die Kameras einzusetzen?“). Auf
## privacy-legitimate-interests folgt je solchem Zweck eine Zeile mit seinem
## „Ihr berechtigtes Interesse“ (oder not-stated), dazu eine Zeile für die
## Kameras.
privacy-legitimate-interests-title = Unsere berechtigten Interessen
privacy-legitimate-interests = Soweit wir uns auf unsere berechtigten Interessen stützen (Art. 6 Abs. 1 lit. f DSGVO), verfolgen wir damit die folgenden Interessen.

## Abschnitt „Müssen Sie Ihre Daten angeben?“. Nur angezeigt, wenn „Müssen die
## Personen diese Daten angeben?“ (Schritt „Zwecke“) für mindestens einen
## Zweck oder eine Gruppe beantwortet ist. Auf privacy-obligation folgt je
## Antwort eine Zeile (requirement-* und provision-consequence in common.ftl).
privacy-obligation-title = Müssen Sie Ihre Daten angeben?
privacy-obligation = Für die folgenden Zwecke teilen wir Ihnen mit, ob Sie Ihre Daten angeben müssen und was geschieht, wenn Sie es nicht tun.

## Abschnitt „Wer Ihre Daten erhält“. Immer angezeigt. Solange „Erhält jemand
## außerhalb Ihrer Organisation die Daten?“ (Schritt „Empfänger“) nicht
## beantwortet ist, steht dort nur ein Platzhalter (question-recipients).
privacy-recipients-title = Wer Ihre Daten erhält
# Angezeigt, wenn die Antwort „Ja“ ist und mindestens ein Empfänger
# hinzugefügt ist; die Tabelle der Empfänger folgt (column-* und role-* in
# common.ftl).
privacy-recipients = Wir geben Ihre Daten an die folgenden Empfänger weiter.
# Nach der Tabelle angezeigt, wenn bei einem Empfänger „Rolle des Empfängers“
# „Auftragsverarbeiter“ ist.
privacy-recipients-processors = Auftragsverarbeiter verarbeiten Ihre Daten in unserem Auftrag und nach unseren Weisungen (Art. 28 DSGVO); sie dürfen sie nicht für eigene Zwecke verwenden.
# Angezeigt, wenn bei einem Empfänger „Rolle des Empfängers“ „Gemeinsam
# Verantwortlicher“ ist; es folgt eine Liste dieser Empfänger, jeder mit
# seiner Antwort auf „Das Wesentliche Ihrer Vereinbarung (gemeinsam
# Verantwortliche)“ (ein Platzhalter, solange leer: question-arrangement).
joint-arrangements = { $count ->
    [one] Mit einem Empfänger legen wir gemeinsam fest, wozu und wie Daten verarbeitet werden: Wir sind gemeinsam Verantwortliche (Art. 26 DSGVO). Das Wesentliche der Vereinbarung lautet wie folgt.
   *[other] Mit einigen Empfängern legen wir gemeinsam fest, wozu und wie Daten verarbeitet werden: Wir sind gemeinsam Verantwortliche (Art. 26 DSGVO). Das Wesentliche der jeweiligen Vereinbarung lautet wie folgt.
}
# In dieser Liste, nach der Vereinbarung eines gemeinsam Verantwortlichen,
# wenn „Wo man diesen Empfänger erreicht (optional)“ ausgefüllt ist;
# $recipient ist der Name des Empfängers, seine Kontaktdaten folgen.
joint-contact = Sie erreichen { $recipient } unter:
# Nach der Liste der gemeinsam Verantwortlichen, immer wenn joint-arrangements
# angezeigt wird.
joint-rights = { $count ->
    [one] Sie können Ihre Rechte sowohl bei uns als auch bei diesem Empfänger geltend machen.
   *[other] Sie können Ihre Rechte sowohl bei uns als auch bei jedem von ihnen geltend machen.
}
# Stattdessen als ganzer Abschnitt angezeigt, wenn die Antwort „Nein, niemand“
# ist.
privacy-recipients-none = Wir geben Ihre personenbezogenen Daten nicht an andere weiter, es sei denn, das Gesetz verpflichtet uns dazu.

## Abschnitt „Übermittlung in Länder außerhalb des Europäischen
## Wirtschaftsraums“. Immer angezeigt. Solange „Gehen Daten in ein Land
## außerhalb des Europäischen Wirtschaftsraums (EWR)?“ (Schritt „Empfänger“)
## nicht beantwortet ist, steht dort nur ein Platzhalter (question-transfers).
privacy-transfers-title = Übermittlung in Länder außerhalb des Europäischen Wirtschaftsraums
# Angezeigt, wenn ein Empfänger Daten außerhalb des EWR verarbeitet (laut „Wo
# werden die Daten verarbeitet?“, „Auch verarbeitet in:“ oder „Der Anbieter
# gibt an, dass die Daten auch außerhalb des EWR verarbeitet werden können,
# ohne die Länder zu nennen“); es folgt eine Liste dieser Empfänger mit ihren
# Ländern und ihrer Garantie (safeguard-* in common.ftl).
privacy-transfers = { $count ->
    [one] Ein Empfänger verarbeitet Ihre Daten außerhalb des Europäischen Wirtschaftsraums (EWR). Wir nennen, worauf sich diese Übermittlung rechtlich stützt.
   *[other] Einige Empfänger verarbeiten Ihre Daten außerhalb des Europäischen Wirtschaftsraums (EWR). Zu jedem nennen wir, worauf sich die Übermittlung rechtlich stützt.
}
# Nach dieser Liste angezeigt, wenn bei einem Empfänger außerhalb des EWR
# „Garantie für die Übermittlung“ „Standardvertragsklauseln“ oder
# „verbindliche interne Datenschutzvorschriften“ ist.
privacy-transfers-copy = Unter { $email } können Sie eine Kopie der geltenden Garantien anfordern oder erfragen, wo diese verfügbar sind.
# Stattdessen als ganzer Abschnitt angezeigt, wenn die Antwort „Nein“ ist und
# kein Empfänger außerhalb des EWR sitzt.
privacy-transfers-none = Wir übermitteln Ihre personenbezogenen Daten nicht in Länder außerhalb des Europäischen Wirtschaftsraums.

## Abschnitt „Automatisierte Entscheidungen und Profiling“. Immer angezeigt.
## Solange „Trifft ein Computer allein Entscheidungen über Personen, die
## rechtliche Wirkung haben oder sie ähnlich erheblich beeinträchtigen?“
## (Schritt „Zwecke“) nicht beantwortet ist, steht dort nur ein Platzhalter
## (question-automated-decisions).
privacy-automated-title = Automatisierte Entscheidungen und Profiling
# Angezeigt, wenn bei einem Zweck „Ein Computer entscheidet über Personen oder
# erstellt Profile von ihnen, ohne dass ein Mensch beteiligt ist“ angekreuzt
# ist und „Hat das rechtliche Wirkung für die Person oder beeinträchtigt es
# sie ähnlich erheblich …?“ nicht mit „Nein“ beantwortet ist. Je solchem Zweck
# folgen: sein Name als Zwischenüberschrift, automated-taken-by, die Ausnahme
# (art22-* in common.ftl), automated-profiling, Logik und Folgen (label-logic,
# label-consequences in common.ftl) und eine der Meldungen automated-review.
privacy-automated = Für die folgenden Zwecke wird eine Entscheidung über Sie automatisiert getroffen, ohne dass ein Mensch daran beteiligt ist.
# Bei einer solchen Entscheidung angezeigt, wenn „Dabei wird Profiling
# eingesetzt“ angekreuzt ist.
automated-profiling = Dabei findet Profiling statt: Ihre personenbezogenen Daten werden verwendet, um bestimmte persönliche Aspekte zu bewerten, die sich auf Sie beziehen.
# $controller is the other company that takes the decision.
# Bei einer Entscheidung zuerst angezeigt, wenn „Wer trifft die Entscheidung,
# wenn nicht Sie? (optional)“ ausgefüllt ist; $controller ist diese Antwort.
automated-taken-by = Diese Entscheidung trifft { $controller }, nicht wir.
# Bei einer Entscheidung angezeigt, die die Organisation selbst trifft, wenn
# „Was erlaubt die Entscheidung? (Art. 22 Abs. 2)“ ein Vertrag (a) oder die
# ausdrückliche Einwilligung (c) ist. Solange diese Frage unbeantwortet ist,
# wird nichts gesagt.
automated-review = Sie haben das Recht, die Entscheidung von einer Person aus unserem Haus überprüfen zu lassen, Ihren Standpunkt darzulegen und die Entscheidung anzufechten. Senden Sie Ihren Antrag an { $email }.
# Statt automated-review und automated-review-law angezeigt, wenn „Wer trifft
# die Entscheidung, wenn nicht Sie? (optional)“ ausgefüllt ist, gleich welche
# Ausnahme gilt; $controller ist diese Antwort, verlinkt mit der
# Datenschutzerklärung eines Empfängers dieses Namens, falls er eine hat.
automated-review-other = Wenn Sie die Entscheidung von einer Person überprüfen lassen, Ihren Standpunkt darlegen oder die Entscheidung anfechten möchten, wenden Sie sich an { $controller }.
# Bei einer Entscheidung angezeigt, die die Organisation selbst trifft, wenn
# „Was erlaubt die Entscheidung? (Art. 22 Abs. 2)“ „durch Gesetz zugelassen“
# (b) ist.
automated-review-law = Das Gesetz, das diese Entscheidung zulässt, legt fest, wie Ihre Rechte und Interessen geschützt werden.
# Angezeigt, wenn bei einem Zweck „Ein Computer entscheidet über Personen oder
# erstellt Profile von ihnen, ohne dass ein Mensch beteiligt ist“ angekreuzt
# ist und die Frage nach rechtlicher Wirkung oder ähnlich erheblicher
# Beeinträchtigung mit „Nein“ beantwortet ist, sowohl neben privacy-automated
# als auch neben privacy-automated-none. Je solchem Zweck folgen sein Name als
# Zwischenüberschrift, Logik und Folgen (label-profiling-logic,
# label-consequences in common.ftl) und profiling-objection.
privacy-profiling = Wir verwenden Ihre Daten außerdem, um bestimmte Aspekte Ihrer Person zu bewerten (Profiling), ohne dass dies Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt. Im Folgenden erfahren Sie, wozu und wie.
# Bei einem solchen Zweck angezeigt, wenn er auf berechtigten Interessen oder
# einer öffentlichen Aufgabe beruht („Was erlaubt Ihnen, die Daten zu
# verwenden?“, Schritt „Zwecke“).
profiling-objection = Sie können diesem Profiling jederzeit widersprechen (Art. 21 DSGVO).
# Angezeigt, wenn die Antwort „Nein“ ist: Kein Zweck hat eine Entscheidung mit
# solchen Wirkungen.
privacy-automated-none = Wir treffen keine Entscheidungen über Sie, die ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhen und Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen (Art. 22 DSGVO).

## Abschnitt „Ihre Rechte“. Immer angezeigt. Auf privacy-rights folgen die
## fünf Rechte unten, immer alle fünf, jedes mit seinem Namen in Fettdruck und
## seiner .explanation.
privacy-rights-title = Ihre Rechte
privacy-rights = In Bezug auf Ihre personenbezogenen Daten haben Sie die folgenden Rechte.
right-access = Auskunftsrecht
    .explanation = Sie können Auskunft darüber verlangen, ob wir Daten über Sie verarbeiten, und eine Kopie dieser Daten erhalten, zusammen mit Informationen darüber, wie wir sie verwenden (Art. 15 DSGVO).
right-rectification = Recht auf Berichtigung
    .explanation = Sie können verlangen, dass wir unrichtige Daten berichtigen und unvollständige Daten vervollständigen (Art. 16 DSGVO).
right-erasure = Recht auf Löschung
    .explanation = Sie können verlangen, dass wir Ihre Daten löschen, etwa wenn wir sie nicht mehr benötigen oder wenn Sie Ihre Einwilligung widerrufen, es sei denn, wir sind gesetzlich verpflichtet, sie aufzubewahren, oder wir benötigen sie zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 17 DSGVO).
right-restriction = Recht auf Einschränkung der Verarbeitung
    .explanation = Sie können verlangen, dass wir Ihre Daten vorübergehend nur eingeschränkt verwenden, etwa solange wir prüfen, ob sie richtig sind (Art. 18 DSGVO).
right-portability = Recht auf Datenübertragbarkeit
    .explanation = Verarbeiten wir Daten, die Sie uns bereitgestellt haben, aufgrund Ihrer Einwilligung oder eines Vertrags mithilfe automatisierter Verfahren, so können Sie diese Daten in einem strukturierten, gängigen und maschinenlesbaren Format erhalten oder, soweit technisch machbar, direkt an eine andere Organisation übermitteln lassen (Art. 20 DSGVO).
# $address is a link to the e-mail address for privacy requests.
# Immer angezeigt, nach der Liste der Rechte.
rights-how = Wenn Sie eines dieser Rechte ausüben möchten oder Fragen zu Ihren Daten haben, schreiben Sie an { $address }. Bitte teilen Sie uns mit, welches Recht Sie ausüben möchten.
# Angezeigt, wenn unter „Anfragen und Beschwerden“ (Schritt „Kontakt und
# Beschwerden“) ein weiterer Weg für Anfragen angeboten wird; es folgt eine
# Liste dieser Wege (request-by-post, request-web-form, request-by-phone,
# request-in-person).
request-ways = Sie können Ihren Antrag auch stellen:
# $address is the organisation's postal address.
# In dieser Liste, wenn „Anfragen können auch per Post an Ihre Adresse
# geschickt werden“ angekreuzt und die Adresse (Schritt „Ihre Organisation“)
# ausgefüllt ist.
request-by-post = per Post an { $address };
# $form is a link to the web form.
# In dieser Liste, wenn „Webformular für Anfragen (optional)“ eine Webadresse
# enthält.
request-web-form = über das Formular unter { $form };
# In dieser Liste, wenn „Anfragen können auch telefonisch unter Ihrer Nummer
# gestellt werden“ angekreuzt ist; $phone ist „Telefon“ (Schritt „Ihre
# Organisation“) oder ein Platzhalter, solange leer (question-phone).
request-by-phone = telefonisch unter { $phone };
# In dieser Liste, wenn „Anfragen können auch persönlich bei Ihnen vor Ort
# gestellt werden“ angekreuzt ist.
request-in-person = persönlich in unseren Räumlichkeiten.
# $proof is what the organisation asks, in its own words.
# Nach den Wegen angezeigt, wenn „Identitätsnachweis, den Sie verlangen
# (optional)“ ausgefüllt ist.
request-identity = Können wir nicht auf andere Weise sicher sein, dass ein Antrag von Ihnen stammt, können wir Sie um folgenden Nachweis Ihrer Identität bitten, damit wir Ihre Daten niemand anderem herausgeben: { $proof }.
# $days is the number of days the organisation promises, at most a month.
# Als letzter Absatz des Abschnitts angezeigt, nach privacy-rights-terms, wenn
# „Sie antworten innerhalb von … Tagen (optional)“ mit 28 Tagen oder weniger
# ausgefüllt ist.
request-response-days = Wir bemühen uns, Ihnen innerhalb von { $days } Tagen zu antworten.
## Belgian sector rules that change how rights work; each is said only
## when the owner ticks it.
## Abschnitt „Ihre Rechte“, nach den Wegen für Anfragen. Der Assistent bietet
## sie nur belgischen Organisationen an („Land“ Belgien), unter „Anfragen und
## Beschwerden“ (Schritt „Kontakt und Beschwerden“).
# Angezeigt, wenn „Wir speichern Daten nach dem Geldwäschegesetz (das
# Auskunftsrecht wird über die Aufsichtsbehörde ausgeübt)“ angekreuzt ist.
sector-aml = Für Daten, die wir aufgrund des belgischen Gesetzes vom 18. September 2017 zur Verhinderung von Geldwäsche und Terrorismusfinanzierung und zur Beschränkung der Nutzung von Bargeld aufbewahren, üben Sie Ihr Auskunftsrecht über die Datenschutzbehörde aus, nicht bei uns (Art. 65 dieses Gesetzes). Das Gesetz verbietet uns außerdem, Ihnen mitzuteilen, ob wir einen Verdacht gemeldet haben.
# Angezeigt, wenn „Unsere Klienten sind Patienten und haben die Rechte aus dem
# Gesetz über die Rechte des Patienten“ angekreuzt ist.
sector-patient-rights = Als Patientin oder Patient haben Sie außerdem die Rechte aus dem belgischen Gesetz vom 22. August 2002 über die Rechte des Patienten: Sie können Ihre Patientenakte innerhalb von 15 Tagen nach Ihrem Antrag einsehen, eine Abschrift davon erhalten und sich von einer Vertrauensperson Ihrer Wahl beistehen lassen, die die Akte auch für Sie einsehen kann.
# Angezeigt, wenn „Wir unterliegen dem Berufsgeheimnis“ angekreuzt ist.
sector-professional-secrecy = Wir unterliegen dem Berufsgeheimnis nach belgischem Strafrecht: Was Sie uns anvertrauen, geben wir nur weiter, soweit das Gesetz es erlaubt oder uns dazu verpflichtet.
## Abschnitt „Ihre Rechte“, Fortsetzung.
# Immer angezeigt, nach den Wegen für Anfragen und den Branchenregeln.
privacy-rights-terms = Wir antworten unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang Ihres Antrags. Bei komplexen oder zahlreichen Anträgen können wir diese Frist um weitere zwei Monate verlängern; in diesem Fall teilen wir Ihnen das innerhalb des ersten Monats mit. Die Ausübung Ihrer Rechte ist kostenlos, es sei denn, ein Antrag ist offenkundig unbegründet oder exzessiv. Haben wir begründete Zweifel an Ihrer Identität, können wir zusätzliche Informationen anfordern, um sie zu bestätigen.

## Abschnitt „Ihr Widerspruchsrecht“. Nur angezeigt, wenn ein Zweck, der keine
## Direktwerbung ist, auf berechtigten Interessen oder einer öffentlichen
## Aufgabe beruht („Was erlaubt Ihnen, die Daten zu verwenden?“, Schritt
## „Zwecke“) oder die Kameras, oder wenn bei einem Zweck „Ist dieser Zweck
## Direktwerbung: Newsletter, Angebote oder Werbung?“ mit „Ja“ beantwortet
## ist. privacy-objection ist immer der erste Absatz.
privacy-objection-title = Ihr Widerspruchsrecht
privacy-objection = Sie haben das Recht, bestimmten Verwendungen Ihrer personenbezogenen Daten zu widersprechen (Art. 21 DSGVO). Da dieses Recht wichtig ist, stellen wir es hier gesondert dar.
# $purposes names the purposes resting on legitimate interests or a public task.
# $basis says which bases occur: interests, public or both.
# Angezeigt, wenn ein Zweck, der keine Direktwerbung ist, für alle seine
# Gruppen oder für eine auf berechtigten Interessen oder einer öffentlichen
# Aufgabe beruht, oder die Kameras (mit privacy-cameras-title benannt). Ein
# Zweck mit „Andere Grundlage für …“ wird mit purpose-for-audience
# (common.ftl) benannt.
privacy-objection-interests = { $count ->
    [one] { $basis ->
        [public] Dieser Zweck beruht auf einer Aufgabe im öffentlichen Interesse: { $purposes }.
        [both] Dieser Zweck beruht auf berechtigten Interessen oder auf einer Aufgabe im öffentlichen Interesse: { $purposes }.
       *[interests] Dieser Zweck beruht auf berechtigten Interessen: { $purposes }.
    }
   *[other] { $basis ->
        [public] Diese Zwecke beruhen auf einer Aufgabe im öffentlichen Interesse: { $purposes }.
        [both] Diese Zwecke beruhen auf berechtigten Interessen oder auf einer Aufgabe im öffentlichen Interesse: { $purposes }.
       *[interests] Diese Zwecke beruhen auf berechtigten Interessen: { $purposes }.
    }
} Sie können dieser Verarbeitung jederzeit aus Gründen widersprechen, die sich aus Ihrer besonderen Situation ergeben. Wir beenden die Verarbeitung dann, es sei denn, wir können zwingende schutzwürdige Gründe nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder wir benötigen die Daten zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.
# $purposes names the purposes that are direct marketing.
# Angezeigt, wenn bei einem Zweck „Ist dieser Zweck Direktwerbung: Newsletter,
# Angebote oder Werbung?“ mit „Ja“ beantwortet ist.
privacy-objection-marketing = { $count ->
    [one] Dieser Zweck dient der Direktwerbung: { $purposes }.
   *[other] Diese Zwecke dienen der Direktwerbung: { $purposes }.
} Sie können der Direktwerbung jederzeit ohne Angabe von Gründen widersprechen, indem Sie an { $email } schreiben; wir verwenden Ihre Daten dann nicht mehr dafür.

## Abschnitt „Widerruf Ihrer Einwilligung“. Nur angezeigt, wenn ein Zweck auf
## Einwilligung beruht („Was erlaubt Ihnen, die Daten zu verwenden?“, Schritt
## „Zwecke“), die ausdrückliche Einwilligung die gewählte Ausnahme für
## sensible Daten ist („Erlaubt, weil:“ in Schritt „Personen und Daten“ oder
## je Zweck) oder die Cookie-Richtlinie an anderer Stelle veröffentlicht ist
## („Ist Ihre Cookie-Richtlinie an anderer Stelle veröffentlicht? Ihre
## Webadresse (optional)“, Schritt „Cookies“). privacy-withdrawal ist immer
## der erste Absatz.
privacy-withdrawal-title = Widerruf Ihrer Einwilligung
privacy-withdrawal = Soweit wir Ihre Daten aufgrund Ihrer Einwilligung verarbeiten, können Sie diese Einwilligung jederzeit widerrufen, etwa indem Sie an { $email } schreiben. Der Widerruf berührt nicht die Rechtmäßigkeit der Verarbeitung, die bis zum Widerruf aufgrund Ihrer Einwilligung erfolgt ist.

# $via is the owner's own words, such as "via the cookie icon at the bottom left of every page".
# Hinweis: $via steht nach dem Doppelpunkt am Satzende, z. B. „über das Cookie-Symbol unten links auf jeder Seite“.
# Nach privacy-withdrawal angezeigt, sobald „Wo können Besucher ihre Wahl
# ändern?“ (Schritt „Cookies“) ausgefüllt ist; $via ist diese Antwort.
privacy-cookie-withdraw-via = Ihre Einwilligung in Cookies können Sie jederzeit ändern oder widerrufen: { $via }.
## Abschnitt „Beschwerden“. Immer angezeigt, in dieser Reihenfolge:
## privacy-complaint, complaint-contact mit den Angaben dieses
## Ansprechpartners, die Angaben der Aufsichtsbehörde (oder
## complaint-authority-unknown), privacy-complaint-elsewhere,
## privacy-complaint-court.
privacy-complaint-title = Beschwerden
privacy-complaint = Wenn Sie mit unserem Umgang mit Ihren Daten nicht zufrieden sind, können Sie sich an uns wenden, damit wir gemeinsam nach einer Lösung suchen. Sie haben außerdem das Recht, jederzeit Beschwerde bei der Aufsichtsbehörde einzulegen, auch ohne sich vorher an uns zu wenden (Art. 77 DSGVO).
# Angezeigt, wenn „Ansprechpartner für Beschwerden, falls nicht derselbe wie
# für den Datenschutz (optional)“ ausgefüllt ist (Schritt „Kontakt und
# Beschwerden“); Name und E-Mail-Adresse dieses Ansprechpartners folgen.
complaint-contact = Beschwerden über unseren Umgang mit Ihren Daten richten Sie an:
# Statt der Angaben zur Behörde angezeigt, wenn policywright für das „Land“
# (Schritt „Ihre Organisation“) keine Aufsichtsbehörde kennt und die
# Projektdatei keine nennt (supervisory_authority), oder wenn noch kein Land
# gewählt ist ($country ist dann ein Platzhalter).
complaint-authority-unknown = Unsere Aufsichtsbehörde ist die Datenschutzbehörde des Landes, in dem wir niedergelassen sind: { $country }.
privacy-complaint-elsewhere = Sie können sich auch bei der Aufsichtsbehörde des EU-Mitgliedstaats beschweren, in dem Sie wohnen oder arbeiten oder in dem der Verstoß nach Ihrer Auffassung begangen wurde.
privacy-complaint-court = Außerdem können Sie ein Gericht anrufen, wenn Sie der Ansicht sind, dass Ihre Rechte aus der DSGVO verletzt wurden (Art. 79 DSGVO).

## Abschnitt „Wie wir Ihre Daten schützen“. Immer angezeigt. Solange unter
## „Wie Sie die Daten schützen“ (Schritt „Kontakt und Beschwerden“) keine
## Maßnahme angekreuzt ist, steht dort nur ein Platzhalter
## (question-security-measures). Auf privacy-security folgen die angekreuzten
## Maßnahmen (security-* in common.ftl).
privacy-security-title = Wie wir Ihre Daten schützen
privacy-security = Wir schützen Ihre personenbezogenen Daten mit den folgenden Maßnahmen.

## Abschnitt „Kinder“. Immer angezeigt. Solange „Bieten Sie Online-Dienste
## direkt für Kinder an?“ (Schritt „Kontakt und Beschwerden“) nicht
## beantwortet ist, steht dort nur ein Platzhalter (question-children).
privacy-children-title = Kinder
# The section is shown only once answered. $consent-age as in the header.
# Angezeigt, wenn die Antwort „Ja“ ist. [none] wird verwendet, wenn
# policywright das Alter der digitalen Einwilligung für das „Land“ (Schritt
# „Ihre Organisation“) nicht kennt oder kein Land gewählt ist.
children-offered = { $consent-age ->
    [none] Wir bieten Online-Dienste an, die sich direkt an Kinder richten. Beruht ein solcher Dienst auf einer Einwilligung, so muss die Einwilligung für ein Kind, das jünger ist als das in seinem Land geltende Mindestalter für die digitale Einwilligung, von einem Elternteil oder Vormund erteilt oder genehmigt werden (Art. 8 DSGVO).
   *[other] Wir bieten Online-Dienste an, die sich direkt an Kinder richten. Beruht ein solcher Dienst auf einer Einwilligung, so muss die Einwilligung für ein Kind unter { $consent-age } Jahren von einem Elternteil oder Vormund erteilt oder genehmigt werden (Art. 8 DSGVO).
}
# Angezeigt, wenn die Antwort „Nein“ ist.
children-not-offered = Wir bieten keine Online-Dienste an, die sich direkt an Kinder richten.
# $age is the organisation's own minimum age.
# Nach children-offered oder children-not-offered im selben Absatz angefügt,
# wenn „Ihr eigenes Mindestalter (optional)“ ausgefüllt ist. Die Antwort auf
# „Wie Sie mit Daten von Minderjährigen umgehen (optional)“ folgt als eigener
# Absatz, so wie sie geschrieben ist.
children-age-limit = Unsere Online-Dienste richten sich an Personen ab { $age } Jahren.

## Abschnitt „Cookies“. Solange „Setzt Ihre Website Cookies oder ähnliche
## Technologien (Local Storage, Pixel)?“ (Schritt „Cookies“) nicht beantwortet
## ist, steht dort nur ein Platzhalter (question-cookies). Angezeigt, wenn
## mindestens ein Cookie hinzugefügt ist oder „Ist Ihre Cookie-Richtlinie an
## anderer Stelle veröffentlicht? Ihre Webadresse (optional)“ ausgefüllt ist;
## entfällt bei der Antwort „Nein, keine“.
privacy-cookies-title = Cookies
# $document is a link to the cookie policy, named by its title's .inline.
# Hinweis: .inline ist „Cookie-Richtlinie“ (ohne Artikel); „unserer“ steht hier davor.
# Der Link führt zur Cookie-Richtlinie, die policywright schreibt, oder zur
# Webadresse, unter der die Cookie-Richtlinie an anderer Stelle veröffentlicht
# ist.
privacy-cookies = { $cookie-use ->
    [similar] Unsere Website verwendet Cookies und ähnliche Technologien. Welche das sind, wozu sie dienen und ob und wie Sie sie ablehnen können, erfahren Sie in unserer { $document }.
    [cookies] Unsere Website verwendet Cookies. Welche das sind, wozu sie dienen und ob und wie Sie sie ablehnen können, erfahren Sie in unserer { $document }.
   *[other] Welche Cookies unsere Website verwendet, wozu sie dienen und ob und wie Sie sie ablehnen können, erfahren Sie in unserer { $document }.
}

## Abschnitt „Änderungen dieser Erklärung“, der letzte der
## Datenschutzerklärung. Immer angezeigt: privacy-changes, die Wege, auf denen
## Änderungen angekündigt werden, privacy-changes-effective.
privacy-changes-title = Änderungen dieser Erklärung
privacy-changes = Wir können diese Erklärung ändern, wenn sich unsere Verarbeitungen oder die Rechtslage ändern.
# Angezeigt, wenn unter „Änderungen an diesen Dokumenten ankündigen“ (Schritt
# „Kontakt und Beschwerden“) mindestens ein Weg angekreuzt ist, gefolgt von
# den angekreuzten Wegen; bis dahin steht dort ein Platzhalter
# (question-change-notice). Ebenso im Abschnitt „Änderungen dieser Richtlinie“
# der Cookie-Richtlinie verwendet, muss also zu beiden Dokumenten passen.
privacy-changes-channels = Änderungen geben wir wie folgt bekannt:
# In dieser Liste, wenn dieser Weg angekreuzt ist; diese Meldung ist auch die
# Beschriftung des Kästchens im Assistenten.
changes-website = Wir veröffentlichen die neue Version auf unserer Website, zusammen mit dem Datum, ab dem sie gilt.
# In dieser Liste, wenn dieser Weg angekreuzt ist; diese Meldung ist auch die
# Beschriftung des Kästchens im Assistenten.
changes-email = Wenn uns Ihre E-Mail-Adresse vorliegt, informieren wir Sie über wichtige Änderungen.
# $has-version is "yes" when the version has a number or name, "no" when it is blank.
# Immer der letzte Absatz der Erklärung und der Cookie-Richtlinie. $version
# und $date sind „Version“ und „Gültig ab“ (Schritt „Prüfen und exportieren“).
privacy-changes-effective = { $has-version ->
    [yes] Diese Version ({ $version }) tritt am { $date } in Kraft.
   *[no] Diese Version tritt am { $date } in Kraft.
}
