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
    <name>AddressAnswer</name>
    <message>
        <source>Street: %1</source>
        <translation>Вулиця: %1</translation>
    </message>
    <message>
        <source>Choose the street from the list.</source>
        <translation>Виберіть вулицю зі списку.</translation>
    </message>
    <message>
        <source>Type part of the street name</source>
        <translation>Введіть частину назви вулиці</translation>
    </message>
    <message>
        <source>street name</source>
        <translation>назва вулиці</translation>
    </message>
    <message>
        <source>No street of the municipality matches: check the spelling.</source>
        <translation>Жодна вулиця міста не підходить: перевірте написання.</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Номер будинку</translation>
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
    <name>DateAnswer</name>
    <message>
        <source>No date chosen yet: use the buttons below.</source>
        <translation>Дату ще не вибрано: скористайтеся кнопками нижче.</translation>
    </message>
    <message>
        <source>Earlier %1</source>
        <extracomment>%1 is &quot;day&quot;, &quot;month&quot; or &quot;year&quot;</extracomment>
        <translation>Попередній %1</translation>
    </message>
    <message>
        <source>Later %1</source>
        <translation>Наступний %1</translation>
    </message>
    <message>
        <source>Ten years earlier</source>
        <translation>На десять років раніше</translation>
    </message>
    <message>
        <source>Ten years later</source>
        <translation>На десять років пізніше</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>year</source>
        <translation>рік</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Please correct one answer:</source>
        <translation>Виправте одну відповідь:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct %n answer(s):</source>
        <extracomment>%n is the number of answers to correct</extracomment>
        <translation>
            <numerusform>Виправте %n відповідь:</numerusform>
            <numerusform>Виправте %n відповіді:</numerusform>
            <numerusform>Виправте %n відповідей:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>required</source>
        <translation>обов’язково</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Помилка: %1</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(необов’язково)</translation>
    </message>
    <message>
        <source>Filled in from your health card: check it.</source>
        <translation>Заповнено з Вашої медичної картки: перевірте.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>Прочитати вголос повідомлення про конфіденційність</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Дякуємо</translation>
    </message>
    <message>
        <source>Your request has been received. Keep the receipt number; the QR code lets you follow the request on your phone.</source>
        <translation>Вашу заяву отримано. Збережіть номер квитанції; за QR-кодом Ви можете стежити за заявою на телефоні.</translation>
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
        <source>Sent to the municipality. Protocol number: %1.</source>
        <translation>Надіслано до мерії. Реєстраційний номер: %1.</translation>
    </message>
    <message>
        <source>The municipality could not accept this request as it is. Please ask at the office, with this receipt number.</source>
        <translation>Мерія не змогла прийняти цю заяву в такому вигляді. Зверніться до відділу з цим номером квитанції.</translation>
    </message>
    <message>
        <source>It will be sent to the municipality as soon as the connection allows: nothing is lost.</source>
        <translation>Її буде надіслано до мерії, щойно дозволить з’єднання: нічого не втрачено.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Друк квитанції…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Заберіть квитанцію з принтера.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone to keep your receipt.</source>
        <translation>Відскануйте телефоном QR-код нижче, щоб зберегти квитанцію.</translation>
    </message>
    <message>
        <source>Saving your request…</source>
        <translation>Збереження заяви…</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Номер квитанції: %1</translation>
    </message>
    <message>
        <source>QR code to follow your request on your phone</source>
        <translation>QR-код, щоб стежити за заявою на телефоні</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>На початок</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Please fill in this field</source>
        <translation>Заповніть це поле</translation>
    </message>
    <message>
        <source>This is far too long for this field: please check what you entered</source>
        <translation>Це занадто довго для цього поля: перевірте, що Ви ввели</translation>
    </message>
    <message>
        <source>This contains invisible control or text-direction characters: please delete it and type it again</source>
        <translation>Текст містить невидимі керівні символи або символи напрямку тексту: видаліть його і введіть знову</translation>
    </message>
    <message>
        <source>Please write at least {min} characters (now {length})</source>
        <translation>Мінімальна кількість символів: {min} (зараз {length})</translation>
    </message>
    <message>
        <source>Please write at most {max} characters (now {length})</source>
        <translation>Максимальна кількість символів: {max} (зараз {length})</translation>
    </message>
    <message>
        <source>A codice fiscale contains only letters and digits</source>
        <translation>Codice fiscale містить лише літери й цифри</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters: you entered {length}</source>
        <translation>Codice fiscale має 16 символів: Ви ввели {length}</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters, or 11 digits for a company: you entered {length}</source>
        <translation>Codice fiscale має 16 символів або 11 цифр для компанії: Ви ввели {length}</translation>
    </message>
    <message>
        <source>This is the tax code of a company (11 digits): please enter a person&apos;s codice fiscale, 16 letters and digits</source>
        <translation>Це податковий код компанії (11 цифр): введіть codice fiscale особи, 16 літер і цифр</translation>
    </message>
    <message>
        <source>The last digit of this 11-digit tax code should be {expected}: please check the code for typos</source>
        <translation>Остання цифра цього 11-значного коду має бути {expected}: перевірте, чи немає в коді помилок</translation>
    </message>
    <message>
        <source>The first 6 characters of a codice fiscale are letters: character {position} is not a letter</source>
        <translation>Перші 6 символів codice fiscale — літери: символ {position} не є літерою</translation>
    </message>
    <message>
        <source>Characters 7 and 8 of a codice fiscale are the year of birth: character {position} should be a digit</source>
        <translation>Символи 7 і 8 codice fiscale — рік народження: символ {position} має бути цифрою</translation>
    </message>
    <message>
        <source>Character 9 of a codice fiscale is the month of birth: one of the letters A B C D E H L M P R S T</source>
        <translation>Символ 9 codice fiscale — місяць народження: одна з літер A B C D E H L M P R S T</translation>
    </message>
    <message>
        <source>Characters 10 and 11 of a codice fiscale are the day of birth: 01 to 31, or 41 to 71 for women</source>
        <translation>Символи 10 і 11 codice fiscale — день народження: від 01 до 31 або від 41 до 71 для жінок</translation>
    </message>
    <message>
        <source>Characters 12 to 15 of a codice fiscale are the place of birth, a letter and three digits: character {position} is wrong</source>
        <translation>Символи з 12 по 15 codice fiscale — місце народження, літера і три цифри: символ {position} неправильний</translation>
    </message>
    <message>
        <source>The last letter should be {expected} for the first 15 characters you entered: please check the whole code for typos</source>
        <translation>Для перших 15 введених символів остання літера має бути {expected}: перевірте, чи немає помилок у всьому коді</translation>
    </message>
    <message>
        <source>An IBAN contains only letters and digits</source>
        <translation>IBAN містить лише літери й цифри</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters for the country and two check digits, for example IT60 X054 2811 1010 0000 0123 456</source>
        <translation>IBAN починається з двох літер країни та двох контрольних цифр, наприклад IT60 X054 2811 1010 0000 0123 456</translation>
    </message>
    <message>
        <source>{country} is not the start of an IBAN we know: Italian IBANs start with IT</source>
        <translation>{country} — невідомий початок IBAN: італійські IBAN починаються з IT</translation>
    </message>
    <message>
        <source>Accounts from country {country} cannot be used here</source>
        <translation>Рахунки з країни {country} тут не можна використовувати</translation>
    </message>
    <message>
        <source>An IBAN from {country} has {expected} characters: you entered {length}</source>
        <translation>Кількість символів в IBAN країни {country}: {expected}; Ви ввели {length}</translation>
    </message>
    <message>
        <source>After IT and the two check digits, an Italian IBAN has a letter (CIN), 10 digits (ABI and CAB) and the 12-character account number</source>
        <translation>Після IT і двох контрольних цифр італійський IBAN містить літеру (CIN), 10 цифр (ABI і CAB) і номер рахунку з 12 символів</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of the IBAN: a character is probably mistyped</source>
        <translation>Контрольні цифри не відповідають решті IBAN: імовірно, один символ введено з помилкою</translation>
    </message>
    <message>
        <source>The letter after the check digits (CIN) should be {expected} for this bank and account: please check the code for typos</source>
        <translation>Літера після контрольних цифр (CIN) для цього банку й рахунку має бути {expected}: перевірте, чи немає в коді помилок</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.it, with exactly one @</source>
        <translation>Адреса електронної пошти має вигляд name@example.it, з одним символом @</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces</source>
        <translation>Адреса електронної пошти не може містити пробілів</translation>
    </message>
    <message>
        <source>The part before @ can contain letters, digits and . _ - + (no dot at the start or end, no two dots in a row)</source>
        <translation>Частина перед @ може містити літери, цифри та . _ - + (без крапки на початку чи в кінці й без двох крапок поспіль)</translation>
    </message>
    <message>
        <source>The part after @ should be a domain name such as example.it</source>
        <translation>Частина після @ має бути доменним ім’ям, наприклад example.it</translation>
    </message>
    <message>
        <source>An e-mail address has at most {max} characters: you entered {length}</source>
        <translation>Максимальна кількість символів в адресі електронної пошти: {max}; Ви ввели {length}</translation>
    </message>
    <message>
        <source>A phone number contains only digits, with +39 at the start if you like</source>
        <translation>Номер телефону містить лише цифри, за бажання з +39 на початку</translation>
    </message>
    <message>
        <source>Only Italian phone numbers can be used here: the prefix must be +39</source>
        <translation>Тут можна використовувати лише італійські номери телефону: код країни має бути +39</translation>
    </message>
    <message>
        <source>An Italian number starts with 3 (mobile) or 0 (landline), for example 333 123 4567 or 06 1234 5678</source>
        <translation>Італійський номер починається з 3 (мобільний) або 0 (стаціонарний), наприклад 333 123 4567 або 06 1234 5678</translation>
    </message>
    <message>
        <source>A mobile number has {min} or {max} digits: you entered {length}</source>
        <translation>Мобільний номер має {min} або {max} цифр: Ви ввели {length}</translation>
    </message>
    <message>
        <source>A landline number has {min} to {max} digits, starting with 0: you entered {length}</source>
        <translation>Стаціонарний номер має від {min} до {max} цифр і починається з 0: Ви ввели {length}</translation>
    </message>
    <message>
        <source>Please enter a mobile number: it starts with 3</source>
        <translation>Введіть мобільний номер: він починається з 3</translation>
    </message>
    <message>
        <source>Please enter a landline number: it starts with 0</source>
        <translation>Введіть стаціонарний номер: він починається з 0</translation>
    </message>
    <message>
        <source>A CAP (postcode) has 5 digits, for example 00184</source>
        <translation>CAP (поштовий індекс) має 5 цифр, наприклад 00184</translation>
    </message>
    <message>
        <source>The CAP should start with {prefix}</source>
        <translation>CAP має починатися з {prefix}</translation>
    </message>
    <message>
        <source>Please enter one of these CAPs: {allowed}</source>
        <translation>Введіть один із цих CAP: {allowed}</translation>
    </message>
    <message>
        <source>Please enter the date as year-month-day, for example 2025-03-15</source>
        <translation>Введіть дату у форматі рік-місяць-день, наприклад 2025-03-15</translation>
    </message>
    <message>
        <source>This day does not exist: please check the day and the month</source>
        <translation>Такого дня не існує: перевірте день і місяць</translation>
    </message>
    <message>
        <source>The date must be {min} or later</source>
        <translation>Дата має бути не раніше {min}</translation>
    </message>
    <message>
        <source>The date must be {max} or earlier</source>
        <translation>Дата має бути не пізніше {max}</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown</source>
        <translation>Виберіть одну з показаних відповідей</translation>
    </message>
    <message>
        <source>Please choose at least {min} answers</source>
        <translation>Виберіть відповіді: щонайменше {min}</translation>
    </message>
    <message>
        <source>Please choose at most {max} answers</source>
        <translation>Виберіть відповіді: не більше {max}</translation>
    </message>
    <message>
        <source>Please answer yes or no</source>
        <translation>Відповідайте «так» або «ні»</translation>
    </message>
    <message>
        <source>Please enter a number, for example 3 or 2.5</source>
        <translation>Введіть число, наприклад 3 або 2,5</translation>
    </message>
    <message>
        <source>Please enter a whole number</source>
        <translation>Введіть ціле число</translation>
    </message>
    <message>
        <source>The number must be {min} or more</source>
        <translation>Число має бути не менше {min}</translation>
    </message>
    <message>
        <source>The number must be {max} or less</source>
        <translation>Число має бути не більше {max}</translation>
    </message>
    <message>
        <source>You need to agree to continue</source>
        <translation>Щоб продовжити, потрібно дати згоду</translation>
    </message>
    <message>
        <source>Please choose a time from the list</source>
        <translation>Виберіть час зі списку</translation>
    </message>
    <message>
        <source>Please choose the street from the list</source>
        <translation>Виберіть вулицю зі списку</translation>
    </message>
    <message>
        <source>After the street, write only the house number, for example 12 or 12/A</source>
        <translation>Після вулиці введіть лише номер будинку, наприклад 12 або 12/A</translation>
    </message>
