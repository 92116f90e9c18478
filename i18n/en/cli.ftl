## Messages of the program: errors, command-line help and output.
## Unless a comment says otherwise, they are printed on the command line, in
## the language of --ui-lang or of LANG. Several also appear in the wizard,
## mostly in the status line at the foot of the window; their comments say so.

## Why a project file could not be opened: printed by render, check,
## add-service, remove-service and import-cookies, and shown in the wizard's
## status line when opening a project fails (Open…, a recent project,
## policywright open FILE).
# The file could not be read at all; $reason is one of the system-* reasons
# below.
load-unreadable = { $path }: cannot read the file: { $reason }
# Mistakes in a project file; the place (file:line:column and field) is put before them.
# Put in place of $reason in load-invalid or load-invalid-field, like every
# mistake-* message. Here: the file is not UTF-8 text.
mistake-not-text = the file is not UTF-8 text; save it as UTF-8 in your editor.
# A comma is missing between two values of the project file.
mistake-missing-comma = a comma is missing here, after the value before it.
# $opener is the bracket that was opened: (, [ or {.
# A bracket is never closed; the place points at the bracket that was opened.
mistake-unclosed = the { $opener } opened here is never closed; the file ends before its closing bracket.
# $found is the name in the file, $suggestion the valid name most like it, $expected the valid names.
# A field name the format does not know, when a valid name is close to it.
mistake-unknown-field-suggested = there is no field "{ $found }" here; did you mean "{ $suggestion }"? Valid fields: { $expected }.
# A field name the format does not know, with no valid name close to it.
mistake-unknown-field = there is no field "{ $found }" here. Valid fields: { $expected }.
# A value that is not one of the choices of the field (such as a legal basis),
# when a valid choice is close to it; $found, $suggestion and $expected as
# above.
mistake-unknown-variant-suggested = "{ $found }" is not one of the choices here; did you mean "{ $suggestion }"? Valid choices: { $expected }.
# The same, with no valid choice close to it; $found and $expected as above.
mistake-unknown-variant = "{ $found }" is not one of the choices here. Valid choices: { $expected }.
# $field is the name of the field that is missing.
# A required field is missing.
mistake-missing-field = the field "{ $field }" is missing here.
# A date is not written as year-month-day.
mistake-date = dates are written as year-month-day, for example "2026-11-01".
# The file's text is not a valid project: $path:$line:$column is the place of
# the mistake, $reason a mistake-* message.
load-invalid = { $path }:{ $line }:{ $column }: { $reason }
# The same, when the mistake is inside a field; $field is its name in the
# project file.
load-invalid-field = { $path }:{ $line }:{ $column }: in field "{ $field }": { $reason }
# The file has no “version” field, so it is not a policywright project file;
# $supported is the newest format version.
load-no-version = { $path }: this is not a policywright project file: it has no "version" field. Project files start with "version: { $supported },".
# The file was saved by a newer policywright; $found is its format version,
# $supported the newest this program reads.
load-newer-version = { $path }: this project file has format version { $found }, but this policywright reads versions up to { $supported }. It was saved by a newer policywright: update policywright to open it. The file was not changed.
# First line when the project refers to keys it does not define, or defines a
# key twice; one indented line of load-unknown-key or load-duplicate-key
# follows per problem.
load-inconsistent = { $path }: the project refers to things it does not define:
# Under load-inconsistent: $field is the place in the project file, $key the
# key it refers to.
load-unknown-key = { $field }: there is no entry with key "{ $key }"; add it, or correct the key.
# Under load-inconsistent: $field is the list, $key the key used twice.
load-duplicate-key = { $field }: the key "{ $key }" is used twice; each key must be unique.
# When the documents are written (render, or “Write the documents” in the
# wizard) in a language whose texts are incomplete, such as one started with
# i18n new or an --i18n folder with messages missing. Put in place of $reason
# in cli-write-failed. $language is the language's code, $count how many
# messages are missing, $examples up to three of their ids.
export-incomplete-language = The texts in "{ $language }" are not complete ({ $count } messages missing, such as { $examples }), so no documents are written in that language: they would mix in English. Run "policywright i18n check" to see what is missing.
# Saving a project failed: in the wizard's status line (Save, Save as…), and
# after add-service, remove-service or import-cookies; $reason is a system-*
# reason.
save-failed = { $path }: could not save: { $reason }. The existing file was not changed.
# The file changed on disk since it was opened, so it was not overwritten: in
# the wizard's status line, and after add-service, remove-service or
# import-cookies.
save-changed-on-disk = { $path }: someone else changed this file after you opened it, so it was not overwritten and their changes are safe. Save your work under another name, then compare the two.
# When --i18n, POLICYWRIGHT_I18N or “i18n check DIR” names something that is
# not a folder of translations. When the wizard was started with such a folder,
# shown in red at the top of its window.
i18n-dir-not-a-folder = { $path }: this is not a folder of translations. It should hold one folder per language, named by its code (nl, fr, de, en), with .ftl files.
# When “render --logo” gives a file that is not a PNG or JPEG image; put in
# place of $reason in cli-write-failed; $reason here is the image library's own
# words, in English.
pdf-logo-unreadable = The logo cannot be used: it must be a PNG or JPEG image ({ $reason }).
# An .ftl file in the folder of --i18n (or of “i18n check DIR”) cannot be read;
# $reason is a system-* reason. In the wizard, shown in red at the top of the
# window.
i18n-file-unreadable = { $path }: cannot read the file: { $reason }
# Why the system refused to read or write a file; put in place of { $reason } above.
# Used in load-unreadable, save-failed, i18n-file-unreadable,
# cli-unreadable-file, cli-write-failed and the wizard's
# app-export-open-failed, after a colon or in brackets: keep it a lower-case
# phrase.
system-not-found = it does not exist
# See system-not-found.
system-permission-denied = you do not have permission
# See system-not-found.
system-read-only = the disk is read-only
# See system-not-found.
system-storage-full = the disk is full
# See system-not-found.
system-is-a-folder = it is a folder, not a file
# See system-not-found.
system-not-a-folder = part of the path is a file, not a folder
# See system-not-found.
system-already-exists = a file with that name already exists
# See system-not-found.
system-invalid-name = the name is not valid on this system
# See system-not-found.
system-not-text = it is not UTF-8 text

