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
    <name>AddressAnswer</name>
    <message>
        <source>Street: %1</source>
        <translation>Calle: %1</translation>
    </message>
    <message>
        <source>Choose the street from the list.</source>
        <translation>Elija la calle de la lista.</translation>
    </message>
    <message>
        <source>Type part of the street name</source>
        <translation>Escriba una parte del nombre de la calle</translation>
    </message>
    <message>
        <source>street name</source>
        <translation>nombre de la calle</translation>
    </message>
    <message>
        <source>No street of the municipality matches: check the spelling.</source>
        <translation>Ninguna calle del municipio coincide: compruebe cómo la ha escrito.</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Número</translation>
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
    <name>DateAnswer</name>
    <message>
        <source>No date chosen yet: use the buttons below.</source>
        <translation>Todavía no ha elegido ninguna fecha: use los botones de abajo.</translation>
    </message>
    <message>
        <source>Earlier %1</source>
        <extracomment>%1 is &quot;day&quot;, &quot;month&quot; or &quot;year&quot;</extracomment>
        <translation>%1 anterior</translation>
    </message>
    <message>
        <source>Later %1</source>
        <translation>%1 siguiente</translation>
    </message>
    <message>
        <source>Ten years earlier</source>
        <translation>Diez años antes</translation>
    </message>
    <message>
        <source>Ten years later</source>
        <translation>Diez años después</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Please correct one answer:</source>
        <translation>Corrija una respuesta:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct %n answer(s):</source>
        <extracomment>%n is the number of answers to correct</extracomment>
        <translation>
            <numerusform>Corrija %n respuesta:</numerusform>
            <numerusform>Corrija %n respuestas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <source>Filled in from your health card: check it.</source>
        <translation>Rellenado con su tarjeta sanitaria: compruébelo.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>Leer en voz alta el aviso de privacidad</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Your request has been received. Keep the receipt number; the QR code lets you follow the request on your phone.</source>
        <translation>Hemos recibido su solicitud. Guarde el número de recibo; con el código QR puede seguir la solicitud desde su teléfono.</translation>
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
        <source>Sent to the municipality. Protocol number: %1.</source>
        <translation>Enviada al ayuntamiento. Número de registro: %1.</translation>
    </message>
    <message>
        <source>The municipality could not accept this request as it is. Please ask at the office, with this receipt number.</source>
        <translation>El ayuntamiento no ha podido aceptar esta solicitud tal como está. Pregunte en la ventanilla con este número de recibo.</translation>
    </message>
    <message>
        <source>It will be sent to the municipality as soon as the connection allows: nothing is lost.</source>
        <translation>Se enviará al ayuntamiento en cuanto la conexión lo permita: no se pierde nada.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Imprimiendo su recibo…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Recoja su recibo de la impresora.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone to keep your receipt.</source>
        <translation>Escanee con su teléfono el código QR de abajo para guardar su recibo.</translation>
    </message>
    <message>
        <source>Saving your request…</source>
        <translation>Guardando su solicitud…</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Número de recibo: %1</translation>
    </message>
    <message>
        <source>QR code to follow your request on your phone</source>
        <translation>Código QR para seguir su solicitud desde el teléfono</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al principio</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Please fill in this field</source>
        <translation>Rellene este campo</translation>
    </message>
    <message>
        <source>This is far too long for this field: please check what you entered</source>
        <translation>Es demasiado largo para este campo: compruebe lo que ha introducido</translation>
    </message>
    <message>
        <source>This contains invisible control or text-direction characters: please delete it and type it again</source>
        <translation>Contiene caracteres invisibles de control o de dirección del texto: bórrelo y vuelva a escribirlo</translation>
    </message>
    <message>
        <source>Please write at least {min} characters (now {length})</source>
        <translation>Escriba al menos {min} caracteres (ahora {length})</translation>
    </message>
    <message>
        <source>Please write at most {max} characters (now {length})</source>
        <translation>Escriba como máximo {max} caracteres (ahora {length})</translation>
    </message>
    <message>
        <source>A codice fiscale contains only letters and digits</source>
        <translation>El codice fiscale solo contiene letras y cifras</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters: you entered {length}</source>
        <translation>El codice fiscale tiene 16 caracteres: ha introducido {length}</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters, or 11 digits for a company: you entered {length}</source>
        <translation>El codice fiscale tiene 16 caracteres, u 11 cifras si es de una empresa: ha introducido {length}</translation>
    </message>
    <message>
        <source>This is the tax code of a company (11 digits): please enter a person&apos;s codice fiscale, 16 letters and digits</source>
        <translation>Este es el código fiscal de una empresa (11 cifras): introduzca el codice fiscale de una persona, 16 letras y cifras</translation>
    </message>
    <message>
        <source>The last digit of this 11-digit tax code should be {expected}: please check the code for typos</source>
        <translation>La última cifra de este código de 11 cifras debería ser {expected}: compruebe si hay algún error al escribirlo</translation>
    </message>
    <message>
        <source>The first 6 characters of a codice fiscale are letters: character {position} is not a letter</source>
        <translation>Los 6 primeros caracteres del codice fiscale son letras: el carácter {position} no es una letra</translation>
    </message>
    <message>
        <source>Characters 7 and 8 of a codice fiscale are the year of birth: character {position} should be a digit</source>
        <translation>Los caracteres 7 y 8 del codice fiscale son el año de nacimiento: el carácter {position} debería ser una cifra</translation>
    </message>
    <message>
        <source>Character 9 of a codice fiscale is the month of birth: one of the letters A B C D E H L M P R S T</source>
        <translation>El carácter 9 del codice fiscale es el mes de nacimiento: una de las letras A B C D E H L M P R S T</translation>
    </message>
    <message>
        <source>Characters 10 and 11 of a codice fiscale are the day of birth: 01 to 31, or 41 to 71 for women</source>
        <translation>Los caracteres 10 y 11 del codice fiscale son el día de nacimiento: de 01 a 31, o de 41 a 71 para las mujeres</translation>
    </message>
    <message>
        <source>Characters 12 to 15 of a codice fiscale are the place of birth, a letter and three digits: character {position} is wrong</source>
        <translation>Los caracteres 12 a 15 del codice fiscale son el lugar de nacimiento, una letra y tres cifras: el carácter {position} es incorrecto</translation>
    </message>
    <message>
        <source>The last letter should be {expected} for the first 15 characters you entered: please check the whole code for typos</source>
        <translation>Para los 15 primeros caracteres que ha introducido, la última letra debería ser {expected}: compruebe todo el código por si hay algún error</translation>
    </message>
    <message>
        <source>An IBAN contains only letters and digits</source>
        <translation>El IBAN solo contiene letras y cifras</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters for the country and two check digits, for example IT60 X054 2811 1010 0000 0123 456</source>
        <translation>El IBAN empieza por dos letras del país y dos cifras de control, por ejemplo IT60 X054 2811 1010 0000 0123 456</translation>
    </message>
    <message>
        <source>{country} is not the start of an IBAN we know: Italian IBANs start with IT</source>
        <translation>{country} no es el inicio de un IBAN conocido: los IBAN italianos empiezan por IT</translation>
    </message>
    <message>
        <source>Accounts from country {country} cannot be used here</source>
        <translation>Aquí no se pueden usar cuentas del país {country}</translation>
    </message>
    <message>
        <source>An IBAN from {country} has {expected} characters: you entered {length}</source>
        <translation>Un IBAN de {country} tiene {expected} caracteres: ha introducido {length}</translation>
    </message>
    <message>
        <source>After IT and the two check digits, an Italian IBAN has a letter (CIN), 10 digits (ABI and CAB) and the 12-character account number</source>
        <translation>Después de IT y las dos cifras de control, el IBAN italiano tiene una letra (CIN), 10 cifras (ABI y CAB) y el número de cuenta de 12 caracteres</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of the IBAN: a character is probably mistyped</source>
        <translation>Las cifras de control no coinciden con el resto del IBAN: probablemente hay un carácter mal escrito</translation>
    </message>
    <message>
        <source>The letter after the check digits (CIN) should be {expected} for this bank and account: please check the code for typos</source>
        <translation>La letra que sigue a las cifras de control (CIN) debería ser {expected} para este banco y esta cuenta: compruebe si hay algún error al escribirlo</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.it, with exactly one @</source>
        <translation>Una dirección de correo electrónico es como nombre@ejemplo.it, con una sola @</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces</source>
        <translation>Una dirección de correo electrónico no puede contener espacios</translation>
    </message>
    <message>
        <source>The part before @ can contain letters, digits and . _ - + (no dot at the start or end, no two dots in a row)</source>
        <translation>La parte antes de la @ puede contener letras, cifras y . _ - + (sin punto al principio ni al final, ni dos puntos seguidos)</translation>
    </message>
    <message>
        <source>The part after @ should be a domain name such as example.it</source>
        <translation>La parte después de la @ debería ser un nombre de dominio como ejemplo.it</translation>
    </message>
    <message>
        <source>An e-mail address has at most {max} characters: you entered {length}</source>
        <translation>Una dirección de correo electrónico tiene como máximo {max} caracteres: ha introducido {length}</translation>
    </message>
    <message>
        <source>A phone number contains only digits, with +39 at the start if you like</source>
        <translation>Un número de teléfono solo contiene cifras, con +39 al principio si lo desea</translation>
    </message>
    <message>
        <source>Only Italian phone numbers can be used here: the prefix must be +39</source>
        <translation>Aquí solo se pueden usar números de teléfono italianos: el prefijo debe ser +39</translation>
    </message>
    <message>
        <source>An Italian number starts with 3 (mobile) or 0 (landline), for example 333 123 4567 or 06 1234 5678</source>
        <translation>Un número italiano empieza por 3 (móvil) o 0 (fijo), por ejemplo 333 123 4567 o 06 1234 5678</translation>
    </message>
    <message>
        <source>A mobile number has {min} or {max} digits: you entered {length}</source>
        <translation>Un número de móvil tiene {min} o {max} cifras: ha introducido {length}</translation>
    </message>
    <message>
        <source>A landline number has {min} to {max} digits, starting with 0: you entered {length}</source>
        <translation>Un número fijo tiene de {min} a {max} cifras y empieza por 0: ha introducido {length}</translation>
    </message>
    <message>
        <source>Please enter a mobile number: it starts with 3</source>
        <translation>Introduzca un número de móvil: empieza por 3</translation>
    </message>
    <message>
        <source>Please enter a landline number: it starts with 0</source>
        <translation>Introduzca un número fijo: empieza por 0</translation>
    </message>
    <message>
        <source>A CAP (postcode) has 5 digits, for example 00184</source>
        <translation>El CAP (código postal) tiene 5 cifras, por ejemplo 00184</translation>
    </message>
    <message>
        <source>The CAP should start with {prefix}</source>
        <translation>El CAP debería empezar por {prefix}</translation>
    </message>
    <message>
        <source>Please enter one of these CAPs: {allowed}</source>
        <translation>Introduzca uno de estos CAP: {allowed}</translation>
    </message>
    <message>
        <source>Please enter the date as year-month-day, for example 2025-03-15</source>
        <translation>Introduzca la fecha como año-mes-día, por ejemplo 2025-03-15</translation>
    </message>
    <message>
        <source>This day does not exist: please check the day and the month</source>
        <translation>Este día no existe: compruebe el día y el mes</translation>
    </message>
    <message>
        <source>The date must be {min} or later</source>
        <translation>La fecha debe ser {min} o posterior</translation>
    </message>
    <message>
        <source>The date must be {max} or earlier</source>
        <translation>La fecha debe ser {max} o anterior</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown</source>
        <translation>Elija una de las respuestas que se muestran</translation>
    </message>
    <message>
        <source>Please choose at least {min} answers</source>
        <translation>Elija al menos {min} respuestas</translation>
    </message>
    <message>
        <source>Please choose at most {max} answers</source>
        <translation>Elija como máximo {max} respuestas</translation>
    </message>
    <message>
        <source>Please answer yes or no</source>
        <translation>Responda sí o no</translation>
    </message>
    <message>
        <source>Please enter a number, for example 3 or 2.5</source>
        <translation>Introduzca un número, por ejemplo 3 o 2,5</translation>
    </message>
    <message>
        <source>Please enter a whole number</source>
        <translation>Introduzca un número entero</translation>
    </message>
    <message>
        <source>The number must be {min} or more</source>
        <translation>El número debe ser {min} o más</translation>
    </message>
    <message>
        <source>The number must be {max} or less</source>
        <translation>El número debe ser {max} o menos</translation>
    </message>
    <message>
        <source>You need to agree to continue</source>
        <translation>Para continuar, debe dar su consentimiento</translation>
    </message>
    <message>
        <source>Please choose a time from the list</source>
        <translation>Elija una hora de la lista</translation>
    </message>
    <message>
        <source>Please choose the street from the list</source>
        <translation>Elija la calle de la lista</translation>
    </message>
    <message>
        <source>After the street, write only the house number, for example 12 or 12/A</source>
        <translation>Después de la calle, escriba solo el número, por ejemplo 12 o 12/A</translation>
    </message>
