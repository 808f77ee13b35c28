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
    <name>ComingSoonScreen</name>
    <message>
        <source>This service is not available on this totem yet.</source>
        <translation>Ce service n&apos;est pas encore disponible sur cette borne.</translation>
    </message>
    <message>
        <source>This service is coming soon to this totem.</source>
        <translation>Ce service sera bientôt disponible sur cette borne.</translation>
    </message>
    <message>
        <source>In the meantime you can ask at the municipality&apos;s public relations office (URP) or use the municipality&apos;s website.</source>
        <translation>En attendant, vous pouvez vous adresser au bureau des relations avec le public de la mairie (URP) ou consulter le site internet de la mairie.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Retour à l&apos;accueil</translation>
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
        <source>Pay a pagoPA notice</source>
        <translation>Payer un avis pagoPA</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>Formulaires et réservations</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
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
