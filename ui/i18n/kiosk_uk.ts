<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <source>Each option can be turned on or off with the action key. They last until your session ends.</source>
        <translation>Кожну опцію можна ввімкнути або вимкнути кнопкою підтвердження. Налаштування діють до кінця Вашого сеансу.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Великий текст</translation>
    </message>
    <message>
        <source>Controls within easy reach (lower part of the screen)</source>
        <translation>Кнопки під рукою (нижня частина екрана)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читання вголос</translation>
    </message>
    <message>
        <source>Speech volume: %1%</source>
        <extracomment>%1 is the speech volume in percent</extracomment>
        <translation>Гучність голосу: %1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тихіше</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Гучніше</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Спробувати голос</translation>
    </message>
    <message>
        <source>This is how the totem reads aloud.</source>
        <translation>Ось так термінал читає вголос.</translation>
    </message>
    <message>
        <source>Keypad: up and down move, the action key selects, Help tells you where you are, Back goes back.</source>
        <translation>Клавіатура: вгору і вниз — переміщення, кнопка підтвердження — вибір, «Допомога» — де Ви зараз, «Назад» — повернення.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>attract screen call to action</extracomment>
        <translation>Торкніться екрана, щоб почати</translation>
    </message>
    <message>
        <source>or press any key</source>
        <extracomment>attract screen, for keypad users</extracomment>
        <translation>або натисніть будь-яку клавішу</translation>
    </message>