</context>
<context>
    <name>FormReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <source>Here is everything you entered. Choose Change next to an answer to correct it, then Send.</source>
        <translation>Esto es todo lo que ha introducido. Elija Cambiar junto a una respuesta para corregirla y, después, Enviar.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>Leer en voz alta el aviso de privacidad</translation>
    </message>
    <message>
        <source>I have read the privacy notice</source>
        <translation>He leído el aviso de privacidad</translation>
    </message>
    <message>
        <source>The request could not be saved on this totem. Nothing was sent: please try again, or ask at the office.</source>
        <translation>No se ha podido guardar la solicitud en este tótem. No se ha enviado nada: inténtelo de nuevo o pregunte en la ventanilla.</translation>
    </message>
    <message>
        <source>To send, confirm that you have read the privacy notice.</source>
        <translation>Para enviar, confirme que ha leído el aviso de privacidad.</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>Cambiar respuestas</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sends the form to the municipality and prints your receipt.</source>
        <translation>Envía el formulario al ayuntamiento e imprime su recibo.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Answer the questions, then press Next. You can go back at any time without losing your answers.</source>
        <translation>Responda a las preguntas y después pulse Siguiente. Puede volver atrás en cualquier momento sin perder sus respuestas.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>progress through a form, e.g. &quot;Step 2 of 4&quot;</extracomment>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Your health card is in the reader. Do you want to fill in your name, surname and tax code from it? Nothing is kept after you leave.</source>
        <translation>Su tarjeta sanitaria está en el lector. ¿Quiere rellenar su nombre, apellidos y codice fiscale con ella? No se guarda nada cuando se vaya.</translation>
    </message>
    <message>
        <source>You can fill in your name, surname and tax code from your health card (Tessera Sanitaria): insert it in the reader.</source>
        <translation>Puede rellenar su nombre, apellidos y codice fiscale con su tarjeta sanitaria (Tessera Sanitaria): introdúzcala en el lector.</translation>
    </message>
    <message>
        <source>Yes, use my card</source>
        <translation>Sí, usar mi tarjeta</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) filled in from your card. Please check them.</source>
        <extracomment>%n is the number of answers filled in from the card</extracomment>
        <translation>
            <numerusform>%n respuesta rellenada con su tarjeta. Compruébela.</numerusform>
            <numerusform>%n respuestas rellenadas con su tarjeta. Compruébelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the demo card</source>
        <translation>Introducir la tarjeta de demostración</translation>
    </message>
    <message>
        <source>Demo only: simulates a health card in the reader.</source>
        <translation>Solo demostración: simula una tarjeta sanitaria en el lector.</translation>
    </message>
    <message>
        <source>One question per screen</source>
        <translation>Una pregunta por pantalla</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Leave the form</source>
        <translation>Salir del formulario</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