</context>
<context>
    <name>FormReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Перевірте відповіді</translation>
    </message>
    <message>
        <source>Here is everything you entered. Choose Change next to an answer to correct it, then Send.</source>
        <translation>Ось усе, що Ви ввели. Щоб виправити відповідь, виберіть «Змінити» поруч із нею, а потім — «Надіслати».</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Повідомлення про конфіденційність</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>Прочитати вголос повідомлення про конфіденційність</translation>
    </message>
    <message>
        <source>I have read the privacy notice</source>
        <translation>Повідомлення про конфіденційність прочитано</translation>
    </message>
    <message>
        <source>The request could not be saved on this totem. Nothing was sent: please try again, or ask at the office.</source>
        <translation>Не вдалося зберегти заяву на цьому терміналі. Нічого не надіслано: спробуйте ще раз або зверніться до відділу.</translation>
    </message>
    <message>
        <source>To send, confirm that you have read the privacy notice.</source>
        <translation>Щоб надіслати, підтвердьте, що Ви прочитали повідомлення про конфіденційність.</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>Змінити відповіді</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Sends the form to the municipality and prints your receipt.</source>
        <translation>Надсилає бланк до мерії і друкує квитанцію.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Answer the questions, then press Next. You can go back at any time without losing your answers.</source>
        <translation>Дайте відповіді на запитання, потім натисніть «Далі». Ви можете будь-коли повернутися назад, не втрачаючи відповідей.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>progress through a form, e.g. &quot;Step 2 of 4&quot;</extracomment>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>Your health card is in the reader. Do you want to fill in your name, surname and tax code from it? Nothing is kept after you leave.</source>
        <translation>Ваша медична картка в зчитувачі. Заповнити з неї ім’я, прізвище та codice fiscale? Після Вашого відходу нічого не зберігається.</translation>
    </message>
    <message>
        <source>You can fill in your name, surname and tax code from your health card (Tessera Sanitaria): insert it in the reader.</source>
        <translation>Ви можете заповнити ім’я, прізвище та codice fiscale з медичної картки (Tessera Sanitaria): вставте її в зчитувач.</translation>
    </message>
    <message>
        <source>Yes, use my card</source>
        <translation>Так, використати мою картку</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) filled in from your card. Please check them.</source>
        <extracomment>%n is the number of answers filled in from the card</extracomment>
        <translation>
            <numerusform>%n відповідь заповнено з Вашої картки. Перевірте її.</numerusform>
            <numerusform>%n відповіді заповнено з Вашої картки. Перевірте їх.</numerusform>
            <numerusform>%n відповідей заповнено з Вашої картки. Перевірте їх.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the demo card</source>
        <translation>Вставити демонстраційну картку</translation>
    </message>
    <message>
        <source>Demo only: simulates a health card in the reader.</source>
        <translation>Лише для демонстрації: імітує медичну картку в зчитувачі.</translation>
    </message>
    <message>
        <source>One question per screen</source>
        <translation>Одне запитання на екрані</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Попередній крок</translation>
    </message>
    <message>
        <source>Leave the form</source>
        <translation>Вийти з бланка</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Перевірте відповіді</translation>
    </message>
