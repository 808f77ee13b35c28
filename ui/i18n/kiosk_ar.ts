<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Each option can be turned on or off with the action key. They last until your session ends.</source>
        <translation>يمكنك تشغيل كل خيار أو إيقافه بزر التأكيد. تبقى اختياراتك حتى نهاية جلستك.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <source>Controls within easy reach (lower part of the screen)</source>
        <translation>أزرار في متناول اليد (الجزء السفلي من الشاشة)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Speech volume: %1%</source>
        <extracomment>%1 is the speech volume in percent</extracomment>
        <translation>مستوى صوت القراءة: %1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>أخفض</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>جرّب الصوت</translation>
    </message>
    <message>
        <source>This is how the totem reads aloud.</source>
        <translation>هكذا يقرأ الجهاز بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Keypad: up and down move, the action key selects, Help tells you where you are, Back goes back.</source>
        <translation>لوحة المفاتيح: زرّا الأعلى والأسفل للتنقل، وزر التأكيد للاختيار، وزر «مساعدة» ليخبرك أين أنت، وزر «رجوع» للعودة.</translation>
    </message>
</context>
<context>
    <name>AddressAnswer</name>
    <message>
        <source>Street: %1</source>
        <translation>الشارع: %1</translation>
    </message>
    <message>
        <source>Choose the street from the list.</source>
        <translation>اختر الشارع من القائمة.</translation>
    </message>
    <message>
        <source>Type part of the street name</source>
        <translation>اكتب جزءًا من اسم الشارع</translation>
    </message>
    <message>
        <source>street name</source>
        <translation>اسم الشارع</translation>
    </message>
    <message>
        <source>No street of the municipality matches: check the spelling.</source>
        <translation>لا يوجد شارع في البلدية يطابق ما كتبته: تحقّق من الكتابة.</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>رقم المبنى</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>attract screen call to action</extracomment>
        <translation>المس الشاشة للبدء</translation>
    </message>
    <message>
        <source>or press any key</source>
        <extracomment>attract screen, for keypad users</extracomment>
        <translation>أو اضغط أي زر</translation>
    </message>