</context>
<context>
    <name>FormsBridge</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>There is a problem on this page.</source>
        <translation>Hay un problema en esta página.</translation>
    </message>
    <message>
        <source>There are %1 problems on this page.</source>
        <translation>Hay %1 problemas en esta página.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de recibo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Protocol number: it will follow.</source>
        <translation>Número de registro: se comunicará más adelante.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Scan the code to follow your request.</source>
        <translation>Escanee el código para seguir su solicitud.</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Forms and bookings</source>
        <translation>Formularios y reservas</translation>
    </message>
    <message>
        <source>Choose a form to fill in or an appointment to book. You will see every answer again before sending.</source>
        <translation>Elija un formulario para rellenar o una cita para reservar. Antes de enviar volverá a ver todas sus respuestas.</translation>
    </message>
    <message>
        <source>No forms are available on this totem yet.</source>
        <translation>Todavía no hay formularios disponibles en este tótem.</translation>
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
    <name>OutOfServiceScreen</name>
    <message>
        <source>This totem is out of service</source>
        <translation>Este tótem está fuera de servicio</translation>
    </message>
    <message>
        <source>We are sorry. You can get the same services here:</source>
        <translation>Disculpe las molestias. Puede obtener los mismos servicios aquí:</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Abierto ahora, cierra a las %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Cerrado ahora</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>En línea: %1</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Check and confirm</source>
        <translation>Compruebe y confirme</translation>
    </message>
    <message>
        <source>Pay at the card terminal</source>
        <translation>Pague en el terminal de pago</translation>
    </message>
    <message>
        <source>Payment done</source>
        <translation>Pago realizado</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>Pago no completado</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Pagar un aviso pagoPA</translation>
    </message>
    <message>
        <source>Type the 18-digit notice code and the payee&apos;s tax code, as printed on the notice, or hold the notice&apos;s QR code under the scanner. You can pay up to five notices together.</source>
        <translation>Escriba el código de aviso de 18 cifras y el codice fiscale del organismo acreedor, tal como aparecen impresos en el aviso, o coloque el código QR del aviso bajo el lector. Puede pagar hasta cinco avisos a la vez.</translation>
    </message>
    <message>
        <source>Check the amounts, then press Pay to pay at the card terminal.</source>
        <translation>Compruebe los importes y, después, pulse Pagar para pagar en el terminal de pago.</translation>
    </message>
    <message>
        <source>Follow the instructions on the screen.</source>
        <translation>Siga las instrucciones de la pantalla.</translation>
    </message>
    <message>
        <source>Total to pay: %1.</source>
        <translation>Total a pagar: %1.</translation>
    </message>
    <message>
        <source>Notice added.</source>
        <translation>Aviso añadido.</translation>
    </message>
    <message>
        <source>Type the notice code and the payee&apos;s tax code, or hold the QR code of the notice under the scanner.</source>
        <translation>Escriba el código de aviso y el codice fiscale del organismo acreedor, o coloque el código QR del aviso bajo el lector.</translation>
    </message>
    <message>
        <source>Payments need the connection to the municipality, which is not available right now. Nothing can be charged: please try again later or pay online, at a bank or a post office.</source>
        <translation>Para pagar hace falta la conexión con el ayuntamiento, que ahora no está disponible. No se le cobrará nada: vuelva a intentarlo más tarde o pague por internet, en un banco o en una oficina de correos.</translation>
    </message>
    <message>
        <source>Notice code (18 digits)</source>
        <translation>Código de aviso (18 cifras)</translation>
    </message>
    <message>
        <source>Notice code, 18 digits</source>
        <translation>Código de aviso, 18 cifras</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <extracomment>the notice code typed so far, grouped by four as on the paper notice</extracomment>
        <translation>Ha escrito: %1</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code (11 digits)</source>
        <translation>Codice fiscale del organismo acreedor (11 cifras)</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code, 11 digits</source>
        <translation>Codice fiscale del organismo acreedor, 11 cifras</translation>
    </message>
    <message>
        <source>Add this notice</source>
        <translation>Añadir este aviso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Demo: hold a sample notice under the scanner.</source>
        <translation>Demostración: coloque un aviso de ejemplo bajo el lector.</translation>
    </message>
    <message>
        <source>already paid</source>
        <translation>ya pagado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>Checking the notices with the municipality…</source>
        <translation>Comprobando los avisos con el ayuntamiento…</translation>
    </message>
    <message numerus="yes">
        <source>Check %n notice(s) and continue</source>
        <extracomment>%n is the number of notices in the list</extracomment>
        <translation>
            <numerusform>Comprobar %n aviso y continuar</numerusform>
            <numerusform>Comprobar %n avisos y continuar</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>Aviso %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Vencimiento: %1</translation>
    </message>
    <message>
        <source>The amount is different from the one printed on the notice: this is today&apos;s amount.</source>
        <translation>El importe es distinto del impreso en el aviso: este es el importe de hoy.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Comisión: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Change notices</source>
        <translation>Cambiar los avisos</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pagar %1</translation>
    </message>
    <message>
        <source>Then hold your card near the terminal or insert it.</source>
        <translation>Después, acerque la tarjeta al terminal o introdúzcala.</translation>
    </message>
    <message>
        <source>Waiting for the terminal: %1 s</source>
        <extracomment>a counter that shows the kiosk is not frozen while the terminal waits</extracomment>
        <translation>Esperando al terminal: %1 s</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Try again (another card too)</source>
        <translation>Volver a intentarlo (también con otra tarjeta)</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al principio</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Pagado: %1.</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Recoja su recibo de la impresora.</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Número de recibo: %1</translation>
    </message>
    <message>
        <source>QR code of your receipt</source>
        <translation>Código QR de su recibo</translation>
    </message>
