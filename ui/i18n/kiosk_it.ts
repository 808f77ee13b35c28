<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilità</translation>
    </message>
    <message>
        <source>Each option can be turned on or off with the action key. They last until your session ends.</source>
        <translation>Attiva o disattiva ogni opzione con il tasto di conferma. Le scelte valgono fino alla fine della tua sessione.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contrasto</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Testo grande</translation>
    </message>
    <message>
        <source>Controls within easy reach (lower part of the screen)</source>
        <translation>Comandi a portata di mano (parte bassa dello schermo)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leggi ad alta voce</translation>
    </message>
    <message>
        <source>Speech volume: %1%</source>
        <extracomment>%1 is the speech volume in percent</extracomment>
        <translation>Volume della voce: %1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Più basso</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Più alto</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Prova la voce</translation>
    </message>
    <message>
        <source>This is how the totem reads aloud.</source>
        <translation>Ecco come il totem legge ad alta voce.</translation>
    </message>
    <message>
        <source>Keypad: up and down move, the action key selects, Help tells you where you are, Back goes back.</source>
        <translation>Tastierino: su e giù per spostarti, tasto di conferma per scegliere, Aiuto per sapere dove sei, Indietro per tornare indietro.</translation>
    </message>
</context>
<context>
    <name>AddressAnswer</name>
    <message>
        <source>Street: %1</source>
        <translation>Via: %1</translation>
    </message>
    <message>
        <source>Choose the street from the list.</source>
        <translation>Scegli la via dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Type part of the street name</source>
        <translation>Scrivi una parte del nome della via</translation>
    </message>
    <message>
        <source>street name</source>
        <translation>nome della via</translation>
    </message>
    <message>
        <source>No street of the municipality matches: check the spelling.</source>
        <translation>Nessuna via del Comune corrisponde: controlla come l&apos;hai scritta.</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Numero civico</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>attract screen call to action</extracomment>
        <translation>Tocca lo schermo per iniziare</translation>
    </message>
    <message>
        <source>or press any key</source>
        <extracomment>attract screen, for keypad users</extracomment>
        <translation>o premi un tasto qualsiasi</translation>
    </message>