</context>
<context>
    <name>CatalogBridge</name>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>ما يجب إحضاره</translation>
    </message>
    <message>
        <source>Scan the code to continue on your phone.</source>
        <translation>امسح الرمز للمتابعة على هاتفك.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <source>The services of this category. Choose one to see what it is, who can apply and where to go.</source>
        <translation>خدمات هذه الفئة. اختر إحداها لتعرف ما هي، ومن يحق له التقدّم بطلبها، وإلى أين تذهب.</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>No date chosen yet: use the buttons below.</source>
        <translation>لم تختر تاريخًا بعد: استخدم الأزرار أدناه.</translation>
    </message>
    <message>
        <source>Earlier %1</source>
        <extracomment>%1 is &quot;day&quot;, &quot;month&quot; or &quot;year&quot;</extracomment>
        <translation>%1 إلى الوراء</translation>
    </message>
    <message>
        <source>Later %1</source>
        <translation>%1 إلى الأمام</translation>
    </message>
    <message>
        <source>Ten years earlier</source>
        <translation>عشر سنوات إلى الوراء</translation>
    </message>
    <message>
        <source>Ten years later</source>
        <translation>عشر سنوات إلى الأمام</translation>
    </message>
    <message>
        <source>day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>year</source>
        <translation>سنة</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Please correct one answer:</source>
        <translation>صحّح إجابة واحدة:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct %n answer(s):</source>
        <extracomment>%n is the number of answers to correct</extracomment>
        <translation>
            <numerusform>صحّح %n إجابة:</numerusform>
            <numerusform>صحّح %n إجابة:</numerusform>
            <numerusform>صحّح %n إجابتين:</numerusform>
            <numerusform>صحّح %n إجابات:</numerusform>
            <numerusform>صحّح %n إجابة:</numerusform>
            <numerusform>صحّح %n إجابة:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(اختياري)</translation>
    </message>
    <message>
        <source>Filled in from your health card: check it.</source>
        <translation>تم ملؤه من بطاقتك الصحية: تحقّق منه.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>قراءة إشعار الخصوصية بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>شكرًا لك</translation>
    </message>
    <message>
        <source>Your request has been received. Keep the receipt number; the QR code lets you follow the request on your phone.</source>
        <translation>تم استلام طلبك. احتفظ برقم الإيصال؛ ويمكنك متابعة الطلب على هاتفك عبر رمز QR.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>نفد الورق من الطابعة.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>غطاء الطابعة مفتوح.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>الطابعة لا تستجيب.</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>الطابعة غير متاحة.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>تعذّرت الطباعة.</translation>
    </message>
    <message>
        <source>Sent to the municipality. Protocol number: %1.</source>
        <translation>أُرسل إلى البلدية. رقم التسجيل: %1.</translation>
    </message>
    <message>
        <source>The municipality could not accept this request as it is. Please ask at the office, with this receipt number.</source>
        <translation>لم تتمكن البلدية من قبول هذا الطلب كما هو. استفسر في الشباك ومعك رقم الإيصال هذا.</translation>
    </message>
    <message>
        <source>It will be sent to the municipality as soon as the connection allows: nothing is lost.</source>
        <translation>سيُرسل إلى البلدية فور توفّر الاتصال: لن يضيع شيء.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>جارٍ طباعة الإيصال…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>خذ الإيصال من الطابعة.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone to keep your receipt.</source>
        <translation>امسح رمز QR أدناه بهاتفك للاحتفاظ بالإيصال.</translation>
    </message>
    <message>
        <source>Saving your request…</source>
        <translation>جارٍ حفظ طلبك…</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>رقم الإيصال: %1</translation>
    </message>
    <message>
        <source>QR code to follow your request on your phone</source>
        <translation>رمز QR لمتابعة طلبك على هاتفك</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>العودة إلى البداية</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Please fill in this field</source>
        <translation>املأ هذا الحقل</translation>
    </message>
    <message>
        <source>This is far too long for this field: please check what you entered</source>
        <translation>هذا طويل جدًا بالنسبة لهذا الحقل: تحقّق مما أدخلته</translation>
    </message>
    <message>
        <source>This contains invisible control or text-direction characters: please delete it and type it again</source>
        <translation>يحتوي هذا النص على أحرف تحكّم أو اتجاه نص غير مرئية: احذفه واكتبه من جديد</translation>
    </message>
    <message>
        <source>Please write at least {min} characters (now {length})</source>
        <translation>الحد الأدنى لعدد الأحرف: {min} (حاليًا {length})</translation>
    </message>
    <message>
        <source>Please write at most {max} characters (now {length})</source>
        <translation>الحد الأقصى لعدد الأحرف: {max} (حاليًا {length})</translation>
    </message>
    <message>
        <source>A codice fiscale contains only letters and digits</source>
        <translation>لا يحتوي رمز codice fiscale إلا على أحرف وأرقام</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters: you entered {length}</source>
        <translation>يتكوّن رمز codice fiscale من 16 خانة: أدخلت {length}</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters, or 11 digits for a company: you entered {length}</source>
        <translation>يتكوّن رمز codice fiscale من 16 خانة، أو من 11 رقمًا للشركات: أدخلت {length}</translation>
    </message>
    <message>
        <source>This is the tax code of a company (11 digits): please enter a person&apos;s codice fiscale, 16 letters and digits</source>
        <translation>هذا هو الرمز الضريبي لشركة (11 رقمًا): أدخل رمز codice fiscale الخاص بشخص، وهو 16 حرفًا ورقمًا</translation>
    </message>
    <message>
        <source>The last digit of this 11-digit tax code should be {expected}: please check the code for typos</source>
        <translation>يجب أن يكون آخر رقم في هذا الرمز المكوّن من 11 رقمًا هو {expected}: تحقّق من عدم وجود خطأ في الكتابة</translation>
    </message>
    <message>
        <source>The first 6 characters of a codice fiscale are letters: character {position} is not a letter</source>
        <translation>الخانات الست الأولى من رمز codice fiscale أحرف: الخانة {position} ليست حرفًا</translation>
    </message>
    <message>
        <source>Characters 7 and 8 of a codice fiscale are the year of birth: character {position} should be a digit</source>
        <translation>الخانتان 7 و8 من رمز codice fiscale هما سنة الميلاد: يجب أن تكون الخانة {position} رقمًا</translation>
    </message>
    <message>
        <source>Character 9 of a codice fiscale is the month of birth: one of the letters A B C D E H L M P R S T</source>
        <translation>الخانة 9 من رمز codice fiscale هي شهر الميلاد: أحد الأحرف A B C D E H L M P R S T</translation>
    </message>
    <message>
        <source>Characters 10 and 11 of a codice fiscale are the day of birth: 01 to 31, or 41 to 71 for women</source>
        <translation>الخانتان 10 و11 من رمز codice fiscale هما يوم الميلاد: من 01 إلى 31، أو من 41 إلى 71 للنساء</translation>
    </message>
    <message>
        <source>Characters 12 to 15 of a codice fiscale are the place of birth, a letter and three digits: character {position} is wrong</source>
        <translation>الخانات من 12 إلى 15 من رمز codice fiscale هي مكان الميلاد، حرف وثلاثة أرقام: الخانة {position} خاطئة</translation>
    </message>
    <message>
        <source>The last letter should be {expected} for the first 15 characters you entered: please check the whole code for typos</source>
        <translation>بحسب الخانات الـ15 الأولى التي أدخلتها، يجب أن يكون الحرف الأخير {expected}: تحقّق من عدم وجود خطأ في الرمز كله</translation>
    </message>
    <message>
        <source>An IBAN contains only letters and digits</source>
        <translation>لا يحتوي رقم IBAN إلا على أحرف وأرقام</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters for the country and two check digits, for example IT60 X054 2811 1010 0000 0123 456</source>
        <translation>يبدأ رقم IBAN بحرفين للبلد ورقمين للتحقق، مثلًا IT60 X054 2811 1010 0000 0123 456</translation>
    </message>
    <message>
        <source>{country} is not the start of an IBAN we know: Italian IBANs start with IT</source>
        <translation>{country} ليست بداية رقم IBAN معروف: أرقام IBAN الإيطالية تبدأ بـ IT</translation>
    </message>
    <message>
        <source>Accounts from country {country} cannot be used here</source>
        <translation>لا يمكن استخدام حسابات من البلد {country} هنا</translation>
    </message>
    <message>
        <source>An IBAN from {country} has {expected} characters: you entered {length}</source>
        <translation>عدد خانات رقم IBAN من {country} هو {expected}: أدخلت {length}</translation>
    </message>
    <message>
        <source>After IT and the two check digits, an Italian IBAN has a letter (CIN), 10 digits (ABI and CAB) and the 12-character account number</source>
        <translation>بعد IT ورقمي التحقق، يتكوّن رقم IBAN الإيطالي من حرف (CIN) و10 أرقام (ABI وCAB) ورقم الحساب المكوّن من 12 خانة</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of the IBAN: a character is probably mistyped</source>
        <translation>رقما التحقق لا يتطابقان مع باقي رقم IBAN: ربما أُدخلت إحدى الخانات خطأً</translation>
    </message>
    <message>
        <source>The letter after the check digits (CIN) should be {expected} for this bank and account: please check the code for typos</source>
        <translation>يجب أن يكون الحرف الذي يلي رقمي التحقق (CIN) هو {expected} لهذا البنك وهذا الحساب: تحقّق من عدم وجود خطأ في الكتابة</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.it, with exactly one @</source>
        <translation>يكون عنوان البريد الإلكتروني مثل name@example.it، وفيه علامة @ واحدة فقط</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces</source>
        <translation>لا يمكن أن يحتوي عنوان البريد الإلكتروني على مسافات</translation>
    </message>
    <message>
        <source>The part before @ can contain letters, digits and . _ - + (no dot at the start or end, no two dots in a row)</source>
        <translation>يمكن أن يحتوي الجزء الذي قبل @ على أحرف وأرقام و . _ - + (بدون نقطة في البداية أو النهاية، وبدون نقطتين متتاليتين)</translation>
    </message>
    <message>
        <source>The part after @ should be a domain name such as example.it</source>
        <translation>يجب أن يكون الجزء الذي بعد @ اسم نطاق مثل example.it</translation>
    </message>
    <message>
        <source>An e-mail address has at most {max} characters: you entered {length}</source>
        <translation>الحد الأقصى لعدد أحرف عنوان البريد الإلكتروني هو {max}: أدخلت {length}</translation>
    </message>
    <message>
        <source>A phone number contains only digits, with +39 at the start if you like</source>
        <translation>يتكوّن رقم الهاتف من أرقام فقط، ويمكنك إضافة +39 في بدايته إن أردت</translation>
    </message>
    <message>
        <source>Only Italian phone numbers can be used here: the prefix must be +39</source>
        <translation>لا يمكن استخدام سوى أرقام الهواتف الإيطالية هنا: يجب أن يكون رمز الاتصال +39</translation>
    </message>
    <message>
        <source>An Italian number starts with 3 (mobile) or 0 (landline), for example 333 123 4567 or 06 1234 5678</source>
        <translation>يبدأ الرقم الإيطالي بـ 3 (هاتف محمول) أو 0 (هاتف أرضي)، مثلًا 333 123 4567 أو 06 1234 5678</translation>
    </message>
    <message>
        <source>A mobile number has {min} or {max} digits: you entered {length}</source>
        <translation>عدد أرقام الهاتف المحمول {min} أو {max}: أدخلت {length}</translation>
    </message>
    <message>
        <source>A landline number has {min} to {max} digits, starting with 0: you entered {length}</source>
        <translation>عدد أرقام الهاتف الأرضي من {min} إلى {max}، ويبدأ بـ 0: أدخلت {length}</translation>
    </message>
    <message>
        <source>Please enter a mobile number: it starts with 3</source>
        <translation>أدخل رقم هاتف محمول: يبدأ بـ 3</translation>
    </message>
    <message>
        <source>Please enter a landline number: it starts with 0</source>
        <translation>أدخل رقم هاتف أرضي: يبدأ بـ 0</translation>
    </message>
    <message>
        <source>A CAP (postcode) has 5 digits, for example 00184</source>
        <translation>يتكوّن الرمز البريدي CAP من 5 أرقام، مثلًا 00184</translation>
    </message>
    <message>
        <source>The CAP should start with {prefix}</source>
        <translation>يجب أن يبدأ رمز CAP بـ {prefix}</translation>
    </message>
    <message>
        <source>Please enter one of these CAPs: {allowed}</source>
        <translation>أدخل أحد رموز CAP التالية: {allowed}</translation>
    </message>
    <message>
        <source>Please enter the date as year-month-day, for example 2025-03-15</source>
        <translation>أدخل التاريخ بصيغة سنة-شهر-يوم، مثلًا 2025-03-15</translation>
    </message>
    <message>
        <source>This day does not exist: please check the day and the month</source>
        <translation>هذا اليوم غير موجود: تحقّق من اليوم والشهر</translation>
    </message>
    <message>
        <source>The date must be {min} or later</source>
        <translation>يجب أن يكون التاريخ {min} أو بعده</translation>
    </message>
    <message>
        <source>The date must be {max} or earlier</source>
        <translation>يجب أن يكون التاريخ {max} أو قبله</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown</source>
        <translation>اختر إحدى الإجابات المعروضة</translation>
    </message>
    <message>
        <source>Please choose at least {min} answers</source>
        <translation>اختر عددًا من الإجابات لا يقل عن {min}</translation>
    </message>
    <message>
        <source>Please choose at most {max} answers</source>
        <translation>اختر عددًا من الإجابات لا يزيد على {max}</translation>
    </message>
    <message>
        <source>Please answer yes or no</source>
        <translation>أجب بنعم أو لا</translation>
    </message>
    <message>
        <source>Please enter a number, for example 3 or 2.5</source>
        <translation>أدخل رقمًا، مثلًا 3 أو 2.5</translation>
    </message>
    <message>
        <source>Please enter a whole number</source>
        <translation>أدخل عددًا صحيحًا</translation>
    </message>
    <message>
        <source>The number must be {min} or more</source>
        <translation>يجب أن يكون الرقم {min} أو أكثر</translation>
    </message>
    <message>
        <source>The number must be {max} or less</source>
        <translation>يجب أن يكون الرقم {max} أو أقل</translation>
    </message>
    <message>
        <source>You need to agree to continue</source>
        <translation>عليك أن توافق للمتابعة</translation>
    </message>
    <message>
        <source>Please choose a time from the list</source>
        <translation>اختر وقتًا من القائمة</translation>
    </message>
    <message>
        <source>Please choose the street from the list</source>
        <translation>اختر الشارع من القائمة</translation>
    </message>
    <message>
        <source>After the street, write only the house number, for example 12 or 12/A</source>
        <translation>بعد اسم الشارع، اكتب رقم المبنى فقط، مثلًا 12 أو 12/A</translation>
    </message>