</context>
<context>
    <name>CatalogBridge</name>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>Взяти з собою</translation>
    </message>
    <message>
        <source>Scan the code to continue on your phone.</source>
        <translation>Відскануйте код, щоб продовжити на телефоні.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <source>The services of this category. Choose one to see what it is, who can apply and where to go.</source>
        <translation>Послуги цієї категорії. Виберіть одну, щоб дізнатися, що це, хто може подати заяву і куди звертатися.</translation>
    </message>
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <source>This service is not available on this totem yet.</source>
        <translation>Ця послуга ще недоступна на цьому терміналі.</translation>
    </message>
    <message>
        <source>This service is coming soon to this totem.</source>
        <translation>Ця послуга незабаром з’явиться на цьому терміналі.</translation>
    </message>
    <message>
        <source>In the meantime you can ask at the municipality&apos;s public relations office (URP) or use the municipality&apos;s website.</source>
        <translation>Тим часом Ви можете звернутися до відділу зв’язків із громадськістю мерії (URP) або скористатися сайтом мерії.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>На головний екран</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose what you need. Use the up and down keys to move between the tiles and the action key to open one.</source>
        <translation>Виберіть, що Вам потрібно. Кнопками вгору і вниз переходьте між розділами, а кнопкою підтвердження відкривайте потрібний.</translation>
    </message>
    <message>
        <source>How can we help you today?</source>
        <extracomment>home screen greeting under the municipality&apos;s name</extracomment>
        <translation>Чим ми можемо Вам допомогти сьогодні?</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Знайти послугу</translation>
    </message>
    <message>
        <source>What the city offers, who to ask, where and when</source>
        <translation>Що пропонує місто, до кого звернутися, де і коли</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Оплатити рахунок pagoPA</translation>
    </message>
    <message>
        <source>Type or scan the notice, pay by card</source>
        <translation>Введіть або відскануйте рахунок, оплатіть карткою</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>Бланки та запис на прийом</translation>
    </message>
    <message>
        <source>Applications, enrolments, appointments</source>
        <translation>Заяви, реєстрація, запис на прийом</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Повідомити про проблему</translation>
    </message>
    <message>
        <source>Potholes, street lights, abandoned waste</source>
        <translation>Ями на дорогах, вуличне освітлення, покинуте сміття</translation>
    </message>
    <message>
        <source>New in town / Welcome</source>
        <translation>Новоприбулим / Ласкаво просимо</translation>
    </message>
    <message>
        <source>Your first steps: residence, health, school, language courses</source>
        <translation>Перші кроки: проживання, здоров’я, школа, мовні курси</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <source>Larger text, high contrast, read aloud</source>
        <translation>Більший текст, висока контрастність, читання вголос</translation>
    </message>
    <message>
        <source>Language / Lingua</source>
        <extracomment>keep &quot;Lingua / Language&quot; so that everybody recognises it</extracomment>
        <translation>Мова / Lingua</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <extracomment>state of an on/off accessibility option</extracomment>
        <translation>Увімкнено</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Вимкнено</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Виберіть мову</translation>
    </message>
    <message>
        <source>Move through the languages and press the action key on yours.</source>
        <translation>Переходьте між мовами й натисніть кнопку підтвердження на своїй.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <extracomment>navigation bar: go to the previous screen</extracomment>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>navigation bar: go to the home screen</extracomment>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>navigation bar: hear where you are and what you can do</extracomment>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>navigation bar: end the session, wiping everything</extracomment>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Ends your session and clears everything you entered</source>
        <translation>Завершує Ваш сеанс і видаляє все, що Ви ввели</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a service</source>
        <translation>Знайти послугу</translation>
    </message>
    <message>
        <source>Type what you are looking for with the on-screen keyboard, or choose a category below. Results appear as you type.</source>
        <translation>Введіть, що Ви шукаєте, на екранній клавіатурі або виберіть категорію нижче. Результати з’являються під час введення.</translation>
    </message>
    <message>
        <source>For example: identity card, school canteen, waste</source>
        <translation>Наприклад: посвідчення особи, шкільна їдальня, сміття</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <extracomment>%n is the number of services found</extracomment>
        <translation>
            <numerusform>Знайдено %n послугу</numerusform>
            <numerusform>Знайдено %n послуги</numerusform>
            <numerusform>Знайдено %n послуг</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or choose a category below.</source>
        <translation>Нічого не знайдено. Спробуйте інші слова або виберіть категорію нижче.</translation>
    </message>
    <message>
        <source>Most requested</source>
        <translation>Найпопулярніші</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>Перегляд за категоріями</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <extracomment>%n is the number of services in a category</extracomment>
        <translation>
            <numerusform>%n послуга</numerusform>
            <numerusform>%n послуги</numerusform>
            <numerusform>%n послуг</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>A service page. Move down section by section; the buttons read it aloud or print it.</source>
        <translation>Сторінка послуги. Переходьте вниз розділ за розділом; кнопки читають її вголос або друкують.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>понеділок</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>вівторок</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>середа</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>четвер</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>п’ятниця</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>субота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>неділя</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Зараз відчинено, зачиняється о %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Зачинено</translation>
    </message>
    <message>
        <source>Closed now, opens today at %1</source>
        <translation>Зараз зачинено, відчиниться сьогодні о %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Зараз зачинено, найближче відкриття: %1 о %2</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>Хто може звернутися</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Як подати заяву</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Необхідні документи</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>У принтері закінчився папір.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>Кришка принтера відкрита.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>Принтер не відповідає.</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>Принтер недоступний.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Не вдалося надрукувати.</translation>
    </message>
    <message>
        <source>Printed: take your sheet from the printer.</source>
        <translation>Надруковано: заберіть аркуш із принтера.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone instead.</source>
        <translation>Натомість відскануйте телефоном QR-код нижче.</translation>
    </message>
    <message>
        <source>Part of this page is not available in your language and is shown in the municipality&apos;s main language.</source>
        <translation>Частина цієї сторінки недоступна Вашою мовою і показана основною мовою мерії.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читання вголос</translation>
    </message>
    <message>
        <source>Print this information</source>
        <translation>Надрукувати ці відомості</translation>
    </message>
    <message>
        <source>Fill in the form</source>
        <translation>Заповнити бланк</translation>
    </message>
    <message>
        <source>Pay at this totem</source>
        <translation>Оплатити на цьому терміналі</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Що це</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Де і коли</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Вхід без сходинок</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Продовжити на телефоні</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the page online.</source>
        <translation>Відскануйте цей код камерою телефону, щоб відкрити сторінку онлайн.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Оплатити рахунок pagoPA</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>Бланки та запис на прийом</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Повідомити про проблему</translation>
    </message>
    <message>
        <source>button</source>
        <translation>кнопка</translation>
    </message>
    <message>
        <source>on</source>
        <translation>увімкнено</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>текстове поле</translation>
    </message>
    <message>
        <source>You are on: %1.</source>
        <translation>Ви тут: %1.</translation>
    </message>
    <message>
        <source>Printed receipt (demo printer)</source>
        <translation>Надрукована квитанція (демонстраційний принтер)</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Вам потрібно більше часу?</translation>
    </message>
    <message numerus="yes">
        <source>Your session will end in %n second(s) and everything you entered will be cleared.</source>
        <extracomment>%n is the number of seconds before the session ends</extracomment>
        <translation>
            <numerusform>Ваш сеанс завершиться через %n секунду, і все, що Ви ввели, буде видалено.</numerusform>
            <numerusform>Ваш сеанс завершиться через %n секунди, і все, що Ви ввели, буде видалено.</numerusform>
            <numerusform>Ваш сеанс завершиться через %n секунд, і все, що Ви ввели, буде видалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <extracomment>the one large button that extends the session</extracomment>
        <translation>Так, продовжити</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>Ні, завершити</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>New in town / Welcome</source>
        <translation>Новоприбулим / Ласкаво просимо</translation>
    </message>
    <message>
        <source>The first steps for new residents, in order. Choose a step to see where to go and what to bring.</source>
        <translation>Перші кроки для нових мешканців, по порядку. Виберіть крок, щоб дізнатися, куди йти і що взяти з собою.</translation>
    </message>
    <message>
        <source>The guide for new residents is not available on this totem yet. The public relations office (URP) can help you.</source>
        <translation>Посібник для нових мешканців ще недоступний на цьому терміналі. Вам може допомогти відділ зв’язків із громадськістю (URP).</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>На головний екран</translation>
    </message>
</context>
</TS>
