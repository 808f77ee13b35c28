<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilitate</translation>
    </message>
    <message>
        <source>Each option can be turned on or off with the action key. They last until your session ends.</source>
        <translation>Activați sau dezactivați fiecare opțiune cu tasta de confirmare. Alegerile rămân valabile până la sfârșitul sesiunii.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrast ridicat</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Text mare</translation>
    </message>
    <message>
        <source>Controls within easy reach (lower part of the screen)</source>
        <translation>Comenzi ușor de atins (partea de jos a ecranului)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Citire cu voce tare</translation>
    </message>
    <message>
        <source>Speech volume: %1%</source>
        <extracomment>%1 is the speech volume in percent</extracomment>
        <translation>Volumul vocii: %1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Mai încet</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Mai tare</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Încercați vocea</translation>
    </message>
    <message>
        <source>This is how the totem reads aloud.</source>
        <translation>Așa citește terminalul cu voce tare.</translation>
    </message>
    <message>
        <source>Keypad: up and down move, the action key selects, Help tells you where you are, Back goes back.</source>
        <translation>Tastatură: sus și jos pentru deplasare, tasta de confirmare pentru alegere, Ajutor vă spune unde sunteți, Înapoi pentru revenire.</translation>
    </message>
</context>
<context>
    <name>AddressAnswer</name>
    <message>
        <source>Street: %1</source>
        <translation>Strada: %1</translation>
    </message>
    <message>
        <source>Choose the street from the list.</source>
        <translation>Alegeți strada din listă.</translation>
    </message>
    <message>
        <source>Type part of the street name</source>
        <translation>Scrieți o parte din numele străzii</translation>
    </message>
    <message>
        <source>street name</source>
        <translation>numele străzii</translation>
    </message>
    <message>
        <source>No street of the municipality matches: check the spelling.</source>
        <translation>Nicio stradă din localitate nu corespunde: verificați cum ați scris-o.</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Număr</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>attract screen call to action</extracomment>
        <translation>Atingeți ecranul pentru a începe</translation>
    </message>
    <message>
        <source>or press any key</source>
        <extracomment>attract screen, for keypad users</extracomment>
        <translation>sau apăsați orice tastă</translation>
    </message>