</context>
<context>
    <name>CatalogBridge</name>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>Da portare</translation>
    </message>
    <message>
        <source>Scan the code to continue on your phone.</source>
        <translation>Inquadra il codice per continuare sul telefono.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <source>The services of this category. Choose one to see what it is, who can apply and where to go.</source>
        <translation>I servizi di questa categoria. Scegline uno per sapere che cos&apos;è, chi può richiederlo e dove andare.</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>No date chosen yet: use the buttons below.</source>
        <translation>Nessuna data scelta: usa i pulsanti qui sotto.</translation>
    </message>
    <message>
        <source>Earlier %1</source>
        <extracomment>%1 is &quot;day&quot;, &quot;month&quot; or &quot;year&quot;</extracomment>
        <translation>%1 precedente</translation>
    </message>
    <message>
        <source>Later %1</source>
        <translation>%1 successivo</translation>
    </message>
    <message>
        <source>Ten years earlier</source>
        <translation>Dieci anni prima</translation>
    </message>
    <message>
        <source>Ten years later</source>
        <translation>Dieci anni dopo</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>year</source>
        <translation>anno</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Please correct one answer:</source>
        <translation>Correggi una risposta:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct %n answer(s):</source>
        <extracomment>%n is the number of answers to correct</extracomment>
        <translation>
            <numerusform>Correggi %n risposta:</numerusform>
            <numerusform>Correggi %n risposte:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>required</source>
        <translation>obbligatorio</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(facoltativo)</translation>
    </message>
    <message>
        <source>Filled in from your health card: check it.</source>
        <translation>Compilato dalla tessera sanitaria: controllalo.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>Leggi ad alta voce l&apos;informativa privacy</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Grazie</translation>
    </message>
    <message>
        <source>Your request has been received. Keep the receipt number; the QR code lets you follow the request on your phone.</source>
        <translation>La tua richiesta è stata ricevuta. Conserva il numero di ricevuta; con il codice QR puoi seguire la richiesta dal telefono.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>La stampante ha finito la carta.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>Lo sportello della stampante è aperto.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>La stampante non risponde.</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>La stampante non è disponibile.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>La stampa non è riuscita.</translation>
    </message>
    <message>
        <source>Sent to the municipality. Protocol number: %1.</source>
        <translation>Inviata al Comune. Numero di protocollo: %1.</translation>
    </message>
    <message>
        <source>The municipality could not accept this request as it is. Please ask at the office, with this receipt number.</source>
        <translation>Il Comune non ha potuto accettare la richiesta così com&apos;è. Chiedi allo sportello, con questo numero di ricevuta.</translation>
    </message>
    <message>
        <source>It will be sent to the municipality as soon as the connection allows: nothing is lost.</source>
        <translation>Verrà inviata al Comune appena la connessione lo permette: non si perde nulla.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Stampa della ricevuta in corso…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Prendi la ricevuta dalla stampante.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone to keep your receipt.</source>
        <translation>Inquadra il codice QR qui sotto con il telefono per conservare la ricevuta.</translation>
    </message>
    <message>
        <source>Saving your request…</source>
        <translation>Salvataggio della richiesta…</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Numero di ricevuta: %1</translation>
    </message>
    <message>
        <source>QR code to follow your request on your phone</source>
        <translation>Codice QR per seguire la richiesta dal telefono</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Torna all&apos;inizio</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Please fill in this field</source>
        <translation>Compila questo campo</translation>
    </message>
    <message>
        <source>This is far too long for this field: please check what you entered</source>
        <translation>È troppo lungo per questo campo: controlla che cosa hai inserito</translation>
    </message>
    <message>
        <source>This contains invisible control or text-direction characters: please delete it and type it again</source>
        <translation>Contiene caratteri invisibili di controllo o di direzione del testo: cancellalo e scrivilo di nuovo</translation>
    </message>
    <message>
        <source>Please write at least {min} characters (now {length})</source>
        <translation>Scrivi almeno {min} caratteri (ora {length})</translation>
    </message>
    <message>
        <source>Please write at most {max} characters (now {length})</source>
        <translation>Scrivi al massimo {max} caratteri (ora {length})</translation>
    </message>
    <message>
        <source>A codice fiscale contains only letters and digits</source>
        <translation>Il codice fiscale contiene solo lettere e cifre</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters: you entered {length}</source>
        <translation>Il codice fiscale ha 16 caratteri: ne hai inseriti {length}</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters, or 11 digits for a company: you entered {length}</source>
        <translation>Il codice fiscale ha 16 caratteri, oppure 11 cifre per un&apos;azienda: ne hai inseriti {length}</translation>
    </message>
    <message>
        <source>This is the tax code of a company (11 digits): please enter a person&apos;s codice fiscale, 16 letters and digits</source>
        <translation>Questo è il codice fiscale di un&apos;azienda (11 cifre): inserisci il codice fiscale di una persona, 16 lettere e cifre</translation>
    </message>
    <message>
        <source>The last digit of this 11-digit tax code should be {expected}: please check the code for typos</source>
        <translation>L&apos;ultima cifra di questo codice di 11 cifre dovrebbe essere {expected}: controlla se ci sono errori di battitura</translation>
    </message>
    <message>
        <source>The first 6 characters of a codice fiscale are letters: character {position} is not a letter</source>
        <translation>I primi 6 caratteri del codice fiscale sono lettere: il carattere {position} non è una lettera</translation>
    </message>
    <message>
        <source>Characters 7 and 8 of a codice fiscale are the year of birth: character {position} should be a digit</source>
        <translation>I caratteri 7 e 8 del codice fiscale sono l&apos;anno di nascita: il carattere {position} dovrebbe essere una cifra</translation>
    </message>
    <message>
        <source>Character 9 of a codice fiscale is the month of birth: one of the letters A B C D E H L M P R S T</source>
        <translation>Il carattere 9 del codice fiscale è il mese di nascita: una delle lettere A B C D E H L M P R S T</translation>
    </message>
    <message>
        <source>Characters 10 and 11 of a codice fiscale are the day of birth: 01 to 31, or 41 to 71 for women</source>
        <translation>I caratteri 10 e 11 del codice fiscale sono il giorno di nascita: da 01 a 31, o da 41 a 71 per le donne</translation>
    </message>
    <message>
        <source>Characters 12 to 15 of a codice fiscale are the place of birth, a letter and three digits: character {position} is wrong</source>
        <translation>I caratteri da 12 a 15 del codice fiscale sono il luogo di nascita, una lettera e tre cifre: il carattere {position} è sbagliato</translation>
    </message>
    <message>
        <source>The last letter should be {expected} for the first 15 characters you entered: please check the whole code for typos</source>
        <translation>Per i primi 15 caratteri che hai inserito l&apos;ultima lettera dovrebbe essere {expected}: controlla tutto il codice</translation>
    </message>
    <message>
        <source>An IBAN contains only letters and digits</source>
        <translation>L&apos;IBAN contiene solo lettere e cifre</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters for the country and two check digits, for example IT60 X054 2811 1010 0000 0123 456</source>
        <translation>L&apos;IBAN inizia con due lettere per il Paese e due cifre di controllo, per esempio IT60 X054 2811 1010 0000 0123 456</translation>
    </message>
    <message>
        <source>{country} is not the start of an IBAN we know: Italian IBANs start with IT</source>
        <translation>{country} non è l&apos;inizio di un IBAN conosciuto: gli IBAN italiani iniziano con IT</translation>
    </message>
    <message>
        <source>Accounts from country {country} cannot be used here</source>
        <translation>Qui non si possono usare conti del Paese {country}</translation>
    </message>
    <message>
        <source>An IBAN from {country} has {expected} characters: you entered {length}</source>
        <translation>Un IBAN di {country} ha {expected} caratteri: ne hai inseriti {length}</translation>
    </message>
    <message>
        <source>After IT and the two check digits, an Italian IBAN has a letter (CIN), 10 digits (ABI and CAB) and the 12-character account number</source>
        <translation>Dopo IT e le due cifre di controllo, l&apos;IBAN italiano ha una lettera (CIN), 10 cifre (ABI e CAB) e il numero di conto di 12 caratteri</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of the IBAN: a character is probably mistyped</source>
        <translation>Le cifre di controllo non corrispondono al resto dell&apos;IBAN: probabilmente un carattere è sbagliato</translation>
    </message>
    <message>
        <source>The letter after the check digits (CIN) should be {expected} for this bank and account: please check the code for typos</source>
        <translation>La lettera dopo le cifre di controllo (CIN) dovrebbe essere {expected} per questa banca e questo conto: controlla se ci sono errori</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.it, with exactly one @</source>
        <translation>Un indirizzo e-mail è come nome@esempio.it, con una sola @</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces</source>
        <translation>Un indirizzo e-mail non può contenere spazi</translation>
    </message>
    <message>
        <source>The part before @ can contain letters, digits and . _ - + (no dot at the start or end, no two dots in a row)</source>
        <translation>La parte prima della @ può contenere lettere, cifre e . _ - + (senza punto all&apos;inizio o alla fine, senza due punti di fila)</translation>
    </message>
    <message>
        <source>The part after @ should be a domain name such as example.it</source>
        <translation>La parte dopo la @ dovrebbe essere un dominio come esempio.it</translation>
    </message>
    <message>
        <source>An e-mail address has at most {max} characters: you entered {length}</source>
        <translation>Un indirizzo e-mail ha al massimo {max} caratteri: ne hai inseriti {length}</translation>
    </message>
    <message>
        <source>A phone number contains only digits, with +39 at the start if you like</source>
        <translation>Un numero di telefono contiene solo cifre, con +39 all&apos;inizio se vuoi</translation>
    </message>
    <message>
        <source>Only Italian phone numbers can be used here: the prefix must be +39</source>
        <translation>Qui si possono usare solo numeri italiani: il prefisso deve essere +39</translation>
    </message>
    <message>
        <source>An Italian number starts with 3 (mobile) or 0 (landline), for example 333 123 4567 or 06 1234 5678</source>
        <translation>Un numero italiano inizia con 3 (cellulare) o 0 (fisso), per esempio 333 123 4567 o 06 1234 5678</translation>
    </message>
    <message>
        <source>A mobile number has {min} or {max} digits: you entered {length}</source>
        <translation>Un numero di cellulare ha {min} o {max} cifre: ne hai inserite {length}</translation>
    </message>
    <message>
        <source>A landline number has {min} to {max} digits, starting with 0: you entered {length}</source>
        <translation>Un numero fisso ha da {min} a {max} cifre e inizia con 0: ne hai inserite {length}</translation>
    </message>
    <message>
        <source>Please enter a mobile number: it starts with 3</source>
        <translation>Inserisci un numero di cellulare: inizia con 3</translation>
    </message>
    <message>
        <source>Please enter a landline number: it starts with 0</source>
        <translation>Inserisci un numero fisso: inizia con 0</translation>
    </message>
    <message>
        <source>A CAP (postcode) has 5 digits, for example 00184</source>
        <translation>Il CAP ha 5 cifre, per esempio 00184</translation>
    </message>
    <message>
        <source>The CAP should start with {prefix}</source>
        <translation>Il CAP dovrebbe iniziare con {prefix}</translation>
    </message>
    <message>
        <source>Please enter one of these CAPs: {allowed}</source>
        <translation>Inserisci uno di questi CAP: {allowed}</translation>
    </message>
    <message>
        <source>Please enter the date as year-month-day, for example 2025-03-15</source>
        <translation>Inserisci la data come anno-mese-giorno, per esempio 2025-03-15</translation>
    </message>
    <message>
        <source>This day does not exist: please check the day and the month</source>
        <translation>Questo giorno non esiste: controlla il giorno e il mese</translation>
    </message>
    <message>
        <source>The date must be {min} or later</source>
        <translation>La data deve essere {min} o successiva</translation>
    </message>
    <message>
        <source>The date must be {max} or earlier</source>
        <translation>La data deve essere {max} o precedente</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown</source>
        <translation>Scegli una delle risposte mostrate</translation>
    </message>
    <message>
        <source>Please choose at least {min} answers</source>
        <translation>Scegli almeno {min} risposte</translation>
    </message>
    <message>
        <source>Please choose at most {max} answers</source>
        <translation>Scegli al massimo {max} risposte</translation>
    </message>
    <message>
        <source>Please answer yes or no</source>
        <translation>Rispondi sì o no</translation>
    </message>
    <message>
        <source>Please enter a number, for example 3 or 2.5</source>
        <translation>Inserisci un numero, per esempio 3 o 2,5</translation>
    </message>
    <message>
        <source>Please enter a whole number</source>
        <translation>Inserisci un numero intero</translation>
    </message>
    <message>
        <source>The number must be {min} or more</source>
        <translation>Il numero deve essere {min} o più</translation>
    </message>
    <message>
        <source>The number must be {max} or less</source>
        <translation>Il numero deve essere {max} o meno</translation>
    </message>
    <message>
        <source>You need to agree to continue</source>
        <translation>Per continuare devi dare il consenso</translation>
    </message>
    <message>
        <source>Please choose a time from the list</source>
        <translation>Scegli un orario dall&apos;elenco</translation>
    </message>
    <message>
        <source>Please choose the street from the list</source>
        <translation>Scegli la via dall&apos;elenco</translation>
    </message>
    <message>
        <source>After the street, write only the house number, for example 12 or 12/A</source>
        <translation>Dopo la via scrivi solo il numero civico, per esempio 12 o 12/A</translation>
    </message>
