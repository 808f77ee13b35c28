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
    <name>AddressAnswer</name>
    <message>
        <source>Street: %1</source>
        <translation>街道：%1</translation>
    </message>
    <message>
        <source>Choose the street from the list.</source>
        <translation>请从列表中选择街道。</translation>
    </message>
    <message>
        <source>Type part of the street name</source>
        <translation>输入街道名称的一部分</translation>
    </message>
    <message>
        <source>street name</source>
        <translation>街道名称</translation>
    </message>
    <message>
        <source>No street of the municipality matches: check the spelling.</source>
        <translation>本市没有与之匹配的街道：请检查拼写。</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>门牌号</translation>
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
    <name>DateAnswer</name>
    <message>
        <source>No date chosen yet: use the buttons below.</source>
        <translation>尚未选择日期：请使用下方的按钮。</translation>
    </message>
    <message>
        <source>Earlier %1</source>
        <extracomment>%1 is &quot;day&quot;, &quot;month&quot; or &quot;year&quot;</extracomment>
        <translation>前一%1</translation>
    </message>
    <message>
        <source>Later %1</source>
        <translation>后一%1</translation>
    </message>
    <message>
        <source>Ten years earlier</source>
        <translation>往前十年</translation>
    </message>
    <message>
        <source>Ten years later</source>
        <translation>往后十年</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Please correct one answer:</source>
        <translation>请更正一项回答：</translation>
    </message>
    <message numerus="yes">
        <source>Please correct %n answer(s):</source>
        <extracomment>%n is the number of answers to correct</extracomment>
        <translation>
            <numerusform>请更正 %n 项回答：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（选填）</translation>
    </message>
    <message>
        <source>Filled in from your health card: check it.</source>
        <translation>已根据您的医保卡填写：请核对。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>朗读隐私声明</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <source>Your request has been received. Keep the receipt number; the QR code lets you follow the request on your phone.</source>
        <translation>您的申请已收到。请保存收据编号；扫描二维码即可在手机上跟踪申请进度。</translation>
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
        <source>Sent to the municipality. Protocol number: %1.</source>
        <translation>已发送至市政府。登记编号：%1。</translation>
    </message>
    <message>
        <source>The municipality could not accept this request as it is. Please ask at the office, with this receipt number.</source>
        <translation>市政府无法按现有内容受理此申请。请带上此收据编号到窗口咨询。</translation>
    </message>
    <message>
        <source>It will be sent to the municipality as soon as the connection allows: nothing is lost.</source>
        <translation>网络连接恢复后将立即发送至市政府：不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>正在打印收据…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>请从打印机取走收据。</translation>
    </message>
    <message>
        <source>Scan the QR code below with your phone to keep your receipt.</source>
        <translation>请用手机扫描下方的二维码以保存收据。</translation>
    </message>
    <message>
        <source>Saving your request…</source>
        <translation>正在保存您的申请…</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>收据编号：%1</translation>
    </message>
    <message>
        <source>QR code to follow your request on your phone</source>
        <translation>用于在手机上跟踪申请的二维码</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>返回开始</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Please fill in this field</source>
        <translation>请填写此项</translation>
    </message>
    <message>
        <source>This is far too long for this field: please check what you entered</source>
        <translation>内容太长，超出此项的长度：请检查您输入的内容</translation>
    </message>
    <message>
        <source>This contains invisible control or text-direction characters: please delete it and type it again</source>
        <translation>含有不可见的控制字符或文字方向字符：请删除后重新输入</translation>
    </message>
    <message>
        <source>Please write at least {min} characters (now {length})</source>
        <translation>请至少输入 {min} 个字符（当前 {length} 个）</translation>
    </message>
    <message>
        <source>Please write at most {max} characters (now {length})</source>
        <translation>请最多输入 {max} 个字符（当前 {length} 个）</translation>
    </message>
    <message>
        <source>A codice fiscale contains only letters and digits</source>
        <translation>codice fiscale 只包含字母和数字</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters: you entered {length}</source>
        <translation>codice fiscale 共 16 位：您输入了 {length} 位</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters, or 11 digits for a company: you entered {length}</source>
        <translation>codice fiscale 共 16 位，公司则为 11 位数字：您输入了 {length} 位</translation>
    </message>
    <message>
        <source>This is the tax code of a company (11 digits): please enter a person&apos;s codice fiscale, 16 letters and digits</source>
        <translation>这是公司的税号（11 位数字）：请输入个人的 codice fiscale，由 16 位字母和数字组成</translation>
    </message>
    <message>
        <source>The last digit of this 11-digit tax code should be {expected}: please check the code for typos</source>
        <translation>这个 11 位税号的最后一位应为 {expected}：请检查是否输错</translation>
    </message>
    <message>
        <source>The first 6 characters of a codice fiscale are letters: character {position} is not a letter</source>
        <translation>codice fiscale 的前 6 位是字母：第 {position} 位不是字母</translation>
    </message>
    <message>
        <source>Characters 7 and 8 of a codice fiscale are the year of birth: character {position} should be a digit</source>
        <translation>codice fiscale 的第 7、8 位是出生年份：第 {position} 位应为数字</translation>
    </message>
    <message>
        <source>Character 9 of a codice fiscale is the month of birth: one of the letters A B C D E H L M P R S T</source>
        <translation>codice fiscale 的第 9 位是出生月份：应为 A B C D E H L M P R S T 中的一个字母</translation>
    </message>
    <message>
        <source>Characters 10 and 11 of a codice fiscale are the day of birth: 01 to 31, or 41 to 71 for women</source>
        <translation>codice fiscale 的第 10、11 位是出生日期：01 至 31，女性为 41 至 71</translation>
    </message>
    <message>
        <source>Characters 12 to 15 of a codice fiscale are the place of birth, a letter and three digits: character {position} is wrong</source>
        <translation>codice fiscale 的第 12 至 15 位是出生地，由一个字母和三位数字组成：第 {position} 位有误</translation>
    </message>
    <message>
        <source>The last letter should be {expected} for the first 15 characters you entered: please check the whole code for typos</source>
        <translation>根据您输入的前 15 位，最后一位字母应为 {expected}：请检查整个代码是否输错</translation>
    </message>
    <message>
        <source>An IBAN contains only letters and digits</source>
        <translation>IBAN 只包含字母和数字</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters for the country and two check digits, for example IT60 X054 2811 1010 0000 0123 456</source>
        <translation>IBAN 以两个表示国家的字母和两位校验数字开头，例如 IT60 X054 2811 1010 0000 0123 456</translation>
    </message>
    <message>
        <source>{country} is not the start of an IBAN we know: Italian IBANs start with IT</source>
        <translation>{country} 不是已知 IBAN 的开头：意大利 IBAN 以 IT 开头</translation>
    </message>
    <message>
        <source>Accounts from country {country} cannot be used here</source>
        <translation>此处不能使用国家 {country} 的账户</translation>
    </message>
    <message>
        <source>An IBAN from {country} has {expected} characters: you entered {length}</source>
        <translation>{country} 的 IBAN 共 {expected} 位：您输入了 {length} 位</translation>
    </message>
    <message>
        <source>After IT and the two check digits, an Italian IBAN has a letter (CIN), 10 digits (ABI and CAB) and the 12-character account number</source>
        <translation>意大利 IBAN 在 IT 和两位校验数字之后，依次是一个字母（CIN）、10 位数字（ABI 和 CAB）以及 12 位账号</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of the IBAN: a character is probably mistyped</source>
        <translation>校验数字与 IBAN 其余部分不符：可能有一位输错了</translation>
    </message>
    <message>
        <source>The letter after the check digits (CIN) should be {expected} for this bank and account: please check the code for typos</source>
        <translation>对于此银行和账户，校验数字后的字母（CIN）应为 {expected}：请检查是否输错</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.it, with exactly one @</source>
        <translation>电子邮件地址的格式如 name@example.it，只含一个 @</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces</source>
        <translation>电子邮件地址不能包含空格</translation>
    </message>
    <message>
        <source>The part before @ can contain letters, digits and . _ - + (no dot at the start or end, no two dots in a row)</source>
        <translation>@ 前面的部分可以包含字母、数字和 . _ - +（开头和结尾不能是点，也不能连续两个点）</translation>
    </message>
    <message>
        <source>The part after @ should be a domain name such as example.it</source>
        <translation>@ 后面的部分应为域名，例如 example.it</translation>
    </message>
    <message>
        <source>An e-mail address has at most {max} characters: you entered {length}</source>
        <translation>电子邮件地址最多 {max} 个字符：您输入了 {length} 个</translation>
    </message>
    <message>
        <source>A phone number contains only digits, with +39 at the start if you like</source>
        <translation>电话号码只包含数字，开头可以加 +39</translation>
    </message>
    <message>
        <source>Only Italian phone numbers can be used here: the prefix must be +39</source>
        <translation>此处只能使用意大利电话号码：国家代码必须是 +39</translation>
    </message>
    <message>
        <source>An Italian number starts with 3 (mobile) or 0 (landline), for example 333 123 4567 or 06 1234 5678</source>
        <translation>意大利号码以 3（手机）或 0（固定电话）开头，例如 333 123 4567 或 06 1234 5678</translation>
    </message>
    <message>
        <source>A mobile number has {min} or {max} digits: you entered {length}</source>
        <translation>手机号码为 {min} 或 {max} 位数字：您输入了 {length} 位</translation>
    </message>
    <message>
        <source>A landline number has {min} to {max} digits, starting with 0: you entered {length}</source>
        <translation>固定电话号码为 {min} 至 {max} 位数字，以 0 开头：您输入了 {length} 位</translation>
    </message>
    <message>
        <source>Please enter a mobile number: it starts with 3</source>
        <translation>请输入手机号码：以 3 开头</translation>
    </message>
    <message>
        <source>Please enter a landline number: it starts with 0</source>
        <translation>请输入固定电话号码：以 0 开头</translation>
    </message>
    <message>
        <source>A CAP (postcode) has 5 digits, for example 00184</source>
        <translation>CAP（邮政编码）为 5 位数字，例如 00184</translation>
    </message>
    <message>
        <source>The CAP should start with {prefix}</source>
        <translation>CAP 应以 {prefix} 开头</translation>
    </message>
    <message>
        <source>Please enter one of these CAPs: {allowed}</source>
        <translation>请输入以下 CAP 之一：{allowed}</translation>
    </message>
    <message>
        <source>Please enter the date as year-month-day, for example 2025-03-15</source>
        <translation>请按“年-月-日”格式输入日期，例如 2025-03-15</translation>
    </message>
    <message>
        <source>This day does not exist: please check the day and the month</source>
        <translation>此日期不存在：请检查日和月</translation>
    </message>
    <message>
        <source>The date must be {min} or later</source>
        <translation>日期不能早于 {min}</translation>
    </message>
    <message>
        <source>The date must be {max} or earlier</source>
        <translation>日期不能晚于 {max}</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown</source>
        <translation>请从显示的答案中选择一个</translation>
    </message>
    <message>
        <source>Please choose at least {min} answers</source>
        <translation>请至少选择 {min} 项</translation>
    </message>
    <message>
        <source>Please choose at most {max} answers</source>
        <translation>请最多选择 {max} 项</translation>
    </message>
    <message>
        <source>Please answer yes or no</source>
        <translation>请回答是或否</translation>
    </message>
    <message>
        <source>Please enter a number, for example 3 or 2.5</source>
        <translation>请输入数字，例如 3 或 2.5</translation>
    </message>
    <message>
        <source>Please enter a whole number</source>
        <translation>请输入整数</translation>
    </message>
    <message>
        <source>The number must be {min} or more</source>
        <translation>数字不能小于 {min}</translation>
    </message>
    <message>
        <source>The number must be {max} or less</source>
        <translation>数字不能大于 {max}</translation>
    </message>
    <message>
        <source>You need to agree to continue</source>
        <translation>您需要同意才能继续</translation>
    </message>
    <message>
        <source>Please choose a time from the list</source>
        <translation>请从列表中选择一个时间</translation>
    </message>
    <message>
        <source>Please choose the street from the list</source>
        <translation>请从列表中选择街道</translation>
    </message>
    <message>
        <source>After the street, write only the house number, for example 12 or 12/A</source>
        <translation>街道之后只填写门牌号，例如 12 或 12/A</translation>
    </message>
