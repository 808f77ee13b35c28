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
    <name>ComingSoonScreen</name>
    <message>
        <source>This service is not available on this totem yet.</source>
        <translation>هذه الخدمة غير متوفرة بعد على هذا الجهاز.</translation>
    </message>
    <message>
        <source>This service is coming soon to this totem.</source>
        <translation>ستتوفر هذه الخدمة قريبًا على هذا الجهاز.</translation>
    </message>
    <message>
        <source>In the meantime you can ask at the municipality&apos;s public relations office (URP) or use the municipality&apos;s website.</source>
        <translation>وفي هذه الأثناء، يمكنك السؤال في مكتب العلاقات مع الجمهور في البلدية (URP) أو استخدام موقع البلدية الإلكتروني.</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>العودة إلى الشاشة الرئيسية</translation>
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
        <source>Pay a pagoPA notice</source>
        <translation>ادفع إشعار pagoPA</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>النماذج والحجوزات</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>أبلغ عن مشكلة</translation>
    </message>
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