</context>
<context>
    <name>FormReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>راجع إجاباتك</translation>
    </message>
    <message>
        <source>Here is everything you entered. Choose Change next to an answer to correct it, then Send.</source>
        <translation>هذا كل ما أدخلته. اختر «تعديل» بجانب أي إجابة لتصحيحها، ثم «إرسال».</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>قراءة إشعار الخصوصية بصوت عالٍ</translation>
    </message>
    <message>
        <source>I have read the privacy notice</source>
        <translation>قرأت إشعار الخصوصية</translation>
    </message>
    <message>
        <source>The request could not be saved on this totem. Nothing was sent: please try again, or ask at the office.</source>
        <translation>تعذّر حفظ الطلب على هذا الجهاز. لم يُرسَل أي شيء: حاول مرة أخرى، أو اسأل في الشباك.</translation>
    </message>
    <message>
        <source>To send, confirm that you have read the privacy notice.</source>
        <translation>للإرسال، أكّد أنك قرأت إشعار الخصوصية.</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>تعديل الإجابات</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Sends the form to the municipality and prints your receipt.</source>
        <translation>يرسل النموذج إلى البلدية ويطبع الإيصال.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Answer the questions, then press Next. You can go back at any time without losing your answers.</source>
        <translation>أجب عن الأسئلة، ثم اضغط «التالي». يمكنك الرجوع في أي وقت دون أن تفقد إجاباتك.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>progress through a form, e.g. &quot;Step 2 of 4&quot;</extracomment>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Your health card is in the reader. Do you want to fill in your name, surname and tax code from it? Nothing is kept after you leave.</source>
        <translation>بطاقتك الصحية في القارئ. هل تريد ملء الاسم واللقب والرمز الضريبي (codice fiscale) منها؟ لا يُحفظ أي شيء بعد مغادرتك.</translation>
    </message>
    <message>
        <source>You can fill in your name, surname and tax code from your health card (Tessera Sanitaria): insert it in the reader.</source>
        <translation>يمكنك ملء الاسم واللقب والرمز الضريبي (codice fiscale) من بطاقتك الصحية (Tessera Sanitaria): أدخلها في القارئ.</translation>
    </message>
    <message>
        <source>Yes, use my card</source>
        <translation>نعم، استخدم بطاقتي</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) filled in from your card. Please check them.</source>
        <extracomment>%n is the number of answers filled in from the card</extracomment>
        <translation>
            <numerusform>تم ملء %n إجابة من بطاقتك. تحقّق منها.</numerusform>
            <numerusform>تم ملء %n إجابة من بطاقتك. تحقّق منها.</numerusform>
            <numerusform>تم ملء %n إجابتين من بطاقتك. تحقّق منهما.</numerusform>
            <numerusform>تم ملء %n إجابات من بطاقتك. تحقّق منها.</numerusform>
            <numerusform>تم ملء %n إجابة من بطاقتك. تحقّق منها.</numerusform>
            <numerusform>تم ملء %n إجابة من بطاقتك. تحقّق منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the demo card</source>
        <translation>أدخل بطاقة العرض</translation>
    </message>
    <message>
        <source>Demo only: simulates a health card in the reader.</source>
        <translation>للعرض فقط: يحاكي وجود بطاقة صحية في القارئ.</translation>
    </message>
    <message>
        <source>One question per screen</source>
        <translation>سؤال واحد في كل شاشة</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <source>Leave the form</source>
        <translation>الخروج من النموذج</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>راجع إجاباتك</translation>
    </message>