</context>
<context>
    <name>FormReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>核对您的回答</translation>
    </message>
    <message>
        <source>Here is everything you entered. Choose Change next to an answer to correct it, then Send.</source>
        <translation>以下是您输入的全部内容。在某项回答旁选择“修改”即可更正，然后选择“提交”。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>隐私声明</translation>
    </message>
    <message>
        <source>Read the privacy notice aloud</source>
        <translation>朗读隐私声明</translation>
    </message>
    <message>
        <source>I have read the privacy notice</source>
        <translation>我已阅读隐私声明</translation>
    </message>
    <message>
        <source>The request could not be saved on this totem. Nothing was sent: please try again, or ask at the office.</source>
        <translation>无法在本机保存申请。没有发送任何内容：请重试，或到窗口咨询。</translation>
    </message>
    <message>
        <source>To send, confirm that you have read the privacy notice.</source>
        <translation>如需提交，请确认您已阅读隐私声明。</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>修改回答</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Sends the form to the municipality and prints your receipt.</source>
        <translation>将表格提交给市政府并打印收据。</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Answer the questions, then press Next. You can go back at any time without losing your answers.</source>
        <translation>请回答问题，然后按“下一步”。您可以随时返回，已填写的回答不会丢失。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>progress through a form, e.g. &quot;Step 2 of 4&quot;</extracomment>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Your health card is in the reader. Do you want to fill in your name, surname and tax code from it? Nothing is kept after you leave.</source>
        <translation>您的医保卡已插入读卡器。要用卡上的信息填写名字、姓氏和税号（codice fiscale）吗？您离开后不会保留任何信息。</translation>
    </message>
    <message>
        <source>You can fill in your name, surname and tax code from your health card (Tessera Sanitaria): insert it in the reader.</source>
        <translation>您可以用医保卡（Tessera Sanitaria）填写名字、姓氏和税号（codice fiscale）：请将卡插入读卡器。</translation>
    </message>
    <message>
        <source>Yes, use my card</source>
        <translation>是，使用我的卡</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) filled in from your card. Please check them.</source>
        <extracomment>%n is the number of answers filled in from the card</extracomment>
        <translation>
            <numerusform>已根据您的卡填写 %n 项回答，请核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the demo card</source>
        <translation>插入演示卡</translation>
    </message>
    <message>
        <source>Demo only: simulates a health card in the reader.</source>
        <translation>仅供演示：模拟读卡器中插有医保卡。</translation>
    </message>
    <message>
        <source>One question per screen</source>
        <translation>每屏一个问题</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Leave the form</source>
        <translation>退出表格</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>核对您的回答</translation>
    </message>