</context>
<context>
    <name>FormsBridge</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>There is a problem on this page.</source>
        <translation>На цій сторінці є проблема.</translation>
    </message>
    <message>
        <source>There are %1 problems on this page.</source>
        <translation>Проблем на цій сторінці: %1.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер квитанції</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>Protocol number: it will follow.</source>
        <translation>Реєстраційний номер: буде повідомлено пізніше.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Запис на прийом</translation>
    </message>
    <message>
        <source>Scan the code to follow your request.</source>
        <translation>Відскануйте код, щоб стежити за заявою.</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Forms and bookings</source>
        <translation>Бланки та запис на прийом</translation>
    </message>
    <message>
        <source>Choose a form to fill in or an appointment to book. You will see every answer again before sending.</source>
        <translation>Виберіть бланк для заповнення або запишіться на прийом. Перед надсиланням Ви ще раз побачите всі відповіді.</translation>
    </message>
    <message>
        <source>No forms are available on this totem yet.</source>
        <translation>На цьому терміналі ще немає бланків.</translation>
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
    <name>OutOfServiceScreen</name>
    <message>
        <source>This totem is out of service</source>
        <translation>Цей термінал не працює</translation>
    </message>
    <message>
        <source>We are sorry. You can get the same services here:</source>
        <translation>Просимо вибачення. Ті самі послуги можна отримати тут:</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Зараз відчинено, зачиняється о %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Зараз зачинено</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Онлайн: %1</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Check and confirm</source>
        <translation>Перевірте й підтвердіть</translation>
    </message>
    <message>
        <source>Pay at the card terminal</source>
        <translation>Оплатіть на платіжному терміналі</translation>
    </message>
    <message>
        <source>Payment done</source>
        <translation>Оплату виконано</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>Оплату не завершено</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>Оплатити рахунок pagoPA</translation>
    </message>
    <message>
        <source>Type the 18-digit notice code and the payee&apos;s tax code, as printed on the notice, or hold the notice&apos;s QR code under the scanner. You can pay up to five notices together.</source>
        <translation>Введіть 18-значний код рахунку та codice fiscale установи-отримувача так, як їх надруковано в рахунку, або розмістіть QR-код рахунку під сканером. Можна оплатити до п’яти рахунків разом.</translation>
    </message>
    <message>
        <source>Check the amounts, then press Pay to pay at the card terminal.</source>
        <translation>Перевірте суми, а потім натисніть «Оплатити», щоб оплатити на платіжному терміналі.</translation>
    </message>
    <message>
        <source>Follow the instructions on the screen.</source>
        <translation>Дотримуйтесь вказівок на екрані.</translation>
    </message>
    <message>
        <source>Total to pay: %1.</source>
        <translation>Разом до сплати: %1.</translation>
    </message>
    <message>
        <source>Notice added.</source>
        <translation>Рахунок додано.</translation>
    </message>
    <message>
        <source>Type the notice code and the payee&apos;s tax code, or hold the QR code of the notice under the scanner.</source>
        <translation>Введіть код рахунку та codice fiscale установи-отримувача або розмістіть QR-код рахунку під сканером.</translation>
    </message>
    <message>
        <source>Payments need the connection to the municipality, which is not available right now. Nothing can be charged: please try again later or pay online, at a bank or a post office.</source>
        <translation>Для оплати потрібне з’єднання з мерією, яке зараз недоступне. Жодних коштів не буде списано: спробуйте пізніше або оплатіть онлайн, у банку чи на пошті.</translation>
    </message>
    <message>
        <source>Notice code (18 digits)</source>
        <translation>Код рахунку (18 цифр)</translation>
    </message>
    <message>
        <source>Notice code, 18 digits</source>
        <translation>Код рахунку, 18 цифр</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <extracomment>the notice code typed so far, grouped by four as on the paper notice</extracomment>
        <translation>Ви ввели: %1</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code (11 digits)</source>
        <translation>Codice fiscale установи-отримувача (11 цифр)</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code, 11 digits</source>
        <translation>Codice fiscale установи-отримувача, 11 цифр</translation>
    </message>
    <message>
        <source>Add this notice</source>
        <translation>Додати цей рахунок</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Demo: hold a sample notice under the scanner.</source>
        <translation>Демонстрація: розмістіть зразок рахунку під сканером.</translation>
    </message>
    <message>
        <source>already paid</source>
        <translation>вже сплачено</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>термін минув</translation>
    </message>
    <message>
        <source>Checking the notices with the municipality…</source>
        <translation>Перевіряємо рахунки в мерії…</translation>
    </message>
    <message numerus="yes">
        <source>Check %n notice(s) and continue</source>
        <extracomment>%n is the number of notices in the list</extracomment>
        <translation>
            <numerusform>Перевірити %n рахунок і продовжити</numerusform>
            <numerusform>Перевірити %n рахунки і продовжити</numerusform>
            <numerusform>Перевірити %n рахунків і продовжити</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>Рахунок %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Термін сплати: %1</translation>
    </message>
    <message>
        <source>The amount is different from the one printed on the notice: this is today&apos;s amount.</source>
        <translation>Сума відрізняється від надрукованої в рахунку: це сума на сьогодні.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Комісія: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Разом: %1</translation>
    </message>
    <message>
        <source>Change notices</source>
        <translation>Змінити рахунки</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читання вголос</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Оплатити %1</translation>
    </message>
    <message>
        <source>Then hold your card near the terminal or insert it.</source>
        <translation>Потім прикладіть картку до термінала або вставте її.</translation>
    </message>
    <message>
        <source>Waiting for the terminal: %1 s</source>
        <extracomment>a counter that shows the kiosk is not frozen while the terminal waits</extracomment>
        <translation>Очікуємо платіжний термінал: %1 с</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Довідковий номер: %1</translation>
    </message>
    <message>
        <source>Try again (another card too)</source>
        <translation>Спробувати знову (можна іншою карткою)</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Сплачено: %1.</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Заберіть квитанцію з принтера.</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Номер квитанції: %1</translation>
    </message>
    <message>
        <source>QR code of your receipt</source>
        <translation>QR-код Вашої квитанції</translation>
    </message>