</context>
<context>
    <name>PaymentsBridge</name>
    <message>
        <source>Please type the 18-digit notice code.</source>
        <translation>Escriba el código de aviso de 18 cifras.</translation>
    </message>
    <message>
        <source>The notice code has digits only.</source>
        <translation>El código de aviso solo contiene cifras.</translation>
    </message>
    <message>
        <source>The notice code has 18 digits: please check it.</source>
        <translation>El código de aviso tiene 18 cifras: compruébelo.</translation>
    </message>
    <message>
        <source>A notice code starts with 0, 1, 2 or 3: please check the first digit.</source>
        <translation>Un código de aviso empieza por 0, 1, 2 o 3: compruebe la primera cifra.</translation>
    </message>
    <message>
        <source>The last two digits do not match: please check the code.</source>
        <translation>Las dos últimas cifras no coinciden: compruebe el código.</translation>
    </message>
    <message>
        <source>Please type the payee&apos;s tax code (11 digits, under &apos;Codice fiscale ente&apos;).</source>
        <translation>Escriba el codice fiscale del organismo acreedor (11 cifras, en el apartado «Codice fiscale ente»).</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has digits only.</source>
        <translation>El codice fiscale del organismo acreedor solo contiene cifras.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has 11 digits.</source>
        <translation>El codice fiscale del organismo acreedor tiene 11 cifras.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code does not add up: please check it.</source>
        <translation>El codice fiscale del organismo acreedor no es correcto: compruébelo.</translation>
    </message>
    <message>
        <source>The amount on this notice cannot be read.</source>
        <translation>No se puede leer el importe de este aviso.</translation>
    </message>
    <message>
        <source>This is far too long for a notice code.</source>
        <translation>Es demasiado largo para ser un código de aviso.</translation>
    </message>
    <message>
        <source>Nothing was read: hold the notice still under the scanner.</source>
        <translation>No se ha leído nada: mantenga el aviso quieto bajo el lector.</translation>
    </message>
    <message>
        <source>This is not a pagoPA notice code. Scan the QR code or the square code on the notice.</source>
        <translation>Esto no es un código de aviso pagoPA. Escanee el código QR o el código cuadrado del aviso.</translation>
    </message>
    <message>
        <source>The QR code could not be read: please type the code.</source>
        <translation>No se puede leer el código QR: escriba el código.</translation>
    </message>
    <message>
        <source>This QR code is of an unknown kind: please type the code.</source>
        <translation>Este código QR es de un tipo desconocido: escriba el código.</translation>
    </message>
    <message>
        <source>The square code could not be read: please type the code.</source>
        <translation>No se puede leer el código cuadrado: escriba el código.</translation>
    </message>
    <message>
        <source>Add at least one notice.</source>
        <translation>Añada al menos un aviso.</translation>
    </message>
    <message>
        <source>At most five notices can be paid together.</source>
        <translation>Se pueden pagar como máximo cinco avisos a la vez.</translation>
    </message>
    <message>
        <source>This notice is already in the list.</source>
        <translation>Este aviso ya está en la lista.</translation>
    </message>
    <message>
        <source>The municipality does not know this notice: please check the code and the payee.</source>
        <translation>El ayuntamiento no encuentra este aviso: compruebe el código y el organismo acreedor.</translation>
    </message>
    <message>
        <source>This notice has already been paid.</source>
        <translation>Este aviso ya se ha pagado.</translation>
    </message>
    <message>
        <source>This notice has expired and cannot be paid here: please ask the office.</source>
        <translation>Este aviso ha vencido y no se puede pagar aquí: pregunte en la ventanilla.</translation>
    </message>
    <message>
        <source>This notice cannot be paid here: please ask the office.</source>
        <translation>Este aviso no se puede pagar aquí: pregunte en la ventanilla.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this notice.</source>
        <translation>No hay nada que pagar en este aviso.</translation>
    </message>
    <message>
        <source>A payment of this notice is still being checked: please ask the office before paying again.</source>
        <translation>Un pago de este aviso todavía se está verificando: pregunte en la ventanilla antes de volver a pagar.</translation>
    </message>
    <message>
        <source>The notice cannot be checked right now (no connection to the municipality). Nothing has been charged. Please try again later.</source>
        <translation>Ahora no se puede comprobar el aviso (no hay conexión con el ayuntamiento). No se le ha cobrado nada. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>This payment is no longer waiting to be paid.</source>
        <translation>Este pago ya no está pendiente.</translation>
    </message>
    <message>
        <source>This payment is not known.</source>
        <translation>No consta este pago.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged.</source>
        <translation>La tarjeta ha sido rechazada. No se le ha cobrado nada.</translation>
    </message>
    <message>
        <source>No card was presented in time. Nothing has been charged.</source>
        <translation>No se ha presentado ninguna tarjeta a tiempo. No se le ha cobrado nada.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing has been charged.</source>
        <translation>El pago se ha cancelado. No se le ha cobrado nada.</translation>
    </message>
    <message>
        <source>The card terminal is not available. Nothing has been charged.</source>
        <translation>El terminal de pago no está disponible. No se le ha cobrado nada.</translation>
    </message>
    <message>
        <source>The card terminal stopped answering. Nothing has been charged.</source>
        <translation>El terminal de pago ha dejado de responder. No se le ha cobrado nada.</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the card was charged. Do not pay again: please ask the office, with this screen&apos;s reference.</source>
        <translation>Todavía no sabemos si se ha cobrado el importe en su tarjeta. No vuelva a pagar: pregunte en la ventanilla con la referencia que aparece en esta pantalla.</translation>
    </message>
    <message>
        <source>The municipality refused the notice after the payment, and the charge was reversed on your card.</source>
        <translation>El ayuntamiento ha rechazado el aviso después del pago, y el cargo en su tarjeta se ha anulado.</translation>
    </message>
    <message>
        <source>The payment could not be completed and will be refunded: please ask the office, with this screen&apos;s reference.</source>
        <translation>No se ha podido completar el pago y se le devolverá el importe: pregunte en la ventanilla con la referencia que aparece en esta pantalla.</translation>
    </message>
    <message>
        <source>Paid. The municipality will be told as soon as the connection allows: your receipt is valid.</source>
        <translation>Pagado. Se informará al ayuntamiento en cuanto la conexión lo permita: su recibo es válido.</translation>
    </message>
    <message>
        <source>The printer is out of paper: scan the QR code to keep your receipt.</source>
        <translation>La impresora no tiene papel: escanee el código QR para guardar su recibo.</translation>
    </message>
    <message>
        <source>The printer is not ready: scan the QR code to keep your receipt.</source>
        <translation>La impresora no está lista: escanee el código QR para guardar su recibo.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: scan the QR code to keep it.</source>
        <translation>No se ha podido imprimir el recibo: escanee el código QR para guardarlo.</translation>
    </message>
    <message>
        <source>This totem has no printer: scan the QR code to keep your receipt.</source>
        <translation>Este tótem no tiene impresora: escanee el código QR para guardar su recibo.</translation>
    </message>
    <message>
        <source>Hold your card near the terminal, or insert it.</source>
        <translation>Acerque la tarjeta al terminal o introdúzcala.</translation>
    </message>
    <message>
        <source>Checking with the card terminal…</source>
        <translation>Comprobando con el terminal de pago…</translation>
    </message>
    <message>
        <source>Paid. Telling the municipality…</source>
        <translation>Pagado. Informando al ayuntamiento…</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Imprimiendo su recibo…</translation>
    </message>
    <message>
        <source>Something went wrong: please ask the office.</source>
        <translation>Algo no ha funcionado: pregunte en la ventanilla.</translation>
    </message>
    <message>
        <source>Notice added: %1</source>
        <translation>Aviso añadido: %1</translation>
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
        <translation type="unfinished">Cancelar</translation>
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
    <name>SlotAnswer</name>
    <message>
        <source>Asking the office for free times…</source>
        <translation>Consultando las horas libres de la oficina…</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later, or book by phone at %1.</source>
        <translation>Ahora no se puede acceder a la agenda de la oficina. Vuelva a intentarlo más tarde o pida cita por teléfono en el %1.</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later.</source>
        <translation>Ahora no se puede acceder a la agenda de la oficina. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>There are no free times in the coming weeks.</source>
        <translation>No hay horas libres en las próximas semanas.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Ha elegido: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Show later times</source>
        <translation>Mostrar horas posteriores</translation>
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
