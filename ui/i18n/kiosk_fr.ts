<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Each option can be turned on or off with the action key. They last until your session ends.</source>
        <translation>Activez ou désactivez chaque option avec la touche de validation. Vos choix restent valables jusqu&apos;à la fin de votre session.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grands caractères</translation>
    </message>
    <message>
        <source>Controls within easy reach (lower part of the screen)</source>
        <translation>Commandes faciles à atteindre (bas de l&apos;écran)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <source>Speech volume: %1%</source>
        <extracomment>%1 is the speech volume in percent</extracomment>
        <translation>Volume de la voix&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Essayer la voix</translation>
    </message>
    <message>
        <source>This is how the totem reads aloud.</source>
        <translation>Voici comment la borne lit à voix haute.</translation>
    </message>
    <message>
        <source>Keypad: up and down move, the action key selects, Help tells you where you are, Back goes back.</source>
        <translation>Clavier&#xa0;: haut et bas pour vous déplacer, la touche de validation pour choisir, Aide pour savoir où vous êtes, Retour pour revenir en arrière.</translation>
    </message>
</context>
<context>
    <name>AddressAnswer</name>
    <message>
        <source>Street: %1</source>
        <translation>Rue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the street from the list.</source>
        <translation>Choisissez la rue dans la liste.</translation>
    </message>
    <message>
        <source>Type part of the street name</source>
        <translation>Saisissez une partie du nom de la rue</translation>
    </message>
    <message>
        <source>street name</source>
        <translation>nom de la rue</translation>
    </message>
    <message>
        <source>No street of the municipality matches: check the spelling.</source>
        <translation>Aucune rue de la commune ne correspond&#xa0;: vérifiez l&apos;orthographe.</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Numéro de rue</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>attract screen call to action</extracomment>
        <translation>Touchez l&apos;écran pour commencer</translation>
    </message>
    <message>
        <source>or press any key</source>
        <extracomment>attract screen, for keypad users</extracomment>
        <translation>ou appuyez sur une touche</translation>
    </message>