</context>
<context>
    <name>FormReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Controlla le risposte</translation>
    </message>
    <message>
        <source>Here is everything you entered. Choose Change next to an answer to correct it, then Send.</source>
        <translation>Ecco tutto quello che hai inserito. Scegli Modifica accanto a una risposta per correggerla, poi Invia.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>Leggi ad alta voce l&apos;informativa privacy</translation>
    </message>
    <message>
        <source>I have read the privacy notice</source>
        <translation>Ho letto l&apos;informativa privacy</translation>
    </message>
    <message>
        <source>The request could not be saved on this totem. Nothing was sent: please try again, or ask at the office.</source>
        <translation>Non è stato possibile salvare la richiesta su questo totem. Non è stato inviato nulla: riprova, oppure chiedi allo sportello.</translation>
    </message>
    <message>
        <source>To send, confirm that you have read the privacy notice.</source>
        <translation>Per inviare, conferma di aver letto l&apos;informativa privacy.</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>Modifica le risposte</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Sends the form to the municipality and prints your receipt.</source>
        <translation>Invia il modulo al Comune e stampa la ricevuta.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Answer the questions, then press Next. You can go back at any time without losing your answers.</source>
        <translation>Rispondi alle domande, poi premi Avanti. Puoi tornare indietro quando vuoi senza perdere le risposte.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>progress through a form, e.g. &quot;Step 2 of 4&quot;</extracomment>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <source>Your health card is in the reader. Do you want to fill in your name, surname and tax code from it? Nothing is kept after you leave.</source>
        <translation>La tua tessera sanitaria è nel lettore. Vuoi compilare nome, cognome e codice fiscale dalla tessera? Quando te ne vai non resta nulla.</translation>
    </message>
    <message>
        <source>You can fill in your name, surname and tax code from your health card (Tessera Sanitaria): insert it in the reader.</source>
        <translation>Puoi compilare nome, cognome e codice fiscale dalla Tessera Sanitaria: inseriscila nel lettore.</translation>
    </message>
    <message>
        <source>Yes, use my card</source>
        <translation>Sì, usa la mia tessera</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) filled in from your card. Please check them.</source>
        <extracomment>%n is the number of answers filled in from the card</extracomment>
        <translation>
            <numerusform>%n risposta compilata dalla tessera. Controllala.</numerusform>
            <numerusform>%n risposte compilate dalla tessera. Controllale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the demo card</source>
        <translation>Inserisci la tessera dimostrativa</translation>
    </message>
    <message>
        <source>Demo only: simulates a health card in the reader.</source>
        <translation>Solo dimostrazione: simula una tessera sanitaria nel lettore.</translation>
    </message>
    <message>
        <source>One question per screen</source>
        <translation>Una domanda per schermata</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Passo precedente</translation>
    </message>
    <message>
        <source>Leave the form</source>
        <translation>Esci dal modulo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Controlla le risposte</translation>
    </message>