</context>
<context>
    <name>CatalogBridge</name>
    <message>
        <source>Where</source>
        <translation>Unde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>De adus</translation>
    </message>
    <message>
        <source>Scan the code to continue on your phone.</source>
        <translation>Scanați codul pentru a continua pe telefon.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <source>The services of this category. Choose one to see what it is, who can apply and where to go.</source>
        <translation>Serviciile din această categorie. Alegeți unul pentru a afla ce este, cine îl poate solicita și unde trebuie să mergeți.</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>No date chosen yet: use the buttons below.</source>
        <translation>Nu ați ales încă nicio dată: folosiți butoanele de mai jos.</translation>
    </message>
    <message>
        <source>Earlier %1</source>
        <extracomment>%1 is &quot;day&quot;, &quot;month&quot; or &quot;year&quot;</extracomment>
        <translation>%1 înapoi</translation>
    </message>
    <message>
        <source>Later %1</source>
        <translation>%1 înainte</translation>
    </message>
    <message>
        <source>Ten years earlier</source>
        <translation>Zece ani înapoi</translation>
    </message>
    <message>
        <source>Ten years later</source>
        <translation>Zece ani înainte</translation>
    </message>
    <message>
        <source>day</source>
        <translation>zi</translation>
    </message>
    <message>
        <source>month</source>
        <translation>lună</translation>
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
        <translation>Corectați un răspuns:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct %n answer(s):</source>
        <extracomment>%n is the number of answers to correct</extracomment>
        <translation>
            <numerusform>Corectați %n răspuns:</numerusform>
            <numerusform>Corectați %n răspunsuri:</numerusform>
            <numerusform>Corectați %n de răspunsuri:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>required</source>
        <translation>obligatoriu</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Eroare: %1</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opțional)</translation>
    </message>
    <message>
        <source>Filled in from your health card: check it.</source>
        <translation>Completat de pe cardul de sănătate: verificați-l.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>Citire cu voce tare a notei de confidențialitate</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Vă mulțumim</translation>
    </message>
    <message>
        <source>Your request has been received. Keep the receipt number; the QR code lets you follow the request on your phone.</source>
        <translation>Cererea dumneavoastră a fost primită. Păstrați numărul chitanței; cu codul QR puteți urmări cererea pe telefon.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>Imprimanta nu mai are hârtie.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>Capacul imprimantei este deschis.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>Imprimanta nu răspunde.</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>Imprimanta nu este disponibilă.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Tipărirea nu a reușit.</translation>
    </message>
    <message>
        <source>Sent to the municipality. Protocol number: %1.</source>
        <translation>Trimisă la primărie. Număr de înregistrare: %1.</translation>
    </message>
    <message>
        <source>The municipality could not accept this request as it is. Please ask at the office, with this receipt number.</source>
        <translation>Primăria nu a putut accepta această cerere în forma actuală. Întrebați la ghișeu, cu acest număr de chitanță.</translation>
    </message>
    <message>
        <source>It will be sent to the municipality as soon as the connection allows: nothing is lost.</source>
        <translation>Va fi trimisă la primărie imediat ce conexiunea o permite: nu se pierde nimic.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Se tipărește chitanța…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Luați chitanța din imprimantă.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone to keep your receipt.</source>
        <translation>Scanați codul QR de mai jos cu telefonul pentru a păstra chitanța.</translation>
    </message>
    <message>
        <source>Saving your request…</source>
        <translation>Se salvează cererea…</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Numărul chitanței: %1</translation>
    </message>
    <message>
        <source>QR code to follow your request on your phone</source>
        <translation>Cod QR pentru a urmări cererea pe telefon</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Înapoi la început</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Please fill in this field</source>
        <translation>Completați acest câmp</translation>
    </message>
    <message>
        <source>This is far too long for this field: please check what you entered</source>
        <translation>Textul este mult prea lung pentru acest câmp: verificați ce ați introdus</translation>
    </message>
    <message>
        <source>This contains invisible control or text-direction characters: please delete it and type it again</source>
        <translation>Textul conține caractere invizibile de control sau de direcție a textului: ștergeți-l și scrieți-l din nou</translation>
    </message>
    <message>
        <source>Please write at least {min} characters (now {length})</source>
        <translation>Scrieți cel puțin {min} caractere (acum {length})</translation>
    </message>
    <message>
        <source>Please write at most {max} characters (now {length})</source>
        <translation>Scrieți cel mult {max} caractere (acum {length})</translation>
    </message>
    <message>
        <source>A codice fiscale contains only letters and digits</source>
        <translation>Codice fiscale conține doar litere și cifre</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters: you entered {length}</source>
        <translation>Codice fiscale are 16 caractere: ați introdus {length}</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters, or 11 digits for a company: you entered {length}</source>
        <translation>Codice fiscale are 16 caractere sau 11 cifre pentru o firmă: ați introdus {length}</translation>
    </message>
    <message>
        <source>This is the tax code of a company (11 digits): please enter a person&apos;s codice fiscale, 16 letters and digits</source>
        <translation>Acesta este codul fiscal al unei firme (11 cifre): introduceți codice fiscale al unei persoane, 16 litere și cifre</translation>
    </message>
    <message>
        <source>The last digit of this 11-digit tax code should be {expected}: please check the code for typos</source>
        <translation>Ultima cifră a acestui cod de 11 cifre ar trebui să fie {expected}: verificați dacă ați greșit la tastare</translation>
    </message>
    <message>
        <source>The first 6 characters of a codice fiscale are letters: character {position} is not a letter</source>
        <translation>Primele 6 caractere din codice fiscale sunt litere: caracterul {position} nu este o literă</translation>
    </message>
    <message>
        <source>Characters 7 and 8 of a codice fiscale are the year of birth: character {position} should be a digit</source>
        <translation>Caracterele 7 și 8 din codice fiscale reprezintă anul nașterii: caracterul {position} ar trebui să fie o cifră</translation>
    </message>
    <message>
        <source>Character 9 of a codice fiscale is the month of birth: one of the letters A B C D E H L M P R S T</source>
        <translation>Caracterul 9 din codice fiscale reprezintă luna nașterii: una dintre literele A B C D E H L M P R S T</translation>
    </message>
    <message>
        <source>Characters 10 and 11 of a codice fiscale are the day of birth: 01 to 31, or 41 to 71 for women</source>
        <translation>Caracterele 10 și 11 din codice fiscale reprezintă ziua nașterii: de la 01 la 31 sau de la 41 la 71 pentru femei</translation>
    </message>
    <message>
        <source>Characters 12 to 15 of a codice fiscale are the place of birth, a letter and three digits: character {position} is wrong</source>
        <translation>Caracterele de la 12 la 15 din codice fiscale reprezintă locul nașterii, o literă și trei cifre: caracterul {position} este greșit</translation>
    </message>
    <message>
        <source>The last letter should be {expected} for the first 15 characters you entered: please check the whole code for typos</source>
        <translation>Pentru primele 15 caractere introduse, ultima literă ar trebui să fie {expected}: verificați tot codul, poate ați greșit la tastare</translation>
    </message>
    <message>
        <source>An IBAN contains only letters and digits</source>
        <translation>IBAN-ul conține doar litere și cifre</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters for the country and two check digits, for example IT60 X054 2811 1010 0000 0123 456</source>
        <translation>IBAN-ul începe cu două litere pentru țară și două cifre de control, de exemplu IT60 X054 2811 1010 0000 0123 456</translation>
    </message>
    <message>
        <source>{country} is not the start of an IBAN we know: Italian IBANs start with IT</source>
        <translation>{country} nu este începutul unui IBAN cunoscut: IBAN-urile italiene încep cu IT</translation>
    </message>
    <message>
        <source>Accounts from country {country} cannot be used here</source>
        <translation>Aici nu se pot folosi conturi din țara {country}</translation>
    </message>
    <message>
        <source>An IBAN from {country} has {expected} characters: you entered {length}</source>
        <translation>Un IBAN din {country} are {expected} caractere: ați introdus {length}</translation>
    </message>
    <message>
        <source>After IT and the two check digits, an Italian IBAN has a letter (CIN), 10 digits (ABI and CAB) and the 12-character account number</source>
        <translation>După IT și cele două cifre de control, IBAN-ul italian are o literă (CIN), 10 cifre (ABI și CAB) și numărul de cont de 12 caractere</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of the IBAN: a character is probably mistyped</source>
        <translation>Cifrele de control nu se potrivesc cu restul IBAN-ului: probabil un caracter este greșit</translation>
    </message>
    <message>
        <source>The letter after the check digits (CIN) should be {expected} for this bank and account: please check the code for typos</source>
        <translation>Litera de după cifrele de control (CIN) ar trebui să fie {expected} pentru această bancă și acest cont: verificați dacă ați greșit la tastare</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.it, with exactly one @</source>
        <translation>O adresă de e-mail arată ca nume@exemplu.it, cu un singur @</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces</source>
        <translation>O adresă de e-mail nu poate conține spații</translation>
    </message>
    <message>
        <source>The part before @ can contain letters, digits and . _ - + (no dot at the start or end, no two dots in a row)</source>
        <translation>Partea dinainte de @ poate conține litere, cifre și . _ - + (fără punct la început sau la sfârșit și fără puncte consecutive)</translation>
    </message>
    <message>
        <source>The part after @ should be a domain name such as example.it</source>
        <translation>Partea de după @ ar trebui să fie un nume de domeniu, de exemplu exemplu.it</translation>
    </message>
    <message>
        <source>An e-mail address has at most {max} characters: you entered {length}</source>
        <translation>O adresă de e-mail are cel mult {max} caractere: ați introdus {length}</translation>
    </message>
    <message>
        <source>A phone number contains only digits, with +39 at the start if you like</source>
        <translation>Un număr de telefon conține doar cifre, cu +39 la început dacă doriți</translation>
    </message>
    <message>
        <source>Only Italian phone numbers can be used here: the prefix must be +39</source>
        <translation>Aici se pot folosi doar numere de telefon italiene: prefixul trebuie să fie +39</translation>
    </message>
    <message>
        <source>An Italian number starts with 3 (mobile) or 0 (landline), for example 333 123 4567 or 06 1234 5678</source>
        <translation>Un număr italian începe cu 3 (mobil) sau 0 (fix), de exemplu 333 123 4567 sau 06 1234 5678</translation>
    </message>
    <message>
        <source>A mobile number has {min} or {max} digits: you entered {length}</source>
        <translation>Un număr de mobil are {min} sau {max} cifre: ați introdus {length}</translation>
    </message>
    <message>
        <source>A landline number has {min} to {max} digits, starting with 0: you entered {length}</source>
        <translation>Un număr fix are între {min} și {max} cifre și începe cu 0: ați introdus {length}</translation>
    </message>
    <message>
        <source>Please enter a mobile number: it starts with 3</source>
        <translation>Introduceți un număr de mobil: începe cu 3</translation>
    </message>
    <message>
        <source>Please enter a landline number: it starts with 0</source>
        <translation>Introduceți un număr fix: începe cu 0</translation>
    </message>
    <message>
        <source>A CAP (postcode) has 5 digits, for example 00184</source>
        <translation>CAP-ul (codul poștal) are 5 cifre, de exemplu 00184</translation>
    </message>
    <message>
        <source>The CAP should start with {prefix}</source>
        <translation>CAP-ul ar trebui să înceapă cu {prefix}</translation>
    </message>
    <message>
        <source>Please enter one of these CAPs: {allowed}</source>
        <translation>Introduceți unul dintre aceste CAP: {allowed}</translation>
    </message>
    <message>
        <source>Please enter the date as year-month-day, for example 2025-03-15</source>
        <translation>Introduceți data sub forma an-lună-zi, de exemplu 2025-03-15</translation>
    </message>
    <message>
        <source>This day does not exist: please check the day and the month</source>
        <translation>Această zi nu există: verificați ziua și luna</translation>
    </message>
    <message>
        <source>The date must be {min} or later</source>
        <translation>Data trebuie să fie {min} sau ulterioară</translation>
    </message>
    <message>
        <source>The date must be {max} or earlier</source>
        <translation>Data trebuie să fie {max} sau anterioară</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown</source>
        <translation>Alegeți unul dintre răspunsurile afișate</translation>
    </message>
    <message>
        <source>Please choose at least {min} answers</source>
        <translation>Alegeți cel puțin {min} răspunsuri</translation>
    </message>
    <message>
        <source>Please choose at most {max} answers</source>
        <translation>Alegeți cel mult {max} răspunsuri</translation>
    </message>
    <message>
        <source>Please answer yes or no</source>
        <translation>Răspundeți cu da sau nu</translation>
    </message>
    <message>
        <source>Please enter a number, for example 3 or 2.5</source>
        <translation>Introduceți un număr, de exemplu 3 sau 2,5</translation>
    </message>
    <message>
        <source>Please enter a whole number</source>
        <translation>Introduceți un număr întreg</translation>
    </message>
    <message>
        <source>The number must be {min} or more</source>
        <translation>Numărul trebuie să fie cel puțin {min}</translation>
    </message>
    <message>
        <source>The number must be {max} or less</source>
        <translation>Numărul trebuie să fie cel mult {max}</translation>
    </message>
    <message>
        <source>You need to agree to continue</source>
        <translation>Pentru a continua, trebuie să vă dați acordul</translation>
    </message>
    <message>
        <source>Please choose a time from the list</source>
        <translation>Alegeți o oră din listă</translation>
    </message>
    <message>
        <source>Please choose the street from the list</source>
        <translation>Alegeți strada din listă</translation>
    </message>
    <message>
        <source>After the street, write only the house number, for example 12 or 12/A</source>
        <translation>După stradă, scrieți doar numărul, de exemplu 12 sau 12/A</translation>
    </message>
