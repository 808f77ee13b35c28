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
    <name>ComingSoonScreen</name>
    <message>
        <source>This service is not available on this totem yet.</source>
        <translation>Acest serviciu nu este încă disponibil pe acest terminal.</translation>
    </message>
    <message>
        <source>This service is coming soon to this totem.</source>
        <translation>Acest serviciu va fi disponibil în curând pe acest terminal.</translation>
    </message>
    <message>
        <source>In the meantime you can ask at the municipality&apos;s public relations office (URP) or use the municipality&apos;s website.</source>
        <translation>Între timp, puteți întreba la biroul de relații cu publicul al primăriei (URP) sau puteți folosi site-ul primăriei.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Înapoi la ecranul principal</translation>
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
        <source>Pay a pagoPA notice</source>
        <translation>Plătiți un aviz pagoPA</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>Formulare și programări</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Semnalați o problemă</translation>
    </message>
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