</context>
<context>
    <name>FormsBridge</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>There is a problem on this page.</source>
        <translation>توجد مشكلة في هذه الصفحة.</translation>
    </message>
    <message>
        <source>There are %1 problems on this page.</source>
        <translation>عدد المشكلات في هذه الصفحة: %1.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>رقم الإيصال</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Protocol number: it will follow.</source>
        <translation>رقم التسجيل: سيصلك لاحقًا.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Scan the code to follow your request.</source>
        <translation>امسح الرمز لمتابعة طلبك.</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Forms and bookings</source>
        <translation>النماذج والحجوزات</translation>
    </message>
    <message>
        <source>Choose a form to fill in or an appointment to book. You will see every answer again before sending.</source>
        <translation>اختر نموذجًا لتملأه أو موعدًا لتحجزه. سترى كل إجاباتك مرة أخرى قبل الإرسال.</translation>
    </message>
    <message>
        <source>No forms are available on this totem yet.</source>
        <translation>لا توجد نماذج متاحة بعد على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose what you need. Use the up and down keys to move between the tiles and the action key to open one.</source>
        <translation>اختر ما تحتاج إليه. استخدم زرّي الأعلى والأسفل للتنقل بين الخانات، وزر التأكيد لفتح إحداها.</translation>
    </message>
    <message>
        <source>How can we help you today?</source>
        <extracomment>home screen greeting under the municipality&apos;s name</extracomment>
        <translation>كيف يمكننا مساعدتك اليوم؟</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>ابحث عن خدمة</translation>
    </message>
    <message>
        <source>What the city offers, who to ask, where and when</source>
        <translation>ما تقدمه المدينة، ومن تسأل، وأين ومتى</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>ادفع إشعار pagoPA</translation>
    </message>
    <message>
        <source>Type or scan the notice, pay by card</source>
        <translation>اكتب الإشعار أو امسحه ضوئيًا، وادفع بالبطاقة</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>النماذج والحجوزات</translation>
    </message>
    <message>
        <source>Applications, enrolments, appointments</source>
        <translation>طلبات، تسجيل، مواعيد</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>أبلغ عن مشكلة</translation>
    </message>
    <message>
        <source>Potholes, street lights, abandoned waste</source>
        <translation>حفر الطرق، إنارة الشوارع، النفايات المهملة</translation>
    </message>
    <message>
        <source>New in town / Welcome</source>
        <translation>الوافدون الجدد / أهلًا بكم</translation>
    </message>
    <message>
        <source>Your first steps: residence, health, school, language courses</source>
        <translation>خطواتك الأولى: الإقامة، الصحة، المدرسة، دورات اللغة</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Larger text, high contrast, read aloud</source>
        <translation>نص أكبر، تباين عالٍ، قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Language / Lingua</source>
        <extracomment>keep &quot;Lingua / Language&quot; so that everybody recognises it</extracomment>
        <translation>اللغة / Lingua</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <extracomment>state of an on/off accessibility option</extracomment>
        <translation>مُفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>مُعطّل</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Move through the languages and press the action key on yours.</source>
        <translation>تنقّل بين اللغات واضغط زر التأكيد على لغتك.</translation>
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
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>navigation bar: go to the home screen</extracomment>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>navigation bar: hear where you are and what you can do</extracomment>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>navigation bar: end the session, wiping everything</extracomment>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Ends your session and clears everything you entered</source>
        <translation>ينهي جلستك ويمسح كل ما أدخلته</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This totem is out of service</source>
        <translation>هذا الجهاز خارج الخدمة</translation>
    </message>
    <message>
        <source>We are sorry. You can get the same services here:</source>
        <translation>نعتذر. يمكنك الحصول على الخدمات نفسها هنا:</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>مفتوح الآن، يغلق الساعة %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>مغلق الآن</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>عبر الإنترنت: %1</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Check and confirm</source>
        <translation>تحقّق وأكّد</translation>
    </message>
    <message>
        <source>Pay at the card terminal</source>
        <translation>ادفع عبر جهاز الدفع بالبطاقة</translation>
    </message>
    <message>
        <source>Payment done</source>
        <translation>تم الدفع</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>لم يكتمل الدفع</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>ادفع إشعار pagoPA</translation>
    </message>
    <message>
        <source>Type the 18-digit notice code and the payee&apos;s tax code, as printed on the notice, or hold the notice&apos;s QR code under the scanner. You can pay up to five notices together.</source>
        <translation>اكتب رمز الإشعار المكوّن من 18 رقمًا ورمز codice fiscale للجهة الدائنة، كما هما مطبوعان على الإشعار، أو ضع رمز QR الخاص بالإشعار تحت القارئ. يمكنك دفع ما يصل إلى خمسة إشعارات معًا.</translation>
    </message>
    <message>
        <source>Check the amounts, then press Pay to pay at the card terminal.</source>
        <translation>تحقّق من المبالغ، ثم اضغط «ادفع» للدفع عبر جهاز الدفع بالبطاقة.</translation>
    </message>
    <message>
        <source>Follow the instructions on the screen.</source>
        <translation>اتبع التعليمات على الشاشة.</translation>
    </message>
    <message>
        <source>Total to pay: %1.</source>
        <translation>المبلغ الإجمالي المطلوب دفعه: %1.</translation>
    </message>
    <message>
        <source>Notice added.</source>
        <translation>تمت إضافة الإشعار.</translation>
    </message>
    <message>
        <source>Type the notice code and the payee&apos;s tax code, or hold the QR code of the notice under the scanner.</source>
        <translation>اكتب رمز الإشعار ورمز codice fiscale للجهة الدائنة، أو ضع رمز QR الخاص بالإشعار تحت القارئ.</translation>
    </message>
    <message>
        <source>Payments need the connection to the municipality, which is not available right now. Nothing can be charged: please try again later or pay online, at a bank or a post office.</source>
        <translation>يتطلب الدفع الاتصال بالبلدية، وهو غير متاح الآن. لن يُخصم أي مبلغ: حاول مرة أخرى لاحقًا، أو ادفع عبر الإنترنت أو في بنك أو في مكتب بريد.</translation>
    </message>
    <message>
        <source>Notice code (18 digits)</source>
        <translation>رمز الإشعار (18 رقمًا)</translation>
    </message>
    <message>
        <source>Notice code, 18 digits</source>
        <translation>رمز الإشعار، 18 رقمًا</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <extracomment>the notice code typed so far, grouped by four as on the paper notice</extracomment>
        <translation>ما كتبته: %1</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code (11 digits)</source>
        <translation>رمز codice fiscale للجهة الدائنة (11 رقمًا)</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code, 11 digits</source>
        <translation>رمز codice fiscale للجهة الدائنة، 11 رقمًا</translation>
    </message>
    <message>
        <source>Add this notice</source>
        <translation>أضف هذا الإشعار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Demo: hold a sample notice under the scanner.</source>
        <translation>للعرض: ضع إشعارًا تجريبيًا تحت القارئ.</translation>
    </message>
    <message>
        <source>already paid</source>
        <translation>مدفوع مسبقًا</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Checking the notices with the municipality…</source>
        <translation>جارٍ التحقق من الإشعارات لدى البلدية…</translation>
    </message>
    <message numerus="yes">
        <source>Check %n notice(s) and continue</source>
        <extracomment>%n is the number of notices in the list</extracomment>
        <translation>
            <numerusform>تحقّق من %n إشعار وتابع</numerusform>
            <numerusform>تحقّق من %n إشعار وتابع</numerusform>
            <numerusform>تحقّق من %n إشعارين وتابع</numerusform>
            <numerusform>تحقّق من %n إشعارات وتابع</numerusform>
            <numerusform>تحقّق من %n إشعارًا وتابع</numerusform>
            <numerusform>تحقّق من %n إشعار وتابع</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>الإشعار %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>تاريخ الاستحقاق: %1</translation>
    </message>
    <message>
        <source>The amount is different from the one printed on the notice: this is today&apos;s amount.</source>
        <translation>المبلغ مختلف عن المبلغ المطبوع على الإشعار: هذا هو المبلغ المستحق اليوم.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>العمولة: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>الإجمالي: %1</translation>
    </message>
    <message>
        <source>Change notices</source>
        <translation>تعديل الإشعارات</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>ادفع %1</translation>
    </message>
    <message>
        <source>Then hold your card near the terminal or insert it.</source>
        <translation>ثم قرّب بطاقتك من جهاز الدفع أو أدخلها فيه.</translation>
    </message>
    <message>
        <source>Waiting for the terminal: %1 s</source>
        <extracomment>a counter that shows the kiosk is not frozen while the terminal waits</extracomment>
        <translation>في انتظار جهاز الدفع: %1 ث</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>المرجع: %1</translation>
    </message>
    <message>
        <source>Try again (another card too)</source>
        <translation>حاول مرة أخرى (يمكنك استخدام بطاقة أخرى)</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>المبلغ المدفوع: %1.</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>خذ الإيصال من الطابعة.</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>رقم الإيصال: %1</translation>
    </message>
    <message>
        <source>QR code of your receipt</source>
        <translation>رمز QR الخاص بإيصالك</translation>
    </message>