</context>
<context>
    <name>CatalogBridge</name>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <source>Scan the code to continue on your phone.</source>
        <translation>Scannez le code pour continuer sur votre téléphone.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <source>The services of this category. Choose one to see what it is, who can apply and where to go.</source>
        <translation>Les services de cette catégorie. Choisissez-en un pour savoir de quoi il s&apos;agit, qui peut en faire la demande et où aller.</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>No date chosen yet: use the buttons below.</source>
        <translation>Aucune date choisie&#xa0;: utilisez les boutons ci-dessous.</translation>
    </message>
    <message>
        <source>Earlier %1</source>
        <extracomment>%1 is &quot;day&quot;, &quot;month&quot; or &quot;year&quot;</extracomment>
        <translation>%1 précédent</translation>
    </message>
    <message>
        <source>Later %1</source>
        <translation>%1 suivant</translation>
    </message>
    <message>
        <source>Ten years earlier</source>
        <translation>Dix ans plus tôt</translation>
    </message>
    <message>
        <source>Ten years later</source>
        <translation>Dix ans plus tard</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Please correct one answer:</source>
        <translation>Corrigez une réponse&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct %n answer(s):</source>
        <extracomment>%n is the number of answers to correct</extracomment>
        <translation>
            <numerusform>Corrigez %n réponse&#xa0;:</numerusform>
            <numerusform>Corrigez %n réponses&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <source>Filled in from your health card: check it.</source>
        <translation>Rempli à partir de votre carte de santé&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>Lire à voix haute l&apos;avis de confidentialité</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Your request has been received. Keep the receipt number; the QR code lets you follow the request on your phone.</source>
        <translation>Votre demande a bien été reçue. Conservez le numéro de reçu&#xa0;; le code QR vous permet de suivre la demande sur votre téléphone.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>L&apos;imprimante n&apos;a plus de papier.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>Le capot de l&apos;imprimante est ouvert.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>L&apos;imprimante ne répond pas.</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>L&apos;imprimante n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>L&apos;impression a échoué.</translation>
    </message>
    <message>
        <source>Sent to the municipality. Protocol number: %1.</source>
        <translation>Envoyée à la mairie. Numéro d&apos;enregistrement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The municipality could not accept this request as it is. Please ask at the office, with this receipt number.</source>
        <translation>La mairie n&apos;a pas pu accepter cette demande telle quelle. Renseignez-vous au guichet avec ce numéro de reçu.</translation>
    </message>
    <message>
        <source>It will be sent to the municipality as soon as the connection allows: nothing is lost.</source>
        <translation>Elle sera envoyée à la mairie dès que la connexion le permettra&#xa0;: rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Impression de votre reçu…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Prenez votre reçu dans l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone to keep your receipt.</source>
        <translation>Scannez le code QR ci-dessous avec votre téléphone pour conserver votre reçu.</translation>
    </message>
    <message>
        <source>Saving your request…</source>
        <translation>Enregistrement de votre demande…</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Numéro de reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>QR code to follow your request on your phone</source>
        <translation>Code QR pour suivre votre demande sur votre téléphone</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Please fill in this field</source>
        <translation>Remplissez ce champ</translation>
    </message>
    <message>
        <source>This is far too long for this field: please check what you entered</source>
        <translation>C&apos;est beaucoup trop long pour ce champ&#xa0;: vérifiez ce que vous avez saisi</translation>
    </message>
    <message>
        <source>This contains invisible control or text-direction characters: please delete it and type it again</source>
        <translation>Ce texte contient des caractères invisibles de contrôle ou de direction du texte&#xa0;: effacez-le et saisissez-le à nouveau</translation>
    </message>
    <message>
        <source>Please write at least {min} characters (now {length})</source>
        <translation>Écrivez au moins {min} caractères (actuellement {length})</translation>
    </message>
    <message>
        <source>Please write at most {max} characters (now {length})</source>
        <translation>Écrivez au maximum {max} caractères (actuellement {length})</translation>
    </message>
    <message>
        <source>A codice fiscale contains only letters and digits</source>
        <translation>Le codice fiscale ne contient que des lettres et des chiffres</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters: you entered {length}</source>
        <translation>Le codice fiscale compte 16 caractères&#xa0;: vous en avez saisi {length}</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters, or 11 digits for a company: you entered {length}</source>
        <translation>Le codice fiscale compte 16 caractères, ou 11 chiffres pour une entreprise&#xa0;: vous en avez saisi {length}</translation>
    </message>
    <message>
        <source>This is the tax code of a company (11 digits): please enter a person&apos;s codice fiscale, 16 letters and digits</source>
        <translation>C&apos;est le code fiscal d&apos;une entreprise (11 chiffres)&#xa0;: saisissez le codice fiscale d&apos;une personne, 16 lettres et chiffres</translation>
    </message>
    <message>
        <source>The last digit of this 11-digit tax code should be {expected}: please check the code for typos</source>
        <translation>Le dernier chiffre de ce code à 11 chiffres devrait être {expected}&#xa0;: vérifiez qu&apos;il n&apos;y a pas de faute de frappe</translation>
    </message>
    <message>
        <source>The first 6 characters of a codice fiscale are letters: character {position} is not a letter</source>
        <translation>Les 6 premiers caractères du codice fiscale sont des lettres&#xa0;: le caractère {position} n&apos;est pas une lettre</translation>
    </message>
    <message>
        <source>Characters 7 and 8 of a codice fiscale are the year of birth: character {position} should be a digit</source>
        <translation>Les caractères 7 et 8 du codice fiscale indiquent l&apos;année de naissance&#xa0;: le caractère {position} devrait être un chiffre</translation>
    </message>
    <message>
        <source>Character 9 of a codice fiscale is the month of birth: one of the letters A B C D E H L M P R S T</source>
        <translation>Le caractère 9 du codice fiscale indique le mois de naissance&#xa0;: l&apos;une des lettres A B C D E H L M P R S T</translation>
    </message>
    <message>
        <source>Characters 10 and 11 of a codice fiscale are the day of birth: 01 to 31, or 41 to 71 for women</source>
        <translation>Les caractères 10 et 11 du codice fiscale indiquent le jour de naissance&#xa0;: de 01 à 31, ou de 41 à 71 pour les femmes</translation>
    </message>
    <message>
        <source>Characters 12 to 15 of a codice fiscale are the place of birth, a letter and three digits: character {position} is wrong</source>
        <translation>Les caractères 12 à 15 du codice fiscale indiquent le lieu de naissance, une lettre et trois chiffres&#xa0;: le caractère {position} est incorrect</translation>
    </message>
    <message>
        <source>The last letter should be {expected} for the first 15 characters you entered: please check the whole code for typos</source>
        <translation>Pour les 15 premiers caractères saisis, la dernière lettre devrait être {expected}&#xa0;: vérifiez qu&apos;il n&apos;y a pas de faute de frappe dans tout le code</translation>
    </message>
    <message>
        <source>An IBAN contains only letters and digits</source>
        <translation>L&apos;IBAN ne contient que des lettres et des chiffres</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters for the country and two check digits, for example IT60 X054 2811 1010 0000 0123 456</source>
        <translation>L&apos;IBAN commence par deux lettres pour le pays et deux chiffres de contrôle, par exemple IT60 X054 2811 1010 0000 0123 456</translation>
    </message>
    <message>
        <source>{country} is not the start of an IBAN we know: Italian IBANs start with IT</source>
        <translation>{country} n&apos;est pas le début d&apos;un IBAN connu&#xa0;: les IBAN italiens commencent par IT</translation>
    </message>
    <message>
        <source>Accounts from country {country} cannot be used here</source>
        <translation>Les comptes du pays {country} ne peuvent pas être utilisés ici</translation>
    </message>
    <message>
        <source>An IBAN from {country} has {expected} characters: you entered {length}</source>
        <translation>Un IBAN de {country} compte {expected} caractères&#xa0;: vous en avez saisi {length}</translation>
    </message>
    <message>
        <source>After IT and the two check digits, an Italian IBAN has a letter (CIN), 10 digits (ABI and CAB) and the 12-character account number</source>
        <translation>Après IT et les deux chiffres de contrôle, l&apos;IBAN italien comporte une lettre (CIN), 10 chiffres (ABI et CAB) et le numéro de compte de 12 caractères</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of the IBAN: a character is probably mistyped</source>
        <translation>Les chiffres de contrôle ne correspondent pas au reste de l&apos;IBAN&#xa0;: un caractère est probablement mal saisi</translation>
    </message>
    <message>
        <source>The letter after the check digits (CIN) should be {expected} for this bank and account: please check the code for typos</source>
        <translation>La lettre après les chiffres de contrôle (CIN) devrait être {expected} pour cette banque et ce compte&#xa0;: vérifiez qu&apos;il n&apos;y a pas de faute de frappe</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.it, with exactly one @</source>
        <translation>Une adresse e-mail ressemble à nom@exemple.it, avec un seul @</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces</source>
        <translation>Une adresse e-mail ne peut pas contenir d&apos;espaces</translation>
    </message>
    <message>
        <source>The part before @ can contain letters, digits and . _ - + (no dot at the start or end, no two dots in a row)</source>
        <translation>La partie avant le @ peut contenir des lettres, des chiffres et . _ - + (pas de point au début ni à la fin, pas deux points de suite)</translation>
    </message>
    <message>
        <source>The part after @ should be a domain name such as example.it</source>
        <translation>La partie après le @ doit être un nom de domaine comme exemple.it</translation>
    </message>
    <message>
        <source>An e-mail address has at most {max} characters: you entered {length}</source>
        <translation>Une adresse e-mail compte au maximum {max} caractères&#xa0;: vous en avez saisi {length}</translation>
    </message>
    <message>
        <source>A phone number contains only digits, with +39 at the start if you like</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, avec +39 au début si vous le souhaitez</translation>
    </message>
    <message>
        <source>Only Italian phone numbers can be used here: the prefix must be +39</source>
        <translation>Seuls les numéros de téléphone italiens sont acceptés ici&#xa0;: l&apos;indicatif doit être +39</translation>
    </message>
    <message>
        <source>An Italian number starts with 3 (mobile) or 0 (landline), for example 333 123 4567 or 06 1234 5678</source>
        <translation>Un numéro italien commence par 3 (portable) ou 0 (fixe), par exemple 333 123 4567 ou 06 1234 5678</translation>
    </message>
    <message>
        <source>A mobile number has {min} or {max} digits: you entered {length}</source>
        <translation>Un numéro de portable compte {min} ou {max} chiffres&#xa0;: vous en avez saisi {length}</translation>
    </message>
    <message>
        <source>A landline number has {min} to {max} digits, starting with 0: you entered {length}</source>
        <translation>Un numéro fixe compte de {min} à {max} chiffres et commence par 0&#xa0;: vous en avez saisi {length}</translation>
    </message>
    <message>
        <source>Please enter a mobile number: it starts with 3</source>
        <translation>Saisissez un numéro de portable&#xa0;: il commence par 3</translation>
    </message>
    <message>
        <source>Please enter a landline number: it starts with 0</source>
        <translation>Saisissez un numéro fixe&#xa0;: il commence par 0</translation>
    </message>
    <message>
        <source>A CAP (postcode) has 5 digits, for example 00184</source>
        <translation>Le CAP (code postal) compte 5 chiffres, par exemple 00184</translation>
    </message>
    <message>
        <source>The CAP should start with {prefix}</source>
        <translation>Le CAP devrait commencer par {prefix}</translation>
    </message>
    <message>
        <source>Please enter one of these CAPs: {allowed}</source>
        <translation>Saisissez l&apos;un de ces CAP&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>Please enter the date as year-month-day, for example 2025-03-15</source>
        <translation>Saisissez la date sous la forme année-mois-jour, par exemple 2025-03-15</translation>
    </message>
    <message>
        <source>This day does not exist: please check the day and the month</source>
        <translation>Ce jour n&apos;existe pas&#xa0;: vérifiez le jour et le mois</translation>
    </message>
    <message>
        <source>The date must be {min} or later</source>
        <translation>La date doit être au plus tôt le {min}</translation>
    </message>
    <message>
        <source>The date must be {max} or earlier</source>
        <translation>La date doit être au plus tard le {max}</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown</source>
        <translation>Choisissez l&apos;une des réponses proposées</translation>
    </message>
    <message>
        <source>Please choose at least {min} answers</source>
        <translation>Choisissez au moins {min} réponses</translation>
    </message>
    <message>
        <source>Please choose at most {max} answers</source>
        <translation>Choisissez au maximum {max} réponses</translation>
    </message>
    <message>
        <source>Please answer yes or no</source>
        <translation>Répondez oui ou non</translation>
    </message>
    <message>
        <source>Please enter a number, for example 3 or 2.5</source>
        <translation>Saisissez un nombre, par exemple 3 ou 2,5</translation>
    </message>
    <message>
        <source>Please enter a whole number</source>
        <translation>Saisissez un nombre entier</translation>
    </message>
    <message>
        <source>The number must be {min} or more</source>
        <translation>Le nombre doit être supérieur ou égal à {min}</translation>
    </message>
    <message>
        <source>The number must be {max} or less</source>
        <translation>Le nombre doit être inférieur ou égal à {max}</translation>
    </message>
    <message>
        <source>You need to agree to continue</source>
        <translation>Vous devez donner votre accord pour continuer</translation>
    </message>
    <message>
        <source>Please choose a time from the list</source>
        <translation>Choisissez un créneau dans la liste</translation>
    </message>
    <message>
        <source>Please choose the street from the list</source>
        <translation>Choisissez la rue dans la liste</translation>
    </message>
    <message>
        <source>After the street, write only the house number, for example 12 or 12/A</source>
        <translation>Après la rue, écrivez seulement le numéro, par exemple 12 ou 12/A</translation>
    </message>