</context>
<context>
    <name>FormReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Verificați răspunsurile</translation>
    </message>
    <message>
        <source>Here is everything you entered. Choose Change next to an answer to correct it, then Send.</source>
        <translation>Iată tot ce ați introdus. Alegeți Modificați lângă un răspuns pentru a-l corecta, apoi Trimiteți.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificați</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Nota de confidențialitate</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>Citire cu voce tare a notei de confidențialitate</translation>
    </message>
    <message>
        <source>I have read the privacy notice</source>
        <translation>Am citit nota de confidențialitate</translation>
    </message>
    <message>
        <source>The request could not be saved on this totem. Nothing was sent: please try again, or ask at the office.</source>
        <translation>Cererea nu a putut fi salvată pe acest terminal. Nu s-a trimis nimic: încercați din nou sau întrebați la ghișeu.</translation>
    </message>
    <message>
        <source>To send, confirm that you have read the privacy notice.</source>
        <translation>Pentru a trimite, confirmați că ați citit nota de confidențialitate.</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>Modificați răspunsurile</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimiteți</translation>
    </message>
    <message>
        <source>Sends the form to the municipality and prints your receipt.</source>
        <translation>Trimite formularul la primărie și tipărește chitanța.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Answer the questions, then press Next. You can go back at any time without losing your answers.</source>
        <translation>Răspundeți la întrebări, apoi apăsați Următorul. Puteți reveni oricând, fără să pierdeți răspunsurile.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>progress through a form, e.g. &quot;Step 2 of 4&quot;</extracomment>
        <translation>Pasul %1 din %2</translation>
    </message>
    <message>
        <source>Your health card is in the reader. Do you want to fill in your name, surname and tax code from it? Nothing is kept after you leave.</source>
        <translation>Cardul de sănătate este în cititor. Doriți să completați numele, prenumele și codice fiscale cu datele de pe card? Nu se păstrează nimic după ce plecați.</translation>
    </message>
    <message>
        <source>You can fill in your name, surname and tax code from your health card (Tessera Sanitaria): insert it in the reader.</source>
        <translation>Puteți completa numele, prenumele și codice fiscale cu datele de pe cardul de sănătate (Tessera Sanitaria): introduceți-l în cititor.</translation>
    </message>
    <message>
        <source>Yes, use my card</source>
        <translation>Da, folosiți cardul meu</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) filled in from your card. Please check them.</source>
        <extracomment>%n is the number of answers filled in from the card</extracomment>
        <translation>
            <numerusform>%n răspuns completat de pe card. Verificați-l.</numerusform>
            <numerusform>%n răspunsuri completate de pe card. Verificați-le.</numerusform>
            <numerusform>%n de răspunsuri completate de pe card. Verificați-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the demo card</source>
        <translation>Introduceți cardul demonstrativ</translation>
    </message>
    <message>
        <source>Demo only: simulates a health card in the reader.</source>
        <translation>Doar demonstrație: simulează un card de sănătate în cititor.</translation>
    </message>
    <message>
        <source>One question per screen</source>
        <translation>O întrebare pe ecran</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Pasul anterior</translation>
    </message>
    <message>
        <source>Leave the form</source>
        <translation>Ieșiți din formular</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Următorul</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Verificați răspunsurile</translation>
    </message>
