## Messages of the program: errors, command-line help and output.

load-unreadable = { $path }: cannot read the file: { $reason }
load-invalid = { $path }:{ $line }:{ $column }: { $reason }
load-invalid-field = { $path }:{ $line }:{ $column }: in field "{ $field }": { $reason }
load-no-version = { $path }: this is not a policywright project file: it has no "version" field. Project files start with "version: { $supported },".
load-newer-version = { $path }: this project file has format version { $found }, but this policywright reads versions up to { $supported }. It was saved by a newer policywright: update policywright to open it. The file was not changed.
load-inconsistent = { $path }: the project refers to things it does not define:
load-unknown-key = { $field }: there is no entry with key "{ $key }"; add it, or correct the key.
load-duplicate-key = { $field }: the key "{ $key }" is used twice; each key must be unique.
save-failed = { $path }: could not save: { $reason }. The existing file was not changed.
i18n-dir-not-a-folder = { $path }: this is not a folder of translations. It should hold one folder per language (en, nl) with .ftl files.
pdf-logo-unreadable = The logo cannot be used: it must be a PNG or JPEG image ({ $reason }).
i18n-file-unreadable = { $path }: cannot read the file: { $reason }

cli-about = Writes a privacy statement and a cookie policy from an organisation's answers, in Dutch and English.
cli-usage-hint = Run "policywright --help" for the commands, or "policywright <command> --help" for one command.
cli-opt-i18n = Use the .ftl files in this folder instead of the built-in ones (also: POLICYWRIGHT_I18N).
cli-opt-ui-lang = The language of the program's messages: nl or en (default: from LANG).
cli-render-about = Write the documents of one or more projects.
cli-render-projects = Project files (.ron).
cli-render-lang = Languages, comma separated (default: the project's own languages).
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
cli-templates-about = List the starter projects.
cli-i18n-about = Tools for translators.
cli-i18n-check-about = Check translations: missing and extra messages, variables and syntax.
cli-i18n-check-dir = A folder with one subfolder per language (default: the built-in texts).

cli-unknown-language = "{ $value }" is not a language policywright writes in. Use nl or en.
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
cli-notice = { $project } ({ $locale }, { $document }): { $notice }
cli-write-failed = { $path }: could not write: { $reason }
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

## The check command, and the checks that render runs first.

cli-check-about = Check projects for gaps and mistakes before you publish: each finding says what is wrong, where, which article it rests on, and what to do.
cli-check-projects = Project files (.ron).
cli-check-lang = The language of the findings: nl or en (default: the language of the program's messages).
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
cli-findings-where = Where: { $path } ({ $basis })
cli-findings-fix = What to do: { $hint }
cli-render-strict = Do not write the documents of a project in which the checks find errors.
cli-render-check-errors = { $project }: { $errors ->
    [0] the checks found no errors.
    [one] the checks found 1 error; run "policywright check { $project }" to see it.
   *[other] the checks found { $errors } errors; run "policywright check { $project }" to see them.
}
cli-render-refused = { $project }: not written, because the checks found errors (--strict).
