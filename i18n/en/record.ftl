## The record of processing activities (Art. 30 GDPR), written by
## "policywright record" and the export in the wizard: one row (in the
## spreadsheet) or one section (in HTML and PDF) per purpose. The labels are
## its column headings, after the Belgian authority's model register.
## Arguments every message may use, as in privacy.ftl:
##   $org       the organisation's name
##   $email     where to send privacy questions
##   $date      the date the documents take effect
##   $version   the version label
##   $country   the controller's country
##   $website   the first website; $website-count how many there are
##   $consent-age  the age of digital consent, or "none"
##   $has-version  "yes" when there is a version label, "no" when not
##   $country-code the controller's country as a code ("BE", "NL"), or empty
##   $cookie-use   what the website stores: "cookies", "similar", "none" or "unknown"

record-title = Record of processing activities
# The heading of what every purpose shares: controller, DPO, security.
record-common = For every purpose
record-controller = Controller
record-dpo = Data protection officer
record-data-subjects = Categories of data subjects
record-recipients = Recipients
record-transfers = Transfers outside the EEA and safeguards
record-security = Technical and organisational security measures
record-source = Source of the data
record-owner = Process owner
record-system = Application or system
record-dpia = Data protection impact assessment (Art. 35)
# The answers to "Was a DPIA done?" for the purpose.
record-dpia-done = done
record-dpia-not-done = not done
# When the organisation answered that it has no DPO.
record-no-dpo = none appointed
# When no recipient receives data for the purpose, or none outside the EEA.
record-none = none
# Always the first source: the people the data is about.
record-source-people = the people concerned themselves
# The name of the worksheet in the spreadsheet; at most 31 characters.
record-sheet = Record
