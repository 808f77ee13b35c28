<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Each option can be turned on or off with the action key. They last until your session ends.</source>
        <translation>Active o desactive cada opción con la tecla de confirmación. Sus elecciones se mantienen hasta que termine su sesión.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <source>Controls within easy reach (lower part of the screen)</source>
        <translation>Controles fáciles de alcanzar (parte baja de la pantalla)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Speech volume: %1%</source>
        <extracomment>%1 is the speech volume in percent</extracomment>
        <translation>Volumen de la voz: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <source>This is how the totem reads aloud.</source>
        <translation>Así lee el tótem en voz alta.</translation>
    </message>
    <message>
        <source>Keypad: up and down move, the action key selects, Help tells you where you are, Back goes back.</source>
        <translation>Teclado: arriba y abajo para moverse, la tecla de confirmación para elegir, Ayuda para saber dónde está, Atrás para volver.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>attract screen call to action</extracomment>
        <translation>Toque la pantalla para empezar</translation>
    </message>
    <message>
        <source>or press any key</source>
        <extracomment>attract screen, for keypad users</extracomment>
        <translation>o pulse cualquier tecla</translation>
    </message>
</context>
<context>
    <name>CatalogBridge</name>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>Qué llevar</translation>
    </message>
    <message>
        <source>Scan the code to continue on your phone.</source>
        <translation>Escanee el código para continuar en su teléfono.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <source>The services of this category. Choose one to see what it is, who can apply and where to go.</source>
        <translation>Los servicios de esta categoría. Elija uno para saber en qué consiste, quién puede solicitarlo y adónde ir.</translation>
    </message>
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <source>This service is not available on this totem yet.</source>
        <translation>Este servicio todavía no está disponible en este tótem.</translation>
    </message>
    <message>
        <source>This service is coming soon to this totem.</source>
        <translation>Este servicio estará disponible pronto en este tótem.</translation>
    </message>
    <message>
        <source>In the meantime you can ask at the municipality&apos;s public relations office (URP) or use the municipality&apos;s website.</source>
        <translation>Mientras tanto, puede preguntar en la oficina de atención al ciudadano del ayuntamiento (URP) o usar la página web del ayuntamiento.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Volver al inicio</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose what you need. Use the up and down keys to move between the tiles and the action key to open one.</source>
        <translation>Elija lo que necesita. Use las teclas arriba y abajo para moverse entre las opciones y la tecla de confirmación para abrir una.</translation>
    </message>
    <message>
        <source>How can we help you today?</source>
        <extracomment>home screen greeting under the municipality&apos;s name</extracomment>
        <translation>¿En qué podemos ayudarle hoy?</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Buscar un servicio</translation>
    </message>
    <message>
        <source>What the city offers, who to ask, where and when</source>
        <translation>Lo que ofrece la ciudad, a quién preguntar, dónde y cuándo</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Pagar un aviso pagoPA</translation>
    </message>
    <message>
        <source>Type or scan the notice, pay by card</source>
        <translation>Escriba o escanee el aviso, pague con tarjeta</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>Formularios y reservas</translation>
    </message>
    <message>
        <source>Applications, enrolments, appointments</source>
        <translation>Solicitudes, inscripciones, citas</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>Potholes, street lights, abandoned waste</source>
        <translation>Baches, farolas, residuos abandonados</translation>
    </message>
    <message>
        <source>New in town / Welcome</source>
        <translation>Recién llegados / Bienvenida</translation>
    </message>
    <message>
        <source>Your first steps: residence, health, school, language courses</source>
        <translation>Sus primeros pasos: residencia, salud, escuela, cursos de idioma</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Larger text, high contrast, read aloud</source>
        <translation>Texto más grande, alto contraste, lectura en voz alta</translation>
    </message>
    <message>
        <source>Language / Lingua</source>
        <extracomment>keep &quot;Lingua / Language&quot; so that everybody recognises it</extracomment>
        <translation>Idioma / Lingua</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <extracomment>state of an on/off accessibility option</extracomment>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Move through the languages and press the action key on yours.</source>
        <translation>Recorra los idiomas y pulse la tecla de confirmación en el suyo.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <extracomment>navigation bar: go to the previous screen</extracomment>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>navigation bar: go to the home screen</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>navigation bar: hear where you are and what you can do</extracomment>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>navigation bar: end the session, wiping everything</extracomment>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Ends your session and clears everything you entered</source>
        <translation>Termina su sesión y borra todo lo que ha introducido</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a service</source>
        <translation>Buscar un servicio</translation>
    </message>
    <message>
        <source>Type what you are looking for with the on-screen keyboard, or choose a category below. Results appear as you type.</source>
        <translation>Escriba lo que busca con el teclado de la pantalla o elija una categoría más abajo. Los resultados aparecen mientras escribe.</translation>
    </message>
    <message>
        <source>For example: identity card, school canteen, waste</source>
        <translation>Por ejemplo: documento de identidad, comedor escolar, residuos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <extracomment>%n is the number of services found</extracomment>
        <translation>
            <numerusform>%n servicio encontrado</numerusform>
            <numerusform>%n servicios encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or choose a category below.</source>
        <translation>No hay resultados. Pruebe con otras palabras o elija una categoría más abajo.</translation>
    </message>
    <message>
        <source>Most requested</source>
        <translation>Los más solicitados</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>Explorar por categoría</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <extracomment>%n is the number of services in a category</extracomment>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>A service page. Move down section by section; the buttons read it aloud or print it.</source>
        <translation>La ficha de un servicio. Avance sección por sección; los botones la leen en voz alta o la imprimen.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Abierto ahora, cierra a las %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Closed now, opens today at %1</source>
        <translation>Cerrado ahora, abre hoy a las %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Cerrado ahora, abre el %1 a las %2</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>Quién puede solicitarlo</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cómo solicitarlo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documentos que debe llevar</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>La impresora no tiene papel.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>La tapa de la impresora está abierta.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>La impresora no responde.</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>La impresora no está disponible.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>No se ha podido imprimir.</translation>
    </message>
    <message>
        <source>Printed: take your sheet from the printer.</source>
        <translation>Impreso: recoja su hoja de la impresora.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone instead.</source>
        <translation>En su lugar, escanee con su teléfono el código QR de abajo.</translation>
    </message>
    <message>
        <source>Part of this page is not available in your language and is shown in the municipality&apos;s main language.</source>
        <translation>Parte de esta página no está disponible en su idioma y se muestra en el idioma principal del municipio.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Print this information</source>
        <translation>Imprimir esta información</translation>
    </message>
    <message>
        <source>Fill in the form</source>
        <translation>Rellenar el formulario</translation>
    </message>
    <message>
        <source>Pay at this totem</source>
        <translation>Pagar en este tótem</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Dónde y cuándo</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Acceso sin escalones</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continuar en su teléfono</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the page online.</source>
        <translation>Escanee este código con la cámara de su teléfono para abrir la página en internet.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Pagar un aviso pagoPA</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>Formularios y reservas</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>button</source>
        <translation>botón</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>campo de texto</translation>
    </message>
    <message>
        <source>You are on: %1.</source>
        <translation>Está en: %1.</translation>
    </message>
    <message>
        <source>Printed receipt (demo printer)</source>
        <translation>Recibo impreso (impresora de demostración)</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>¿Necesita más tiempo?</translation>
    </message>
    <message numerus="yes">
        <source>Your session will end in %n second(s) and everything you entered will be cleared.</source>
        <extracomment>%n is the number of seconds before the session ends</extracomment>
        <translation>
            <numerusform>Su sesión terminará en %n segundo y se borrará todo lo que ha introducido.</numerusform>
            <numerusform>Su sesión terminará en %n segundos y se borrará todo lo que ha introducido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <extracomment>the one large button that extends the session</extracomment>
        <translation>Sí, continuar</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>No, he terminado</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>New in town / Welcome</source>
        <translation>Recién llegados / Bienvenida</translation>
    </message>
    <message>
        <source>The first steps for new residents, in order. Choose a step to see where to go and what to bring.</source>
        <translation>Los primeros pasos para los nuevos residentes, en orden. Elija un paso para saber adónde ir y qué llevar.</translation>
    </message>
    <message>
        <source>The guide for new residents is not available on this totem yet. The public relations office (URP) can help you.</source>
        <translation>La guía para nuevos residentes todavía no está disponible en este tótem. La oficina de atención al ciudadano (URP) puede ayudarle.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Volver al inicio</translation>
    </message>
</context>
</TS>