</context>
<context>
    <name>FormReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Vérifiez vos réponses</translation>
    </message>
    <message>
        <source>Here is everything you entered. Choose Change next to an answer to correct it, then Send.</source>
        <translation>Voici tout ce que vous avez saisi. Choisissez Modifier à côté d&apos;une réponse pour la corriger, puis Envoyer.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Avis de confidentialité</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>Lire à voix haute l&apos;avis de confidentialité</translation>
    </message>
    <message>
        <source>I have read the privacy notice</source>
        <translation>J&apos;ai lu l&apos;avis de confidentialité</translation>
    </message>
    <message>
        <source>The request could not be saved on this totem. Nothing was sent: please try again, or ask at the office.</source>
        <translation>La demande n&apos;a pas pu être enregistrée sur cette borne. Rien n&apos;a été envoyé&#xa0;: veuillez réessayer, ou demander au guichet.</translation>
    </message>
    <message>
        <source>To send, confirm that you have read the privacy notice.</source>
        <translation>Pour envoyer, confirmez que vous avez lu l&apos;avis de confidentialité.</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>Modifier les réponses</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Sends the form to the municipality and prints your receipt.</source>
        <translation>Envoie le formulaire à la mairie et imprime votre reçu.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Answer the questions, then press Next. You can go back at any time without losing your answers.</source>
        <translation>Répondez aux questions, puis appuyez sur Suivant. Vous pouvez revenir en arrière à tout moment sans perdre vos réponses.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>progress through a form, e.g. &quot;Step 2 of 4&quot;</extracomment>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Your health card is in the reader. Do you want to fill in your name, surname and tax code from it? Nothing is kept after you leave.</source>
        <translation>Votre carte de santé est dans le lecteur. Voulez-vous remplir votre nom, votre prénom et votre codice fiscale à partir de la carte&#xa0;? Rien n&apos;est conservé après votre départ.</translation>
    </message>
    <message>
        <source>You can fill in your name, surname and tax code from your health card (Tessera Sanitaria): insert it in the reader.</source>
        <translation>Vous pouvez remplir votre nom, votre prénom et votre codice fiscale à partir de votre carte de santé (Tessera Sanitaria)&#xa0;: insérez-la dans le lecteur.</translation>
    </message>
    <message>
        <source>Yes, use my card</source>
        <translation>Oui, utiliser ma carte</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) filled in from your card. Please check them.</source>
        <extracomment>%n is the number of answers filled in from the card</extracomment>
        <translation>
            <numerusform>%n réponse remplie à partir de votre carte. Vérifiez-la.</numerusform>
            <numerusform>%n réponses remplies à partir de votre carte. Vérifiez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the demo card</source>
        <translation>Insérer la carte de démonstration</translation>
    </message>
    <message>
        <source>Demo only: simulates a health card in the reader.</source>
        <translation>Démonstration uniquement&#xa0;: simule une carte de santé dans le lecteur.</translation>
    </message>
    <message>
        <source>One question per screen</source>
        <translation>Une question par écran</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Leave the form</source>
        <translation>Quitter le formulaire</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Vérifiez vos réponses</translation>
    </message>
