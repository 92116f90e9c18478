## Messages of the program: errors, command-line help and output.

load-unreadable = { $path }: cannot read the file: { $reason }
# Mistakes in a project file; the place (file:line:column and field) is put before them.
mistake-not-text = the file is not UTF-8 text; save it as UTF-8 in your editor.
mistake-missing-comma = a comma is missing here, after the value before it.
# $opener is the bracket that was opened: (, [ or {.
mistake-unclosed = the { $opener } opened here is never closed; the file ends before its closing bracket.
# $found is the name in the file, $suggestion the valid name most like it, $expected the valid names.
mistake-unknown-field-suggested = there is no field "{ $found }" here; did you mean "{ $suggestion }"? Valid fields: { $expected }.
mistake-unknown-field = there is no field "{ $found }" here. Valid fields: { $expected }.
mistake-unknown-variant-suggested = "{ $found }" is not one of the choices here; did you mean "{ $suggestion }"? Valid choices: { $expected }.
mistake-unknown-variant = "{ $found }" is not one of the choices here. Valid choices: { $expected }.
# $field is the name of the field that is missing.
mistake-missing-field = the field "{ $field }" is missing here.
mistake-date = dates are written as year-month-day, for example "2026-11-01".
load-invalid = { $path }:{ $line }:{ $column }: { $reason }
load-invalid-field = { $path }:{ $line }:{ $column }: in field "{ $field }": { $reason }
load-no-version = { $path }: this is not a policywright project file: it has no "version" field. Project files start with "version: { $supported },".
load-newer-version = { $path }: this project file has format version { $found }, but this policywright reads versions up to { $supported }. It was saved by a newer policywright: update policywright to open it. The file was not changed.
load-inconsistent = { $path }: the project refers to things it does not define:
load-unknown-key = { $field }: there is no entry with key "{ $key }"; add it, or correct the key.
load-duplicate-key = { $field }: the key "{ $key }" is used twice; each key must be unique.
export-incomplete-language = The texts in "{ $language }" are not complete ({ $count } messages missing, such as { $examples }), so no documents are written in that language: they would mix in English. Run "policywright i18n check" to see what is missing.
save-failed = { $path }: could not save: { $reason }. The existing file was not changed.
save-changed-on-disk = { $path }: someone else changed this file after you opened it, so it was not overwritten and their changes are safe. Save your work under another name, then compare the two.
i18n-dir-not-a-folder = { $path }: this is not a folder of translations. It should hold one folder per language, named by its code (nl, fr, de, en), with .ftl files.
pdf-logo-unreadable = The logo cannot be used: it must be a PNG or JPEG image ({ $reason }).
i18n-file-unreadable = { $path }: cannot read the file: { $reason }
# Why the system refused to read or write a file; put in place of { $reason } above.
system-not-found = it does not exist
system-permission-denied = you do not have permission
system-read-only = the disk is read-only
system-storage-full = the disk is full
system-is-a-folder = it is a folder, not a file
system-not-a-folder = part of the path is a file, not a folder
system-already-exists = a file with that name already exists
system-invalid-name = the name is not valid on this system
system-not-text = it is not UTF-8 text