</context>
<context>
    <name>FormsBridge</name>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>There is a problem on this page.</source>
        <translation>Există o problemă pe această pagină.</translation>
    </message>
    <message>
        <source>There are %1 problems on this page.</source>
        <translation>Există %1 probleme pe această pagină.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numărul chitanței</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <source>Protocol number: it will follow.</source>
        <translation>Număr de înregistrare: va fi comunicat ulterior.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Programare</translation>
    </message>
    <message>
        <source>Scan the code to follow your request.</source>
        <translation>Scanați codul pentru a urmări cererea.</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Forms and bookings</source>
        <translation>Formulare și programări</translation>
    </message>
    <message>
        <source>Choose a form to fill in or an appointment to book. You will see every answer again before sending.</source>
        <translation>Alegeți un formular de completat sau o programare de făcut. Înainte de trimitere veți revedea toate răspunsurile.</translation>
    </message>
    <message>
        <source>No forms are available on this totem yet.</source>
        <translation>Pe acest terminal nu există încă formulare.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose what you need. Use the up and down keys to move between the tiles and the action key to open one.</source>
        <translation>Alegeți ce vă trebuie. Folosiți tastele sus și jos pentru a trece de la o opțiune la alta și tasta de confirmare pentru a o deschide.</translation>
    </message>
    <message>
        <source>How can we help you today?</source>
        <extracomment>home screen greeting under the municipality&apos;s name</extracomment>
        <translation>Cum vă putem ajuta astăzi?</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Căutați un serviciu</translation>
    </message>
    <message>
        <source>What the city offers, who to ask, where and when</source>
        <translation>Ce oferă orașul, pe cine să întrebați, unde și când</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Plătiți un aviz pagoPA</translation>
    </message>
    <message>
        <source>Type or scan the notice, pay by card</source>
        <translation>Introduceți sau scanați avizul, plătiți cu cardul</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>Formulare și programări</translation>
    </message>
    <message>
        <source>Applications, enrolments, appointments</source>
        <translation>Cereri, înscrieri, programări</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Semnalați o problemă</translation>
    </message>
    <message>
        <source>Potholes, street lights, abandoned waste</source>
        <translation>Gropi, iluminat public, deșeuri abandonate</translation>
    </message>
    <message>
        <source>New in town / Welcome</source>
        <translation>Nou în oraș / Bun venit</translation>
    </message>
    <message>
        <source>Your first steps: residence, health, school, language courses</source>
        <translation>Primii pași: reședință, sănătate, școală, cursuri de limbă</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilitate</translation>
    </message>
    <message>
        <source>Larger text, high contrast, read aloud</source>
        <translation>Text mai mare, contrast ridicat, citire cu voce tare</translation>
    </message>
    <message>
        <source>Language / Lingua</source>
        <extracomment>keep &quot;Lingua / Language&quot; so that everybody recognises it</extracomment>
        <translation>Limba / Lingua</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <extracomment>state of an on/off accessibility option</extracomment>
        <translation>Activat</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Dezactivat</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Alegeți limba</translation>
    </message>
    <message>
        <source>Move through the languages and press the action key on yours.</source>
        <translation>Parcurgeți limbile și apăsați tasta de confirmare pe limba dumneavoastră.</translation>
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
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>navigation bar: go to the home screen</extracomment>
        <translation>Acasă</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>navigation bar: hear where you are and what you can do</extracomment>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>navigation bar: end the session, wiping everything</extracomment>
        <translation>Terminare</translation>
    </message>
    <message>
        <source>Ends your session and clears everything you entered</source>
        <translation>Încheie sesiunea și șterge tot ce ați introdus</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This totem is out of service</source>
        <translation>Acest terminal nu funcționează</translation>
    </message>
    <message>
        <source>We are sorry. You can get the same services here:</source>
        <translation>Ne pare rău. Puteți obține aceleași servicii aici:</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Deschis acum, se închide la %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Închis acum</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
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
        <translation>Verificați și confirmați</translation>
    </message>
    <message>
        <source>Pay at the card terminal</source>
        <translation>Plătiți la terminalul de plată</translation>
    </message>
    <message>
        <source>Payment done</source>
        <translation>Plată efectuată</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>Plata nu a fost finalizată</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Plătiți un aviz pagoPA</translation>
    </message>
    <message>
        <source>Type the 18-digit notice code and the payee&apos;s tax code, as printed on the notice, or hold the notice&apos;s QR code under the scanner. You can pay up to five notices together.</source>
        <translation>Introduceți codul avizului, de 18 cifre, și codice fiscale al instituției beneficiare, așa cum sunt tipărite pe aviz, sau puneți codul QR al avizului sub cititor. Puteți plăti până la cinci avize deodată.</translation>
    </message>
    <message>
        <source>Check the amounts, then press Pay to pay at the card terminal.</source>
        <translation>Verificați sumele, apoi apăsați Plătiți pentru a plăti la terminalul de plată.</translation>
    </message>
    <message>
        <source>Follow the instructions on the screen.</source>
        <translation>Urmați instrucțiunile de pe ecran.</translation>
    </message>
    <message>
        <source>Total to pay: %1.</source>
        <translation>Total de plată: %1.</translation>
    </message>
    <message>
        <source>Notice added.</source>
        <translation>Aviz adăugat.</translation>
    </message>
    <message>
        <source>Type the notice code and the payee&apos;s tax code, or hold the QR code of the notice under the scanner.</source>
        <translation>Introduceți codul avizului și codice fiscale al instituției beneficiare sau puneți codul QR al avizului sub cititor.</translation>
    </message>
    <message>
        <source>Payments need the connection to the municipality, which is not available right now. Nothing can be charged: please try again later or pay online, at a bank or a post office.</source>
        <translation>Pentru plată este necesară conexiunea cu primăria, care acum nu este disponibilă. Nu se va debita nicio sumă: încercați din nou mai târziu sau plătiți online, la bancă sau la oficiul poștal.</translation>
    </message>
    <message>
        <source>Notice code (18 digits)</source>
        <translation>Codul avizului (18 cifre)</translation>
    </message>
    <message>
        <source>Notice code, 18 digits</source>
        <translation>Codul avizului, 18 cifre</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <extracomment>the notice code typed so far, grouped by four as on the paper notice</extracomment>
        <translation>Ați introdus: %1</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code (11 digits)</source>
        <translation>Codice fiscale al instituției beneficiare (11 cifre)</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code, 11 digits</source>
        <translation>Codice fiscale al instituției beneficiare, 11 cifre</translation>
    </message>
    <message>
        <source>Add this notice</source>
        <translation>Adăugați acest aviz</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminați</translation>
    </message>
    <message>
        <source>Demo: hold a sample notice under the scanner.</source>
        <translation>Demonstrație: puneți un aviz de exemplu sub cititor.</translation>
    </message>
    <message>
        <source>already paid</source>
        <translation>deja plătit</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirat</translation>
    </message>
    <message>
        <source>Checking the notices with the municipality…</source>
        <translation>Se verifică avizele la primărie…</translation>
    </message>
    <message numerus="yes">
        <source>Check %n notice(s) and continue</source>
        <extracomment>%n is the number of notices in the list</extracomment>
        <translation>
            <numerusform>Verificați %n aviz și continuați</numerusform>
            <numerusform>Verificați %n avize și continuați</numerusform>
            <numerusform>Verificați %n de avize și continuați</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>Avizul %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Scadență: %1</translation>
    </message>
    <message>
        <source>The amount is different from the one printed on the notice: this is today&apos;s amount.</source>
        <translation>Suma este diferită de cea tipărită pe aviz: aceasta este suma de azi.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Comision: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Change notices</source>
        <translation>Modificați avizele</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Citire cu voce tare</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Plătiți %1</translation>
    </message>
    <message>
        <source>Then hold your card near the terminal or insert it.</source>
        <translation>Apoi apropiați cardul de terminalul de plată sau introduceți-l.</translation>
    </message>
    <message>
        <source>Waiting for the terminal: %1 s</source>
        <extracomment>a counter that shows the kiosk is not frozen while the terminal waits</extracomment>
        <translation>Se așteaptă terminalul de plată: %1 s</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referință: %1</translation>
    </message>
    <message>
        <source>Try again (another card too)</source>
        <translation>Încercați din nou (și cu alt card)</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Înapoi la început</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Plătit: %1.</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Luați chitanța din imprimantă.</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Numărul chitanței: %1</translation>
    </message>
    <message>
        <source>QR code of your receipt</source>
        <translation>Codul QR al chitanței</translation>
    </message>