</context>
<context>
    <name>PaymentsBridge</name>
    <message>
        <source>Please type the 18-digit notice code.</source>
        <translation>Введіть 18-значний код рахунку.</translation>
    </message>
    <message>
        <source>The notice code has digits only.</source>
        <translation>Код рахунку містить лише цифри.</translation>
    </message>
    <message>
        <source>The notice code has 18 digits: please check it.</source>
        <translation>Код рахунку має 18 цифр: перевірте його.</translation>
    </message>
    <message>
        <source>A notice code starts with 0, 1, 2 or 3: please check the first digit.</source>
        <translation>Код рахунку починається з 0, 1, 2 або 3: перевірте першу цифру.</translation>
    </message>
    <message>
        <source>The last two digits do not match: please check the code.</source>
        <translation>Дві останні цифри не збігаються: перевірте код.</translation>
    </message>
    <message>
        <source>Please type the payee&apos;s tax code (11 digits, under &apos;Codice fiscale ente&apos;).</source>
        <translation>Введіть codice fiscale установи-отримувача (11 цифр, у полі «Codice fiscale ente»).</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has digits only.</source>
        <translation>Codice fiscale установи-отримувача містить лише цифри.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has 11 digits.</source>
        <translation>Codice fiscale установи-отримувача має 11 цифр.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code does not add up: please check it.</source>
        <translation>Codice fiscale установи-отримувача неправильний: перевірте його.</translation>
    </message>
    <message>
        <source>The amount on this notice cannot be read.</source>
        <translation>Не вдається прочитати суму в цьому рахунку.</translation>
    </message>
    <message>
        <source>This is far too long for a notice code.</source>
        <translation>Це значно довше, ніж код рахунку.</translation>
    </message>
    <message>
        <source>Nothing was read: hold the notice still under the scanner.</source>
        <translation>Нічого не зчитано: тримайте рахунок нерухомо під сканером.</translation>
    </message>
    <message>
        <source>This is not a pagoPA notice code. Scan the QR code or the square code on the notice.</source>
        <translation>Це не код рахунку pagoPA. Відскануйте QR-код або квадратний код на рахунку.</translation>
    </message>
    <message>
        <source>The QR code could not be read: please type the code.</source>
        <translation>Не вдалося прочитати QR-код: введіть код вручну.</translation>
    </message>
    <message>
        <source>This QR code is of an unknown kind: please type the code.</source>
        <translation>Цей QR-код невідомого типу: введіть код вручну.</translation>
    </message>
    <message>
        <source>The square code could not be read: please type the code.</source>
        <translation>Не вдалося прочитати квадратний код: введіть код вручну.</translation>
    </message>
    <message>
        <source>Add at least one notice.</source>
        <translation>Додайте принаймні один рахунок.</translation>
    </message>
    <message>
        <source>At most five notices can be paid together.</source>
        <translation>Разом можна оплатити не більше п’яти рахунків.</translation>
    </message>
    <message>
        <source>This notice is already in the list.</source>
        <translation>Цей рахунок уже є в списку.</translation>
    </message>
    <message>
        <source>The municipality does not know this notice: please check the code and the payee.</source>
        <translation>Мерія не знаходить цей рахунок: перевірте код та установу-отримувача.</translation>
    </message>
    <message>
        <source>This notice has already been paid.</source>
        <translation>Цей рахунок уже оплачено.</translation>
    </message>
    <message>
        <source>This notice has expired and cannot be paid here: please ask the office.</source>
        <translation>Термін оплати цього рахунку минув, і його не можна оплатити тут: зверніться до відділу.</translation>
    </message>
    <message>
        <source>This notice cannot be paid here: please ask the office.</source>
        <translation>Цей рахунок не можна оплатити тут: зверніться до відділу.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this notice.</source>
        <translation>За цим рахунком немає чого сплачувати.</translation>
    </message>
    <message>
        <source>A payment of this notice is still being checked: please ask the office before paying again.</source>
        <translation>Оплата цього рахунку ще перевіряється: зверніться до відділу, перш ніж платити повторно.</translation>
    </message>
    <message>
        <source>The notice cannot be checked right now (no connection to the municipality). Nothing has been charged. Please try again later.</source>
        <translation>Зараз рахунок не можна перевірити (немає з’єднання з мерією). Жодних коштів не списано. Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>This payment is no longer waiting to be paid.</source>
        <translation>Цей платіж уже не очікує оплати.</translation>
    </message>
    <message>
        <source>This payment is not known.</source>
        <translation>Цей платіж не знайдено.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged.</source>
        <translation>Картку відхилено. Жодних коштів не списано.</translation>
    </message>
    <message>
        <source>No card was presented in time. Nothing has been charged.</source>
        <translation>Картку не було пред’явлено вчасно. Жодних коштів не списано.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing has been charged.</source>
        <translation>Оплату скасовано. Жодних коштів не списано.</translation>
    </message>
    <message>
        <source>The card terminal is not available. Nothing has been charged.</source>
        <translation>Платіжний термінал недоступний. Жодних коштів не списано.</translation>
    </message>
    <message>
        <source>The card terminal stopped answering. Nothing has been charged.</source>
        <translation>Платіжний термінал перестав відповідати. Жодних коштів не списано.</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the card was charged. Do not pay again: please ask the office, with this screen&apos;s reference.</source>
        <translation>Ми ще не знаємо, чи було списано кошти з Вашої картки. Не платіть повторно: зверніться до відділу з довідковим номером із цього екрана.</translation>
    </message>
    <message>
        <source>The municipality refused the notice after the payment, and the charge was reversed on your card.</source>
        <translation>Мерія відхилила рахунок після оплати, і списання з Вашої картки скасовано.</translation>
    </message>
    <message>
        <source>The payment could not be completed and will be refunded: please ask the office, with this screen&apos;s reference.</source>
        <translation>Оплату не вдалося завершити, кошти буде повернено: зверніться до відділу з довідковим номером із цього екрана.</translation>
    </message>
    <message>
        <source>Paid. The municipality will be told as soon as the connection allows: your receipt is valid.</source>
        <translation>Сплачено. Мерію буде повідомлено, щойно дозволить з’єднання: Ваша квитанція дійсна.</translation>
    </message>
    <message>
        <source>The printer is out of paper: scan the QR code to keep your receipt.</source>
        <translation>У принтері закінчився папір: відскануйте QR-код, щоб зберегти квитанцію.</translation>
    </message>
    <message>
        <source>The printer is not ready: scan the QR code to keep your receipt.</source>
        <translation>Принтер не готовий: відскануйте QR-код, щоб зберегти квитанцію.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: scan the QR code to keep it.</source>
        <translation>Не вдалося надрукувати квитанцію: відскануйте QR-код, щоб зберегти її.</translation>
    </message>
    <message>
        <source>This totem has no printer: scan the QR code to keep your receipt.</source>
        <translation>На цьому терміналі немає принтера: відскануйте QR-код, щоб зберегти квитанцію.</translation>
    </message>
    <message>
        <source>Hold your card near the terminal, or insert it.</source>
        <translation>Прикладіть картку до платіжного термінала або вставте її.</translation>
    </message>
    <message>
        <source>Checking with the card terminal…</source>
        <translation>Перевіряємо з платіжним терміналом…</translation>
    </message>
    <message>
        <source>Paid. Telling the municipality…</source>
        <translation>Сплачено. Повідомляємо мерію…</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Друк квитанції…</translation>
    </message>
    <message>
        <source>Something went wrong: please ask the office.</source>
        <translation>Щось пішло не так: зверніться до відділу.</translation>
    </message>
    <message>
        <source>Notice added: %1</source>
        <translation>Рахунок додано: %1</translation>
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
        <translation type="unfinished">Скасувати</translation>
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
    <name>SlotAnswer</name>
    <message>
        <source>Asking the office for free times…</source>
        <translation>Запитуємо у відділу вільний час…</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later, or book by phone at %1.</source>
        <translation>Календар відділу зараз недоступний. Спробуйте пізніше або запишіться телефоном: %1.</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later.</source>
        <translation>Календар відділу зараз недоступний. Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>There are no free times in the coming weeks.</source>
        <translation>У найближчі тижні вільного часу немає.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Вибрано: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати знову</translation>
    </message>
    <message>
        <source>Show later times</source>
        <translation>Показати пізніший час</translation>
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