</context>
<context>
    <name>PaymentsBridge</name>
    <message>
        <source>Please type the 18-digit notice code.</source>
        <translation>اكتب رمز الإشعار المكوّن من 18 رقمًا.</translation>
    </message>
    <message>
        <source>The notice code has digits only.</source>
        <translation>يتكوّن رمز الإشعار من أرقام فقط.</translation>
    </message>
    <message>
        <source>The notice code has 18 digits: please check it.</source>
        <translation>يتكوّن رمز الإشعار من 18 رقمًا: تحقّق منه.</translation>
    </message>
    <message>
        <source>A notice code starts with 0, 1, 2 or 3: please check the first digit.</source>
        <translation>يبدأ رمز الإشعار بالرقم 0 أو 1 أو 2 أو 3: تحقّق من الرقم الأول.</translation>
    </message>
    <message>
        <source>The last two digits do not match: please check the code.</source>
        <translation>الرقمان الأخيران غير متطابقين: تحقّق من الرمز.</translation>
    </message>
    <message>
        <source>Please type the payee&apos;s tax code (11 digits, under &apos;Codice fiscale ente&apos;).</source>
        <translation>اكتب رمز codice fiscale للجهة الدائنة (11 رقمًا، تحت عبارة «Codice fiscale ente»).</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has digits only.</source>
        <translation>يتكوّن رمز codice fiscale للجهة الدائنة من أرقام فقط.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has 11 digits.</source>
        <translation>يتكوّن رمز codice fiscale للجهة الدائنة من 11 رقمًا.</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code does not add up: please check it.</source>
        <translation>رمز codice fiscale للجهة الدائنة غير صحيح: تحقّق منه.</translation>
    </message>
    <message>
        <source>The amount on this notice cannot be read.</source>
        <translation>لا يمكن قراءة مبلغ هذا الإشعار.</translation>
    </message>
    <message>
        <source>This is far too long for a notice code.</source>
        <translation>هذا أطول بكثير من أن يكون رمز إشعار.</translation>
    </message>
    <message>
        <source>Nothing was read: hold the notice still under the scanner.</source>
        <translation>لم تتم قراءة أي شيء: ثبّت الإشعار تحت القارئ.</translation>
    </message>
    <message>
        <source>This is not a pagoPA notice code. Scan the QR code or the square code on the notice.</source>
        <translation>هذا ليس رمز إشعار pagoPA. امسح رمز QR أو الرمز المربّع الموجود على الإشعار.</translation>
    </message>
    <message>
        <source>The QR code could not be read: please type the code.</source>
        <translation>تعذّرت قراءة رمز QR: اكتب الرمز.</translation>
    </message>
    <message>
        <source>This QR code is of an unknown kind: please type the code.</source>
        <translation>رمز QR هذا من نوع غير معروف: اكتب الرمز.</translation>
    </message>
    <message>
        <source>The square code could not be read: please type the code.</source>
        <translation>تعذّرت قراءة الرمز المربّع: اكتب الرمز.</translation>
    </message>
    <message>
        <source>Add at least one notice.</source>
        <translation>أضف إشعارًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>At most five notices can be paid together.</source>
        <translation>يمكن دفع خمسة إشعارات معًا كحدّ أقصى.</translation>
    </message>
    <message>
        <source>This notice is already in the list.</source>
        <translation>هذا الإشعار موجود بالفعل في القائمة.</translation>
    </message>
    <message>
        <source>The municipality does not know this notice: please check the code and the payee.</source>
        <translation>لا تجد البلدية هذا الإشعار: تحقّق من الرمز ومن الجهة الدائنة.</translation>
    </message>
    <message>
        <source>This notice has already been paid.</source>
        <translation>تم دفع هذا الإشعار من قبل.</translation>
    </message>
    <message>
        <source>This notice has expired and cannot be paid here: please ask the office.</source>
        <translation>انتهت صلاحية هذا الإشعار ولا يمكن دفعه هنا: استفسر في الشباك.</translation>
    </message>
    <message>
        <source>This notice cannot be paid here: please ask the office.</source>
        <translation>لا يمكن دفع هذا الإشعار هنا: استفسر في الشباك.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this notice.</source>
        <translation>لا يوجد أي مبلغ مستحق على هذا الإشعار.</translation>
    </message>
    <message>
        <source>A payment of this notice is still being checked: please ask the office before paying again.</source>
        <translation>لا تزال عملية دفع لهذا الإشعار قيد التحقق: استفسر في الشباك قبل أن تدفع مرة أخرى.</translation>
    </message>
    <message>
        <source>The notice cannot be checked right now (no connection to the municipality). Nothing has been charged. Please try again later.</source>
        <translation>لا يمكن التحقق من الإشعار الآن (لا يوجد اتصال بالبلدية). لم يُخصم أي مبلغ. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>This payment is no longer waiting to be paid.</source>
        <translation>لم تعد هذه الدفعة في انتظار الدفع.</translation>
    </message>
    <message>
        <source>This payment is not known.</source>
        <translation>لا يوجد سجل لهذه الدفعة.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged.</source>
        <translation>رُفضت البطاقة. لم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <source>No card was presented in time. Nothing has been charged.</source>
        <translation>لم تُقدَّم أي بطاقة في الوقت المحدد. لم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing has been charged.</source>
        <translation>أُلغيت عملية الدفع. لم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <source>The card terminal is not available. Nothing has been charged.</source>
        <translation>جهاز الدفع بالبطاقة غير متاح. لم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <source>The card terminal stopped answering. Nothing has been charged.</source>
        <translation>توقّف جهاز الدفع بالبطاقة عن الاستجابة. لم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the card was charged. Do not pay again: please ask the office, with this screen&apos;s reference.</source>
        <translation>لا نعرف بعد إن كان قد خُصم مبلغ من بطاقتك. لا تدفع مرة أخرى: استفسر في الشباك ومعك المرجع الظاهر على هذه الشاشة.</translation>
    </message>
    <message>
        <source>The municipality refused the notice after the payment, and the charge was reversed on your card.</source>
        <translation>رفضت البلدية الإشعار بعد الدفع، وأُلغي الخصم من بطاقتك.</translation>
    </message>
    <message>
        <source>The payment could not be completed and will be refunded: please ask the office, with this screen&apos;s reference.</source>
        <translation>تعذّر إكمال عملية الدفع وسيُردّ إليك المبلغ: استفسر في الشباك ومعك المرجع الظاهر على هذه الشاشة.</translation>
    </message>
    <message>
        <source>Paid. The municipality will be told as soon as the connection allows: your receipt is valid.</source>
        <translation>تم الدفع. ستُبلَّغ البلدية فور توفّر الاتصال: إيصالك صالح.</translation>
    </message>
    <message>
        <source>The printer is out of paper: scan the QR code to keep your receipt.</source>
        <translation>نفد الورق من الطابعة: امسح رمز QR للاحتفاظ بالإيصال.</translation>
    </message>
    <message>
        <source>The printer is not ready: scan the QR code to keep your receipt.</source>
        <translation>الطابعة غير جاهزة: امسح رمز QR للاحتفاظ بالإيصال.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: scan the QR code to keep it.</source>
        <translation>تعذّرت طباعة الإيصال: امسح رمز QR للاحتفاظ به.</translation>
    </message>
    <message>
        <source>This totem has no printer: scan the QR code to keep your receipt.</source>
        <translation>لا توجد طابعة في هذا الجهاز: امسح رمز QR للاحتفاظ بالإيصال.</translation>
    </message>
    <message>
        <source>Hold your card near the terminal, or insert it.</source>
        <translation>قرّب بطاقتك من جهاز الدفع، أو أدخلها فيه.</translation>
    </message>
    <message>
        <source>Checking with the card terminal…</source>
        <translation>جارٍ التحقق مع جهاز الدفع بالبطاقة…</translation>
    </message>
    <message>
        <source>Paid. Telling the municipality…</source>
        <translation>تم الدفع. جارٍ إبلاغ البلدية…</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>جارٍ طباعة الإيصال…</translation>
    </message>
    <message>
        <source>Something went wrong: please ask the office.</source>
        <translation>حدث خطأ ما: استفسر في الشباك.</translation>
    </message>
    <message>
        <source>Notice added: %1</source>
        <translation>تمت إضافة الإشعار: %1</translation>
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
        <translation type="unfinished">إلغاء</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a service</source>
        <translation>ابحث عن خدمة</translation>
    </message>
    <message>
        <source>Type what you are looking for with the on-screen keyboard, or choose a category below. Results appear as you type.</source>
        <translation>اكتب ما تبحث عنه بلوحة المفاتيح على الشاشة، أو اختر فئة من الأسفل. تظهر النتائج أثناء الكتابة.</translation>
    </message>
    <message>
        <source>For example: identity card, school canteen, waste</source>
        <translation>مثلًا: بطاقة الهوية، مطعم المدرسة، النفايات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <extracomment>%n is the number of services found</extracomment>
        <translation>
            <numerusform>تم العثور على %n خدمة</numerusform>
            <numerusform>تم العثور على %n خدمة</numerusform>
            <numerusform>تم العثور على %n خدمتين</numerusform>
            <numerusform>تم العثور على %n خدمات</numerusform>
            <numerusform>تم العثور على %n خدمة</numerusform>
            <numerusform>تم العثور على %n خدمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or choose a category below.</source>
        <translation>لم يُعثر على أي نتيجة. جرّب كلمات أخرى، أو اختر فئة من الأسفل.</translation>
    </message>
    <message>
        <source>Most requested</source>
        <translation>الأكثر طلبًا</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>تصفّح حسب الفئة</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <extracomment>%n is the number of services in a category</extracomment>
        <translation>
            <numerusform>%n خدمة</numerusform>
            <numerusform>%n خدمة</numerusform>
            <numerusform>%n خدمتان</numerusform>
            <numerusform>%n خدمات</numerusform>
            <numerusform>%n خدمة</numerusform>
            <numerusform>%n خدمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>A service page. Move down section by section; the buttons read it aloud or print it.</source>
        <translation>صفحة خدمة. انتقل إلى الأسفل قسمًا بعد قسم؛ والأزرار تقرؤها بصوت عالٍ أو تطبعها.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>مفتوح الآن، يُغلق الساعة %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Closed now, opens today at %1</source>
        <translation>مغلق الآن، يفتح اليوم الساعة %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>مغلق الآن، يفتح يوم %1 الساعة %2</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>من يحق له التقديم</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>طريقة التقديم</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>المستندات المطلوب إحضارها</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>نفد الورق من الطابعة.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>غطاء الطابعة مفتوح.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>الطابعة لا تستجيب.</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>الطابعة غير متاحة.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>تعذّرت الطباعة.</translation>
    </message>
    <message>
        <source>Printed: take your sheet from the printer.</source>
        <translation>تمت الطباعة: خذ الورقة من الطابعة.</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone instead.</source>
        <translation>بدلًا من ذلك، امسح رمز QR أدناه بهاتفك.</translation>
    </message>
    <message>
        <source>Part of this page is not available in your language and is shown in the municipality&apos;s main language.</source>
        <translation>جزء من هذه الصفحة غير متوفر بلغتك، ولذلك يُعرض باللغة الرئيسية للبلدية.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Print this information</source>
        <translation>اطبع هذه المعلومات</translation>
    </message>
    <message>
        <source>Fill in the form</source>
        <translation>املأ النموذج</translation>
    </message>
    <message>
        <source>Pay at this totem</source>
        <translation>ادفع عبر هذا الجهاز</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>ما هذه الخدمة</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>أين ومتى</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>مدخل بلا درجات</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>تابِع على هاتفك</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the page online.</source>
        <translation>امسح هذا الرمز بكاميرا هاتفك لفتح الصفحة على الإنترنت.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>button</source>
        <translation>زر</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مُفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>مُعطّل</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>حقل نص</translation>
    </message>
    <message>
        <source>You are on: %1.</source>
        <translation>أنت الآن على: %1.</translation>
    </message>
    <message>
        <source>Printed receipt (demo printer)</source>
        <translation>الإيصال المطبوع (طابعة العرض)</translation>
    </message>