</context>
<context>
    <name>FormsBridge</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>There is a problem on this page.</source>
        <translation>本页有一处错误。</translation>
    </message>
    <message>
        <source>There are %1 problems on this page.</source>
        <translation>本页有 %1 处错误。</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Protocol number: it will follow.</source>
        <translation>登记编号：稍后提供。</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Scan the code to follow your request.</source>
        <translation>扫描此码，跟踪您的申请。</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <source>Forms and bookings</source>
        <translation>表格与预约</translation>
    </message>
    <message>
        <source>Choose a form to fill in or an appointment to book. You will see every answer again before sending.</source>
        <translation>请选择要填写的表格或要预约的事项。提交前您会再次看到所有回答。</translation>
    </message>
    <message>
        <source>No forms are available on this totem yet.</source>
        <translation>本机暂无可用表格。</translation>
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
    <name>OutOfServiceScreen</name>
    <message>
        <source>This totem is out of service</source>
        <translation>本机暂停服务</translation>
    </message>
    <message>
        <source>We are sorry. You can get the same services here:</source>
        <translation>很抱歉。您可以在这里办理相同的服务：</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>现在营业，%1 关门</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>现在关门</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>网上：%1</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Check and confirm</source>
        <translation>核对并确认</translation>
    </message>
    <message>
        <source>Pay at the card terminal</source>
        <translation>在刷卡机上付款</translation>
    </message>
    <message>
        <source>Payment done</source>
        <translation>付款成功</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>付款未完成</translation>
    </message>
    <message>
        <source>Pay a pagoPA notice</source>
        <translation>支付 pagoPA 缴费通知</translation>
    </message>
    <message>
        <source>Type the 18-digit notice code and the payee&apos;s tax code, as printed on the notice, or hold the notice&apos;s QR code under the scanner. You can pay up to five notices together.</source>
        <translation>请按缴费通知上印的内容，输入 18 位通知编号和收款机构的税号（codice fiscale），或将通知上的二维码放在扫描器下方。最多可同时支付五张通知。</translation>
    </message>
    <message>
        <source>Check the amounts, then press Pay to pay at the card terminal.</source>
        <translation>请核对金额，然后按“支付”在刷卡机上付款。</translation>
    </message>
    <message>
        <source>Follow the instructions on the screen.</source>
        <translation>请按屏幕上的提示操作。</translation>
    </message>
    <message>
        <source>Total to pay: %1.</source>
        <translation>应付总额：%1。</translation>
    </message>
    <message>
        <source>Notice added.</source>
        <translation>已添加通知。</translation>
    </message>
    <message>
        <source>Type the notice code and the payee&apos;s tax code, or hold the QR code of the notice under the scanner.</source>
        <translation>请输入通知编号和收款机构的税号（codice fiscale），或将通知上的二维码放在扫描器下方。</translation>
    </message>
    <message>
        <source>Payments need the connection to the municipality, which is not available right now. Nothing can be charged: please try again later or pay online, at a bank or a post office.</source>
        <translation>付款需要连接市政府，但目前无法连接。不会产生任何扣款：请稍后再试，或通过网上、银行或邮局付款。</translation>
    </message>
    <message>
        <source>Notice code (18 digits)</source>
        <translation>通知编号（18 位数字）</translation>
    </message>
    <message>
        <source>Notice code, 18 digits</source>
        <translation>通知编号，18 位数字</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <extracomment>the notice code typed so far, grouped by four as on the paper notice</extracomment>
        <translation>您已输入：%1</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code (11 digits)</source>
        <translation>收款机构税号（codice fiscale，11 位数字）</translation>
    </message>
    <message>
        <source>Payee&apos;s tax code, 11 digits</source>
        <translation>收款机构税号（codice fiscale），11 位数字</translation>
    </message>
    <message>
        <source>Add this notice</source>
        <translation>添加此通知</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Demo: hold a sample notice under the scanner.</source>
        <translation>演示：将示例通知放在扫描器下方。</translation>
    </message>
    <message>
        <source>already paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Checking the notices with the municipality…</source>
        <translation>正在向市政府核对通知…</translation>
    </message>
    <message numerus="yes">
        <source>Check %n notice(s) and continue</source>
        <extracomment>%n is the number of notices in the list</extracomment>
        <translation>
            <numerusform>核对 %n 张通知并继续</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>通知 %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <source>The amount is different from the one printed on the notice: this is today&apos;s amount.</source>
        <translation>金额与通知上印的不同：这是今天应付的金额。</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>手续费：%1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Change notices</source>
        <translation>修改通知</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>支付 %1</translation>
    </message>
    <message>
        <source>Then hold your card near the terminal or insert it.</source>
        <translation>然后将卡靠近刷卡机或插入卡。</translation>
    </message>
    <message>
        <source>Waiting for the terminal: %1 s</source>
        <extracomment>a counter that shows the kiosk is not frozen while the terminal waits</extracomment>
        <translation>正在等待刷卡机：%1 秒</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参考编号：%1</translation>
    </message>
    <message>
        <source>Try again (another card too)</source>
        <translation>重试（也可换一张卡）</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>返回开始</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>已支付：%1。</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>请从打印机取走收据。</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>收据编号：%1</translation>
    </message>
    <message>
        <source>QR code of your receipt</source>
        <translation>收据二维码</translation>
    </message>