</context>
<context>
    <name>FormsBridge</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>There is a problem on this page.</source>
        <translation>Il y a un problème sur cette page.</translation>
    </message>
    <message>
        <source>There are %1 problems on this page.</source>
        <translation>Il y a %1 problèmes sur cette page.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numéro de reçu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Protocol number: it will follow.</source>
        <translation>Numéro d&apos;enregistrement&#xa0;: communiqué ultérieurement.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Scan the code to follow your request.</source>
        <translation>Scannez le code pour suivre votre demande.</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Forms and bookings</source>
        <translation>Formulaires et réservations</translation>
    </message>
    <message>
        <source>Choose a form to fill in or an appointment to book. You will see every answer again before sending.</source>
        <translation>Choisissez un formulaire à remplir ou un rendez-vous à réserver. Vous reverrez toutes vos réponses avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>No forms are available on this totem yet.</source>
        <translation>Aucun formulaire n&apos;est encore disponible sur cette borne.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose what you need. Use the up and down keys to move between the tiles and the action key to open one.</source>
        <translation>Choisissez ce dont vous avez besoin. Utilisez les touches haut et bas pour passer d&apos;une rubrique à l&apos;autre et la touche de validation pour en ouvrir une.</translation>
    </message>
    <message>
        <source>How can we help you today?</source>
        <extracomment>home screen greeting under the municipality&apos;s name</extracomment>
        <translation>Comment pouvons-nous vous aider aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Trouver un service</translation>
    </message>
    <message>
        <source>What the city offers, who to ask, where and when</source>
        <translation>Ce que propose la ville, à qui s&apos;adresser, où et quand</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Payer un avis pagoPA</translation>
    </message>
    <message>
        <source>Type or scan the notice, pay by card</source>
        <translation>Saisissez ou scannez l&apos;avis, payez par carte</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>Formulaires et réservations</translation>
    </message>
    <message>
        <source>Applications, enrolments, appointments</source>
        <translation>Demandes, inscriptions, rendez-vous</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>Potholes, street lights, abandoned waste</source>
        <translation>Nids-de-poule, éclairage public, déchets abandonnés</translation>
    </message>
    <message>
        <source>New in town / Welcome</source>
        <translation>Nouveaux arrivants / Bienvenue</translation>
    </message>
    <message>
        <source>Your first steps: residence, health, school, language courses</source>
        <translation>Vos premiers pas&#xa0;: résidence, santé, école, cours de langue</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Larger text, high contrast, read aloud</source>
        <translation>Texte plus grand, contraste élevé, lecture à voix haute</translation>
    </message>
    <message>
        <source>Language / Lingua</source>
        <extracomment>keep &quot;Lingua / Language&quot; so that everybody recognises it</extracomment>
        <translation>Langue / Lingua</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <extracomment>state of an on/off accessibility option</extracomment>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Move through the languages and press the action key on yours.</source>
        <translation>Parcourez les langues et appuyez sur la touche de validation sur la vôtre.</translation>
    </message>