</context>
<context>
    <name>FormsBridge</name>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>There is a problem on this page.</source>
        <translation>C&apos;è un problema in questa pagina.</translation>
    </message>
    <message>
        <source>There are %1 problems on this page.</source>
        <translation>Ci sono %1 problemi in questa pagina.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numero di ricevuta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Protocol number: it will follow.</source>
        <translation>Numero di protocollo: seguirà.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appuntamento</translation>
    </message>
    <message>
        <source>Scan the code to follow your request.</source>
        <translation>Inquadra il codice per seguire la richiesta.</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Forms and bookings</source>
        <translation>Moduli e prenotazioni</translation>
    </message>
    <message>
        <source>Choose a form to fill in or an appointment to book. You will see every answer again before sending.</source>
        <translation>Scegli un modulo da compilare o un appuntamento da prenotare. Prima di inviare rivedrai tutte le risposte.</translation>
    </message>
    <message>
        <source>No forms are available on this totem yet.</source>
        <translation>Su questo totem non ci sono ancora moduli.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose what you need. Use the up and down keys to move between the tiles and the action key to open one.</source>
        <translation>Scegli ciò che ti serve. Usa i tasti su e giù per spostarti tra i riquadri e il tasto di conferma per aprirne uno.</translation>
    </message>
    <message>
        <source>How can we help you today?</source>
        <extracomment>home screen greeting under the municipality&apos;s name</extracomment>
        <translation>Come possiamo aiutarti oggi?</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Cerca un servizio</translation>
    </message>
    <message>
        <source>What the city offers, who to ask, where and when</source>
        <translation>Cosa offre la città, a chi rivolgerti, dove e quando</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Paga un avviso pagoPA</translation>
    </message>
    <message>
        <source>Type or scan the notice, pay by card</source>
        <translation>Digita o scansiona l&apos;avviso, paga con carta</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>Moduli e prenotazioni</translation>
    </message>
    <message>
        <source>Applications, enrolments, appointments</source>
        <translation>Domande, iscrizioni, appuntamenti</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Segnala un problema</translation>
    </message>
    <message>
        <source>Potholes, street lights, abandoned waste</source>
        <translation>Buche, lampioni, rifiuti abbandonati</translation>
    </message>
    <message>
        <source>New in town / Welcome</source>
        <translation>Nuovi cittadini / Benvenuto</translation>
    </message>
    <message>
        <source>Your first steps: residence, health, school, language courses</source>
        <translation>I tuoi primi passi: residenza, salute, scuola, corsi di lingua</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilità</translation>
    </message>
    <message>
        <source>Larger text, high contrast, read aloud</source>
        <translation>Testo più grande, alto contrasto, lettura ad alta voce</translation>
    </message>
    <message>
        <source>Language / Lingua</source>
        <extracomment>keep &quot;Lingua / Language&quot; so that everybody recognises it</extracomment>
        <translation>Lingua / Language</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <extracomment>state of an on/off accessibility option</extracomment>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivo</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Scegli la tua lingua</translation>
    </message>
    <message>
        <source>Move through the languages and press the action key on yours.</source>
        <translation>Scorri le lingue e premi il tasto di conferma sulla tua.</translation>
    </message>