</context>
<context>
    <name>PaymentsBridge</name>
    <message>
        <source>Please type the 18-digit notice code.</source>
        <translation>请输入 18 位通知编号。</translation>
    </message>
    <message>
        <source>The notice code has digits only.</source>
        <translation>通知编号只包含数字。</translation>
    </message>
    <message>
        <source>The notice code has 18 digits: please check it.</source>
        <translation>通知编号为 18 位数字：请检查。</translation>
    </message>
    <message>
        <source>A notice code starts with 0, 1, 2 or 3: please check the first digit.</source>
        <translation>通知编号以 0、1、2 或 3 开头：请检查第一位数字。</translation>
    </message>
    <message>
        <source>The last two digits do not match: please check the code.</source>
        <translation>最后两位数字不匹配：请检查编号。</translation>
    </message>
    <message>
        <source>Please type the payee&apos;s tax code (11 digits, under &apos;Codice fiscale ente&apos;).</source>
        <translation>请输入收款机构的税号（codice fiscale，11 位数字，位于“Codice fiscale ente”一栏）。</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has digits only.</source>
        <translation>收款机构税号只包含数字。</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code has 11 digits.</source>
        <translation>收款机构税号为 11 位数字。</translation>
    </message>
    <message>
        <source>The payee&apos;s tax code does not add up: please check it.</source>
        <translation>收款机构税号校验不通过：请检查。</translation>
    </message>
    <message>
        <source>The amount on this notice cannot be read.</source>
        <translation>无法读取此通知的金额。</translation>
    </message>
    <message>
        <source>This is far too long for a notice code.</source>
        <translation>内容太长，不可能是通知编号。</translation>
    </message>
    <message>
        <source>Nothing was read: hold the notice still under the scanner.</source>
        <translation>未读取到任何内容：请将通知平稳地放在扫描器下方。</translation>
    </message>
    <message>
        <source>This is not a pagoPA notice code. Scan the QR code or the square code on the notice.</source>
        <translation>这不是 pagoPA 通知编号。请扫描通知上的二维码或方形码。</translation>
    </message>
    <message>
        <source>The QR code could not be read: please type the code.</source>
        <translation>无法读取二维码：请输入编号。</translation>
    </message>
    <message>
        <source>This QR code is of an unknown kind: please type the code.</source>
        <translation>此二维码类型未知：请输入编号。</translation>
    </message>
    <message>
        <source>The square code could not be read: please type the code.</source>
        <translation>无法读取方形码：请输入编号。</translation>
    </message>
    <message>
        <source>Add at least one notice.</source>
        <translation>请至少添加一张通知。</translation>
    </message>
    <message>
        <source>At most five notices can be paid together.</source>
        <translation>最多可同时支付五张通知。</translation>
    </message>
    <message>
        <source>This notice is already in the list.</source>
        <translation>此通知已在列表中。</translation>
    </message>
    <message>
        <source>The municipality does not know this notice: please check the code and the payee.</source>
        <translation>市政府找不到此通知：请检查编号和收款机构。</translation>
    </message>
    <message>
        <source>This notice has already been paid.</source>
        <translation>此通知已支付。</translation>
    </message>
    <message>
        <source>This notice has expired and cannot be paid here: please ask the office.</source>
        <translation>此通知已过期，无法在此支付：请到窗口咨询。</translation>
    </message>
    <message>
        <source>This notice cannot be paid here: please ask the office.</source>
        <translation>此通知无法在此支付：请到窗口咨询。</translation>
    </message>
    <message>
        <source>There is nothing to pay on this notice.</source>
        <translation>此通知无需支付任何费用。</translation>
    </message>
    <message>
        <source>A payment of this notice is still being checked: please ask the office before paying again.</source>
        <translation>此通知的一笔付款仍在核实中：再次付款前请先到窗口咨询。</translation>
    </message>
    <message>
        <source>The notice cannot be checked right now (no connection to the municipality). Nothing has been charged. Please try again later.</source>
        <translation>目前无法核对通知（无法连接市政府）。没有产生任何扣款。请稍后再试。</translation>
    </message>
    <message>
        <source>This payment is no longer waiting to be paid.</source>
        <translation>此付款已不再处于待支付状态。</translation>
    </message>
    <message>
        <source>This payment is not known.</source>
        <translation>查无此付款。</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged.</source>
        <translation>银行卡被拒绝。没有产生任何扣款。</translation>
    </message>
    <message>
        <source>No card was presented in time. Nothing has been charged.</source>
        <translation>未在规定时间内出示银行卡。没有产生任何扣款。</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing has been charged.</source>
        <translation>付款已取消。没有产生任何扣款。</translation>
    </message>
    <message>
        <source>The card terminal is not available. Nothing has been charged.</source>
        <translation>刷卡机不可用。没有产生任何扣款。</translation>
    </message>
    <message>
        <source>The card terminal stopped answering. Nothing has been charged.</source>
        <translation>刷卡机已停止响应。没有产生任何扣款。</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the card was charged. Do not pay again: please ask the office, with this screen&apos;s reference.</source>
        <translation>目前还无法确定您的卡是否已被扣款。请勿重复付款：请带上本屏幕上的参考编号到窗口咨询。</translation>
    </message>
    <message>
        <source>The municipality refused the notice after the payment, and the charge was reversed on your card.</source>
        <translation>付款后市政府拒绝了该通知，您卡上的扣款已被撤销。</translation>
    </message>
    <message>
        <source>The payment could not be completed and will be refunded: please ask the office, with this screen&apos;s reference.</source>
        <translation>付款未能完成，款项将退还给您：请带上本屏幕上的参考编号到窗口咨询。</translation>
    </message>
    <message>
        <source>Paid. The municipality will be told as soon as the connection allows: your receipt is valid.</source>
        <translation>已支付。网络连接恢复后将立即通知市政府：您的收据有效。</translation>
    </message>
    <message>
        <source>The printer is out of paper: scan the QR code to keep your receipt.</source>
        <translation>打印机缺纸：请扫描二维码保存收据。</translation>
    </message>
    <message>
        <source>The printer is not ready: scan the QR code to keep your receipt.</source>
        <translation>打印机未就绪：请扫描二维码保存收据。</translation>
    </message>
    <message>
        <source>The receipt could not be printed: scan the QR code to keep it.</source>
        <translation>无法打印收据：请扫描二维码保存。</translation>
    </message>
    <message>
        <source>This totem has no printer: scan the QR code to keep your receipt.</source>
        <translation>本机没有打印机：请扫描二维码保存收据。</translation>
    </message>
    <message>
        <source>Hold your card near the terminal, or insert it.</source>
        <translation>请将卡靠近刷卡机，或插入卡。</translation>
    </message>
    <message>
        <source>Checking with the card terminal…</source>
        <translation>正在与刷卡机核对…</translation>
    </message>
    <message>
        <source>Paid. Telling the municipality…</source>
        <translation>已支付。正在通知市政府…</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>正在打印收据…</translation>
    </message>
    <message>
        <source>Something went wrong: please ask the office.</source>
        <translation>出现问题：请到窗口咨询。</translation>
    </message>
    <message>
        <source>Notice added: %1</source>
        <translation>已添加通知：%1</translation>
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
        <translation type="unfinished">取消</translation>
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
    <name>SlotAnswer</name>
    <message>
        <source>Asking the office for free times…</source>
        <translation>正在向办公室查询空闲时间…</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later, or book by phone at %1.</source>
        <translation>目前无法连接办公室的日程表。请稍后再试，或拨打 %1 电话预约。</translation>
    </message>
    <message>
        <source>The office&apos;s calendar cannot be reached right now. Please try again later.</source>
        <translation>目前无法连接办公室的日程表。请稍后再试。</translation>
    </message>
    <message>
        <source>There are no free times in the coming weeks.</source>
        <translation>未来几周没有空闲时间。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Show later times</source>
        <translation>显示更晚的时间</translation>
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