cli-about = Writes a privacy statement and a cookie policy from an organisation's answers, in Dutch, French, German and English.
cli-usage-hint = Run "policywright --help" for the commands, or "policywright <command> --help" for one command.
cli-opt-i18n = Use the .ftl files in this folder instead of the built-in ones (also: POLICYWRIGHT_I18N).
cli-opt-ui-lang = The language of the program's messages, as a code such as nl, fr, de or en (default: from LANG).
cli-render-about = Write the documents of one or more projects.
cli-render-projects = Project files (.ron).
cli-render-lang = Languages, comma separated (default: the project's own languages).
cli-render-documents = Documents, comma separated: privacy-statement, cookie-policy (default: both).
cli-render-show-ids = Start every text of the documents with the id of its message, to find it in the .ftl files.
cli-render-format = Output formats, comma separated: html, pdf (default: both).
cli-render-out = Output folder; each project gets a folder of its own inside it.
cli-render-fragment = Write a fragment to paste into an existing web page, instead of a whole page.
cli-render-paper = Paper size of PDF documents: a4 or letter.
cli-render-ragged = Set PDF paragraphs ragged-right instead of justified.
cli-render-logo = A PNG or JPEG logo for the first page of PDF documents.
cli-render-accent = The colour of headings, links and table headers in PDF documents, as #rrggbb.
cli-new-about = Create a new project from a starter project.
cli-new-path = Where to write the new project file.
cli-new-template = The starter project to begin from (see "policywright templates").
cli-open-about = Open the wizard, on a project file if one is given. Without a command, policywright opens the wizard too.
cli-templates-about = List the starter projects.
cli-i18n-about = Tools for translators.
cli-i18n-check-about = Check translations: missing and extra messages, variables and syntax.
cli-i18n-new-about = Start a new language: copy the English texts into a folder named by its code, ready to translate.
cli-i18n-new-code = The language's code, such as pt or es.
cli-i18n-new-dir = The folder of translations to add it to; use it afterwards with --i18n. [default: i18n]
cli-i18n-new-bad-code = "{ $value }" is not a language code: write two or three letters, such as pt, optionally followed by a region, such as pt-BR.
cli-i18n-new-exists = { $path } already exists; nothing was changed. Translate the files in it, or choose another folder with --dir.
cli-i18n-new-done = { $count } files copied into { $path }. They are in English: translate every message, run "policywright i18n check" on the folder, and use it with --i18n. Documents in "{ $code }" say what these files say, so translate them all before publishing any.
cli-i18n-check-dir = A folder with one subfolder per language (default: the built-in texts).

cli-unknown-language = "{ $value }" is not a language policywright writes in. Use one of: { $languages }.
cli-unknown-document = "{ $value }" is not a document. Use privacy-statement, cookie-policy or both, comma separated.
cli-unknown-format = "{ $value }" is not an output format. Use html, pdf or html,pdf.
cli-unknown-template = There is no starter project called "{ $name }". Run "policywright templates" to see them.
cli-unknown-paper = "{ $value }" is not a paper size. Use a4 or letter.
cli-unknown-colour = "{ $value }" is not a colour. Write it as #rrggbb, for example #1f4e79.
cli-unreadable-file = { $path }: cannot read the file: { $reason }
cli-missing-characters = { $path }: { $count ->
    [one] 1 character the font cannot show was
   *[other] { $count } characters the font cannot show were
} replaced by �: { $characters }
cli-file-exists = { $path } already exists; choose another name, or delete it first.
cli-written = { $path }: written.
cli-rendered = { $project }: { $count ->
    [one] 1 file written to { $folder }
   *[other] { $count } files written to { $folder }
}
cli-write-failed = { $path }: could not write: { $reason }
cli-render-progress = { $done } of { $total } projects rendered…
cli-failed-summary = { $failed ->
    [one] 1 of { $total } projects failed.
   *[other] { $failed } of { $total } projects failed.
}
cli-template-line = { $name }: { $description }

cli-check-clean = { $locale }: complete, no problems.
cli-check-syntax = { $locale }: syntax error: { $error }
cli-check-missing-file = { $locale }: file missing: { $file }
cli-check-missing = { $locale }: missing: { $entry }
cli-check-extra = { $locale }: not in English: { $entry }
cli-check-duplicate = { $locale }: defined twice: { $entry }
cli-check-variables = { $locale }: { $entry }: variables differ from English; missing: { $missing }; unknown: { $unknown }
cli-check-keys = { $locale }: { $entry }: the choices differ from English: English has [{ $missing }], this language [{ $unknown }]. Keep the names in brackets as English writes them; translate only the text after them.
cli-check-summary = { $problems ->
    [0] All translations are complete.
    [one] 1 problem found.
   *[other] { $problems } problems found.
}

starter-bakery = A Belgian bakery with a small webshop, a newsletter and website analytics.
starter-general-practice = A Belgian general practitioners' practice that keeps medical records.
starter-accountancy = A Belgian accountancy office, with anti-money-laundering checks on clients.
starter-non-profit = A Belgian non-profit with members, volunteers and donors.
starter-webshop-nl = A Dutch webshop with payment, delivery, advertising cookies and fraud screening.
starter-dental-brussels = A Brussels dental practice with patient records, electronic eHealth billing and online booking, in French, Dutch and English.
starter-physio-eupen = A physiotherapy practice in the German-speaking Community of Belgium that keeps patient records and bills the health insurance funds through MyCareNet, in German, French and English.

## The check command, and the checks that render runs first.

cli-check-about = Check projects for gaps and mistakes before you publish: each finding says what is wrong, where, which article it rests on, and what to do.
cli-check-projects = Project files (.ron).
cli-check-lang = The language of the findings, as a code such as nl, fr, de or en (default: the language of the program's messages).
cli-check-format = How to show the findings: text, for people, or json, for other programs.
cli-unknown-check-format = "{ $value }" is not a way to show findings. Use text or json.
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
cli-findings-heading-error = Errors: as answered, the documents would break the law.
cli-findings-heading-warning = Warnings: probably a problem; check them.
cli-findings-heading-info = Advice:
cli-findings-where = Where: { $place } ({ $path }; { $basis })
cli-findings-fix = What to do: { $hint }
cli-render-strict = Do not write the documents of a project in which the checks find errors.
cli-render-check-errors = { $project }: { $errors ->
    [0] the checks found no errors.
    [one] the checks found 1 error; run "policywright check { $project }" to see it.
   *[other] the checks found { $errors } errors; run "policywright check { $project }" to see them.
}
cli-render-refused = { $project }: not written, because the checks found errors (--strict).

## The service catalogue: services, add-service, remove-service and
## import-cookies. Lists of names ($cookies, $categories, $suggestions)
## come joined by commas.

cli-services-about = List the services in the catalogue, or search them by key, name, company or kind.
cli-services-query = Part of a key, name, company or kind, such as "mail" or "payroll" (default: list all).
cli-add-service-about = Add catalogue services to a project: their recipient entry and their cookies, filled in completely.
cli-remove-service-about = Take catalogue services out of a project again; entries you changed are kept.
cli-import-cookies-about = Add the cookies in a list or a CSV export (browser developer tools, cookie scanners) to a project: known cookies filled in from the catalogue, unknown ones for you to complete.
cli-import-cookies-file = A list of cookie names, one per line, or a CSV file with a name column (and, if you have it, a domain column).
cli-catalog-project = The project file (.ron) to change; the previous versions are kept as .1.bak (the newest) to .5.bak files.
cli-catalog-names = Service keys or names, such as google-analytics or "Google Analytics" (see "policywright services").
cli-services-all = { $count } services in the catalogue (facts checked on { $date }):
cli-services-found = { $count ->
    [one] 1 service matches "{ $query }"
   *[other] { $count } services match "{ $query }"
} (facts checked on { $date }):
cli-services-line = { $name } · { $company }, { $country } · { $kind }
cli-services-none = No service in the catalogue matches "{ $query }".
cli-service-unknown = There is no service "{ $name }" in the catalogue.
cli-service-suggestions = Did you mean: { $suggestions }?
cli-service-no-suggestion = Run "policywright services" to see the services the catalogue knows; for any other, enter the recipient and its cookies in the project yourself.
cli-service-partly = { $unknown } of { $total } services were not found; the others were handled.
cli-added-heading = { $service }:
cli-added-recipient = recipient added: { $recipient }
cli-added-recipient-present = already a recipient as "{ $recipient }"; left as it is
cli-added-own-website = runs on your own website, so it receives no data and is not listed as a recipient
cli-added-cookies = { $count ->
    [one] 1 cookie added: { $cookies }
   *[other] { $count } cookies added: { $cookies }
}
cli-added-cookies-present = already in the project, left as they are: { $cookies }
cli-added-data-missing = usually handles data your project does not list yet: { $categories }. Add them under data_categories if they apply to you.
cli-added-consent-missing = The project now has cookies that need consent, but no cookie banner that asks for it. Run "policywright check" to see what to add.
cli-removed-heading = { $service }:
cli-removed-nothing = { $service }: nothing in this project came from this service.
cli-removed-recipient = recipient removed
cli-removed-cookies = { $count ->
    [one] 1 cookie removed: { $cookies }
   *[other] { $count } cookies removed: { $cookies }
}
cli-removed-recipient-kept = recipient "{ $recipient }" kept: it differs from what the catalogue writes (you changed it, or the catalogue has changed since). Delete it yourself if it should go.
cli-removed-cookies-kept = kept, because they differ from what the catalogue writes (you changed them, or the catalogue has changed since): { $cookies }. Delete them yourself if they should go.
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
cli-import-matched = from the catalogue: { $cookies }
cli-import-unknown = to complete (provider, purpose, category and duration): { $cookies }
cli-import-ignored-not-a-cookie-name = line { $line } ignored: "{ $text }" is not a cookie name.
cli-import-ignored-no-name = line { $line } ignored: the name column is empty.
cli-import-ignored-before-header = line { $line } ignored: it comes before the header row.
cli-catalog-saved = { $path }: saved; the previous version is kept as { $backup }.
cli-catalog-unchanged = { $path }: nothing to change.
