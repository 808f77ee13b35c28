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
        <source>Type what you are looking for with the on-screen keyboard.</source>
        <translation>Scrivi cosa cerchi con la tastiera sullo schermo.</translation>
    </message>
    <message>
        <source>For example: identity card, school canteen, waste</source>
        <translation>Per esempio: carta d&apos;identità, mensa scolastica, rifiuti</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>The catalogue of services is coming soon to this totem.</source>
        <translation>Il catalogo dei servizi sarà presto disponibile su questo totem.</translation>
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
        <source>New in town / Welcome</source>
        <translation>Nuovi cittadini / Benvenuto</translation>
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
</TS>