</context>
<context>
    <name>SlotAnswer</name>
    <message>
        <source>Asking the office for free times…</source>
        <translation>جارٍ طلب الأوقات المتاحة من المكتب…</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later, or book by phone at %1.</source>
        <translation>لا يمكن الوصول إلى جدول مواعيد المكتب الآن. حاول مرة أخرى لاحقًا، أو احجز بالهاتف على الرقم %1.</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later.</source>
        <translation>لا يمكن الوصول إلى جدول مواعيد المكتب الآن. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>There are no free times in the coming weeks.</source>
        <translation>لا توجد أوقات متاحة في الأسابيع القادمة.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>تم الاختيار: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Show later times</source>
        <translation>عرض أوقات لاحقة</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>هل تحتاج إلى مزيد من الوقت؟</translation>
    </message>
    <message numerus="yes">
        <source>Your session will end in %n second(s) and everything you entered will be cleared.</source>
        <extracomment>%n is the number of seconds before the session ends</extracomment>
        <translation>
            <numerusform>ستنتهي جلستك خلال %n ثانية وسيُمسح كل ما أدخلته.</numerusform>
            <numerusform>ستنتهي جلستك خلال %n ثانية وسيُمسح كل ما أدخلته.</numerusform>
            <numerusform>ستنتهي جلستك خلال %n ثانيتين وسيُمسح كل ما أدخلته.</numerusform>
            <numerusform>ستنتهي جلستك خلال %n ثوانٍ وسيُمسح كل ما أدخلته.</numerusform>
            <numerusform>ستنتهي جلستك خلال %n ثانية وسيُمسح كل ما أدخلته.</numerusform>
            <numerusform>ستنتهي جلستك خلال %n ثانية وسيُمسح كل ما أدخلته.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <extracomment>the one large button that extends the session</extracomment>
        <translation>نعم، تابِع</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>لا، انتهيت</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>New in town / Welcome</source>
        <translation>الوافدون الجدد / أهلًا بكم</translation>
    </message>
    <message>
        <source>The first steps for new residents, in order. Choose a step to see where to go and what to bring.</source>
        <translation>الخطوات الأولى للمقيمين الجدد، بالترتيب. اختر خطوة لتعرف إلى أين تذهب وماذا تُحضر معك.</translation>
    </message>
    <message>
        <source>The guide for new residents is not available on this totem yet. The public relations office (URP) can help you.</source>
        <translation>دليل المقيمين الجدد غير متوفر بعد على هذا الجهاز. يمكن لمكتب العلاقات مع الجمهور (URP) مساعدتك.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>العودة إلى الشاشة الرئيسية</translation>
    </message>
</context>
</TS>