</context>
<context>
    <name>MaintenanceBridge</name>
    <message>
        <source>Wrong PIN. Attempts left before entry locks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry is locked. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance PIN is set: use &apos;kiosk maintenance set-pin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync done; items still in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items sent again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update repository is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update requested: the updater checks now. If it installs a new version, the kiosk restarts by itself in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test receipt printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking a test sentence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a code now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned (%1): %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, device tests, actions and logs. Exit maintenance when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · totem %2 · content %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: %1 · reachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 item(s), oldest %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk free: %1 · memory used by the kiosk: %2 · up %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates: no update repository configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates: installed %1 · previous %2 · available %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on trial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install update %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back into service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak a test sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts to reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad and touch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus here and press any key of the keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <extracomment>navigation bar: go to the previous screen</extracomment>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>navigation bar: go to the home screen</extracomment>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>navigation bar: hear where you are and what you can do</extracomment>
        <translation>Aide</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>navigation bar: end the session, wiping everything</extracomment>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Ends your session and clears everything you entered</source>
        <translation>Termine votre session et efface tout ce que vous avez saisi</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This totem is out of service</source>
        <translation>Cette borne est hors service</translation>
    </message>
    <message>
        <source>We are sorry. You can get the same services here:</source>
        <translation>Veuillez nous excuser. Vous pouvez obtenir les mêmes services ici&#xa0;:</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Ouvert maintenant, ferme à %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Fermé maintenant</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>En ligne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Check and confirm</source>
        <translation>Vérifiez et confirmez</translation>
    </message>
    <message>
        <source>Pay at the card terminal</source>
        <translation>Payez sur le terminal de paiement</translation>
    </message>
    <message>
        <source>Payment done</source>
        <translation>Paiement effectué</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>Paiement non abouti</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Payer un avis pagoPA</translation>
    </message>
    <message>
        <source>Type the 18-digit notice code and the payee&apos;s tax code, as printed on the notice, or hold the notice&apos;s QR code under the scanner. You can pay up to five notices together.</source>
        <translation>Saisissez le code de l&apos;avis à 18 chiffres et le codice fiscale de l&apos;organisme créancier, tels qu&apos;ils sont imprimés sur l&apos;avis, ou placez le code QR de l&apos;avis sous le lecteur. Vous pouvez payer jusqu&apos;à cinq avis à la fois.</translation>
    </message>
    <message>
        <source>Check the amounts, then press Pay to pay at the card terminal.</source>
        <translation>Vérifiez les montants, puis appuyez sur Payer pour payer sur le terminal de paiement.</translation>
    </message>
    <message>
        <source>Follow the instructions on the screen.</source>
        <translation>Suivez les instructions à l&apos;écran.</translation>
    </message>
    <message>
        <source>Total to pay: %1.</source>
        <translation>Total à payer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Notice added.</source>
        <translation>Avis ajouté.</translation>
    </message>
    <message>
        <source>Type the notice code and the payee&apos;s tax code, or hold the QR code of the notice under the scanner.</source>
        <translation>Saisissez le code de l&apos;avis et le codice fiscale de l&apos;organisme créancier, ou placez le code QR de l&apos;avis sous le lecteur.</translation>
    </message>
    <message>
        <source>Payments need the connection to the municipality, which is not available right now. Nothing can be charged: please try again later or pay online, at a bank or a post office.</source>
        <translation>Pour payer, la connexion avec la mairie est nécessaire, et elle n&apos;est pas disponible pour le moment. Aucun montant ne sera débité&#xa0;: réessayez plus tard, ou payez en ligne, dans une banque ou dans un bureau de poste.</translation>
    </message>
    <message>
        <source>Notice code (18 digits)</source>
        <translation>Code de l&apos;avis (18 chiffres)</translation>
    </message>
    <message>
        <source>Notice code, 18 digits</source>
        <translation>Code de l&apos;avis, 18 chiffres</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <extracomment>the notice code typed so far, grouped by four as on the paper notice</extracomment>
        <translation>Vous avez saisi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code (11 digits)</source>
        <translation>Codice fiscale de l&apos;organisme créancier (11 chiffres)</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code, 11 digits</source>
        <translation>Codice fiscale de l&apos;organisme créancier, 11 chiffres</translation>
    </message>
    <message>
        <source>Add this notice</source>
        <translation>Ajouter cet avis</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Demo: hold a sample notice under the scanner.</source>
        <translation>Démonstration&#xa0;: placez un avis d&apos;exemple sous le lecteur.</translation>
    </message>
    <message>
        <source>already paid</source>
        <translation>déjà payé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>Checking the notices with the municipality…</source>
        <translation>Vérification des avis auprès de la mairie…</translation>
    </message>
    <message numerus="yes">
        <source>Check %n notice(s) and continue</source>
        <extracomment>%n is the number of notices in the list</extracomment>
        <translation>
            <numerusform>Vérifier %n avis et continuer</numerusform>
            <numerusform>Vérifier %n avis et continuer</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>Avis %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The amount is different from the one printed on the notice: this is today&apos;s amount.</source>
        <translation>Le montant est différent de celui imprimé sur l&apos;avis&#xa0;: c&apos;est le montant dû aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Frais&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change notices</source>
        <translation>Modifier les avis</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <source>Then hold your card near the terminal or insert it.</source>
        <translation>Puis approchez votre carte du terminal ou insérez-la.</translation>
    </message>
    <message>
        <source>Waiting for the terminal: %1 s</source>
        <extracomment>a counter that shows the kiosk is not frozen while the terminal waits</extracomment>
        <translation>En attente du terminal&#xa0;: %1 s</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try again (another card too)</source>
        <translation>Réessayer (avec une autre carte si besoin)</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Payé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Prenez votre reçu dans l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Numéro de reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>QR code of your receipt</source>
        <translation>Code QR de votre reçu</translation>
    </message>