## Help of the command line: “policywright --help” and “policywright <command>
## --help”, built from these texts.
# First line of “policywright --help”.
cli-about = Writes a privacy statement and a cookie policy from an organisation's answers, in Dutch, French, German and English.
# Printed under the list of commands when the command line runs without a
# command. policywright without a command opens the wizard instead, so this is
# hardly ever seen.
cli-usage-hint = Run "policywright --help" for the commands, or "policywright <command> --help" for one command.
# Help of the option --i18n, listed by every command's --help.
cli-opt-i18n = Use the .ftl files in this folder instead of the built-in ones (also: POLICYWRIGHT_I18N).
# Help of the option --ui-lang, listed by every command's --help.
cli-opt-ui-lang = The language of the program's messages, as a code such as nl, fr, de or en (default: from LANG).
# Description of the command render, in the list of commands and in “render
# --help”.
cli-render-about = Write the documents of one or more projects.
# Help of the PROJECT arguments of render; also of the PROJECT argument of
# open, which takes one file.
cli-render-projects = Project files (.ron).
# Help of an option of render, in “render --help”.
cli-render-lang = Languages, comma separated (default: the project's own languages).
# Help of an option of render, in “render --help”.
cli-render-documents = Documents, comma separated: privacy-statement, cookie-policy (default: both).
# Help of an option of render, in “render --help”.
cli-render-show-ids = Start every text of the documents with the id of its message, to find it in the .ftl files.
# Help of an option of render, in “render --help”.
cli-render-format = Output formats, comma separated: html, pdf (default: both).
# Help of an option of render, in “render --help”.
cli-render-out = Output folder; each project gets a folder of its own inside it.
# Help of an option of render, in “render --help”.
cli-render-fragment = Write a fragment to paste into an existing web page, instead of a whole page.
# Help of an option of render, in “render --help”.
cli-render-paper = Paper size of PDF documents: a4 or letter.
# Help of an option of render, in “render --help”.
cli-render-ragged = Set PDF paragraphs ragged-right instead of justified.
# Help of an option of render, in “render --help”.
cli-render-logo = A PNG or JPEG logo for the first page of PDF documents.
# Help of an option of render, in “render --help”.
cli-render-accent = The colour of headings, links and table headers in PDF documents, as #rrggbb.
# Description of the command new (in the list of commands and in “new --help”).
cli-new-about = Create a new project from a starter project.
# Help of an argument of new, in “new --help”.
cli-new-path = Where to write the new project file.
# Help of an argument of new, in “new --help”.
cli-new-template = The starter project to begin from (see "policywright templates").
# Description of the command open.
cli-open-about = Open the wizard, on a project file if one is given. Without a command, policywright opens the wizard too.
# Description of the command templates.
cli-templates-about = List the starter projects.
# Description of the command i18n, whose subcommands are check and new.
cli-i18n-about = Tools for translators.
# Description of “i18n check” (translations), not of the command check
# (findings).
cli-i18n-check-about = Check translations: missing and extra messages, variables and syntax.
# Description of “i18n new”.
cli-i18n-new-about = Start a new language: copy the English texts into a folder named by its code, ready to translate.
# Help of an argument of “i18n new”.
cli-i18n-new-code = The language's code, such as pt or es.
# Help of an argument of “i18n new”.
cli-i18n-new-dir = The folder of translations to add it to; use it afterwards with --i18n. [default: i18n]
# Printed by “i18n new CODE” when CODE is not a language code; $value is what
# was typed.
cli-i18n-new-bad-code = "{ $value }" is not a language code: write two or three letters, such as pt, optionally followed by a region, such as pt-BR.
# Printed by “i18n new” when the language's folder already exists; $path is
# that folder.
cli-i18n-new-exists = { $path } already exists; nothing was changed. Translate the files in it, or choose another folder with --dir.
# Printed by “i18n new” after copying the English files; $count files into
# $path, $code the new language's code.
cli-i18n-new-done = { $count } files copied into { $path }. They are in English: translate every message, run "policywright i18n check" on the folder, and use it with --i18n. Documents in "{ $code }" say what these files say, so translate them all before publishing any.
# Help of the DIR argument of “i18n check”.
cli-i18n-check-dir = A folder with one subfolder per language (default: the built-in texts).

## Errors about what was typed on the command line, and what the commands print
## as they work.
# For --ui-lang, “render --lang” or “check --lang” with a language policywright
# has no texts for; $value is what was typed, $languages the codes that can be
# used.
cli-unknown-language = "{ $value }" is not a language policywright writes in. Use one of: { $languages }.
# For “render --documents”; $value is what was typed.
cli-unknown-document = "{ $value }" is not a document. Use privacy-statement, cookie-policy or both, comma separated.
# For “render --format”; $value is what was typed.
cli-unknown-format = "{ $value }" is not an output format. Use html, pdf or html,pdf.
# For “new --template”; $name is what was typed.
cli-unknown-template = There is no starter project called "{ $name }". Run "policywright templates" to see them.
# For “render --paper”; $value is what was typed.
cli-unknown-paper = "{ $value }" is not a paper size. Use a4 or letter.
# For “render --accent”; $value is what was typed.
cli-unknown-colour = "{ $value }" is not a colour. Write it as #rrggbb, for example #1f4e79.
# A file named on the command line cannot be read: the logo of “render --logo”,
# or the FILE of import-cookies. Also in the wizard's status line when the
# cookie list typed on step “Cookies” cannot be read. $reason is a system-*
# reason.
cli-unreadable-file = { $path }: cannot read the file: { $reason }
# After writing PDF documents, when the font lacks characters of the texts:
# printed by render, and shown under “Write the documents” on the wizard's step
# “Check and export”; $path is the PDF, $count how many characters, $characters
# the characters.
cli-missing-characters = { $path }: { $count ->
    [one] 1 character the font cannot show was
   *[other] { $count } characters the font cannot show were
} replaced by �: { $characters }
# Printed by “policywright new PATH” when PATH already exists.
cli-file-exists = { $path } already exists; choose another name, or delete it first.
# Printed by “policywright new” after writing the new project file.
cli-written = { $path }: written.
# Printed by render for each project written; $project is its file, $count the
# files written into $folder.
cli-rendered = { $project }: { $count ->
    [one] 1 file written to { $folder }
   *[other] { $count } files written to { $folder }
}
# A file could not be written: by render, new and “i18n new”, and in the
# wizard's status line when “Write the documents” fails. $reason is a system-*
# reason, export-incomplete-language, pdf-logo-unreadable, or a broken text of
# a translation.
cli-write-failed = { $path }: could not write: { $reason }
# Shown by render only on a terminal, on one line that is overwritten as
# projects are done; $done of $total.
cli-render-progress = { $done } of { $total } projects rendered…
# Last line of render when some projects could not be read or written; $failed
# of $total.
cli-failed-summary = { $failed ->
    [one] 1 of { $total } projects failed.
   *[other] { $failed } of { $total } projects failed.
}
# One line per starter project in “policywright templates”; $name is its name
# to type, $description its starter-* message.
cli-template-line = { $name }: { $description }

## Output of “policywright i18n check” (translations, not the findings of the
## command check): one line per problem, then cli-check-summary. $locale is a
## language code, $entry “file: message id” or “file: message id.attribute”.
# A language without any problem.
cli-check-clean = { $locale }: complete, no problems.
# A syntax error; $error says where and what.
cli-check-syntax = { $locale }: syntax error: { $error }
# An .ftl file that English has and this language lacks; $file is its name.
cli-check-missing-file = { $locale }: file missing: { $file }
# A message or attribute that English has and this language lacks.
cli-check-missing = { $locale }: missing: { $entry }
# A message or attribute this language has and English does not.
cli-check-extra = { $locale }: not in English: { $entry }
# A message defined twice in one language.
cli-check-duplicate = { $locale }: defined twice: { $entry }
# The variables differ from English; $missing and $unknown are lists such as
# “$email, $org”, or “-” when empty.
cli-check-variables = { $locale }: { $entry }: variables differ from English; missing: { $missing }; unknown: { $unknown }
# The names of the choices ([BE], [none], …) differ from English; $missing and
# $unknown are comma-separated names.
cli-check-keys = { $locale }: { $entry }: the choices differ from English: English has [{ $missing }], this language [{ $unknown }]. Keep the names in brackets as English writes them; translate only the text after them.
# Last line of “i18n check”; $problems is the number of problems in all
# languages.
cli-check-summary = { $problems ->
    [0] All translations are complete.
    [one] 1 problem found.
   *[other] { $problems } problems found.
}

## Descriptions of the starter projects (starter-<name>): printed by
## “policywright templates” after the name (cli-template-line), and shown in
## the wizard's welcome screen under each card's title (app-starter-<name> of
## app.ftl).
# The starter templates/starters/bakery.ron.
starter-bakery = A Belgian bakery with a small webshop, a newsletter and website analytics.
# The starter templates/starters/general-practice.ron.
starter-general-practice = A Belgian general practitioners' practice that keeps medical records.
# The starter templates/starters/accountancy.ron.
starter-accountancy = A Belgian accountancy office, with anti-money-laundering checks on clients.
# The starter templates/starters/non-profit.ron.
starter-non-profit = A Belgian non-profit with members, volunteers and donors.
# The starter templates/starters/webshop-nl.ron.
starter-webshop-nl = A Dutch webshop with payment, delivery, advertising cookies and fraud screening.
# The starter templates/starters/dental-brussels.ron.
starter-dental-brussels = A Brussels dental practice with patient records, electronic eHealth billing and online booking, in French, Dutch and English.
# The starter templates/starters/physio-eupen.ron.
starter-physio-eupen = A physiotherapy practice in the German-speaking Community of Belgium that keeps patient records and bills the health insurance funds through MyCareNet, in German, French and English.

## The check command, and the checks that render runs first.

# Description of the command check, in the list of commands and in “check
# --help”.
cli-check-about = Check projects for gaps and mistakes before you publish: each finding says what is wrong, where, which article it rests on, and what to do.
# Help of an argument of check, in “check --help”.
cli-check-projects = Project files (.ron).
# Help of an argument of check, in “check --help”.
cli-check-lang = The language of the findings, as a code such as nl, fr, de or en (default: the language of the program's messages).
# Help of an argument of check, in “check --help”.
cli-check-format = How to show the findings: text, for people, or json, for other programs.
# For “check --format” other than text or json; $value is what was typed.
cli-unknown-check-format = "{ $value }" is not a way to show findings. Use text or json.
# First line for each project in “policywright check” (text format); $project
# is its file; $error, $warning and $info are counts.
cli-findings-summary = { $project }: { $error ->
    [one] 1 error
   *[other] { $error } errors
}, { $warning ->
    [one] 1 warning
   *[other] { $warning } warnings
}, { $info ->
    [one] 1 piece of advice
   *[other] { $info } pieces of advice
}.
# Heading above the findings of one severity in “policywright check”
# (cli-findings-heading-<severity>); only when there are any.
cli-findings-heading-error = Errors: as answered, the documents would break the law.
# Heading above the findings of one severity in “policywright check”
# (cli-findings-heading-<severity>); only when there are any.
cli-findings-heading-warning = Warnings: probably a problem; check them.
# Heading above the findings of one severity in “policywright check”
# (cli-findings-heading-<severity>); only when there are any.
cli-findings-heading-info = Advice:
# Indented under each finding's message in “policywright check”; $place is the
# place in words (place-* and field-* of checks.ftl), $path the place in the
# project file, $basis the article (check-basis).
cli-findings-where = Where: { $place } ({ $path }; { $basis })
# Under cli-findings-where; $hint is the finding's .hint.
cli-findings-fix = What to do: { $hint }
# Help of the option --strict of render.
cli-render-strict = Do not write the documents of a project in which the checks find errors.
# Printed by render for every project before writing it; $project is its file,
# $errors the number of errors.
cli-render-check-errors = { $project }: { $errors ->
    [0] the checks found no errors.
    [one] the checks found 1 error; run "policywright check { $project }" to see it.
   *[other] the checks found { $errors } errors; run "policywright check { $project }" to see them.
}
# Printed by “render --strict” for a project with errors, which is then not
# written.
cli-render-refused = { $project }: not written, because the checks found errors (--strict).

## The service catalogue: services, add-service, remove-service and
## import-cookies. Lists of names ($cookies, $categories, $suggestions)
## come joined by commas.

# Description of the command services.
cli-services-about = List the services in the catalogue, or search them by key, name, company or kind.
# Help of the QUERY argument of services.
cli-services-query = Part of a key, name, company or kind, such as "mail" or "payroll" (default: list all).
# Description of the command add-service.
cli-add-service-about = Add catalogue services to a project: their recipient entry and their cookies, filled in completely.
# Description of the command remove-service.
cli-remove-service-about = Take catalogue services out of a project again; entries you changed are kept.
# Description of the command import-cookies.
cli-import-cookies-about = Add the cookies in a list or a CSV export (browser developer tools, cookie scanners) to a project: known cookies filled in from the catalogue, unknown ones for you to complete.
# Help of the FILE argument of import-cookies.
cli-import-cookies-file = A list of cookie names, one per line, or a CSV file with a name column (and, if you have it, a domain column).
# Help of the PROJECT argument of add-service, remove-service and
# import-cookies.
cli-catalog-project = The project file (.ron) to change; the previous versions are kept as .1.bak (the newest) to .5.bak files.
# Help of the NAME arguments of add-service and remove-service.
cli-catalog-names = Service keys or names, such as google-analytics or "Google Analytics" (see "policywright services").
# First line of “policywright services” without a query; $date is the date the
# catalogue's facts were checked.
cli-services-all = { $count } services in the catalogue (facts checked on { $date }):
# First line of “policywright services QUERY” when services match; $query is
# what was typed.
cli-services-found = { $count ->
    [one] 1 service matches "{ $query }"
   *[other] { $count } services match "{ $query }"
} (facts checked on { $date }):
# One line per service, after its key; $kind is a catalog-kind-* message,
# $country a country-* name.
cli-services-line = { $name } · { $company }, { $country } · { $kind }
# “policywright services QUERY” when nothing matches; suggestions follow.
cli-services-none = No service in the catalogue matches "{ $query }".
# add-service or remove-service with a name the catalogue does not know;
# followed by cli-service-suggestions or cli-service-no-suggestion.
cli-service-unknown = There is no service "{ $name }" in the catalogue.
# Keys of services whose name is close to what was typed.
cli-service-suggestions = Did you mean: { $suggestions }?
# When no service's name is close to what was typed.
cli-service-no-suggestion = Run "policywright services" to see the services the catalogue knows; for any other, enter the recipient and its cookies in the project yourself.
# Last line of add-service or remove-service when some names were not found;
# $unknown of $total.
cli-service-partly = { $unknown } of { $total } services were not found; the others were handled.
# add-service: heading per service, with the lines below indented under it.
cli-added-heading = { $service }:
# A recipient was added; $recipient is its name. Also printed by import-cookies
# when known cookies bring their recipient.
cli-added-recipient = recipient added: { $recipient }
# The project already has this recipient; $recipient is its name there.
cli-added-recipient-present = already a recipient as "{ $recipient }"; left as it is
# For software that runs on the organisation's own website (Matomo,
# WooCommerce, Complianz): no recipient is added.
cli-added-own-website = runs on your own website, so it receives no data and is not listed as a recipient
# Cookies added; $cookies is their names.
cli-added-cookies = { $count ->
    [one] 1 cookie added: { $cookies }
   *[other] { $count } cookies added: { $cookies }
}
# Cookies of the service that the project already has.
cli-added-cookies-present = already in the project, left as they are: { $cookies }
# The service usually handles kinds of data the project does not list;
# $categories is their names (data-* of common.ftl).
cli-added-data-missing = usually handles data your project does not list yet: { $categories }. Add them under data_categories if they apply to you.
# After add-service or import-cookies, when cookies that need consent were
# added and the project asks consent with no banner.
cli-added-consent-missing = The project now has cookies that need consent, but no cookie banner that asks for it. Run "policywright check" to see what to add.
# remove-service: heading per service, with the lines below indented under it.
cli-removed-heading = { $service }:
# remove-service, when nothing in the project came from the service.
cli-removed-nothing = { $service }: nothing in this project came from this service.
# remove-service: the recipient was removed.
cli-removed-recipient = recipient removed
# remove-service: cookies removed; $cookies is their names.
cli-removed-cookies = { $count ->
    [one] 1 cookie removed: { $cookies }
   *[other] { $count } cookies removed: { $cookies }
}
# remove-service: the recipient differs from what the catalogue writes now, so
# it stays; $recipient is its name.
cli-removed-recipient-kept = recipient "{ $recipient }" kept: it differs from what the catalogue writes (you changed it, or the catalogue has changed since). Delete it yourself if it should go.
# remove-service: these cookies differ from what the catalogue writes now, so
# they stay.
cli-removed-cookies-kept = kept, because they differ from what the catalogue writes (you changed them, or the catalogue has changed since): { $cookies }. Delete them yourself if they should go.
# First line of import-cookies; also the wizard's status line after Import on
# step “Cookies”. $file is the list, then four counts.
cli-import-summary = { $file }: { $matched ->
    [one] 1 known cookie filled in
   *[other] { $matched } known cookies filled in
}, { $unknown ->
    [one] 1 unknown cookie added
   *[other] { $unknown } unknown cookies added
}, { $duplicates ->
    [one] 1 duplicate
   *[other] { $duplicates } duplicates
} and { $present ->
    [one] 1 already in the project
   *[other] { $present } already in the project
} skipped.
# import-cookies: cookies filled in from the catalogue (command line only).
cli-import-matched = from the catalogue: { $cookies }
# import-cookies: cookies added for the owner to complete (command line only).
cli-import-unknown = to complete (provider, purpose, category and duration): { $cookies }
# import-cookies, on the error output, for each line of the list it skipped
# (cli-import-ignored-<reason>); $line is the line number, $text the line. Not
# shown by the wizard.
cli-import-ignored-not-a-cookie-name = line { $line } ignored: "{ $text }" is not a cookie name.
# import-cookies, on the error output, for each line of the list it skipped
# (cli-import-ignored-<reason>); $line is the line number, $text the line. Not
# shown by the wizard.
cli-import-ignored-no-name = line { $line } ignored: the name column is empty.
# import-cookies, on the error output, for each line of the list it skipped
# (cli-import-ignored-<reason>); $line is the line number, $text the line. Not
# shown by the wizard.
cli-import-ignored-before-header = line { $line } ignored: it comes before the header row.
# After add-service, remove-service or import-cookies changed the project;
# $backup is the previous version's file.
cli-catalog-saved = { $path }: saved; the previous version is kept as { $backup }.
# When add-service, remove-service or import-cookies changed nothing.
cli-catalog-unchanged = { $path }: nothing to change.

## Command "policywright status": every client's project at a glance.
cli-status-about = Show every client's project at a glance: errors and unanswered questions, when the documents took effect, the version, when they were last exported and whether the answers changed since, and the catalogue services used.
cli-status-projects = Project files, or folders whose .ron files are projects.
cli-status-format = How to show the overview: text, a table for people, or json, for other programs.
# When --format is given something else; $value is what was given.
cli-unknown-status-format = "{ $value }" is not a way to show the overview. Use text or json.
# Column headings of the table.
cli-status-project = Project
cli-status-organisation = Organisation
cli-status-errors = Errors
cli-status-unanswered = Unanswered
cli-status-effective = In effect
cli-status-version = Version
cli-status-exported = Exported
cli-status-services = Services
# In the "In effect" column, when the documents took effect more than a year ago.
cli-status-over-a-year = { $date } (over a year ago)
# In the "Exported" column: never, when (UTC), or when and that the answers changed since.
cli-status-never = never
cli-status-exported-at = { $date } UTC
cli-status-exported-changed = { $date } UTC, answers changed since
# Below the table.
cli-status-summary = { $projects ->
    [one] 1 project
   *[other] { $projects } projects
}: { $with-errors } with errors, { $unreadable } unreadable.

## Command "policywright record": the record of processing activities.
cli-record-about = Write the record of processing activities (Art. 30 GDPR) of one or more projects: one row per purpose, as a spreadsheet, a web page or a PDF.
cli-record-format = Formats, comma separated: xlsx, html, pdf (default: xlsx).
# When --format names something else; $value is what was given.
cli-unknown-record-format = "{ $value }" is not a format of the record. Use xlsx, html or pdf, comma separated.

## Command "policywright update-services": the catalogue's new facts applied
## to the entries of each project that came from it.
cli-update-services-about = Bring the entries that came from the service catalogue up to date in one or more projects: entries nobody changed take the catalogue's current facts, changed ones are kept and named.
# The heading of each project's report; $path is its file.
cli-update-project = { $path }:
# $entry is the recipient or cookie; $fields the facts that changed (field-* names).
cli-update-updated = { $entry }: brought up to date ({ $fields }).
cli-update-kept = { $entry }: kept as you changed it, although the catalogue now says otherwise.
cli-update-differs = { $entry }: differs from the catalogue and is kept, as nothing records whether it was changed.
# $service is the catalogue service.
cli-update-removed = { $entry }: removed, as the catalogue no longer lists it for { $service }.
cli-update-new-cookie = The catalogue also lists the cookie { $entry } for { $service }; if your website sets it, add it with add-service.
cli-update-gone = { $entry }: { $service } is no longer in the catalogue; the entry is kept.
