## Het register van verwerkingsactiviteiten (art. 30 AVG), geschreven door
## "policywright record" en de export in de wizard: één rij (in het
## rekenblad) of één onderdeel (in HTML en PDF) per doeleinde. De labels zijn
## de kolomkoppen, naar het modelregister van de GBA.
## Argumenten die elk bericht kan gebruiken, zoals in privacy.ftl:
##   $org       de naam van de organisatie
##   $email     waar privacyvragen naartoe kunnen
##   $date      de datum waarop de documenten ingaan
##   $version   het versielabel
##   $country   het land van de verwerkingsverantwoordelijke
##   $website   de eerste website; $website-count hoeveel het er zijn
##   $consent-age  de leeftijd voor digitale toestemming, of "none"
##   $has-version  "yes" als er een versielabel is, anders "no"
##   $country-code het land als code ("BE", "NL"), of leeg
##   $cookie-use   wat de website opslaat: "cookies", "similar", "none" of "unknown"

record-title = Register van verwerkingsactiviteiten
# De kop van wat elk doeleinde deelt: verantwoordelijke, functionaris, beveiliging.
record-common = Voor elk doeleinde
record-controller = Verwerkingsverantwoordelijke
record-dpo = Functionaris voor gegevensbescherming
record-data-subjects = Categorieën van betrokkenen
record-recipients = Ontvangers
record-transfers = Doorgiften buiten de EER en waarborgen
record-security = Technische en organisatorische beveiligingsmaatregelen
record-source = Bron van de gegevens
record-owner = Proceseigenaar
record-system = Toepassing of systeem
record-dpia = Gegevensbeschermingseffectbeoordeling (art. 35)
# De antwoorden op "Werd een DPIA uitgevoerd?" voor het doeleinde.
record-dpia-done = uitgevoerd
record-dpia-not-done = niet uitgevoerd
# Als de organisatie antwoordde dat ze geen functionaris heeft.
record-no-dpo = geen aangesteld
# Als geen ontvanger gegevens krijgt voor het doeleinde, of geen buiten de EER.
record-none = geen
# Altijd de eerste bron: de mensen over wie de gegevens gaan.
record-source-people = de betrokkenen zelf
# De naam van het werkblad in het rekenblad; hoogstens 31 tekens.
record-sheet = Register