</context>
<context>
    <name>PaymentsBridge</name>
    <message>
        <source>Please type the 18-digit notice code.</source>
        <translation>Saisissez le code de l&apos;avis à 18 chiffres.</translation>
    </message>
    <message>
        <source>The notice code has digits only.</source>
        <translation>Le code de l&apos;avis ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>The notice code has 18 digits: please check it.</source>
        <translation>Le code de l&apos;avis compte 18 chiffres&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>A notice code starts with 0, 1, 2 or 3: please check the first digit.</source>
        <translation>Un code d&apos;avis commence par 0, 1, 2 ou 3&#xa0;: vérifiez le premier chiffre.</translation>
    </message>
    <message>
        <source>The last two digits do not match: please check the code.</source>
        <translation>Les deux derniers chiffres ne correspondent pas&#xa0;: vérifiez le code.</translation>
    </message>
    <message>
        <source>Please type the payee&apos;s tax code (11 digits, under &apos;Codice fiscale ente&apos;).</source>
        <translation>Saisissez le codice fiscale de l&apos;organisme créancier (11 chiffres, sous la mention «&#xa0;Codice fiscale ente&#xa0;»).</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has digits only.</source>
        <translation>Le codice fiscale de l&apos;organisme créancier ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has 11 digits.</source>
        <translation>Le codice fiscale de l&apos;organisme créancier compte 11 chiffres.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code does not add up: please check it.</source>
        <translation>Le codice fiscale de l&apos;organisme créancier n&apos;est pas valide&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>The amount on this notice cannot be read.</source>
        <translation>Le montant de cet avis est illisible.</translation>
    </message>
    <message>
        <source>This is far too long for a notice code.</source>
        <translation>C&apos;est beaucoup trop long pour un code d&apos;avis.</translation>
    </message>
    <message>
        <source>Nothing was read: hold the notice still under the scanner.</source>
        <translation>Rien n&apos;a été lu&#xa0;: maintenez l&apos;avis immobile sous le lecteur.</translation>
    </message>
    <message>
        <source>This is not a pagoPA notice code. Scan the QR code or the square code on the notice.</source>
        <translation>Ce n&apos;est pas un code d&apos;avis pagoPA. Scannez le code QR ou le code carré de l&apos;avis.</translation>
    </message>
    <message>
        <source>The QR code could not be read: please type the code.</source>
        <translation>Le code QR n&apos;a pas pu être lu&#xa0;: saisissez le code.</translation>
    </message>
    <message>
        <source>This QR code is of an unknown kind: please type the code.</source>
        <translation>Ce code QR est d&apos;un type inconnu&#xa0;: saisissez le code.</translation>
    </message>
    <message>
        <source>The square code could not be read: please type the code.</source>
        <translation>Le code carré n&apos;a pas pu être lu&#xa0;: saisissez le code.</translation>
    </message>
    <message>
        <source>Add at least one notice.</source>
        <translation>Ajoutez au moins un avis.</translation>
    </message>
    <message>
        <source>At most five notices can be paid together.</source>
        <translation>Vous pouvez payer au maximum cinq avis à la fois.</translation>
    </message>
    <message>
        <source>This notice is already in the list.</source>
        <translation>Cet avis est déjà dans la liste.</translation>
    </message>
    <message>
        <source>The municipality does not know this notice: please check the code and the payee.</source>
        <translation>La mairie ne trouve pas cet avis&#xa0;: vérifiez le code et l&apos;organisme créancier.</translation>
    </message>
    <message>
        <source>This notice has already been paid.</source>
        <translation>Cet avis a déjà été payé.</translation>
    </message>
    <message>
        <source>This notice has expired and cannot be paid here: please ask the office.</source>
        <translation>Cet avis a expiré et ne peut pas être payé ici&#xa0;: renseignez-vous au guichet.</translation>
    </message>
    <message>
        <source>This notice cannot be paid here: please ask the office.</source>
        <translation>Cet avis ne peut pas être payé ici&#xa0;: renseignez-vous au guichet.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this notice.</source>
        <translation>Il n&apos;y a rien à payer pour cet avis.</translation>
    </message>
    <message>
        <source>A payment of this notice is still being checked: please ask the office before paying again.</source>
        <translation>Un paiement de cet avis est encore en cours de vérification&#xa0;: renseignez-vous au guichet avant de payer à nouveau.</translation>
    </message>
    <message>
        <source>The notice cannot be checked right now (no connection to the municipality). Nothing has been charged. Please try again later.</source>
        <translation>L&apos;avis ne peut pas être vérifié pour le moment (pas de connexion avec la mairie). Aucun montant n&apos;a été débité. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>This payment is no longer waiting to be paid.</source>
        <translation>Ce paiement n&apos;est plus en attente.</translation>
    </message>
    <message>
        <source>This payment is not known.</source>
        <translation>Ce paiement est introuvable.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged.</source>
        <translation>La carte a été refusée. Aucun montant n&apos;a été débité.</translation>
    </message>
    <message>
        <source>No card was presented in time. Nothing has been charged.</source>
        <translation>Aucune carte n&apos;a été présentée à temps. Aucun montant n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing has been charged.</source>
        <translation>Le paiement a été annulé. Aucun montant n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The card terminal is not available. Nothing has been charged.</source>
        <translation>Le terminal de paiement n&apos;est pas disponible. Aucun montant n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The card terminal stopped answering. Nothing has been charged.</source>
        <translation>Le terminal de paiement ne répond plus. Aucun montant n&apos;a été débité.</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the card was charged. Do not pay again: please ask the office, with this screen&apos;s reference.</source>
        <translation>Nous ne savons pas encore si votre carte a été débitée. Ne payez pas une seconde fois&#xa0;: renseignez-vous au guichet avec la référence affichée sur cet écran.</translation>
    </message>
    <message>
        <source>The municipality refused the notice after the payment, and the charge was reversed on your card.</source>
        <translation>La mairie a refusé l&apos;avis après le paiement, et le débit sur votre carte a été annulé.</translation>
    </message>
    <message>
        <source>The payment could not be completed and will be refunded: please ask the office, with this screen&apos;s reference.</source>
        <translation>Le paiement n&apos;a pas pu aboutir et vous sera remboursé&#xa0;: renseignez-vous au guichet avec la référence affichée sur cet écran.</translation>
    </message>
    <message>
        <source>Paid. The municipality will be told as soon as the connection allows: your receipt is valid.</source>
        <translation>Payé. La mairie en sera informée dès que la connexion le permettra&#xa0;: votre reçu est valable.</translation>
    </message>
    <message>
        <source>The printer is out of paper: scan the QR code to keep your receipt.</source>
        <translation>L&apos;imprimante n&apos;a plus de papier&#xa0;: scannez le code QR pour conserver votre reçu.</translation>
    </message>
    <message>
        <source>The printer is not ready: scan the QR code to keep your receipt.</source>
        <translation>L&apos;imprimante n&apos;est pas prête&#xa0;: scannez le code QR pour conserver votre reçu.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: scan the QR code to keep it.</source>
        <translation>Le reçu n&apos;a pas pu être imprimé&#xa0;: scannez le code QR pour le conserver.</translation>
    </message>
    <message>
        <source>This totem has no printer: scan the QR code to keep your receipt.</source>
        <translation>Cette borne n&apos;a pas d&apos;imprimante&#xa0;: scannez le code QR pour conserver votre reçu.</translation>
    </message>
    <message>
        <source>Hold your card near the terminal, or insert it.</source>
        <translation>Approchez votre carte du terminal, ou insérez-la.</translation>
    </message>
    <message>
        <source>Checking with the card terminal…</source>
        <translation>Vérification auprès du terminal de paiement…</translation>
    </message>
    <message>
        <source>Paid. Telling the municipality…</source>
        <translation>Payé. Transmission à la mairie…</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Impression de votre reçu…</translation>
    </message>
    <message>
        <source>Something went wrong: please ask the office.</source>
        <translation>Un problème est survenu&#xa0;: renseignez-vous au guichet.</translation>
    </message>
    <message>
        <source>Notice added: %1</source>
        <translation>Avis ajouté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a service</source>
        <translation>Trouver un service</translation>
    </message>
    <message>
        <source>Type what you are looking for with the on-screen keyboard, or choose a category below. Results appear as you type.</source>
        <translation>Saisissez ce que vous cherchez avec le clavier à l&apos;écran, ou choisissez une catégorie ci-dessous. Les résultats s&apos;affichent au fur et à mesure de la saisie.</translation>
    </message>
    <message>
        <source>For example: identity card, school canteen, waste</source>
        <translation>Par exemple&#xa0;: carte d&apos;identité, cantine scolaire, déchets</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <extracomment>%n is the number of services found</extracomment>
        <translation>
            <numerusform>%n service trouvé</numerusform>
            <numerusform>%n services trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or choose a category below.</source>
        <translation>Aucun résultat. Essayez d&apos;autres mots, ou choisissez une catégorie ci-dessous.</translation>
    </message>
    <message>
        <source>Most requested</source>
        <translation>Les plus demandés</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>Parcourir par catégorie</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <extracomment>%n is the number of services in a category</extracomment>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>A service page. Move down section by section; the buttons read it aloud or print it.</source>
        <translation>La fiche d&apos;un service. Descendez section par section&#xa0;; les boutons la lisent à voix haute ou l&apos;impriment.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Ouvert en ce moment, ferme à %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Closed now, opens today at %1</source>
        <translation>Fermé en ce moment, ouvre aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Fermé en ce moment, ouvre %1 à %2</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>Qui peut en faire la demande</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents à apporter</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>L&apos;imprimante n&apos;a plus de papier.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>Le capot de l&apos;imprimante est ouvert.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>L&apos;imprimante ne répond pas.</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>L&apos;imprimante n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>L&apos;impression a échoué.</translation>
    </message>
    <message>
        <source>Printed: take your sheet from the printer.</source>
        <translation>Imprimé&#xa0;: prenez votre feuille dans l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone instead.</source>
        <translation>Scannez plutôt le code QR ci-dessous avec votre téléphone.</translation>
    </message>
    <message>
        <source>Part of this page is not available in your language and is shown in the municipality&apos;s main language.</source>
        <translation>Une partie de cette fiche n&apos;est pas disponible dans votre langue et s&apos;affiche dans la langue principale de la commune.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Print this information</source>
        <translation>Imprimer ces informations</translation>
    </message>
    <message>
        <source>Fill in the form</source>
        <translation>Remplir le formulaire</translation>
    </message>
    <message>
        <source>Pay at this totem</source>
        <translation>Payer sur cette borne</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>De quoi s&apos;agit-il</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Où et quand</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Accès de plain-pied</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continuer sur votre téléphone</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the page online.</source>
        <translation>Scannez ce code avec l&apos;appareil photo de votre téléphone pour ouvrir la page en ligne.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>button</source>
        <translation>bouton</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>champ de texte</translation>
    </message>
    <message>
        <source>You are on: %1.</source>
        <translation>Vous êtes sur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Printed receipt (demo printer)</source>
        <translation>Reçu imprimé (imprimante de démonstration)</translation>
    </message>
</context>
<context>
    <name>SlotAnswer</name>
    <message>
        <source>Asking the office for free times…</source>
        <translation>Recherche des créneaux libres auprès du bureau…</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later, or book by phone at %1.</source>
        <translation>Le calendrier du bureau est inaccessible pour le moment. Réessayez plus tard, ou prenez rendez-vous par téléphone au %1.</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later.</source>
        <translation>Le calendrier du bureau est inaccessible pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>There are no free times in the coming weeks.</source>
        <translation>Aucun créneau libre dans les prochaines semaines.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Show later times</source>
        <translation>Afficher les créneaux suivants</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Avez-vous besoin de plus de temps&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Your session will end in %n second(s) and everything you entered will be cleared.</source>
        <extracomment>%n is the number of seconds before the session ends</extracomment>
        <translation>
            <numerusform>Votre session se terminera dans %n seconde et tout ce que vous avez saisi sera effacé.</numerusform>
            <numerusform>Votre session se terminera dans %n secondes et tout ce que vous avez saisi sera effacé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <extracomment>the one large button that extends the session</extracomment>
        <translation>Oui, continuer</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>Non, j&apos;ai terminé</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>New in town / Welcome</source>
        <translation>Nouveaux arrivants / Bienvenue</translation>
    </message>
    <message>
        <source>The first steps for new residents, in order. Choose a step to see where to go and what to bring.</source>
        <translation>Les premiers pas des nouveaux habitants, dans l&apos;ordre. Choisissez une étape pour savoir où aller et quoi apporter.</translation>
    </message>
    <message>
        <source>The guide for new residents is not available on this totem yet. The public relations office (URP) can help you.</source>
        <translation>Le guide des nouveaux habitants n&apos;est pas encore disponible sur cette borne. Le bureau des relations avec le public (URP) peut vous aider.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
</context>
</TS>
