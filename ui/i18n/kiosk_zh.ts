<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Each option can be turned on or off with the action key. They last until your session ends.</source>
        <translation>每个选项都可以用确认键打开或关闭。设置在您本次使用结束前一直有效。</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <source>Controls within easy reach (lower part of the screen)</source>
        <translation>按钮放在易触及处（屏幕下部）</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Speech volume: %1%</source>
        <extracomment>%1 is the speech volume in percent</extracomment>
        <translation>朗读音量：%1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>小声一点</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>大声一点</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>试听语音</translation>
    </message>
    <message>
        <source>This is how the totem reads aloud.</source>
        <translation>这是本机朗读的效果。</translation>
    </message>
    <message>
        <source>Keypad: up and down move, the action key selects, Help tells you where you are, Back goes back.</source>
        <translation>按键：上、下键移动，确认键选择，“帮助”键告诉您当前位置，“返回”键返回上一步。</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>attract screen call to action</extracomment>
        <translation>触摸屏幕开始</translation>
    </message>
    <message>
        <source>or press any key</source>
        <extracomment>attract screen, for keypad users</extracomment>
        <translation>或按任意键</translation>
    </message>
</context>
<context>
    <name>CatalogBridge</name>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>需携带</translation>
    </message>
    <message>
        <source>Scan the code to continue on your phone.</source>
        <translation>扫描此码，在手机上继续。</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <source>The services of this category. Choose one to see what it is, who can apply and where to go.</source>
        <translation>此类别中的服务。选择一项，了解服务内容、谁可以申请以及去哪里办理。</translation>
    </message>
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <source>This service is not available on this totem yet.</source>
        <translation>本机暂不提供此服务。</translation>
    </message>
    <message>
        <source>This service is coming soon to this totem.</source>
        <translation>此服务即将在本机上线。</translation>
    </message>
    <message>
        <source>In the meantime you can ask at the municipality&apos;s public relations office (URP) or use the municipality&apos;s website.</source>
        <translation>在此期间，您可以咨询市政府的公众关系办公室（URP），或访问市政府网站。</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose what you need. Use the up and down keys to move between the tiles and the action key to open one.</source>
        <translation>请选择您需要的服务。用上、下键在各项之间移动，按确认键打开。</translation>
    </message>
    <message>
        <source>How can we help you today?</source>
        <extracomment>home screen greeting under the municipality&apos;s name</extracomment>
        <translation>今天我们能为您做些什么？</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>查找服务</translation>
    </message>
    <message>
        <source>What the city offers, who to ask, where and when</source>
        <translation>城市提供哪些服务、找谁、在哪里、什么时候</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>支付 pagoPA 缴费通知</translation>
    </message>
    <message>
        <source>Type or scan the notice, pay by card</source>
        <translation>输入或扫描通知，用银行卡支付</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>表格与预约</translation>
    </message>
    <message>
        <source>Applications, enrolments, appointments</source>
        <translation>申请、报名、预约</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Potholes, street lights, abandoned waste</source>
        <translation>路面坑洞、路灯、乱扔的垃圾</translation>
    </message>
    <message>
        <source>New in town / Welcome</source>
        <translation>新居民 / 欢迎</translation>
    </message>
    <message>
        <source>Your first steps: residence, health, school, language courses</source>
        <translation>第一步：居住登记、医疗、上学、语言课程</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Larger text, high contrast, read aloud</source>
        <translation>放大文字、高对比度、朗读</translation>
    </message>
    <message>
        <source>Language / Lingua</source>
        <extracomment>keep &quot;Lingua / Language&quot; so that everybody recognises it</extracomment>
        <translation>语言 / Lingua</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <extracomment>state of an on/off accessibility option</extracomment>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
    <message>
        <source>Move through the languages and press the action key on yours.</source>
        <translation>在各语言之间移动，在您的语言上按确认键。</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <extracomment>navigation bar: go to the previous screen</extracomment>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>navigation bar: go to the home screen</extracomment>
        <translation>首页</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>navigation bar: hear where you are and what you can do</extracomment>
        <translation>帮助</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>navigation bar: end the session, wiping everything</extracomment>
        <translation>结束</translation>
    </message>
    <message>
        <source>Ends your session and clears everything you entered</source>
        <translation>结束本次使用并清除您输入的所有内容</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a service</source>
        <translation>查找服务</translation>
    </message>
    <message>
        <source>Type what you are looking for with the on-screen keyboard, or choose a category below. Results appear as you type.</source>
        <translation>用屏幕键盘输入您要找的内容，或在下方选择一个类别。结果会随着您的输入显示。</translation>
    </message>
    <message>
        <source>For example: identity card, school canteen, waste</source>
        <translation>例如：身份证、学校食堂、垃圾</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <extracomment>%n is the number of services found</extracomment>
        <translation>
            <numerusform>找到 %n 项服务</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or choose a category below.</source>
        <translation>未找到结果。请换个词试试，或在下方选择一个类别。</translation>
    </message>
    <message>
        <source>Most requested</source>
        <translation>热门服务</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>按类别浏览</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <extracomment>%n is the number of services in a category</extracomment>
        <translation>
            <numerusform>%n 项服务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>A service page. Move down section by section; the buttons read it aloud or print it.</source>
        <translation>服务详情页。请逐节向下浏览；按钮可以朗读或打印本页。</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>现在开放，%1 关闭</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Closed now, opens today at %1</source>
        <translation>现在关闭，今天 %1 开放</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>现在关闭，%1 %2 开放</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>谁可以申请</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>如何申请</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>需携带的材料</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>打印机缺纸。</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>打印机盖未关闭。</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>打印机没有响应。</translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>打印机不可用。</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>打印失败。</translation>
    </message>
    <message>
        <source>Printed: take your sheet from the printer.</source>
        <translation>已打印：请从打印机取走纸张。</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone instead.</source>
        <translation>请改用手机扫描下方的 二维码。</translation>
    </message>
    <message>
        <source>Part of this page is not available in your language and is shown in the municipality&apos;s main language.</source>
        <translation>本页部分内容没有您的语言版本，以市政府的主要语言显示。</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Print this information</source>
        <translation>打印本页信息</translation>
    </message>
    <message>
        <source>Fill in the form</source>
        <translation>填写表格</translation>
    </message>
    <message>
        <source>Pay at this totem</source>
        <translation>在本机付款</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>服务简介</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>地点和时间</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>无台阶通道</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>在手机上继续</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the page online.</source>
        <translation>用手机相机扫描此码，即可在线打开本页。</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>支付 pagoPA 缴费通知</translation>
    </message>
    <message>
        <source>Forms and bookings</source>
        <translation>表格与预约</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>文本框</translation>
    </message>
    <message>
        <source>You are on: %1.</source>
        <translation>您现在在：%1。</translation>
    </message>
    <message>
        <source>Printed receipt (demo printer)</source>
        <translation>已打印的收据（演示打印机）</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>您需要更多时间吗？</translation>
    </message>
    <message numerus="yes">
        <source>Your session will end in %n second(s) and everything you entered will be cleared.</source>
        <extracomment>%n is the number of seconds before the session ends</extracomment>
        <translation>
            <numerusform>本次使用将在 %n 秒后结束，您输入的所有内容将被清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <extracomment>the one large button that extends the session</extracomment>
        <translation>是，继续</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>不，我已完成</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>New in town / Welcome</source>
        <translation>新居民 / 欢迎</translation>
    </message>
    <message>
        <source>The first steps for new residents, in order. Choose a step to see where to go and what to bring.</source>
        <translation>新居民的第一步，按顺序排列。选择一个步骤，了解去哪里办理以及需要携带什么。</translation>
    </message>
    <message>
        <source>The guide for new residents is not available on this totem yet. The public relations office (URP) can help you.</source>
        <translation>本机暂未提供新居民指南。公众关系办公室（URP）可以为您提供帮助。</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>返回首页</translation>
    </message>
</context>
</TS>