</context>
<context>
    <name>MaintenanceBridge</name>
    <message>
        <source>Wrong PIN. Attempts left before entry locks: %1</source>
        <translation>PIN errato. Tentativi rimasti prima del blocco: %1</translation>
    </message>
    <message>
        <source>Entry is locked. Try again in %1 seconds.</source>
        <translation>Accesso bloccato. Riprova tra %1 secondi.</translation>
    </message>
    <message>
        <source>No maintenance PIN is set: use &apos;kiosk maintenance set-pin&apos;.</source>
        <translation>Nessun PIN di manutenzione impostato: usa &apos;kiosk maintenance set-pin&apos;.</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Riavvio in corso…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <source>No backend is configured.</source>
        <translation>Nessun backend configurato.</translation>
    </message>
    <message>
        <source>Sync done; items still in the outbox: %1</source>
        <translation>Sincronizzazione fatta; elementi ancora in coda: %1</translation>
    </message>
    <message>
        <source>Items sent again: %1</source>
        <translation>Elementi rimessi in invio: %1</translation>
    </message>
    <message>
        <source>No update repository is configured.</source>
        <translation>Nessun archivio di aggiornamenti configurato.</translation>
    </message>
    <message>
        <source>Update requested: the updater checks now. If it installs a new version, the kiosk restarts by itself in a few minutes.</source>
        <translation>Aggiornamento richiesto: il programma di aggiornamento controlla adesso. Se installa una nuova versione, il chiosco si riavvia da solo entro pochi minuti.</translation>
    </message>
    <message>
        <source>Payments are not available.</source>
        <translation>I pagamenti non sono disponibili.</translation>
    </message>
    <message>
        <source>Receipt printed again.</source>
        <translation>Ricevuta ristampata.</translation>
    </message>
    <message>
        <source>Out of service: on</source>
        <translation>Fuori servizio: attivo</translation>
    </message>
    <message>
        <source>Out of service: off</source>
        <translation>Fuori servizio: disattivo</translation>
    </message>
    <message>
        <source>No printer.</source>
        <translation>Nessuna stampante.</translation>
    </message>
    <message>
        <source>Test receipt</source>
        <translation>Ricevuta di prova</translation>
    </message>
    <message>
        <source>Totem</source>
        <translation>Totem</translation>
    </message>
    <message>
        <source>The printer did not print: %1</source>
        <translation>La stampante non ha stampato: %1</translation>
    </message>
    <message>
        <source>Test receipt printed.</source>
        <translation>Ricevuta di prova stampata.</translation>
    </message>
    <message>
        <source>No speech output.</source>
        <translation>Nessuna uscita vocale.</translation>
    </message>
    <message>
        <source>Speaking a test sentence: %1</source>
        <translation>Frase di prova in corso: %1</translation>
    </message>
    <message>
        <source>No card reader.</source>
        <translation>Nessun lettore di tessere.</translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation>Non è stato possibile leggere la tessera: %1</translation>
    </message>
    <message>
        <source>No card in the reader.</source>
        <translation>Nessuna tessera nel lettore.</translation>
    </message>
    <message>
        <source>Card: %1 %2</source>
        <translation>Tessera: %1 %2</translation>
    </message>
    <message>
        <source>No scanner.</source>
        <translation>Nessun lettore di codici.</translation>
    </message>
    <message>
        <source>Scan a code now.</source>
        <translation>Inquadra un codice adesso.</translation>
    </message>
    <message>
        <source>Scanned (%1): %2 characters</source>
        <translation>Letto (%1): %2 caratteri</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <source>Status, device tests, actions and logs. Exit maintenance when you are done.</source>
        <translation>Stato, prove dei dispositivi, azioni e log. Esci dalla manutenzione quando hai finito.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Exit maintenance</source>
        <translation>Esci dalla manutenzione</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Restart the application</source>
        <translation>Riavvia l&apos;applicazione</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Chiudi il chiosco</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Version %1 · totem %2 · content %3</source>
        <translation>Versione %1 · totem %2 · contenuti %3</translation>
    </message>
    <message>
        <source>Backend: %1 · reachable: %2</source>
        <translation>Backend: %1 · raggiungibile: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>Ultimo contatto: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Ultimo errore: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 item(s), oldest %2 s</source>
        <translation>Coda di invio: %1 elementi, il più vecchio da %2 s</translation>
    </message>
    <message>
        <source>Disk free: %1 · memory used by the kiosk: %2 · up %3 min</source>
        <translation>Disco libero: %1 · memoria usata dal chiosco: %2 · attivo da %3 min</translation>
    </message>
    <message>
        <source>Out of service: %1</source>
        <translation>Fuori servizio: %1</translation>
    </message>
    <message>
        <source>Updates: no update repository configured</source>
        <translation>Aggiornamenti: nessun archivio configurato</translation>
    </message>
    <message>
        <source>Updates: installed %1 · previous %2 · available %3</source>
        <translation>Aggiornamenti: installata %1 · precedente %2 · disponibile %3</translation>
    </message>
    <message>
        <source>on trial: %1</source>
        <translation>in prova: %1</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Ultimo aggiornamento: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Retry the outbox</source>
        <translation>Rimetti in invio la coda</translation>
    </message>
    <message>
        <source>Install update %1 now</source>
        <translation>Installa ora l&apos;aggiornamento %1</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation>Cerca aggiornamenti ora</translation>
    </message>
    <message>
        <source>Back into service</source>
        <translation>Rimetti in servizio</translation>
    </message>
    <message>
        <source>Put out of service</source>
        <translation>Metti fuori servizio</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funzionante</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>GUASTO</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Stampa una ricevuta di prova</translation>
    </message>
    <message>
        <source>Read a card</source>
        <translation>Leggi una tessera</translation>
    </message>
    <message>
        <source>Scan a code</source>
        <translation>Leggi un codice</translation>
    </message>
    <message>
        <source>Speak a test sentence:</source>
        <translation>Pronuncia una frase di prova:</translation>
    </message>
    <message>
        <source>Receipts to reprint</source>
        <translation>Ricevute da ristampare</translation>
    </message>
    <message>
        <source>Reprint: %1</source>
        <translation>Ristampa: %1</translation>
    </message>
    <message>
        <source>Keypad and touch test</source>
        <translation>Prova di tastierino e touch</translation>
    </message>
    <message>
        <source>Keypad test</source>
        <translation>Prova del tastierino</translation>
    </message>
    <message>
        <source>Last key: %1</source>
        <translation>Ultimo tasto: %1</translation>
    </message>
    <message>
        <source>Focus here and press any key of the keypad</source>
        <translation>Porta qui il fuoco e premi un tasto del tastierino</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Tutti i componenti</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro delle operazioni</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <extracomment>navigation bar: go to the previous screen</extracomment>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>navigation bar: go to the home screen</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>navigation bar: hear where you are and what you can do</extracomment>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>navigation bar: end the session, wiping everything</extracomment>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Ends your session and clears everything you entered</source>
        <translation>Termina la sessione e cancella tutto ciò che hai inserito</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This totem is out of service</source>
        <translation>Questo totem è fuori servizio</translation>
    </message>
    <message>
        <source>We are sorry. You can get the same services here:</source>
        <translation>Ci scusiamo. Puoi ottenere gli stessi servizi qui:</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Aperto ora, chiude alle %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Chiuso ora</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefono: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Check and confirm</source>
        <translation>Controlla e conferma</translation>
    </message>
    <message>
        <source>Pay at the card terminal</source>
        <translation>Paga al terminale</translation>
    </message>
    <message>
        <source>Payment done</source>
        <translation>Pagamento eseguito</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>Pagamento non completato</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Paga un avviso pagoPA</translation>
    </message>
    <message>
        <source>Type the 18-digit notice code and the payee&apos;s tax code, as printed on the notice, or hold the notice&apos;s QR code under the scanner. You can pay up to five notices together.</source>
        <translation>Scrivi il codice avviso di 18 cifre e il codice fiscale dell&apos;ente, come sono stampati sull&apos;avviso, oppure metti il codice QR dell&apos;avviso sotto il lettore. Puoi pagare fino a cinque avvisi insieme.</translation>
    </message>
    <message>
        <source>Check the amounts, then press Pay to pay at the card terminal.</source>
        <translation>Controlla gli importi, poi premi Paga per pagare al terminale.</translation>
    </message>
    <message>
        <source>Follow the instructions on the screen.</source>
        <translation>Segui le indicazioni sullo schermo.</translation>
    </message>
    <message>
        <source>Total to pay: %1.</source>
        <translation>Totale da pagare: %1.</translation>
    </message>
    <message>
        <source>Notice added.</source>
        <translation>Avviso aggiunto.</translation>
    </message>
    <message>
        <source>Type the notice code and the payee&apos;s tax code, or hold the QR code of the notice under the scanner.</source>
        <translation>Scrivi il codice avviso e il codice fiscale dell&apos;ente, oppure metti il codice QR dell&apos;avviso sotto il lettore.</translation>
    </message>
    <message>
        <source>Payments need the connection to the municipality, which is not available right now. Nothing can be charged: please try again later or pay online, at a bank or a post office.</source>
        <translation>Per pagare serve il collegamento con il Comune, che ora non è disponibile. Non verrà addebitato nulla: riprova più tardi, oppure paga online, in banca o all&apos;ufficio postale.</translation>
    </message>
    <message>
        <source>Notice code (18 digits)</source>
        <translation>Codice avviso (18 cifre)</translation>
    </message>
    <message>
        <source>Notice code, 18 digits</source>
        <translation>Codice avviso, 18 cifre</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <extracomment>the notice code typed so far, grouped by four as on the paper notice</extracomment>
        <translation>Hai scritto: %1</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code (11 digits)</source>
        <translation>Codice fiscale dell&apos;ente (11 cifre)</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code, 11 digits</source>
        <translation>Codice fiscale dell&apos;ente, 11 cifre</translation>
    </message>
    <message>
        <source>Add this notice</source>
        <translation>Aggiungi questo avviso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>Demo: hold a sample notice under the scanner.</source>
        <translation>Dimostrazione: metti un avviso di esempio sotto il lettore.</translation>
    </message>
    <message>
        <source>already paid</source>
        <translation>già pagato</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>Checking the notices with the municipality…</source>
        <translation>Verifico gli avvisi con il Comune…</translation>
    </message>
    <message numerus="yes">
        <source>Check %n notice(s) and continue</source>
        <extracomment>%n is the number of notices in the list</extracomment>
        <translation>
            <numerusform>Verifica %n avviso e continua</numerusform>
            <numerusform>Verifica %n avvisi e continua</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>Avviso %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Scadenza %1</translation>
    </message>
    <message>
        <source>The amount is different from the one printed on the notice: this is today&apos;s amount.</source>
        <translation>L&apos;importo è diverso da quello stampato sull&apos;avviso: questo è l&apos;importo di oggi.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Commissione: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totale: %1</translation>
    </message>
    <message>
        <source>Change notices</source>
        <translation>Modifica gli avvisi</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leggi ad alta voce</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Paga %1</translation>
    </message>
    <message>
        <source>Then hold your card near the terminal or insert it.</source>
        <translation>Poi avvicina la carta al terminale o inseriscila.</translation>
    </message>
    <message>
        <source>Waiting for the terminal: %1 s</source>
        <extracomment>a counter that shows the kiosk is not frozen while the terminal waits</extracomment>
        <translation>In attesa del terminale: %1 s</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Riferimento: %1</translation>
    </message>
    <message>
        <source>Try again (another card too)</source>
        <translation>Riprova (anche con un&apos;altra carta)</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Torna all&apos;inizio</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Pagato: %1.</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Prendi la ricevuta dalla stampante.</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Numero di ricevuta: %1</translation>
    </message>
    <message>
        <source>QR code of your receipt</source>
        <translation>Codice QR della ricevuta</translation>
    </message>