</context>
<context>
    <name>PaymentsBridge</name>
    <message>
        <source>Please type the 18-digit notice code.</source>
        <translation>Introduceți codul avizului, de 18 cifre.</translation>
    </message>
    <message>
        <source>The notice code has digits only.</source>
        <translation>Codul avizului conține doar cifre.</translation>
    </message>
    <message>
        <source>The notice code has 18 digits: please check it.</source>
        <translation>Codul avizului are 18 cifre: verificați-l.</translation>
    </message>
    <message>
        <source>A notice code starts with 0, 1, 2 or 3: please check the first digit.</source>
        <translation>Codul unui aviz începe cu 0, 1, 2 sau 3: verificați prima cifră.</translation>
    </message>
    <message>
        <source>The last two digits do not match: please check the code.</source>
        <translation>Ultimele două cifre nu corespund: verificați codul.</translation>
    </message>
    <message>
        <source>Please type the payee&apos;s tax code (11 digits, under &apos;Codice fiscale ente&apos;).</source>
        <translation>Introduceți codice fiscale al instituției beneficiare (11 cifre, la rubrica „Codice fiscale ente”).</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has digits only.</source>
        <translation>Codice fiscale al instituției beneficiare conține doar cifre.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has 11 digits.</source>
        <translation>Codice fiscale al instituției beneficiare are 11 cifre.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code does not add up: please check it.</source>
        <translation>Codice fiscale al instituției beneficiare nu este corect: verificați-l.</translation>
    </message>
    <message>
        <source>The amount on this notice cannot be read.</source>
        <translation>Suma de pe acest aviz nu poate fi citită.</translation>
    </message>
    <message>
        <source>This is far too long for a notice code.</source>
        <translation>Este mult prea lung pentru un cod de aviz.</translation>
    </message>
    <message>
        <source>Nothing was read: hold the notice still under the scanner.</source>
        <translation>Nu s-a citit nimic: țineți avizul nemișcat sub cititor.</translation>
    </message>
    <message>
        <source>This is not a pagoPA notice code. Scan the QR code or the square code on the notice.</source>
        <translation>Acesta nu este un cod de aviz pagoPA. Scanați codul QR sau codul pătrat de pe aviz.</translation>
    </message>
    <message>
        <source>The QR code could not be read: please type the code.</source>
        <translation>Codul QR nu a putut fi citit: introduceți codul.</translation>
    </message>
    <message>
        <source>This QR code is of an unknown kind: please type the code.</source>
        <translation>Acest cod QR este de un tip necunoscut: introduceți codul.</translation>
    </message>
    <message>
        <source>The square code could not be read: please type the code.</source>
        <translation>Codul pătrat nu a putut fi citit: introduceți codul.</translation>
    </message>
    <message>
        <source>Add at least one notice.</source>
        <translation>Adăugați cel puțin un aviz.</translation>
    </message>
    <message>
        <source>At most five notices can be paid together.</source>
        <translation>Se pot plăti cel mult cinci avize deodată.</translation>
    </message>
    <message>
        <source>This notice is already in the list.</source>
        <translation>Acest aviz este deja în listă.</translation>
    </message>
    <message>
        <source>The municipality does not know this notice: please check the code and the payee.</source>
        <translation>Primăria nu găsește acest aviz: verificați codul și instituția beneficiară.</translation>
    </message>
    <message>
        <source>This notice has already been paid.</source>
        <translation>Acest aviz a fost deja plătit.</translation>
    </message>
    <message>
        <source>This notice has expired and cannot be paid here: please ask the office.</source>
        <translation>Acest aviz a expirat și nu poate fi plătit aici: întrebați la ghișeu.</translation>
    </message>
    <message>
        <source>This notice cannot be paid here: please ask the office.</source>
        <translation>Acest aviz nu poate fi plătit aici: întrebați la ghișeu.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this notice.</source>
        <translation>Pentru acest aviz nu este nimic de plată.</translation>
    </message>
    <message>
        <source>A payment of this notice is still being checked: please ask the office before paying again.</source>
        <translation>O plată a acestui aviz este încă în curs de verificare: întrebați la ghișeu înainte de a plăti din nou.</translation>
    </message>
    <message>
        <source>The notice cannot be checked right now (no connection to the municipality). Nothing has been charged. Please try again later.</source>
        <translation>Avizul nu poate fi verificat acum (nu există conexiune cu primăria). Nu s-a debitat nicio sumă. Încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>This payment is no longer waiting to be paid.</source>
        <translation>Această plată nu mai este în așteptare.</translation>
    </message>
    <message>
        <source>This payment is not known.</source>
        <translation>Această plată nu figurează în evidențe.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged.</source>
        <translation>Cardul a fost refuzat. Nu s-a debitat nicio sumă.</translation>
    </message>
    <message>
        <source>No card was presented in time. Nothing has been charged.</source>
        <translation>Nu a fost prezentat niciun card la timp. Nu s-a debitat nicio sumă.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing has been charged.</source>
        <translation>Plata a fost anulată. Nu s-a debitat nicio sumă.</translation>
    </message>
    <message>
        <source>The card terminal is not available. Nothing has been charged.</source>
        <translation>Terminalul de plată nu este disponibil. Nu s-a debitat nicio sumă.</translation>
    </message>
    <message>
        <source>The card terminal stopped answering. Nothing has been charged.</source>
        <translation>Terminalul de plată nu mai răspunde. Nu s-a debitat nicio sumă.</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the card was charged. Do not pay again: please ask the office, with this screen&apos;s reference.</source>
        <translation>Încă nu știm dacă suma a fost debitată de pe card. Nu plătiți din nou: întrebați la ghișeu, cu referința de pe acest ecran.</translation>
    </message>
    <message>
        <source>The municipality refused the notice after the payment, and the charge was reversed on your card.</source>
        <translation>Primăria a refuzat avizul după plată, iar debitarea de pe card a fost anulată.</translation>
    </message>
    <message>
        <source>The payment could not be completed and will be refunded: please ask the office, with this screen&apos;s reference.</source>
        <translation>Plata nu a putut fi finalizată și vă va fi rambursată: întrebați la ghișeu, cu referința de pe acest ecran.</translation>
    </message>
    <message>
        <source>Paid. The municipality will be told as soon as the connection allows: your receipt is valid.</source>
        <translation>Plătit. Primăria va fi anunțată imediat ce conexiunea o permite: chitanța dumneavoastră este valabilă.</translation>
    </message>
    <message>
        <source>The printer is out of paper: scan the QR code to keep your receipt.</source>
        <translation>Imprimanta nu mai are hârtie: scanați codul QR pentru a păstra chitanța.</translation>
    </message>
    <message>
        <source>The printer is not ready: scan the QR code to keep your receipt.</source>
        <translation>Imprimanta nu este pregătită: scanați codul QR pentru a păstra chitanța.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: scan the QR code to keep it.</source>
        <translation>Chitanța nu a putut fi tipărită: scanați codul QR pentru a o păstra.</translation>
    </message>
    <message>
        <source>This totem has no printer: scan the QR code to keep your receipt.</source>
        <translation>Acest terminal nu are imprimantă: scanați codul QR pentru a păstra chitanța.</translation>
    </message>
    <message>
        <source>Hold your card near the terminal, or insert it.</source>
        <translation>Apropiați cardul de terminalul de plată sau introduceți-l.</translation>
    </message>
    <message>
        <source>Checking with the card terminal…</source>
        <translation>Se verifică la terminalul de plată…</translation>
    </message>
    <message>
        <source>Paid. Telling the municipality…</source>
        <translation>Plătit. Se anunță primăria…</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Se tipărește chitanța…</translation>
    </message>
    <message>
        <source>Something went wrong: please ask the office.</source>
        <translation>Ceva nu a funcționat: întrebați la ghișeu.</translation>
    </message>
    <message>
        <source>Notice added: %1</source>
        <translation>Aviz adăugat: %1</translation>
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
        <translation type="unfinished">Anulați</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a service</source>
        <translation>Căutați un serviciu</translation>
    </message>
    <message>
        <source>Type what you are looking for with the on-screen keyboard, or choose a category below. Results appear as you type.</source>
        <translation>Scrieți ce căutați cu tastatura de pe ecran sau alegeți o categorie de mai jos. Rezultatele apar pe măsură ce scrieți.</translation>
    </message>
    <message>
        <source>For example: identity card, school canteen, waste</source>
        <translation>De exemplu: carte de identitate, cantina școlii, deșeuri</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <extracomment>%n is the number of services found</extracomment>
        <translation>
            <numerusform>%n serviciu găsit</numerusform>
            <numerusform>%n servicii găsite</numerusform>
            <numerusform>%n de servicii găsite</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or choose a category below.</source>
        <translation>Niciun rezultat. Încercați alte cuvinte sau alegeți o categorie de mai jos.</translation>
    </message>
    <message>
        <source>Most requested</source>
        <translation>Cele mai solicitate</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>Căutați după categorie</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <extracomment>%n is the number of services in a category</extracomment>
        <translation>
            <numerusform>%n serviciu</numerusform>
            <numerusform>%n servicii</numerusform>
            <numerusform>%n de servicii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>A service page. Move down section by section; the buttons read it aloud or print it.</source>
        <translation>Pagina unui serviciu. Coborâți secțiune cu secțiune; butoanele o citesc cu voce tare sau o tipăresc.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>luni</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>marți</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miercuri</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>joi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vineri</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sâmbătă</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>duminică</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Deschis acum, se închide la %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Closed now, opens today at %1</source>
        <translation>Închis acum, se deschide astăzi la %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Închis acum, se deschide %1 la %2</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>Cine poate solicita</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cum se solicită</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documente de adus</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>Imprimanta nu mai are hârtie.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>Capacul imprimantei este deschis.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>Imprimanta nu răspunde.</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>Imprimanta nu este disponibilă.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Tipărirea nu a reușit.</translation>
    </message>
    <message>
        <source>Printed: take your sheet from the printer.</source>
        <translation>Tipărit: luați foaia din imprimantă.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone instead.</source>
        <translation>Scanați în schimb codul QR de mai jos cu telefonul.</translation>
    </message>
    <message>
        <source>Part of this page is not available in your language and is shown in the municipality&apos;s main language.</source>
        <translation>O parte din această pagină nu este disponibilă în limba dumneavoastră și este afișată în limba principală a primăriei.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Citire cu voce tare</translation>
    </message>
    <message>
        <source>Print this information</source>
        <translation>Tipăriți aceste informații</translation>
    </message>
    <message>
        <source>Fill in the form</source>
        <translation>Completați formularul</translation>
    </message>
    <message>
        <source>Pay at this totem</source>
        <translation>Plătiți la acest terminal</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce este</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Unde și când</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Acces fără trepte</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continuați pe telefon</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the page online.</source>
        <translation>Scanați acest cod cu camera telefonului pentru a deschide pagina online.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Cod QR</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>button</source>
        <translation>buton</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activat</translation>
    </message>
    <message>
        <source>off</source>
        <translation>dezactivat</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>câmp de text</translation>
    </message>
    <message>
        <source>You are on: %1.</source>
        <translation>Vă aflați pe: %1.</translation>
    </message>
    <message>
        <source>Printed receipt (demo printer)</source>
        <translation>Chitanță tipărită (imprimantă demonstrativă)</translation>
    </message>
