<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorSummary</name>
    <message numerus="yes">
        <source>Please correct %n answer(s):</source>
        <extracomment>%n is the number of answers to correct</extracomment>
        <translation>
            <numerusform>Please correct %n answer:</numerusform>
            <numerusform>Please correct %n answers:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message numerus="yes">
        <source>%n answer(s) filled in from your card. Please check them.</source>
        <extracomment>%n is the number of answers filled in from the card</extracomment>
        <translation>
            <numerusform>%n answer filled in from your card. Please check it.</numerusform>
            <numerusform>%n answers filled in from your card. Please check them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message numerus="yes">
        <source>Check %n notice(s) and continue</source>
        <extracomment>%n is the number of notices in the list</extracomment>
        <translation>
            <numerusform>Check %n notice and continue</numerusform>
            <numerusform>Check %n notices and continue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <extracomment>%n is the number of services found</extracomment>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
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
    <name>TimeoutDialog</name>
    <message numerus="yes">
        <source>Your session will end in %n second(s) and everything you entered will be cleared.</source>
        <extracomment>%n is the number of seconds before the session ends</extracomment>
        <translation>
            <numerusform>Your session will end in %n second and everything you entered will be cleared.</numerusform>
            <numerusform>Your session will end in %n seconds and everything you entered will be cleared.</numerusform>
        </translation>
    </message>
</context>
</TS>