</context>
<context>
    <name>PaymentsBridge</name>
    <message>
        <source>Please type the 18-digit notice code.</source>
        <translation>Scrivi il codice avviso di 18 cifre.</translation>
    </message>
    <message>
        <source>The notice code has digits only.</source>
        <translation>Il codice avviso contiene solo cifre.</translation>
    </message>
    <message>
        <source>The notice code has 18 digits: please check it.</source>
        <translation>Il codice avviso ha 18 cifre: controllalo.</translation>
    </message>
    <message>
        <source>A notice code starts with 0, 1, 2 or 3: please check the first digit.</source>
        <translation>Il codice avviso inizia con 0, 1, 2 o 3: controlla la prima cifra.</translation>
    </message>
    <message>
        <source>The last two digits do not match: please check the code.</source>
        <translation>Le ultime due cifre non corrispondono: controlla il codice.</translation>
    </message>
    <message>
        <source>Please type the payee&apos;s tax code (11 digits, under &apos;Codice fiscale ente&apos;).</source>
        <translation>Scrivi il codice fiscale dell&apos;ente (11 cifre, alla voce &apos;Codice fiscale ente&apos;).</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has digits only.</source>
        <translation>Il codice fiscale dell&apos;ente contiene solo cifre.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has 11 digits.</source>
        <translation>Il codice fiscale dell&apos;ente ha 11 cifre.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code does not add up: please check it.</source>
        <translation>Il codice fiscale dell&apos;ente non torna: controllalo.</translation>
    </message>
    <message>
        <source>The amount on this notice cannot be read.</source>
        <translation>L&apos;importo di questo avviso non si riesce a leggere.</translation>
    </message>
    <message>
        <source>This is far too long for a notice code.</source>
        <translation>È troppo lungo per essere un codice avviso.</translation>
    </message>
    <message>
        <source>Nothing was read: hold the notice still under the scanner.</source>
        <translation>Non è stato letto nulla: tieni fermo l&apos;avviso sotto il lettore.</translation>
    </message>
    <message>
        <source>This is not a pagoPA notice code. Scan the QR code or the square code on the notice.</source>
        <translation>Questo non è un codice di avviso pagoPA. Inquadra il codice QR o il codice quadrato dell&apos;avviso.</translation>
    </message>
    <message>
        <source>The QR code could not be read: please type the code.</source>
        <translation>Il codice QR non si legge: scrivi il codice.</translation>
    </message>
    <message>
        <source>This QR code is of an unknown kind: please type the code.</source>
        <translation>Questo codice QR è di un tipo sconosciuto: scrivi il codice.</translation>
    </message>
    <message>
        <source>The square code could not be read: please type the code.</source>
        <translation>Il codice quadrato non si legge: scrivi il codice.</translation>
    </message>
    <message>
        <source>Add at least one notice.</source>
        <translation>Aggiungi almeno un avviso.</translation>
    </message>
    <message>
        <source>At most five notices can be paid together.</source>
        <translation>Si possono pagare insieme al massimo cinque avvisi.</translation>
    </message>
    <message>
        <source>This notice is already in the list.</source>
        <translation>Questo avviso è già nell&apos;elenco.</translation>
    </message>
    <message>
        <source>The municipality does not know this notice: please check the code and the payee.</source>
        <translation>Il Comune non trova questo avviso: controlla il codice e l&apos;ente.</translation>
    </message>
    <message>
        <source>This notice has already been paid.</source>
        <translation>Questo avviso è già stato pagato.</translation>
    </message>
    <message>
        <source>This notice has expired and cannot be paid here: please ask the office.</source>
        <translation>Questo avviso è scaduto e non si può pagare qui: chiedi allo sportello.</translation>
    </message>
    <message>
        <source>This notice cannot be paid here: please ask the office.</source>
        <translation>Questo avviso non si può pagare qui: chiedi allo sportello.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this notice.</source>
        <translation>Per questo avviso non c&apos;è nulla da pagare.</translation>
    </message>
    <message>
        <source>A payment of this notice is still being checked: please ask the office before paying again.</source>
        <translation>Un pagamento di questo avviso è ancora in verifica: chiedi allo sportello prima di pagare di nuovo.</translation>
    </message>
    <message>
        <source>The notice cannot be checked right now (no connection to the municipality). Nothing has been charged. Please try again later.</source>
        <translation>Ora l&apos;avviso non si può verificare (manca il collegamento con il Comune). Non è stato addebitato nulla. Riprova più tardi.</translation>
    </message>
    <message>
        <source>This payment is no longer waiting to be paid.</source>
        <translation>Questo pagamento non è più in attesa.</translation>
    </message>
    <message>
        <source>This payment is not known.</source>
        <translation>Questo pagamento non risulta.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged.</source>
        <translation>La carta è stata rifiutata. Non è stato addebitato nulla.</translation>
    </message>
    <message>
        <source>No card was presented in time. Nothing has been charged.</source>
        <translation>Nessuna carta è stata presentata in tempo. Non è stato addebitato nulla.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing has been charged.</source>
        <translation>Il pagamento è stato annullato. Non è stato addebitato nulla.</translation>
    </message>
    <message>
        <source>The card terminal is not available. Nothing has been charged.</source>
        <translation>Il terminale non è disponibile. Non è stato addebitato nulla.</translation>
    </message>
    <message>
        <source>The card terminal stopped answering. Nothing has been charged.</source>
        <translation>Il terminale ha smesso di rispondere. Non è stato addebitato nulla.</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the card was charged. Do not pay again: please ask the office, with this screen&apos;s reference.</source>
        <translation>Non sappiamo ancora se la carta è stata addebitata. Non pagare di nuovo: chiedi allo sportello, con il riferimento di questa schermata.</translation>
    </message>
    <message>
        <source>The municipality refused the notice after the payment, and the charge was reversed on your card.</source>
        <translation>Il Comune ha rifiutato l&apos;avviso dopo il pagamento, e l&apos;addebito è stato stornato sulla tua carta.</translation>
    </message>
    <message>
        <source>The payment could not be completed and will be refunded: please ask the office, with this screen&apos;s reference.</source>
        <translation>Il pagamento non si è potuto completare e verrà rimborsato: chiedi allo sportello, con il riferimento di questa schermata.</translation>
    </message>
    <message>
        <source>Paid. The municipality will be told as soon as the connection allows: your receipt is valid.</source>
        <translation>Pagato. Il Comune lo saprà appena la connessione lo permette: la tua ricevuta è valida.</translation>
    </message>
    <message>
        <source>The printer is out of paper: scan the QR code to keep your receipt.</source>
        <translation>La stampante ha finito la carta: inquadra il codice QR per conservare la ricevuta.</translation>
    </message>
    <message>
        <source>The printer is not ready: scan the QR code to keep your receipt.</source>
        <translation>La stampante non è pronta: inquadra il codice QR per conservare la ricevuta.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: scan the QR code to keep it.</source>
        <translation>Non è stato possibile stampare la ricevuta: inquadra il codice QR per conservarla.</translation>
    </message>
    <message>
        <source>This totem has no printer: scan the QR code to keep your receipt.</source>
        <translation>Questo totem non ha una stampante: inquadra il codice QR per conservare la ricevuta.</translation>
    </message>
    <message>
        <source>Hold your card near the terminal, or insert it.</source>
        <translation>Avvicina la carta al terminale, oppure inseriscila.</translation>
    </message>
    <message>
        <source>Checking with the card terminal…</source>
        <translation>Verifico con il terminale…</translation>
    </message>
    <message>
        <source>Paid. Telling the municipality…</source>
        <translation>Pagato. Lo comunico al Comune…</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Stampa della ricevuta in corso…</translation>
    </message>
    <message>
        <source>Something went wrong: please ask the office.</source>
        <translation>Qualcosa non ha funzionato: chiedi allo sportello.</translation>
    </message>
    <message>
        <source>Notice added: %1</source>
        <translation>Avviso aggiunto: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Maintenance</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <source>Type the PIN</source>
        <translation>Digita il PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a service</source>
        <translation>Cerca un servizio</translation>
    </message>
    <message>
        <source>Type what you are looking for with the on-screen keyboard, or choose a category below. Results appear as you type.</source>
        <translation>Scrivi che cosa cerchi con la tastiera sullo schermo, oppure scegli una categoria qui sotto. I risultati compaiono mentre scrivi.</translation>
    </message>
    <message>
        <source>For example: identity card, school canteen, waste</source>
        <translation>Per esempio: carta d&apos;identità, mensa scolastica, rifiuti</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <extracomment>%n is the number of services found</extracomment>
        <translation>
            <numerusform>%n servizio trovato</numerusform>
            <numerusform>%n servizi trovati</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or choose a category below.</source>
        <translation>Nessun risultato. Prova con altre parole, oppure scegli una categoria qui sotto.</translation>
    </message>
    <message>
        <source>Most requested</source>
        <translation>I più richiesti</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>Sfoglia per categoria</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <extracomment>%n is the number of services in a category</extracomment>
        <translation>
            <numerusform>%n servizio</numerusform>
            <numerusform>%n servizi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>A service page. Move down section by section; the buttons read it aloud or print it.</source>
        <translation>La scheda di un servizio. Scorri sezione per sezione; i pulsanti la leggono ad alta voce o la stampano.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domenica</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Aperto ora, chiude alle %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Closed now, opens today at %1</source>
        <translation>Chiuso ora, apre oggi alle %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Chiuso ora, apre %1 alle %2</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>Chi può richiederlo</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Come fare</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documenti da portare</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>La stampante ha finito la carta.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>Lo sportello della stampante è aperto.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>La stampante non risponde.</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>La stampante non è disponibile.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>La stampa non è riuscita.</translation>
    </message>
    <message>
        <source>Printed: take your sheet from the printer.</source>
        <translation>Stampato: prendi il foglio dalla stampante.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone instead.</source>
        <translation>Inquadra invece il codice QR qui sotto con il telefono.</translation>
    </message>
    <message>
        <source>Part of this page is not available in your language and is shown in the municipality&apos;s main language.</source>
        <translation>Una parte di questa scheda non è disponibile nella tua lingua ed è mostrata nella lingua principale del Comune.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leggi ad alta voce</translation>
    </message>
    <message>
        <source>Print this information</source>
        <translation>Stampa queste informazioni</translation>
    </message>
    <message>
        <source>Fill in the form</source>
        <translation>Compila il modulo</translation>
    </message>
    <message>
        <source>Pay at this totem</source>
        <translation>Paga a questo totem</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Che cos&apos;è</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Dove e quando</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Accesso senza barriere</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continua sul telefono</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the page online.</source>
        <translation>Inquadra questo codice con la fotocamera del telefono per aprire la pagina online.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>button</source>
        <translation>pulsante</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivo</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>campo di testo</translation>
    </message>
    <message>
        <source>You are on: %1.</source>
        <translation>Ti trovi su: %1.</translation>
    </message>
    <message>
        <source>Printed receipt (demo printer)</source>
        <translation>Ricevuta stampata (stampante dimostrativa)</translation>
    </message>
