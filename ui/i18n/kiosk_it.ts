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
    <name>ComingSoonScreen</name>
    <message>
        <source>This service is not available on this totem yet.</source>
        <translation>Questo servizio non è ancora disponibile su questo totem.</translation>
    </message>
    <message>
        <source>This service is coming soon to this totem.</source>
        <translation>Questo servizio sarà presto disponibile su questo totem.</translation>
    </message>
    <message>
        <source>In the meantime you can ask at the municipality&apos;s public relations office (URP) or use the municipality&apos;s website.</source>
        <translation>Nel frattempo puoi rivolgerti all&apos;Ufficio Relazioni con il Pubblico (URP) del Comune o usare il sito web del Comune.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Torna alla Home</translation>
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
        <source>Pay a pagoPA notice</source>
        <translation>Paga un avviso pagoPA</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>Moduli e prenotazioni</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Segnala un problema</translation>
    </message>
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