</context>
<context>
    <name>SlotAnswer</name>
    <message>
        <source>Asking the office for free times…</source>
        <translation>Se cer biroului orele libere…</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later, or book by phone at %1.</source>
        <translation>Calendarul biroului nu este accesibil acum. Încercați din nou mai târziu sau faceți programarea la telefon, la %1.</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later.</source>
        <translation>Calendarul biroului nu este accesibil acum. Încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>There are no free times in the coming weeks.</source>
        <translation>Nu există ore libere în următoarele săptămâni.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Ați ales: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Show later times</source>
        <translation>Afișați orele următoare</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Aveți nevoie de mai mult timp?</translation>
    </message>
    <message numerus="yes">
        <source>Your session will end in %n second(s) and everything you entered will be cleared.</source>
        <extracomment>%n is the number of seconds before the session ends</extracomment>
        <translation>
            <numerusform>Sesiunea se va încheia în %n secundă și tot ce ați introdus va fi șters.</numerusform>
            <numerusform>Sesiunea se va încheia în %n secunde și tot ce ați introdus va fi șters.</numerusform>
            <numerusform>Sesiunea se va încheia în %n de secunde și tot ce ați introdus va fi șters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <extracomment>the one large button that extends the session</extracomment>
        <translation>Da, continuați</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>Nu, am terminat</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>New in town / Welcome</source>
        <translation>Nou în oraș / Bun venit</translation>
    </message>
    <message>
        <source>The first steps for new residents, in order. Choose a step to see where to go and what to bring.</source>
        <translation>Primii pași pentru noii rezidenți, în ordine. Alegeți un pas pentru a afla unde să mergeți și ce să aduceți.</translation>
    </message>
    <message>
        <source>The guide for new residents is not available on this totem yet. The public relations office (URP) can help you.</source>
        <translation>Ghidul pentru noii rezidenți nu este încă disponibil pe acest terminal. Biroul de relații cu publicul (URP) vă poate ajuta.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Înapoi la ecranul principal</translation>
    </message>
</context>
</TS>