</context>
<context>
    <name>SlotAnswer</name>
    <message>
        <source>Asking the office for free times…</source>
        <translation>Chiedo all&apos;ufficio gli orari liberi…</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later, or book by phone at %1.</source>
        <translation>Il calendario dell&apos;ufficio ora non è raggiungibile. Riprova più tardi, oppure prenota per telefono al %1.</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later.</source>
        <translation>Il calendario dell&apos;ufficio ora non è raggiungibile. Riprova più tardi.</translation>
    </message>
    <message>
        <source>There are no free times in the coming weeks.</source>
        <translation>Nelle prossime settimane non ci sono orari liberi.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Scelto: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Show later times</source>
        <translation>Mostra orari successivi</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Ti serve altro tempo?</translation>
    </message>
    <message numerus="yes">
        <source>Your session will end in %n second(s) and everything you entered will be cleared.</source>
        <extracomment>%n is the number of seconds before the session ends</extracomment>
        <translation>
            <numerusform>La tua sessione terminerà tra %n secondo e tutto ciò che hai inserito verrà cancellato.</numerusform>
            <numerusform>La tua sessione terminerà tra %n secondi e tutto ciò che hai inserito verrà cancellato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <extracomment>the one large button that extends the session</extracomment>
        <translation>Sì, continua</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>No, ho finito</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>New in town / Welcome</source>
        <translation>Nuovi cittadini / Benvenuto</translation>
    </message>
    <message>
        <source>The first steps for new residents, in order. Choose a step to see where to go and what to bring.</source>
        <translation>I primi passi per chi arriva in città, in ordine. Scegli un passo per sapere dove andare e che cosa portare.</translation>
    </message>
    <message>
        <source>The guide for new residents is not available on this totem yet. The public relations office (URP) can help you.</source>
        <translation>La guida per chi arriva in città non è ancora disponibile su questo totem. L&apos;Ufficio Relazioni con il Pubblico (URP) può aiutarti.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Torna alla Home</translation>
    </message>
</context>
</TS>
