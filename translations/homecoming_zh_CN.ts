<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hc::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Give it to them in person; they can change it afterwards.</source>
        <translation>为 %1（%2）设置新密码。请当面交给本人；本人之后可以自行修改。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Temporary: a new one is due at sign-in</source>
        <translation>临时密码：登录时须设置新密码</translation>
    </message>
</context>
<context>
    <name>hc::ActionDraftForm</name>
    <message>
        <source>What is to be done (visit, call, check a camera, ...)</source>
        <translation>要做什么（走访、电话、调取监控……）</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>工作措施：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>承办人：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
</context>
<context>
    <name>hc::ActionService</name>
    <message>
        <source>Allocated</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已审结</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Action raised</source>
        <translation>下达工作措施</translation>
    </message>
    <message>
        <source>Action returned</source>
        <translation>反馈工作措施</translation>
    </message>
    <message>
        <source>Action sent back</source>
        <translation>退回工作措施</translation>
    </message>
    <message>
        <source>Action signed off</source>
        <translation>审结工作措施</translation>
    </message>
    <message>
        <source>raise actions</source>
        <translation>下达工作措施</translation>
    </message>
    <message>
        <source>Write down what is to be done.</source>
        <translation>请写明要做什么。</translation>
    </message>
    <message>
        <source>Choose the officer who does it.</source>
        <translation>请选择承办人。</translation>
    </message>
    <message>
        <source>There is no active account number %1.</source>
        <translation>没有编号为 %1 的有效账号。</translation>
    </message>
    <message>
        <source>Enter the date it is due.</source>
        <translation>请填写期限。</translation>
    </message>
    <message>
        <source>The due date is in the past.</source>
        <translation>期限已过。</translation>
    </message>
    <message>
        <source>The priority is high, normal or low.</source>
        <translation>优先级为高、一般或低。</translation>
    </message>
    <message>
        <source>%1 (for %2, due %3)</source>
        <translation>%1（承办人 %2，期限 %3）</translation>
    </message>
    <message>
        <source>Case %1 is closed; actions are raised on open cases.</source>
        <translation>案件 %1 已结案；工作措施只能在未结案的案件上下达。</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>没有工作措施 %1。</translation>
    </message>
    <message>
        <source>This action belongs to another station.</source>
        <translation>该工作措施属于其他派出所。</translation>
    </message>
    <message>
        <source>Only the officer the action is allocated to (%1) returns it.</source>
        <translation>只有承办人（%1）可以反馈该工作措施。</translation>
    </message>
    <message>
        <source>Action %1 is %2; only an allocated or sent-back action is returned.</source>
        <translation>工作措施 %1 的状态为“%2”；只有已分派或已退回的工作措施才能反馈。</translation>
    </message>
    <message>
        <source>Write down the result.</source>
        <translation>请写明结果。</translation>
    </message>
    <message>
        <source>sign off actions</source>
        <translation>审结工作措施</translation>
    </message>
    <message>
        <source>Action %1 is %2; only a returned action is signed off.</source>
        <translation>工作措施 %1 的状态为“%2”；只有已反馈的工作措施才能审结。</translation>
    </message>
    <message>
        <source>You returned this action yourself; another supervisor signs it off.</source>
        <translation>该工作措施由您本人反馈，须由另一位督导审结。</translation>
    </message>
    <message>
        <source>send actions back</source>
        <translation>退回工作措施</translation>
    </message>
    <message>
        <source>Action %1 is %2; only a returned action is sent back.</source>
        <translation>工作措施 %1 的状态为“%2”；只有已反馈的工作措施才能退回。</translation>
    </message>
    <message>
        <source>Say why the action goes back.</source>
        <translation>请说明退回理由。</translation>
    </message>
    <message>
        <source>There is no active account with badge %1.</source>
        <translation>没有警号为 %1 的有效账号。</translation>
    </message>
</context>
<context>
    <name>hc::ActionsPage</name>
    <message>
        <source>Action</source>
        <translation>工作措施</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>失踪人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>For</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – 已超期</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>我的工作措施</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>超期工作措施</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部工作措施</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>仅未审结(&amp;O)</translation>
    </message>
    <message>
        <source>Allocated, sent back or returned and not yet signed off.</source>
        <translation>已分派、已退回或已反馈但尚未审结。</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Stati&amp;on:</source>
        <translation>派出所(&amp;O)：</translation>
    </message>
    <message>
        <source>Loading actions…</source>
        <translation>正在加载工作措施…</translation>
    </message>
    <message>
        <source>No action.</source>
        <translation>没有工作措施。</translation>
    </message>
    <message>
        <source>Actions: %1, overdue: %2</source>
        <translation>工作措施：%1，超期：%2</translation>
    </message>
</context>
<context>
    <name>hc::AppFlow</name>
    <message>
        <source>Homecoming</source>
        <translation>Homecoming 失踪人口排查</translation>
    </message>
    <message>
        <source>Opening %1 (an older database is upgraded first)…</source>
        <translation>正在打开 %1（旧版数据库将先升级）…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The integrity check of %1 found problems:
%2

Close Homecoming and restore the latest good copy:
%3</source>
        <translation>对 %1 的完整性检查发现问题：
%2

请关闭 Homecoming 并恢复最近一份完好的副本：
%3</translation>
    </message>
    <message>
        <source>(no daily copy yet; use your last backup)</source>
        <translation>（尚无每日副本；请使用您最近的备份）</translation>
    </message>
    <message>
        <source>The database is readable by others</source>
        <translation>数据库文件可被他人读取</translation>
    </message>
    <message>
        <source>Other users of this computer may read %1, which holds ID numbers, addresses and phone numbers. Restrict it to your account?</source>
        <translation>本机其他用户可以读取 %1，其中含有身份证号、住址和电话号码。是否限制为仅您的账户可访问？</translation>
    </message>
</context>
<context>
    <name>hc::AttachmentCheck</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is larger than %2: attach a smaller copy.</source>
        <translation>%1 超过 %2：请附加较小的副本。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is larger than %1: attach a smaller copy.</source>
        <translation>文件超过 %1：请附加较小的副本。</translation>
    </message>
    <message>
        <source>The file starts like a PDF document but is not a whole one (cut short?).</source>
        <translation>文件开头像 PDF 文档，但不完整（是否被截断？）。</translation>
    </message>
    <message>
        <source>Only JPEG and PNG pictures and PDF documents can be attached; this file is none of them, whatever its name says.</source>
        <translation>只能附加 JPEG、PNG 图片和 PDF 文档；无论文件名如何，此文件都不属于这几种。</translation>
    </message>
    <message>
        <source>This program cannot check pictures (no image decoder is loaded).</source>
        <translation>本程序无法检查图片（未加载图像解码器）。</translation>
    </message>
    <message>
        <source>The file starts like a PNG picture but does not decode (damaged or cut short?).</source>
        <translation>文件开头像 PNG 图片，但无法解码（是否损坏或被截断？）。</translation>
    </message>
    <message>
        <source>The file starts like a JPEG picture but does not decode (damaged or cut short?).</source>
        <translation>文件开头像 JPEG 图片，但无法解码（是否损坏或被截断？）。</translation>
    </message>
</context>
<context>
    <name>hc::AttachmentService</name>
    <message>
        <source>There is no person number %1.</source>
        <translation>不存在编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>There is no case number %1.</source>
        <translation>不存在编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>There is no found-person record number %1.</source>
        <translation>不存在编号为 %1 的身份不明人员登记。</translation>
    </message>
    <message>
        <source>see the photos and documents of another station</source>
        <translation>查看其他派出所的照片和文件</translation>
    </message>
    <message>
        <source>add or remove photos and documents</source>
        <translation>添加或删除照片和文件</translation>
    </message>
    <message>
        <source>The file is larger than %1: attach a smaller copy.</source>
        <translation>文件超过 %1：请附加较小的副本。</translation>
    </message>
    <message>
        <source>There is no attachment number %1.</source>
        <translation>不存在编号为 %1 的附件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person number.</source>
        <translation>“%1”不是人员编号。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>案件 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no found-person record %1.</source>
        <translation>身份不明人员登记 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>hc::AttachmentViewer</name>
    <message>
        <source>%1 · %2 · added by %3 on %4</source>
        <translation>%1 · %2 · 由 %3 于 %4 添加</translation>
    </message>
    <message>
        <source>A PDF document: open it with the system&apos;s viewer or save a copy.</source>
        <translation>PDF 文档：请用系统查看器打开或另存副本。</translation>
    </message>
    <message>
        <source>Open with the &amp;system viewer</source>
        <translation>用系统查看器打开(&amp;S)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>No viewer for PDF documents is set up on this computer; save a copy instead.</source>
        <translation>本机未设置 PDF 查看器，请改为另存副本。</translation>
    </message>
</context>
<context>
    <name>hc::AttachmentsPanel</name>
    <message>
        <source>&amp;Add photo or document…</source>
        <translation>添加照片或文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Drop JPEG or PNG photos or PDF documents here (at most %1 each).</source>
        <translation>将 JPEG、PNG 照片或 PDF 文档拖放到此处（每个最大 %1）。</translation>
    </message>
    <message>
        <source>%1, %2, added by %3 on %4</source>
        <translation>%1，%2，由 %3 于 %4 添加</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>添加照片或文件</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>照片和 PDF 文档 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Remove this photo or document? The removal is recorded in the audit log.</source>
        <translation>删除此照片或文件？删除操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>No photos or documents yet: drag JPEG, PNG or PDF files here, or use &quot;Add photo or document&quot;.</source>
        <translation>还没有照片或文件：可将 JPEG、PNG 或 PDF 文件拖到这里，或点“添加照片或文件”。</translation>
    </message>
</context>
<context>
    <name>hc::AuditLog</name>
    <message>
        <source>record %1 has no hash: it was inserted around the chain</source>
        <translation>记录 %1 没有哈希值：它是绕过哈希链插入的</translation>
    </message>
    <message>
        <source>record %1 is sealed while records before it are not</source>
        <translation>记录 %1 已封存，但其之前的记录尚未封存</translation>
    </message>
    <message>
        <source>record %1 does not follow the record before it: a record was removed or inserted out of order</source>
        <translation>记录 %1 与前一条记录不衔接：有记录被删除或被乱序插入</translation>
    </message>
    <message>
        <source>record %1 was changed</source>
        <translation>记录 %1 已被篡改</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
</context>
<context>
    <name>hc::AuditPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Badge or part of it</source>
        <translation>警号或其一部分</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>正在加载审计日志…</translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest are listed; narrow the filter to see older ones.</source>
        <translation>列出的是最新的记录；缩小筛选范围可查看更早的记录。</translation>
    </message>
</context>
<context>
    <name>hc::Backup</name>
    <message>
        <source>The copy was cancelled.</source>
        <translation>复制已取消。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored: %2</source>
        <translation>%1 已损坏，无法恢复：%2</translation>
    </message>
    <message>
        <source>%1 is not a Homecoming database.</source>
        <translation>%1 不是 Homecoming 数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Homecoming (schema %2).</source>
        <translation>%1 由更新版本的 Homecoming 写入（架构 %2）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>A server database is backed up on the server (pg_dump).</source>
        <translation>服务器数据库在服务器上备份（pg_dump）。</translation>
    </message>
</context>
<context>
    <name>hc::CallDialog</name>
    <message>
        <source>Call %1</source>
        <translation>来电 %1</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>派出所：</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>线路：</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Caller:</source>
        <translation>来电人：</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Caller&apos;s number:</source>
        <translation>来电号码：</translation>
    </message>
    <message>
        <source>What was reported:</source>
        <translation>反映情况：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Logged by:</source>
        <translation>登记人：</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Open &amp;case file</source>
        <translation>打开案卷(&amp;C)</translation>
    </message>
</context>
<context>
    <name>hc::CallService</name>
    <message>
        <source>Hotline %1</source>
        <translation>热线 %1</translation>
    </message>
    <message>
        <source>Officer&apos;s published phone</source>
        <translation>民警公开电话</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>Lead added to a case</source>
        <translation>作为线索补充到案件</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>仅作信息登记</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Enter when the call came in.</source>
        <translation>请填写来电时间。</translation>
    </message>
    <message>
        <source>The time of the call is in the future.</source>
        <translation>来电时间晚于当前时间。</translation>
    </message>
    <message>
        <source>The caller&apos;s name is at most 100 characters long.</source>
        <translation>来电人姓名最多100个字。</translation>
    </message>
    <message>
        <source>The caller&apos;s number is 7 to 20 digits (spaces and hyphens are allowed).</source>
        <translation>来电号码为7至20位数字（可含空格和连字符）。</translation>
    </message>
    <message>
        <source>Choose the line: the hotline or an officer&apos;s phone.</source>
        <translation>请选择线路：热线或民警电话。</translation>
    </message>
    <message>
        <source>Choose the officer whose phone took the call.</source>
        <translation>请选择接听来电的民警。</translation>
    </message>
    <message>
        <source>Choose the station that took the call.</source>
        <translation>请选择接听来电的派出所。</translation>
    </message>
    <message>
        <source>Write down what the caller reported.</source>
        <translation>请填写来电人反映的情况。</translation>
    </message>
    <message>
        <source>Choose what came of the call.</source>
        <translation>请选择来电的处理结果。</translation>
    </message>
    <message>
        <source>Enter the case the call adds a lead to.</source>
        <translation>请填写来电作为线索补充的案件。</translation>
    </message>
    <message>
        <source>Say why nothing was done.</source>
        <translation>请写明未处理的原因。</translation>
    </message>
    <message>
        <source>Enter the missing person&apos;s name.</source>
        <translation>请填写失踪人员姓名。</translation>
    </message>
    <message>
        <source>There is no station number %1.</source>
        <translation>不存在编号为 %1 的派出所。</translation>
    </message>
    <message>
        <source>log the calls of another station</source>
        <translation>登记其他派出所的来电</translation>
    </message>
    <message>
        <source>There is no active officer number %1.</source>
        <translation>不存在编号为 %1 的在职民警。</translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation>匿名来电人</translation>
    </message>
    <message>
        <source>anonymous caller</source>
        <translation>匿名来电人</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>log calls</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <source>There is no call number %1.</source>
        <translation>不存在编号为 %1 的来电。</translation>
    </message>
    <message>
        <source>open the calls of another station</source>
        <translation>查看其他派出所的来电</translation>
    </message>
    <message>
        <source>see the calls of another station</source>
        <translation>查看其他派出所的来电</translation>
    </message>
    <message>
        <source>There is no active officer with badge %1.</source>
        <translation>不存在警号为 %1 的在职民警。</translation>
    </message>
    <message>
        <source>see the officers of another station</source>
        <translation>查看其他派出所的民警</translation>
    </message>
</context>
<context>
    <name>hc::CallsPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>反映情况</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Case / reason</source>
        <translation>案件 / 原因</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>登记来电(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open call</source>
        <translation>查看来电(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the call log</source>
        <translation>导出来电记录</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Any line</source>
        <translation>全部线路</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>全部民警</translation>
    </message>
    <message>
        <source>Stati&amp;on:</source>
        <translation>派出所(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>L&amp;ine:</source>
        <translation>线路(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Offic&amp;er:</source>
        <translation>民警(&amp;E)：</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>正在加载来电…</translation>
    </message>
    <message>
        <source>No call matches.</source>
        <translation>没有符合条件的来电。</translation>
    </message>
    <message>
        <source>Calls: %1, cases opened: %2</source>
        <translation>来电：%1，立案：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 条来电记录到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::CaseActionsTab</name>
    <message>
        <source>Action</source>
        <translation>工作措施</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>For</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result or reason</source>
        <translation>结果或理由</translation>
    </message>
    <message>
        <source>The result (returning) or the reason (sending back)</source>
        <translation>结果（反馈时）或理由（退回时）</translation>
    </message>
    <message>
        <source>&amp;Return with result</source>
        <translation>反馈结果(&amp;R)</translation>
    </message>
    <message>
        <source>Sign o&amp;ff</source>
        <translation>审结(&amp;F)</translation>
    </message>
    <message>
        <source>Send &amp;back</source>
        <translation>退回(&amp;B)</translation>
    </message>
    <message>
        <source>Rai&amp;se action</source>
        <translation>下达工作措施(&amp;S)</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新工作措施</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – 已超期</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <source>Action %1 raised.</source>
        <translation>已下达工作措施 %1。</translation>
    </message>
    <message>
        <source>Action %1 returned.</source>
        <translation>工作措施 %1 已反馈。</translation>
    </message>
    <message>
        <source>Action %1 signed off.</source>
        <translation>工作措施 %1 已审结。</translation>
    </message>
    <message>
        <source>Action %1 sent back.</source>
        <translation>工作措施 %1 已退回。</translation>
    </message>
</context>
<context>
    <name>hc::CaseChooser</name>
    <message>
        <source>Case number or name</source>
        <translation>案件编号或姓名</translation>
    </message>
</context>
<context>
    <name>hc::CaseCrimesTab</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>案发日期</translation>
    </message>
    <message>
        <source>Criminal case number</source>
        <translation>刑事案件编号</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已破获</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>被害人</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>嫌疑对象</translation>
    </message>
    <message>
        <source>&amp;New crime from this case…</source>
        <translation>由本案新建刑事案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit crime…</source>
        <translation>编辑刑事案件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View crime…</source>
        <translation>查看刑事案件(&amp;V)…</translation>
    </message>
    <message>
        <source>The crimes this person is a victim of. A crime counts once however many victims it has.</source>
        <translation>本人作为被害人的刑事案件。一起案件无论有几名被害人都只计一起。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Unsolved</source>
        <translation>未破获</translation>
    </message>
</context>
<context>
    <name>hc::CaseDetailsForm</name>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> 厘米</translation>
    </message>
    <message>
        <source>Build, marks, clothing</source>
        <translation>体型、特征、衣着</translation>
    </message>
    <message>
        <source>Relatives and how to reach them</source>
        <translation>亲属及联系方式</translation>
    </message>
    <message>
        <source>Choose a station</source>
        <translation>请选择派出所</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>出生年份(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>身高(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>体貌特征(&amp;D)：</translation>
    </message>
    <message>
        <source>Last seen &amp;on:</source>
        <translation>最后出现日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Last seen &amp;at:</source>
        <translation>最后出现地点(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ircumstances:</source>
        <translation>失踪经过(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Risk level:</source>
        <translation>风险等级(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>Ca&amp;ller:</source>
        <translation>报警人(&amp;L)：</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone:</source>
        <translation>报警人电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;What was reported:</source>
        <translation>报警内容(&amp;W)：</translation>
    </message>
    <message>
        <source>S&amp;tation:</source>
        <translation>派出所(&amp;T)：</translation>
    </message>
    <message>
        <source>Enter the missing person&apos;s name.</source>
        <translation>请填写失踪人员姓名。</translation>
    </message>
    <message>
        <source>Choose the station that handles the case.</source>
        <translation>请选择承办派出所。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>A recorded &amp;mental illness</source>
        <translation>有精神疾病记录(&amp;M)</translation>
    </message>
    <message>
        <source>A crime is &amp;suspected</source>
        <translation>疑似涉及犯罪(&amp;S)</translation>
    </message>
    <message>
        <source>Risk factors:</source>
        <translation>风险因素：</translation>
    </message>
</context>
<context>
    <name>hc::CaseFileDialog</name>
    <message>
        <source>Case file</source>
        <translation>案件档案</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>基本信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>线索时间线(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Match with found persons…</source>
        <translation>与无名人员比对(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>保存信息(&amp;S)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>What was seen, said or done</source>
        <translation>看到、听到或做了什么</translation>
    </message>
    <message>
        <source>Who or what it came from (caller&apos;s number, camera, ...)</source>
        <translation>线索来源（来电号码、监控等）</translation>
    </message>
    <message>
        <source>&amp;Add lead</source>
        <translation>添加线索(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>线索(&amp;L)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>关联对象</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联类型</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. SZ2026-00042</source>
        <translation>例如 SZ2026-00042</translation>
    </message>
    <message>
        <source>&amp;Close case with this outcome</source>
        <translation>以此结果结案(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>重新立案(&amp;O)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Outcome &amp;date:</source>
        <translation>结果日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Duplicate &amp;of case:</source>
        <translation>重复于档案(&amp;O)：</translation>
    </message>
    <message>
        <source>Case file %1 – %2</source>
        <translation>案件档案 %1 – %2</translation>
    </message>
    <message>
        <source>%1  %2  ·  %3  ·  %4</source>
        <translation>%1  %2  ·  %3  ·  %4</translation>
    </message>
    <message>
        <source>Opened %1 from: %2; operation: %3</source>
        <translation>%1 立档，来源：%2；专项行动：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>⚠ Overdue: no lead for %1 days or more.</source>
        <translation>⚠ 逾期：已 %1 天以上没有新线索。</translation>
    </message>
    <message>
        <source>&amp;Timeline (%1)</source>
        <translation>线索时间线(&amp;T)（%1）</translation>
    </message>
    <message>
        <source>&amp;Links (%1)</source>
        <translation>关联(&amp;L)（%1）</translation>
    </message>
    <message>
        <source>Closed: %1 on %2.</source>
        <translation>已结案：%2 %1。</translation>
    </message>
    <message>
        <source>Duplicate of %1.</source>
        <translation>与 %1 重复。</translation>
    </message>
    <message>
        <source>The case is %1. When it ends, record the outcome here.</source>
        <translation>案件状态：%1。结案时在此记录结果。</translation>
    </message>
    <message>
        <source>The case is %1.</source>
        <translation>案件状态：%1。</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>信息已保存。</translation>
    </message>
    <message>
        <source>Lead added to the timeline.</source>
        <translation>线索已加入时间线。</translation>
    </message>
    <message>
        <source>Case closed: %1.</source>
        <translation>已结案：%1。</translation>
    </message>
    <message>
        <source>Case reopened; the outcome was cleared.</source>
        <translation>案件已重新立案，原结果已清除。</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 为必填项</translation>
    </message>
    <message>
        <source>Choose how the case ended</source>
        <translation>请选择结案结果</translation>
    </message>
    <message>
        <source>Act&amp;ions</source>
        <translation>工作措施(&amp;I)</translation>
    </message>
    <message>
        <source>Officer in charge assigned.</source>
        <translation>已指定主办侦查员。</translation>
    </message>
    <message>
        <source>Also raise an action from this lead</source>
        <translation>同时根据此线索下达工作措施</translation>
    </message>
    <message>
        <source>Lead added to the timeline; action %1 raised.</source>
        <translation>线索已加入时间线；已下达工作措施 %1。</translation>
    </message>
    <message>
        <source>C&amp;rimes</source>
        <translation>刑事案件(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;rimes (%1)</source>
        <translation>刑事案件(&amp;R)（%1）</translation>
    </message>
    <message>
        <source>&amp;Photos and documents</source>
        <translation>照片和文件(&amp;P)</translation>
    </message>
    <message>
        <source>Identifying marks</source>
        <translation>体表特征</translation>
    </message>
</context>
<context>
    <name>hc::CaseOfficerBar</name>
    <message>
        <source>Assi&amp;gn</source>
        <translation>指定(&amp;G)</translation>
    </message>
    <message>
        <source>Officer in charge: %1</source>
        <translation>主办侦查员：%1</translation>
    </message>
    <message>
        <source>Officer in charge: nobody yet</source>
        <translation>主办侦查员：尚未指定</translation>
    </message>
    <message>
        <source>Choose the officer in charge.</source>
        <translation>请选择主办侦查员。</translation>
    </message>
</context>
<context>
    <name>hc::CaseRisk</name>
    <message numerus="yes">
        <source>A child: %n year(s) old when last seen.</source>
        <translation>
            <numerusform>儿童：最后被见到时%n岁。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Elderly: %n year(s) old when last seen.</source>
        <translation>
            <numerusform>老人：最后被见到时%n岁。</numerusform>
        </translation>
    </message>
    <message>
        <source>A recorded mental illness.</source>
        <translation>有记录的精神疾病。</translation>
    </message>
    <message>
        <source>A crime is suspected.</source>
        <translation>疑似涉及犯罪。</translation>
    </message>
</context>
<context>
    <name>hc::CaseService</name>
    <message>
        <source>open cases</source>
        <translation>立档</translation>
    </message>
    <message>
        <source>There is no screening number %1.</source>
        <translation>没有编号为 %1 的排查记录。</translation>
    </message>
    <message>
        <source>A case is opened for a person whose whereabouts are unknown.</source>
        <translation>只有下落不明的人员才能立档。</translation>
    </message>
    <message>
        <source>%1 already has the open case %2.</source>
        <translation>%1 已有未结档案 %2。</translation>
    </message>
    <message>
        <source>Whereabouts unknown at the household visit of %1.</source>
        <translation>%1 入户走访时发现下落不明。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>There is no case number %1.</source>
        <translation>没有编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>Enter the missing person&apos;s name.</source>
        <translation>请填写失踪人员姓名。</translation>
    </message>
    <message>
        <source>Choose male or female, or leave it open.</source>
        <translation>请选择男或女，或留空。</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation>出生年份须在 1900 至 %1 之间。</translation>
    </message>
    <message>
        <source>The height is in centimetres, between 1 and 259.</source>
        <translation>身高以厘米计，须在 1 至 259 之间。</translation>
    </message>
    <message>
        <source>The date last seen is in the future.</source>
        <translation>最后出现日期晚于今天。</translation>
    </message>
    <message>
        <source>The date last seen is before the birth year.</source>
        <translation>最后出现日期早于出生年份。</translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation>请选择风险等级。</translation>
    </message>
    <message>
        <source>The caller&apos;s phone number is 7 to 20 digits (spaces and hyphens are allowed).</source>
        <translation>报警人电话须为 7 至 20 位数字（可含空格和连字符）。</translation>
    </message>
    <message>
        <source>Choose the station that handles the case.</source>
        <translation>请选择承办派出所。</translation>
    </message>
    <message>
        <source>There is no station number %1.</source>
        <translation>没有编号为 %1 的派出所。</translation>
    </message>
    <message>
        <source>open cases from public reports</source>
        <translation>根据群众报案立档</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s name.</source>
        <translation>请填写报警人姓名。</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation>请填写报警人电话。</translation>
    </message>
    <message>
        <source>The age must be between 0 and 130.</source>
        <translation>年龄须在 0 至 130 之间。</translation>
    </message>
    <message>
        <source>The age and the birth year disagree; give one of them.</source>
        <translation>年龄与出生年份不符，请只填其一。</translation>
    </message>
    <message>
        <source>There is no person number %1 in the registry.</source>
        <translation>户籍中没有编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>%1 already has the open case %2; add the report to it as a lead.</source>
        <translation>%1 已有未结案件 %2，请将此次报案作为线索添加到该案件。</translation>
    </message>
    <message>
        <source>Enter where the person was last seen.</source>
        <translation>请填写最后出现地点。</translation>
    </message>
    <message>
        <source>Write down what the caller reported.</source>
        <translation>请记录报警内容。</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>add leads to cases</source>
        <translation>添加案件线索</translation>
    </message>
    <message>
        <source>Choose what kind of lead this is.</source>
        <translation>请选择线索类型。</translation>
    </message>
    <message>
        <source>Enter when it happened.</source>
        <translation>请填写发生时间。</translation>
    </message>
    <message>
        <source>The time of the lead is in the future.</source>
        <translation>线索时间晚于现在。</translation>
    </message>
    <message>
        <source>Write down what the lead is.</source>
        <translation>请填写线索内容。</translation>
    </message>
    <message>
        <source>close cases</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>The case is already closed (%1); a supervisor reopens it to change the outcome.</source>
        <translation>案件已结案（%1）；如需更改结果，须由督导重新立案。</translation>
    </message>
    <message>
        <source>Choose how the case ended.</source>
        <translation>请选择结案结果。</translation>
    </message>
    <message>
        <source>Enter the date of the outcome.</source>
        <translation>请填写结果日期。</translation>
    </message>
    <message>
        <source>The outcome date is in the future.</source>
        <translation>结果日期晚于今天。</translation>
    </message>
    <message>
        <source>The outcome date is before the case was opened (%1).</source>
        <translation>结果日期早于立档日期（%1）。</translation>
    </message>
    <message>
        <source>Enter the number of the case this one duplicates.</source>
        <translation>请填写与之重复的案件编号。</translation>
    </message>
    <message>
        <source>A case cannot duplicate itself.</source>
        <translation>案件不能与自身重复。</translation>
    </message>
    <message>
        <source>Case %1 is itself a duplicate; name the case it was merged into.</source>
        <translation>案件 %1 本身是重复档案，请填写其合并到的案件。</translation>
    </message>
    <message>
        <source>Only a duplicate names another case.</source>
        <translation>只有重复档案才填写另一案件编号。</translation>
    </message>
    <message>
        <source>reopen closed cases</source>
        <translation>重新立案已结案件</translation>
    </message>
    <message>
        <source>The case is not closed.</source>
        <translation>案件尚未结案。</translation>
    </message>
    <message>
        <source>Give the badge number of the officer in charge.</source>
        <translation>请给出主办侦查员的警号。</translation>
    </message>
    <message>
        <source>There is no active investigator, supervisor or administrator with badge %1.</source>
        <translation>没有警号为 %1 的有效侦查员、督导或管理员。</translation>
    </message>
    <message>
        <source>assign the officer in charge of a case</source>
        <translation>指定案件的主办侦查员</translation>
    </message>
    <message>
        <source>The case is closed; reopen it to change who is in charge.</source>
        <translation>案件已结案；须先重新开启案件才能更换主办侦查员。</translation>
    </message>
    <message>
        <source>The officer in charge must be an active investigator, supervisor or administrator.</source>
        <translation>主办侦查员须为有效的侦查员、督导或管理员。</translation>
    </message>
    <message>
        <source>see the cases of another station</source>
        <translation>查看其他派出所的案件</translation>
    </message>
    <message>
        <source>open the cases of another station</source>
        <translation>打开其他派出所的案件</translation>
    </message>
    <message>
        <source>open cases from another station&apos;s screenings</source>
        <translation>根据其他派出所的排查立档</translation>
    </message>
    <message>
        <source>open cases from calls</source>
        <translation>根据来电立案</translation>
    </message>
    <message>
        <source>add calls to cases</source>
        <translation>将来电补充到案件</translation>
    </message>
    <message>
        <source>Case %1 is closed: reopen it, or open a new case.</source>
        <translation>案件 %1 已结案：请重新打开，或另行立案。</translation>
    </message>
</context>
<context>
    <name>hc::CasesPage</name>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ 逾期</translation>
    </message>
    <message>
        <source>No lead for %1 days or more while the case is open.</source>
        <translation>案件在办期间已 %1 天以上没有新线索。</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>失踪人员</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立档日期</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>立档天数</translation>
    </message>
    <message>
        <source>Last lead</source>
        <translation>最新线索</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open or investigating</source>
        <translation>已立档或查找中</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Case no., name or caller&apos;s phone</source>
        <translation>案件编号、姓名或报警人电话</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>仅看逾期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>风险(&amp;R)：</translation>
    </message>
    <message>
        <source>Stati&amp;on:</source>
        <translation>派出所(&amp;O)：</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>来源(&amp;C)：</translation>
    </message>
    <message>
        <source>Opened &amp;from:</source>
        <translation>立档日期从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>Open &amp;case file</source>
        <translation>打开案件档案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New case from public report…</source>
        <translation>根据群众报案立档(&amp;N)…</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>正在加载案件…</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>没有符合条件的案件。</translation>
    </message>
    <message>
        <source>Cases: %1, overdue: %2</source>
        <translation>案件：%1，逾期：%2</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>主办侦查员</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>我的案件(&amp;M)</translation>
    </message>
    <message>
        <source>The cases you are the officer in charge of.</source>
        <translation>由您主办的案件。</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>任何人员</translation>
    </message>
    <message>
        <source>Officer in c&amp;harge:</source>
        <translation>主办侦查员(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>hc::ColumnChoiceBox</name>
    <message>
        <source>Columns not recognised</source>
        <translation>未识别的列</translation>
    </message>
    <message>
        <source>(choose the column)</source>
        <translation>（请选择列）</translation>
    </message>
</context>
<context>
    <name>hc::CopyStore</name>
    <message>
        <source>The foreign keys of %1 refer to each other in a cycle.</source>
        <translation>%1 的外键相互循环引用。</translation>
    </message>
</context>
<context>
    <name>hc::CrimeDialog</name>
    <message>
        <source>Crime</source>
        <translation>刑事案件</translation>
    </message>
    <message>
        <source>New crime</source>
        <translation>新建刑事案件</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>edit crimes</source>
        <translation>编辑刑事案件</translation>
    </message>
    <message>
        <source>Choose the kind of crime</source>
        <translation>选择案件类别</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>e.g. XZ2026-0001</source>
        <translation>如 XZ2026-0001</translation>
    </message>
    <message>
        <source>So&amp;lved (cracked)</source>
        <translation>已破获(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save crime</source>
        <translation>保存案件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind: *</source>
        <translation>案件类别(&amp;K)：*</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>案发日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Criminal &amp;case number:</source>
        <translation>刑事案件编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose the kind of crime.</source>
        <translation>请选择案件类别。</translation>
    </message>
    <message>
        <source>Victims (missing-person cases)</source>
        <translation>被害人（失踪案件）</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Add &amp;victim</source>
        <translation>添加被害人(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Remove victim</source>
        <translation>移除被害人(&amp;R)</translation>
    </message>
    <message>
        <source>Suspects (people, phones, addresses ...)</source>
        <translation>嫌疑对象（人员、电话、地址等）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>嫌疑对象</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note, e.g. the gang&apos;s leader</source>
        <translation>备注，如：团伙首要分子</translation>
    </message>
    <message>
        <source>Add s&amp;uspect</source>
        <translation>添加嫌疑对象(&amp;U)</translation>
    </message>
    <message>
        <source>Remove suspec&amp;t</source>
        <translation>移除嫌疑对象(&amp;T)</translation>
    </message>
    <message>
        <source>Save the crime, then add its other victims and its suspects.</source>
        <translation>先保存案件，再添加其他被害人和嫌疑对象。</translation>
    </message>
    <message>
        <source>Crime %1 – %2</source>
        <translation>刑事案件 %1 – %2</translation>
    </message>
    <message>
        <source>Crime recorded.</source>
        <translation>刑事案件已登记。</translation>
    </message>
    <message>
        <source>Crime saved.</source>
        <translation>刑事案件已保存。</translation>
    </message>
    <message>
        <source>Choose the victim&apos;s case from the list.</source>
        <translation>请从列表中选择被害人的案件。</translation>
    </message>
    <message>
        <source>Victim added.</source>
        <translation>已添加被害人。</translation>
    </message>
    <message>
        <source>Select the victim to remove.</source>
        <translation>请选择要移除的被害人。</translation>
    </message>
    <message>
        <source>Victim removed.</source>
        <translation>已移除被害人。</translation>
    </message>
    <message>
        <source>Suspect added.</source>
        <translation>已添加嫌疑对象。</translation>
    </message>
    <message>
        <source>Select the suspect to remove.</source>
        <translation>请选择要移除的嫌疑对象。</translation>
    </message>
    <message>
        <source>Suspect removed.</source>
        <translation>已移除嫌疑对象。</translation>
    </message>
</context>
<context>
    <name>hc::CrimeService</name>
    <message>
        <source>Choose the kind of crime: homicide, kidnapping, trafficking or other.</source>
        <translation>请选择案件类别：命案、绑架、拐卖或其他。</translation>
    </message>
    <message>
        <source>The date of the crime is in the future.</source>
        <translation>案发日期晚于今天。</translation>
    </message>
    <message>
        <source>The criminal case number is at most 40 characters long.</source>
        <translation>刑事案件编号最长40个字符。</translation>
    </message>
    <message>
        <source>There is no case number %1.</source>
        <translation>没有编号为%1的案件。</translation>
    </message>
    <message>
        <source>link the cases of another station to a crime</source>
        <translation>将其他派出所的案件关联到刑事案件</translation>
    </message>
    <message>
        <source>Case %1 is a duplicate: link the case it duplicates.</source>
        <translation>案件%1为重复档案：请关联其对应的原案件。</translation>
    </message>
    <message>
        <source>There is no crime number %1.</source>
        <translation>没有编号为%1的刑事案件。</translation>
    </message>
    <message>
        <source>open the crimes of another station</source>
        <translation>查看其他派出所的刑事案件</translation>
    </message>
    <message>
        <source>record crimes</source>
        <translation>登记刑事案件</translation>
    </message>
    <message>
        <source>edit crimes</source>
        <translation>修改刑事案件</translation>
    </message>
    <message>
        <source>Case %1 is already a victim of this crime.</source>
        <translation>案件%1已是该刑事案件的被害人。</translation>
    </message>
    <message>
        <source>Case number %1 is not a victim of this crime.</source>
        <translation>编号为%1的案件不是该刑事案件的被害人。</translation>
    </message>
    <message>
        <source>A crime keeps at least one victim.</source>
        <translation>刑事案件至少保留一名被害人。</translation>
    </message>
    <message>
        <source>This suspect is already on the crime.</source>
        <translation>该嫌疑对象已在此刑事案件中。</translation>
    </message>
    <message>
        <source>%1 is not a suspect of this crime.</source>
        <translation>%1不是该刑事案件的嫌疑对象。</translation>
    </message>
    <message>
        <source>see the crimes of another station</source>
        <translation>查看其他派出所的刑事案件</translation>
    </message>
</context>
<context>
    <name>hc::CrimesPage</name>
    <message>
        <source>Criminal case number</source>
        <translation>刑事案件编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>案发日期</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已破获</translation>
    </message>
    <message>
        <source>Unsolved</source>
        <translation>未破获</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>被害人数</translation>
    </message>
    <message>
        <source>Victims&apos; cases</source>
        <translation>被害人案件</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>嫌疑对象数</translation>
    </message>
    <message>
        <source>&amp;Edit crime…</source>
        <translation>编辑刑事案件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View crime…</source>
        <translation>查看刑事案件(&amp;V)…</translation>
    </message>
    <message>
        <source>Open first victim&apos;s &amp;case</source>
        <translation>打开首位被害人的案件(&amp;C)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export crimes</source>
        <translation>导出刑事案件</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Solved or not</source>
        <translation>全部（破获与否）</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>S&amp;olved:</source>
        <translation>是否破获(&amp;O)：</translation>
    </message>
    <message>
        <source>Stati&amp;on:</source>
        <translation>派出所(&amp;N)：</translation>
    </message>
    <message>
        <source>Crime date &amp;from:</source>
        <translation>案发日期 从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>No crime is recorded.</source>
        <translation>尚未登记刑事案件。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln crime(s)</source>
        <translation>
            <numerusform>%Ln 起刑事案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n crime(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 条犯罪记录到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Record %1 (line %2): a quote is misplaced. A field containing quotes must be enclosed in quotes and each quote inside it doubled.</source>
        <translation>第 %1 条记录（第 %2 行）：引号位置有误。含引号的字段须整体用引号括起，字段内的每个引号须写成两个。</translation>
    </message>
    <message>
        <source>Record %1: the record cannot be read (%2).</source>
        <translation>第 %1 条记录：无法读取该记录（%2）。</translation>
    </message>
    <message>
        <source>Record %1 is too large. Probably a quote is not closed.</source>
        <translation>第 %1 条记录过大，可能有引号未闭合。</translation>
    </message>
    <message>
        <source>Cannot decode %1 as GB18030: %2</source>
        <translation>无法按 GB18030 编码解码 %1：%2</translation>
    </message>
    <message>
        <source>Record %1: a quoted field is not closed before the end of the file.</source>
        <translation>第 %1 条记录：有带引号的字段直到文件末尾仍未闭合。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16. Save it as CSV in UTF-8 or GB18030 and try again.</source>
        <translation>%1 为 UTF-16 编码。请另存为 UTF-8 或 GB18030 编码的 CSV 文件后重试。</translation>
    </message>
    <message>
        <source>the GB18030 converter is not available.</source>
        <translation>GB18030 编码转换器不可用。</translation>
    </message>
    <message>
        <source>out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>%1 begins with the UTF-8 byte order mark but byte %2 is not UTF-8. Save it as CSV in UTF-8 or GB18030 and try again.</source>
        <translation>%1 以 UTF-8 字节顺序标记开头，但第 %2 个字节不是 UTF-8。请另存为 UTF-8 或 GB18030 编码的 CSV 文件后重试。</translation>
    </message>
</context>
<context>
    <name>hc::CsvWriter</name>
    <message>
        <source>the data could not be written.</source>
        <translation>数据无法写入。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::DashboardPage</name>
    <message>
        <source>Households covered</source>
        <translation>已完成户数</translation>
    </message>
    <message>
        <source>Person-checks</source>
        <translation>排查人次</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Officer productivity</source>
        <translation>民警工作量</translation>
    </message>
    <message>
        <source>Revisit backlog</source>
        <translation>待复访积压</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>逾期未跟进案件</translation>
    </message>
    <message>
        <source>Households pending in %1</source>
        <translation>%1 尚未完成的户</translation>
    </message>
    <message>
        <source>&amp;Whole operation</source>
        <translation>整个专项行动(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ub-bureau:</source>
        <translation>分局(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>派出所(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>社区/村(&amp;A)：</translation>
    </message>
    <message>
        <source>All sub-bureaus</source>
        <translation>全部分局</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部社区/村</translation>
    </message>
    <message>
        <source>Choose an operation to see its dashboard.</source>
        <translation>请选择专项行动以查看其统计面板。</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <source>%1 of the target of %2 households covered (%3%)</source>
        <translation>已完成 %1 户，目标 %2 户（%3%）</translation>
    </message>
    <message>
        <source>%1 of %2 households in scope covered (%3%)</source>
        <translation>范围内 %2 户中已完成 %1 户（%3%）</translation>
    </message>
    <message>
        <source>Coverage per area</source>
        <translation>各社区/村完成率</translation>
    </message>
    <message>
        <source>Coverage per station</source>
        <translation>各派出所完成率</translation>
    </message>
    <message>
        <source>Visits on %1</source>
        <translation>%1 的走访</translation>
    </message>
    <message>
        <source>Persons now: %1</source>
        <translation>目前状态：%1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>日均走访</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Households to revisit</source>
        <translation>待复访户数</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>失踪人员</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近动态</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>未跟进天数</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>whole operation</source>
        <translation>整个行动</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Re&amp;port for this filter…</source>
        <translation>按当前筛选生成报告(&amp;P)…</translation>
    </message>
    <message>
        <source>The operation report narrowed to the dashboard&apos;s filter</source>
        <translation>按仪表盘当前筛选条件生成行动报告</translation>
    </message>
    <message>
        <source>Click to list the reunions behind this figure.</source>
        <translation>点击列出构成此数字的家庭团聚记录。</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;League</source>
        <translation>排名(&amp;L)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No crime uncovered within this filter.</source>
        <translation>此筛选范围内未破获刑事案件。</translation>
    </message>
</context>
<context>
    <name>hc::DashboardService</name>
    <message>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Screened at</source>
        <translation>排查时间</translation>
    </message>
    <message>
        <source>Visited at</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>走访结果</translation>
    </message>
    <message>
        <source>see the dashboard of another station</source>
        <translation>查看其他派出所的统计看板</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reunited on</source>
        <translation>团聚日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>团聚方式</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
</context>
<context>
    <name>hc::Database</name>
    <message>
        <source>No database file given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Homecoming database: %2</source>
        <translation>%1 不是 Homecoming 数据库：%2</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>无法初始化 %1：%2</translation>
    </message>
    <message>
        <source>The SQLite driver handle is not available.</source>
        <translation>无法获取 SQLite 驱动句柄。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Homecoming (schema %2; this program knows schema %3). Open it with a newer Homecoming.</source>
        <translation>%1 由更新版本的 Homecoming 写入（数据结构版本 %2，本程序支持版本 %3）。请使用新版 Homecoming 打开。</translation>
    </message>
    <message>
        <source>Upgrading %1 from schema %2 to %3 failed: %4</source>
        <translation>将 %1 的数据结构从版本 %2 升级到版本 %3 失败：%4</translation>
    </message>
    <message>
        <source>%1 is not a server address of the form postgresql://host[:port]/database.</source>
        <translation>%1 不是 postgresql://主机[:端口]/数据库 形式的服务器地址。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (package libqt6sql6-psql) is not installed.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no Homecoming database.</source>
        <translation>%1 中没有 Homecoming 数据库。</translation>
    </message>
    <message>
        <source>%1 already holds other tables (%2); Homecoming needs an empty database.</source>
        <translation>%1 中已有其他表（%2）；Homecoming 需要一个空数据库。</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a server database.</source>
        <translation>%1 不是服务器数据库。</translation>
    </message>
    <message>
        <source>Wrong badge number or password, or the account is disabled.</source>
        <translation>警号或密码错误，或账户已停用。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 is not an empty server database.</source>
        <translation>%1 不是空的服务器数据库。</translation>
    </message>
    <message>
        <source>Creating the schema in %1 failed: %2</source>
        <translation>在 %1 中创建数据库结构失败：%2</translation>
    </message>
    <message>
        <source>%1 holds schema %2 and this program needs schema %3. The database&apos;s owner must upgrade it first: any homecoming-cli command run as the owner (for example homecoming-cli stats --db postgresql://OWNER@HOST/DATABASE) does it. Then sign in again.</source>
        <translation>%1 的数据库结构版本为 %2，本程序需要版本 %3。须先由数据库的所有者升级：以所有者身份运行任意 homecoming-cli 命令即可（例如 homecoming-cli stats --db postgresql://OWNER@HOST/DATABASE），然后重新登录。</translation>
    </message>
</context>
<context>
    <name>hc::DatabaseCopy</name>
    <message>
        <source>%1 is not a server database (postgresql://…).</source>
        <translation>%1 不是服务器数据库（postgresql://…）。</translation>
    </message>
    <message>
        <source>%1 already holds a Homecoming database; copy needs an empty database.</source>
        <translation>%1 已有 Homecoming 数据库；复制需要空数据库。</translation>
    </message>
    <message>
        <source>%1 is not an active administrator of the database copied.</source>
        <translation>%1 不是被复制数据库中启用的管理员。</translation>
    </message>
    <message>
        <source>copy goes from an SQLite file to a server database.</source>
        <translation>复制只能从 SQLite 文件到服务器数据库。</translation>
    </message>
    <message>
        <source>The table %1 of %2 has no counterpart on the server (a file of another version of Homecoming?).</source>
        <translation>%2 中的表 %1 在服务器上没有对应的表（是其他版本 Homecoming 的文件吗？）。</translation>
    </message>
    <message>
        <source>The column %1.%2 has no counterpart on the server.</source>
        <translation>列 %1.%2 在服务器上没有对应的列。</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>无法对密码进行哈希处理（内存不足）。</translation>
    </message>
</context>
<context>
    <name>hc::DemoGenerator</name>
    <message>
        <source>Building the demo city was cancelled.</source>
        <translation>已取消生成演示城市。</translation>
    </message>
    <message>
        <source>Preparing the demo data failed: %1</source>
        <translation>准备演示数据失败：%1</translation>
    </message>
    <message>
        <source>Hashing the demo password failed (out of memory?).</source>
        <translation>演示密码哈希计算失败（可能内存不足）。</translation>
    </message>
    <message>
        <source>build the demo city</source>
        <translation>生成演示城市</translation>
    </message>
    <message>
        <source>The scale must be above 0 and at most 100.</source>
        <translation>规模须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>This database already holds a registry (%1 households, %2 stations); the demo city can only be built in an empty database.</source>
        <translation>该数据库已有户籍数据（%1 户，%2 个派出所）；演示城市只能在空数据库中生成。</translation>
    </message>
    <message>
        <source>This database already holds an operation named &quot;%1&quot;.</source>
        <translation>该数据库中已有名为“%1”的专项行动。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始数据库事务：%1</translation>
    </message>
    <message>
        <source>Saving the demo city failed: %1</source>
        <translation>保存演示城市失败：%1</translation>
    </message>
</context>
<context>
    <name>hc::DoorSheetPdf</name>
    <message>
        <source>Door-to-door check sheet</source>
        <translation>入户核查表</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>户号 %1</translation>
    </message>
    <message>
        <source>Visited on: ____________  at ______</source>
        <translation>走访日期：____________  时间：______</translation>
    </message>
    <message>
        <source>Officer: ______________________</source>
        <translation>民警：______________________</translation>
    </message>
    <message>
        <source>Outcome of the knock:</source>
        <translation>入户结果：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生年</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>核查状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>去向 / 备注</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation>%1（无户籍）</translation>
    </message>
    <message>
        <source>People living here who are not listed above:</source>
        <translation>在此居住但未列出的人员：</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态代码：%1</translation>
    </message>
    <message>
        <source>Enter it in Homecoming: scan the code (or type the household number) in visit entry.</source>
        <translation>录入系统：在走访登记中扫描二维码（或输入户号）。</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Door-to-door sheets: %1, %2</source>
        <translation>入户核查表：%1，%2</translation>
    </message>
    <message>
        <source>Printing the sheets was cancelled.</source>
        <translation>已取消打印核查表。</translation>
    </message>
</context>
<context>
    <name>hc::DrillDownDialog</name>
    <message>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln 次走访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln shown; narrow the filter to see the rest.</source>
        <translation>
            <numerusform>%1，显示 %Ln 条；缩小筛选范围可查看其余记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::DuplicateFinder</name>
    <message>
        <source>Same ID number</source>
        <translation>身份号码相同</translation>
    </message>
    <message>
        <source>Same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>Names sound alike</source>
        <translation>姓名读音相同</translation>
    </message>
    <message>
        <source>look for duplicate people</source>
        <translation>查找重复人员</translation>
    </message>
    <message>
        <source>Reading people…</source>
        <translation>正在读取人员…</translation>
    </message>
    <message>
        <source>Comparing how names sound…</source>
        <translation>正在比较姓名读音…</translation>
    </message>
    <message>
        <source>Remembering how names sound…</source>
        <translation>正在保存姓名读音…</translation>
    </message>
    <message>
        <source>Comparing people in blocks…</source>
        <translation>正在分组比对人员…</translation>
    </message>
    <message>
        <source>Scoring pairs…</source>
        <translation>正在为疑似重复评分…</translation>
    </message>
    <message>
        <source>The same ID number, written %1 and %2.</source>
        <translation>同一身份号码，分别写作 %1 和 %2。</translation>
    </message>
    <message>
        <source>The same name and birth date: %1, %2.</source>
        <translation>姓名和出生日期相同：%1，%2。</translation>
    </message>
    <message>
        <source>The same name, born the same year (%1), in the same area; a birth date is missing.</source>
        <translation>姓名相同，出生年份相同（%1），同一社区；缺少出生日期。</translation>
    </message>
    <message>
        <source>Names that sound alike (%1 and %2: %3), born the same year (%4), in the same area.</source>
        <translation>姓名读音相同（%1 与 %2：%3），出生年份相同（%4），同一社区。</translation>
    </message>
    <message>
        <source>Same sex.</source>
        <translation>性别相同。</translation>
    </message>
    <message>
        <source>Different sex.</source>
        <translation>性别不同。</translation>
    </message>
    <message>
        <source>Different ID numbers (one person registered twice?).</source>
        <translation>身份号码不同（是否一人重复登记？）。</translation>
    </message>
    <message>
        <source>Same name.</source>
        <translation>姓名相同。</translation>
    </message>
    <message>
        <source>Same birth date.</source>
        <translation>出生日期相同。</translation>
    </message>
    <message>
        <source>Different birth dates.</source>
        <translation>出生日期不同。</translation>
    </message>
    <message>
        <source>Same area.</source>
        <translation>同一社区。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Duplicate detection was cancelled.</source>
        <translation>重复人员查找已取消。</translation>
    </message>
</context>
<context>
    <name>hc::DuplicatesPage</name>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复人员</translation>
    </message>
    <message>
        <source>Missing vs found</source>
        <translation>失踪与发现比对</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>第一人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份号码</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>第二人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Find &amp;duplicates</source>
        <translation>查找重复人员(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Looks through every person for the same ID number written two ways, the same name and birth date, or names that sound alike with the same birth year and area.</source>
        <translation>在全部人员中查找：同一身份号码的两种写法、姓名和出生日期相同、或姓名读音相同且出生年份和社区相同的人员。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Keep the &amp;first, merge the second into it…</source>
        <translation>保留第一人，将第二人合并进来(&amp;F)…</translation>
    </message>
    <message>
        <source>Keep the &amp;second, merge the first into it…</source>
        <translation>保留第二人，将第一人合并进来(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>不是同一人(&amp;N)</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复人员…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%L1 people compared in %L2 blocks: %L3 possible duplicate pairs.</source>
        <translation>已在 %L2 个分组中比对 %L1 人：疑似重复 %L3 对。</translation>
    </message>
    <message>
        <source>%1 very large groups (%2 people with a very common name and birth date) were not compared.</source>
        <translation>%1 个过大的分组（%2 人，姓名和出生日期极为常见）未作比对。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Person no.</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记户口</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>排查记录</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Why: %1 = %2 points.</source>
        <translation>理由：%1 = %2 分。</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复人员</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Every screening, case and link of %1 moves to %2, the details %2 lacks are taken from %1, and %1 is deleted. The merge is recorded in the audit log.</source>
        <translation>将 %1 合并到 %2？%1 的全部排查记录、案件和关联将转到 %2，%2 缺少的信息从 %1 补全，随后删除 %1。合并将记入审计日志。</translation>
    </message>
    <message>
        <source>Merged %1 into %2: %3 screenings, %4 cases and %5 links moved.</source>
        <translation>已将 %1 合并到 %2：转移排查记录 %3 条、案件 %4 件、关联 %5 条。</translation>
    </message>
    <message>
        <source>%1 and %2 are different people? The pair will not be proposed again.</source>
        <translation>%1 和 %2 不是同一人？此对将不再提示。</translation>
    </message>
    <message>
        <source>%1 and %2 will not be proposed as duplicates again.</source>
        <translation>%1 和 %2 将不再作为疑似重复提示。</translation>
    </message>
    <message>
        <source>Pairs scoring less are counted, not listed.</source>
        <translation>分数更低的人员对只计数，不列出。</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>任意规则</translation>
    </message>
    <message>
        <source>Minimum &amp;score:</source>
        <translation>最低分(&amp;S)：</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>规则(&amp;U)：</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) scoring under %1 not listed.</source>
        <translation>
            <numerusform>另有 %n 对低于 %1 分，未列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) found only by other rules not listed.</source>
        <translation>
            <numerusform>另有 %n 对仅由其他规则发现，未列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed pair(s) not shown.</source>
        <translation>
            <numerusform>%n 对已排除的记录未显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screening(s) of the same visit kept once.</source>
        <translation>
            <numerusform>同一次走访的 %n 条筛查只保留一条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::EntityDirectory</name>
    <message>
        <source>A phone number has only digits (spaces, dashes and brackets are left out): &quot;%1&quot; is not one.</source>
        <translation>电话号码只含数字（空格、短横线和括号会被去掉）：“%1”不是电话号码。</translation>
    </message>
    <message numerus="yes">
        <source>A phone number has 7 to 20 digits; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>电话号码为 7 至 20 位数字；“%1”有 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the vehicle plate, e.g. 甘A12345.</source>
        <translation>请输入车牌号，例如 甘A12345。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vehicle plate (3 to 12 letters and digits).</source>
        <translation>“%1”不是车牌号（3 至 12 个字母和数字）。</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>请输入地址。</translation>
    </message>
    <message>
        <source>An address has at most 200 characters.</source>
        <translation>地址最多 200 个字符。</translation>
    </message>
    <message>
        <source>Choose what kind of entity this is.</source>
        <translation>请选择对象类型。</translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation>请选择%1。</translation>
    </message>
    <message>
        <source>There is no person number %1.</source>
        <translation>不存在编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>Nobody on record has the ID number %1.</source>
        <translation>没有人员登记了身份证号 %1。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在案件 %1。</translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation>不存在户 %1。</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>%1 (…%2)</source>
        <translation>%1（…%2）</translation>
    </message>
    <message>
        <source>%1 %2 (no longer on record)</source>
        <translation>%1 %2（已无记录）</translation>
    </message>
</context>
<context>
    <name>hc::EntityPicker</name>
    <message>
        <source>Name, ID number or phone; Enter searches</source>
        <translation>姓名、身份证号或电话；按回车搜索</translation>
    </message>
    <message>
        <source>Case number, e.g. SZ2026-00001</source>
        <translation>案件编号，例如 SZ2026-00001</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Address as written</source>
        <translation>按原文填写地址</translation>
    </message>
    <message>
        <source>Plate, e.g. 甘A12345</source>
        <translation>车牌号，例如 甘A12345</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>未找到任何人</translation>
    </message>
    <message>
        <source>Nobody found for &quot;%1&quot;.</source>
        <translation>未找到与“%1”相符的人员。</translation>
    </message>
</context>
<context>
    <name>hc::ExportService</name>
    <message>
        <source>export the registry</source>
        <translation>导出户籍数据</translation>
    </message>
    <message>
        <source>export field sheets</source>
        <translation>导出走访登记表</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
</context>
<context>
    <name>hc::FigureLabels</name>
    <message>
        <source>Households in scope</source>
        <translation>范围内户数</translation>
    </message>
    <message>
        <source>Target households</source>
        <translation>目标户数</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation>已走访户数</translation>
    </message>
    <message>
        <source>Households covered</source>
        <translation>已覆盖户数</translation>
    </message>
    <message>
        <source>Revisits pending</source>
        <translation>待回访户数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Person-checks</source>
        <translation>排查人次</translation>
    </message>
    <message>
        <source>Persons screened</source>
        <translation>排查人数</translation>
    </message>
    <message>
        <source>Whereabouts unknown now</source>
        <translation>当前下落不明</translation>
    </message>
    <message>
        <source>Unregistered people found</source>
        <translation>发现无户口人员</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>立档数</translation>
    </message>
    <message>
        <source>Cases open</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <source>Missing people found or rescued</source>
        <translation>找回、解救失踪人员</translation>
    </message>
    <message>
        <source>Found alive</source>
        <translation>找回</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>解救</translation>
    </message>
    <message>
        <source>Found deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <source>Families reunited</source>
        <translation>家庭团圆</translation>
    </message>
    <message>
        <source>Crimes uncovered</source>
        <translation>破获案件</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>排查：%1</translation>
    </message>
    <message>
        <source>Persons now: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>Cases opened from: %1</source>
        <translation>立档来源：%1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>档案：%1</translation>
    </message>
    <message>
        <source>Crimes uncovered: %1</source>
        <translation>破获案件：%1</translation>
    </message>
    <message>
        <source>Of them registered</source>
        <translation>其中已登记户口</translation>
    </message>
    <message>
        <source>Of them given ID cards</source>
        <translation>其中已办理身份证</translation>
    </message>
    <message>
        <source>Found or rescued with a case</source>
        <translation>其中有失踪档案的</translation>
    </message>
    <message>
        <source>Crimes solved: %1</source>
        <translation>破获刑事案件：%1</translation>
    </message>
    <message>
        <source>Crime victims: %1</source>
        <translation>刑事案件被害人：%1</translation>
    </message>
    <message>
        <source>Calls logged</source>
        <translation>来电数</translation>
    </message>
    <message>
        <source>Calls that opened a case</source>
        <translation>来电立案数</translation>
    </message>
</context>
<context>
    <name>hc::FileAccess</name>
    <message>
        <source>Could not restrict %1 to its owner: %2</source>
        <translation>无法将 %1 限制为仅所有者可访问：%2</translation>
    </message>
</context>
<context>
    <name>hc::FirstAdminDialog</name>
    <message>
        <source>Set up the administrator</source>
        <translation>设置管理员</translation>
    </message>
    <message>
        <source>This database is new. Create the administrator&apos;s account; the administrator then imports the registry and the officers&apos; accounts.</source>
        <translation>这是一个新数据库。请创建管理员账号；之后由管理员导入户籍数据和民警账号。</translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation>警号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>hc::FollowUpNoteDialog</name>
    <message>
        <source>What happened:</source>
        <translation>情况：</translation>
    </message>
</context>
<context>
    <name>hc::FollowUpService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>assign revisits</source>
        <translation>分派回访任务</translation>
    </message>
    <message>
        <source>There is no household number %1.</source>
        <translation>没有编号为 %1 的户。</translation>
    </message>
    <message>
        <source>There is no active officer number %1.</source>
        <translation>没有编号为 %1 的在岗民警。</translation>
    </message>
    <message>
        <source>The officer works at another station than the household.</source>
        <translation>该民警与该户不属于同一派出所。</translation>
    </message>
    <message>
        <source>verify whereabouts</source>
        <translation>核实去向</translation>
    </message>
    <message>
        <source>Say where the person is.</source>
        <translation>请填写去向。</translation>
    </message>
    <message>
        <source>Say how the whereabouts were verified.</source>
        <translation>请选择核实方式。</translation>
    </message>
    <message>
        <source>There is no person number %1.</source>
        <translation>没有编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>see the follow-up lists of another station</source>
        <translation>查看其他派出所的跟进名单</translation>
    </message>
    <message>
        <source>verify the whereabouts of another station&apos;s people</source>
        <translation>核实其他派出所人员的去向</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Refused to say</source>
        <translation>拒绝告知</translation>
    </message>
    <message>
        <source>record verification attempts</source>
        <translation>登记核实尝试</translation>
    </message>
    <message>
        <source>Say what happened: unreachable, a wrong number, or refused to say.</source>
        <translation>请选择情况：联系不上、号码错误或拒绝告知。</translation>
    </message>
    <message>
        <source>This person&apos;s whereabouts do not wait for verification.</source>
        <translation>此人的去向不在待核实名单上。</translation>
    </message>
    <message>
        <source>take people off the untraced list</source>
        <translation>将人员移出未查清名单</translation>
    </message>
    <message>
        <source>Say why this person leaves the untraced list.</source>
        <translation>请说明将此人移出未查清名单的原因。</translation>
    </message>
    <message>
        <source>close the untraced of another station</source>
        <translation>关闭其他派出所的未查清人员</translation>
    </message>
    <message>
        <source>This person is not on the untraced list.</source>
        <translation>此人不在未查清名单上。</translation>
    </message>
</context>
<context>
    <name>hc::FoundPersonDialog</name>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Found person</source>
        <translation>身份不明人员</translation>
    </message>
    <message>
        <source>New found-person record</source>
        <translation>新建身份不明人员登记</translation>
    </message>
    <message>
        <source>(numbered when saved)</source>
        <translation>（保存时编号）</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> 厘米</translation>
    </message>
    <message>
        <source>A name the person gave, if any</source>
        <translation>本人自述的姓名（如有）</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>无派出所</translation>
    </message>
    <message>
        <source>Case number, once identified</source>
        <translation>查明身份后填写案件编号</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>登记号：</translation>
    </message>
    <message>
        <source>&amp;Found in:</source>
        <translation>发现场所(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Date found:</source>
        <translation>发现日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place found:</source>
        <translation>发现地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>Estimated &amp;age:</source>
        <translation>估计年龄(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>身高(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Name given:</source>
        <translation>自述姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;tation:</source>
        <translation>派出所(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Identified as case:</source>
        <translation>查明为案件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Match with open cases…</source>
        <translation>与在办案件比对(&amp;M)…</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>edit records</source>
        <translation>编辑登记</translation>
    </message>
    <message>
        <source>Found person %1</source>
        <translation>身份不明人员 %1</translation>
    </message>
    <message>
        <source>Clothing, belongings, other features</source>
        <translation>衣着、随身物品及其他特征</translation>
    </message>
    <message>
        <source>Identifying &amp;marks:</source>
        <translation>体表特征(&amp;M)：</translation>
    </message>
    <message>
        <source>Other &amp;features:</source>
        <translation>其他特征(&amp;F)：</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>照片和文件</translation>
    </message>
</context>
<context>
    <name>hc::FoundPersonService</name>
    <message>
        <source>record found persons</source>
        <translation>登记身份不明人员</translation>
    </message>
    <message>
        <source>Choose where the person was found: shelter, hospital, remains or other.</source>
        <translation>请选择发现场所：救助站、医院、遗体或其他。</translation>
    </message>
    <message>
        <source>Choose male or female, or leave it open.</source>
        <translation>请选择男或女，或留空。</translation>
    </message>
    <message>
        <source>The lowest estimated age must be between 0 and 120.</source>
        <translation>估计年龄下限须在 0 至 120 之间。</translation>
    </message>
    <message>
        <source>The highest estimated age must be between 0 and 120.</source>
        <translation>估计年龄上限须在 0 至 120 之间。</translation>
    </message>
    <message>
        <source>The highest estimated age is below the lowest (%1).</source>
        <translation>估计年龄上限低于下限（%1）。</translation>
    </message>
    <message>
        <source>The height is in centimetres, between 1 and 259.</source>
        <translation>身高以厘米计，须在 1 至 259 之间。</translation>
    </message>
    <message>
        <source>Enter where the person was found.</source>
        <translation>请填写发现地点。</translation>
    </message>
    <message>
        <source>Enter the date the person was found.</source>
        <translation>请填写发现日期。</translation>
    </message>
    <message>
        <source>The date found is in the future.</source>
        <translation>发现日期晚于今天。</translation>
    </message>
    <message>
        <source>Choose the record&apos;s status.</source>
        <translation>请选择登记状态。</translation>
    </message>
    <message>
        <source>Only an identified person names the case it resolved.</source>
        <translation>只有已查明身份的人员才填写对应案件。</translation>
    </message>
    <message>
        <source>There is no station number %1.</source>
        <translation>没有编号为 %1 的派出所。</translation>
    </message>
    <message>
        <source>There is no case number %1.</source>
        <translation>没有编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>There is no found-person record number %1.</source>
        <translation>没有编号为 %1 的身份不明人员登记。</translation>
    </message>
    <message>
        <source>open the found-person records of another station</source>
        <translation>打开其他派出所的发现人员记录</translation>
    </message>
    <message>
        <source>see the found-person records of another station</source>
        <translation>查看其他派出所的发现人员记录</translation>
    </message>
    <message>
        <source>There is no found-person record %1.</source>
        <translation>身份不明人员登记 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>hc::FoundPersonsPage</name>
    <message>
        <source>Record no.</source>
        <translation>登记号</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>发现场所</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>身高</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
    <message>
        <source>Place found</source>
        <translation>发现地点</translation>
    </message>
    <message>
        <source>Name given</source>
        <translation>自述姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>全部场所</translation>
    </message>
    <message>
        <source>Either sex</source>
        <translation>不限性别</translation>
    </message>
    <message>
        <source>Record no., name given, place or marks</source>
        <translation>登记号、自述姓名、地点或特征</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Found in:</source>
        <translation>发现场所(&amp;F)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>新建登记(&amp;N)…</translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation>没有符合条件的登记。</translation>
    </message>
    <message>
        <source>Found-person records: %1</source>
        <translation>身份不明人员登记：%1</translation>
    </message>
</context>
<context>
    <name>hc::GraphLegend</name>
    <message>
        <source>Typed link</source>
        <translation>人工关联</translation>
    </message>
    <message>
        <source>Implied link</source>
        <translation>推断关联</translation>
    </message>
    <message>
        <source>Found path</source>
        <translation>找到的路径</translation>
    </message>
</context>
<context>
    <name>hc::GraphView</name>
    <message>
        <source>Link graph</source>
        <translation>关联图</translation>
    </message>
</context>
<context>
    <name>hc::HeaderMap</name>
    <message>
        <source>The file lacks the required column(s) %1; nothing was imported.</source>
        <translation>文件缺少必填列 %1，未导入任何数据。</translation>
    </message>
    <message>
        <source>This import has no field %1; its fields are %2.</source>
        <translation>此导入没有字段 %1；可用字段为 %2。</translation>
    </message>
    <message>
        <source>The file has no column headed %1 (for %2).</source>
        <translation>文件中没有标题为 %1 的列（用于 %2）。</translation>
    </message>
</context>
<context>
    <name>hc::HelpWindow</name>
    <message>
        <source>Homecoming help</source>
        <translation>Homecoming 帮助</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>帮助：%1</translation>
    </message>
</context>
<context>
    <name>hc::HouseholdDetailDialog</name>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>派出所：</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>覆盖情况：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>有户口</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>最新状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>走访结果</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>排查人数</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>&amp;Correct selected visit…</source>
        <translation>更正所选走访(&amp;C)…</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>户号 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;成员&lt;/b&gt;（%1 人）</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>未排查</translation>
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
        <source>&lt;b&gt;Visits&lt;/b&gt;: none in this operation yet</source>
        <translation>&lt;b&gt;走访记录&lt;/b&gt;：本专项行动中尚无走访</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt; (%1), newest first</source>
        <translation>&lt;b&gt;走访记录&lt;/b&gt;（%1 次），最新在前</translation>
    </message>
    <message numerus="yes">
        <source>Corrected %n time(s)</source>
        <translation>
            <numerusform>已更正 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Photos of selected person…</source>
        <translation>所选人员的照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Photos and documents: %1</source>
        <translation>照片和文件：%1</translation>
    </message>
</context>
<context>
    <name>hc::HouseholdService</name>
    <message>
        <source>There is no household number %1.</source>
        <translation>没有编号为 %1 的户。</translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation>没有户号为 %1 的户。</translation>
    </message>
    <message>
        <source>There is no person number %1.</source>
        <translation>没有编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>This person belongs to no household.</source>
        <translation>此人不属于任何户。</translation>
    </message>
    <message>
        <source>list the households of another station</source>
        <translation>列出其他派出所的户</translation>
    </message>
    <message>
        <source>open households of another station</source>
        <translation>打开其他派出所的户</translation>
    </message>
</context>
<context>
    <name>hc::HouseholdTableModel</name>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>未走访</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>hc::HouseholdsPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Search name, ID number, phone, household no. or address</source>
        <translation>搜索姓名、公民身份号码、电话、户号或地址</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>社区(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Double-click or Enter: details. Ctrl+Enter: visit.</source>
        <translation>双击或按 Enter：查看详情。Ctrl+Enter：走访。</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Visit this household</source>
        <translation>走访此户(&amp;V)</translation>
    </message>
    <message>
        <source>Record a visit to the selected household (Ctrl+Enter)</source>
        <translation>登记对所选户的走访（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Visit this household</source>
        <translation>走访此户</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部社区</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n characters to search.</source>
        <translation>
            <numerusform>请至少输入 %n 个字符再搜索。</numerusform>
        </translation>
    </message>
    <message>
        <source>No household matches</source>
        <translation>没有符合条件的户</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>Stati&amp;on:</source>
        <translation>派出所(&amp;O)：</translation>
    </message>
    <message>
        <source>more as you scroll</source>
        <translation>滚动加载更多</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>共 %Ln 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export households</source>
        <translation>导出住户</translation>
    </message>
    <message>
        <source>Loading every household of the list…</source>
        <translation>正在加载清单中的全部住户…</translation>
    </message>
    <message>
        <source>Print &amp;sheets…</source>
        <translation>打印核查表(&amp;S)…</translation>
    </message>
    <message>
        <source>Door-to-door sheets of the chosen area as a PDF, one page per household</source>
        <translation>将所选社区的入户核查表生成 PDF，每户一页</translation>
    </message>
    <message>
        <source>Door-to-door sheets of %1 as a PDF, one page per household</source>
        <translation>将%1的入户核查表生成 PDF，每户一页</translation>
    </message>
    <message>
        <source>Choose an area first: the sheets are printed per area.</source>
        <translation>请先选择社区：核查表按社区打印。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n household(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 户到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::IdNumber</name>
    <message>
        <source>ID number is empty</source>
        <translation>身份证号为空</translation>
    </message>
    <message>
        <source>ID number length is %1; 15 or 18 characters are expected</source>
        <translation>身份证号长度为 %1 位，应为 15 位或 18 位</translation>
    </message>
    <message>
        <source>character 18 (&quot;%1&quot;) must be a digit or X</source>
        <translation>第 18 位（“%1”）应为数字或 X</translation>
    </message>
    <message>
        <source>character %1 (&quot;%2&quot;) is not a digit</source>
        <translation>第 %1 位（“%2”）不是数字</translation>
    </message>
    <message>
        <source>birth date %1 is not a valid date</source>
        <translation>出生日期 %1 不是有效日期</translation>
    </message>
    <message>
        <source>birth date %1 is before 1900</source>
        <translation>出生日期 %1 早于 1900 年</translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于当前日期</translation>
    </message>
    <message>
        <source>check character is %1, expected %2</source>
        <translation>校验码为 %1，应为 %2</translation>
    </message>
    <message>
        <source>the first six digits %1 are not an administrative division code (GB/T 2260)</source>
        <translation>前六位 %1 不是行政区划代码（GB/T 2260）</translation>
    </message>
</context>
<context>
    <name>hc::ImportDialog</name>
    <message>
        <source>Import household registry</source>
        <translation>导入户籍数据</translation>
    </message>
    <message>
        <source>Households and residents from a registry export. People are matched by ID number and households by household number, so importing a file again updates instead of doubling.</source>
        <translation>从户籍导出文件导入户和人员。人员按公民身份号码匹配，户按户号匹配，因此再次导入同一文件只会更新，不会重复。</translation>
    </message>
    <message>
        <source>Import officer accounts</source>
        <translation>导入民警账号</translation>
    </message>
    <message>
        <source>Officer accounts, matched by badge. Accounts without a password column value get a generated password, shown once after the import.</source>
        <translation>民警账号按警号匹配。密码列为空的账号将生成随机密码，仅在导入后显示一次。</translation>
    </message>
    <message>
        <source>Import field sheets</source>
        <translation>导入走访登记表</translation>
    </message>
    <message>
        <source>Visits typed in from paper field sheets, recorded against the chosen operation. Importing the same sheet again adds nothing.</source>
        <translation>从纸质走访登记表录入的走访记录，记入所选专项行动。重复导入同一登记表不会新增记录。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>专项行动：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>新导入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Rejected rows (not saved)</source>
        <translation>被拒绝的行（未保存）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Data row in the file, the header row not counted</source>
        <translation>文件中的数据行号，不计表头行</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>Generated passwords</source>
        <translation>生成的密码</translation>
    </message>
    <message>
        <source>These passwords are shown only now and are stored only as hashes. Hand them to the officers before closing this dialog.</source>
        <translation>这些密码仅在此显示一次，系统只保存其哈希值。请在关闭此对话框前将密码交给相应民警。</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Copy badges and passwords</source>
        <translation>复制警号和密码</translation>
    </message>
    <message>
        <source>Choose a CSV file to see its encoding, its columns and its first rows.</source>
        <translation>选择 CSV 文件后，将显示其编码、列和前几行数据。</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>%1 of %2 columns recognised.</source>
        <translation>已识别 %1 / %2 列。</translation>
    </message>
    <message>
        <source>Columns this import reads, by English or Chinese header name:</source>
        <translation>本次导入读取的列（表头可用英文名或中文名）：</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>必填：%1</translation>
    </message>
    <message>
        <source>Optional: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <source>Not used by this import: %1</source>
        <translation>本次导入不使用：%1</translation>
    </message>
    <message>
        <source>Not used by this import</source>
        <translation>本次导入不使用此列</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>文件只有表头行，没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>First %n data row(s):</source>
        <translation>
            <numerusform>前 %n 行数据：</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role (%1) may not run this import.</source>
        <translation>您的角色（%1）无权执行此导入。</translation>
    </message>
    <message>
        <source>There is no operation yet; field sheets are recorded against one, so create it first.</source>
        <translation>尚无专项行动；走访登记表需记入某一专项行动，请先创建专项行动。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancelling; everything this import wrote is being rolled back…</source>
        <translation>正在取消，本次导入写入的数据正在回滚…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: all %n row(s) accepted.</source>
        <translation>
            <numerusform>导入完成：全部 %n 行均已接受。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished with %n rejected row(s); the other rows were saved.</source>
        <translation>
            <numerusform>导入完成，%n 行被拒绝；其余各行已保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rejected rows; save them to see all.</source>
        <translation>仅显示 %2 行被拒绝行中的前 %1 行；保存后可查看全部。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-被拒绝的行.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Path of a CSV file or an Excel workbook (.xlsx)</source>
        <translation>CSV 文件或 Excel 工作簿（.xlsx）的路径</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook</source>
        <translation>选择 CSV 文件或 Excel 工作簿</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.xlsx);;All files (*)</source>
        <translation>CSV 文件和 Excel 工作簿 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>hc::ImportPreview</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file lacks the required column(s) %1. Add them to the header row (the English or the Chinese name); Import stays disabled until then.</source>
        <translation>文件缺少必填列 %1。请在表头行中添加这些列（英文名或中文名均可）；在此之前无法导入。</translation>
    </message>
</context>
<context>
    <name>hc::ImportRun</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始数据库事务：%1</translation>
    </message>
    <message>
        <source>The required value is empty.</source>
        <translation>必填项为空。</translation>
    </message>
    <message>
        <source>Row %1: %2 The import was rolled back; nothing was saved.</source>
        <translation>第 %1 行：%2 导入已回滚，未保存任何数据。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message>
        <source>The import was rolled back; nothing was saved.</source>
        <translation>导入已回滚，未保存任何数据。</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>The value is too long: %1 bytes, at most %2.</source>
        <translation>值过长：%1 字节，最多 %2 字节。</translation>
    </message>
    <message>
        <source>The value contains the control character U+%1; only tabs and line breaks are allowed.</source>
        <translation>值中含有控制字符 U+%1；只允许制表符和换行符。</translation>
    </message>
    <message>
        <source>The value is too long: %1 characters, at most %2.</source>
        <translation>值过长：%1 个字符，最多 %2 个字符。</translation>
    </message>
    <message>
        <source>This is a totals row (%1), not a record.</source>
        <translation>这是合计行（%1），不是一条记录。</translation>
    </message>
</context>
<context>
    <name>hc::LeagueService</name>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Visits on time</source>
        <translation>按时录入率</translation>
    </message>
    <message>
        <source>Revisit backlog</source>
        <translation>待复访户数</translation>
    </message>
    <message>
        <source>Verification rate</source>
        <translation>核实率</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>结案数</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>落户数</translation>
    </message>
    <message>
        <source>Operation %1 runs from week 1 to week %2: choose a week in that range.</source>
        <translation>行动%1共分第1周至第%2周，请在此范围内选择周次。</translation>
    </message>
    <message>
        <source>set the weights of the station league</source>
        <translation>设置派出所排名的权重</translation>
    </message>
    <message>
        <source>Each weight is a whole number from 0 to %1.</source>
        <translation>每项权重为0到%1之间的整数。</translation>
    </message>
    <message>
        <source>Give at least one measure a weight above 0.</source>
        <translation>请至少为一项指标设置大于0的权重。</translation>
    </message>
</context>
<context>
    <name>hc::LeagueTab</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Set wei&amp;ghts…</source>
        <translation>设置权重(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>周次(&amp;W)：</translation>
    </message>
    <message>
        <source>Highlighted: the bottom three. Week N is the Nth span of 7 days from the operation&apos;s first day.</source>
        <translation>底色标出的是倒数三名。第 N 周为自行动首日起的第 N 个 7 天。</translation>
    </message>
    <message>
        <source>Whole operation</source>
        <translation>整个行动</translation>
    </message>
    <message>
        <source>Week %1 (%2 – %3)</source>
        <translation>第%1周（%2 – %3）</translation>
    </message>
    <message>
        <source>Choose an operation to see its station league.</source>
        <translation>请选择一个行动以查看派出所排名。</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>权重：%1</translation>
    </message>
    <message>
        <source>⚑ last twice</source>
        <translation>⚑ 连续两周垫底</translation>
    </message>
    <message>
        <source>Export the station league</source>
        <translation>导出派出所排名</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>hc::LeagueText</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Bottom three</source>
        <translation>倒数三名</translation>
    </message>
    <message>
        <source>Last twice</source>
        <translation>连续两周垫底</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Week %1 (%2)</source>
        <translation>第%1周（%2）</translation>
    </message>
    <message>
        <source>Whole operation (%1)</source>
        <translation>整个行动（%1）</translation>
    </message>
    <message>
        <source>%1 · %2 · Weights: %3</source>
        <translation>%1 · %2 · 权重：%3</translation>
    </message>
    <message>
        <source>Last in weeks: %1</source>
        <translation>垫底周次：%1</translation>
    </message>
</context>
<context>
    <name>hc::LeagueWeightsDialog</name>
    <message>
        <source>Weights of the station league</source>
        <translation>派出所排名的权重</translation>
    </message>
    <message>
        <source>How much each measure counts in a station&apos;s score, from 0 (left out) to %1. The score is the weighted mean of the measures, each scaled from the worst station (0) to the best (1).</source>
        <translation>各项指标在派出所得分中所占的分量，从0（不计入）到%1。得分为各项指标的加权平均，每项指标按最差的所（0）到最好的所（1）换算。</translation>
    </message>
</context>
<context>
    <name>hc::LinkDialog</name>
    <message>
        <source>Add link</source>
        <translation>添加关联</translation>
    </message>
    <message>
        <source>How sure you are: 1 is certain, 0.5 a fair guess.</source>
        <translation>把握程度：1 为确定，0.5 为合理推测。</translation>
    </message>
    <message>
        <source>Where this comes from, e.g. the caller&apos;s statement</source>
        <translation>信息来源，例如报警人的陈述</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>可信度：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>hc::LinkGraph</name>
    <message>
        <source>Link %1, added on %2 (command line)</source>
        <translation>关联 %1，于 %2 添加（命令行）</translation>
    </message>
    <message>
        <source>Link %1, added by %2 on %3</source>
        <translation>关联 %1，由 %2 于 %3 添加</translation>
    </message>
    <message>
        <source>Implied: the case&apos;s subject</source>
        <translation>推断：案件当事人</translation>
    </message>
    <message>
        <source>Implied: registered in the household</source>
        <translation>推断：登记在该户</translation>
    </message>
    <message>
        <source>Implied: the person&apos;s phone number on record</source>
        <translation>推断：人员登记的电话号码</translation>
    </message>
    <message>
        <source>Implied: the reporter&apos;s phone number on the case</source>
        <translation>推断：案件报案人的电话号码</translation>
    </message>
    <message>
        <source>Implied: the same ID number written two ways (15/18 digits or x)</source>
        <translation>推断：同一身份证号的两种写法（15/18 位或小写 x）</translation>
    </message>
    <message>
        <source>Implied</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>see links</source>
        <translation>查看关联</translation>
    </message>
</context>
<context>
    <name>hc::LinkJob</name>
    <message>
        <source>Loading the link graph…</source>
        <translation>正在加载关联图…</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>%1 has no links with these filters.</source>
        <translation>在当前筛选条件下，%1 没有任何关联。</translation>
    </message>
    <message>
        <source>Computing key connectors…</source>
        <translation>正在计算关键节点…</translation>
    </message>
    <message>
        <source>No chain of links joins them with these filters.</source>
        <translation>在当前筛选条件下，二者之间没有关联链。</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>正在布局…</translation>
    </message>
</context>
<context>
    <name>hc::LinkService</name>
    <message>
        <source>link entities</source>
        <translation>关联对象</translation>
    </message>
    <message>
        <source>An entity cannot be linked to itself.</source>
        <translation>对象不能与自身关联。</translation>
    </message>
    <message>
        <source>Choose the kind of link.</source>
        <translation>请选择关联类型。</translation>
    </message>
    <message>
        <source>The confidence is between 0 and 1.</source>
        <translation>可信度应在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>A note has at most 1000 characters.</source>
        <translation>备注最多 1000 个字符。</translation>
    </message>
    <message>
        <source>These two are already linked as &quot;%1&quot; (link %2).</source>
        <translation>二者已有“%1”关联（关联 %2）。</translation>
    </message>
    <message>
        <source>There is no link number %1.</source>
        <translation>不存在编号为 %1 的关联。</translation>
    </message>
    <message>
        <source>remove links</source>
        <translation>删除关联</translation>
    </message>
    <message>
        <source>see links</source>
        <translation>查看关联</translation>
    </message>
</context>
<context>
    <name>hc::LinksPage</name>
    <message>
        <source>The entity to analyse; selecting a node in the graph puts it here.</source>
        <translation>要分析的对象；在图中选中节点会填入此处。</translation>
    </message>
    <message>
        <source>The other end, for Find path.</source>
        <translation>查找路径的另一端。</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Path to:</source>
        <translation>路径终点：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Link kinds</source>
        <translation>关联类型</translation>
    </message>
    <message>
        <source>Leave out links less certain than this.</source>
        <translation>不显示可信度低于此值的关联。</translation>
    </message>
    <message>
        <source> links</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <source>Min. confidence:</source>
        <translation>最低可信度：</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>周边关系</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>查找路径</translation>
    </message>
    <message>
        <source>Key connectors</source>
        <translation>关键节点</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>添加关联…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>删除关联</translation>
    </message>
    <message>
        <source>Select a typed link in the graph first; implied links cannot be removed.</source>
        <translation>请先在图中选中一条人工关联；推断关联不能删除。</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>导出为 PNG 图片…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>导出为 SVG 图形…</translation>
    </message>
    <message>
        <source>Choose the other end of the path under &quot;Path to&quot;.</source>
        <translation>请在“路径终点”中选择路径的另一端。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Showing the nearest %n entities; the rest are left out.</source>
        <translation>
            <numerusform>显示最近的 %n 个对象，其余未显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities shown.</source>
        <translation>
            <numerusform>显示 %n 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>No cluster of links holds two cases or more.</source>
        <translation>没有包含两个及以上案件的关联群。</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) hold two cases or more; the first is drawn. Activate a row to draw another.</source>
        <translation>
            <numerusform>%n 个关联群包含两个及以上案件；图中显示第一个。激活某一行可显示其他关联群。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>对象数</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>案件</translation>
    </message>
    <message numerus="yes">
        <source>The strongest chain: %n link(s), strength %1 (the product of the confidences).</source>
        <translation>
            <numerusform>最强关联链：%n 步，强度 %1（各可信度之积）。</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>Key connectors of a cluster of %n entities (betweenness: how many shortest chains pass through).</source>
        <translation>
            <numerusform>含 %n 个对象的关联群中的关键节点（中介中心度：经过该节点的最短关联链数量）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>中介中心度</translation>
    </message>
    <message numerus="yes">
        <source>Everything within %n link(s), nearest first.</source>
        <translation>
            <numerusform>%n 步之内的所有对象，由近及远。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster, %n entities.</source>
        <translation>
            <numerusform>该关联群，共 %n 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Link %1 added.</source>
        <translation>已添加关联 %1。</translation>
    </message>
    <message>
        <source>Remove the link &quot;%1&quot; between %2 and %3?</source>
        <translation>删除 %2 与 %3 之间的“%1”关联？</translation>
    </message>
    <message>
        <source>Link %1 removed.</source>
        <translation>已删除关联 %1。</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>暂无可导出的内容。</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>导出为 SVG</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>导出为 PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>hc::ListPage</name>
    <message numerus="yes">
        <source>%1, %Ln shown</source>
        <translation>
            <numerusform>%1，已显示 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Save the rows as a CSV file or an Excel workbook.</source>
        <translation>将这些行保存为 CSV 文件或 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>hc::LockDialog</name>
    <message>
        <source>Homecoming is locked</source>
        <translation>Homecoming 已锁定</translation>
    </message>
    <message>
        <source>The session of %1 (%2) was locked after a time without use. Enter the password to go on where you left off.</source>
        <translation>%1（%2）的会话因一段时间未操作已锁定。输入密码即可从中断处继续。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>hc::LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>登记(&amp;L)</translation>
    </message>
    <message>
        <source>Write down the call as it comes in, then what came of it.</source>
        <translation>边接听边记录来电内容，然后填写处理结果。</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 为必填项</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Leave empty for an anonymous caller</source>
        <translation>匿名来电可不填</translation>
    </message>
    <message>
        <source>e.g. SZ2026-00042</source>
        <translation>例如 SZ2026-00042</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Stati&amp;on:</source>
        <translation>派出所(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>线路(&amp;L)：</translation>
    </message>
    <message>
        <source>Offic&amp;er&apos;s phone:</source>
        <translation>民警电话(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>来电人(&amp;C)：</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;number:</source>
        <translation>来电号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;What was reported:</source>
        <translation>反映情况(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ase no.:</source>
        <translation>案件编号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Missing person:</source>
        <translation>失踪人员(&amp;M)：</translation>
    </message>
    <message>
        <source>Last &amp;seen at:</source>
        <translation>最后出现地点(&amp;S)：</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>年龄(&amp;G)：</translation>
    </message>
    <message>
        <source>Reason for no acti&amp;on:</source>
        <translation>未处理原因(&amp;O)：</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s number.</source>
        <translation>请填写来电号码。</translation>
    </message>
    <message>
        <source>Write down what the caller reported.</source>
        <translation>请填写来电人反映的情况。</translation>
    </message>
    <message>
        <source>Choose the station that took the call.</source>
        <translation>请选择接听来电的派出所。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Enter the case the call adds a lead to.</source>
        <translation>请填写来电作为线索补充的案件。</translation>
    </message>
    <message>
        <source>Enter the missing person&apos;s name.</source>
        <translation>请填写失踪人员姓名。</translation>
    </message>
    <message>
        <source>Enter where the person was last seen.</source>
        <translation>请填写最后出现地点。</translation>
    </message>
    <message>
        <source>Say why nothing was done.</source>
        <translation>请写明未处理的原因。</translation>
    </message>
</context>
<context>
    <name>hc::MainWindow</name>
    <message>
        <source>Homecoming</source>
        <translation>Homecoming 失踪人口排查</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Homecoming</source>
        <translation>关于 Homecoming(&amp;A)</translation>
    </message>
    <message>
        <source>About Homecoming</source>
        <translation>关于 Homecoming</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Homecoming %1&lt;/h3&gt;&lt;p&gt;Case management for missing-person sweeps.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite (FTS5), Boost.Graph, libsodium (Argon2id), ICU (GB18030) and libcsv.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Homecoming %1&lt;/h3&gt;&lt;p&gt;失踪人口排查专项行动案件管理系统。&lt;/p&gt;&lt;p&gt;基于 Qt %2、SQLite (FTS5)、Boost.Graph、libsodium (Argon2id)、ICU (GB18030) 和 libcsv 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>专项行动：</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Homecoming database</source>
        <translation>打开 Homecoming 数据库</translation>
    </message>
    <message>
        <source>Homecoming databases (*.db *.homecoming);;All files (*)</source>
        <translation>Homecoming 数据库 (*.db *.homecoming);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>No operation yet</source>
        <translation>尚无专项行动</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4</source>
        <translation>%1（%2），%3，%4</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies when Homecoming is started again.</source>
        <translation>新的语言将在下次启动 Homecoming 时生效。</translation>
    </message>
    <message>
        <source>Visit entry</source>
        <translation>走访登记</translation>
    </message>
    <message>
        <source>Revisits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>去向核实</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>无户口人员</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Import &amp;registry…</source>
        <translation>导入户籍数据(&amp;R)…</translation>
    </message>
    <message>
        <source>Import &amp;officers…</source>
        <translation>导入民警账号(&amp;O)…</translation>
    </message>
    <message>
        <source>Import &amp;field sheets…</source>
        <translation>导入走访登记表(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>(no other database used recently)</source>
        <translation>（最近没有使用其他数据库）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Database: %1 · Operation: %2</source>
        <translation>数据库：%1 · 专项行动：%2</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Found persons</source>
        <translation>身份不明人员</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复人员</translation>
    </message>
    <message>
        <source>Missing vs found</source>
        <translation>失踪与发现比对</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联分析</translation>
    </message>
    <message>
        <source>Operation &amp;report…</source>
        <translation>专项行动报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计面板</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>工作措施</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password, then the new one twice.</source>
        <translation>请输入当前密码，再输入两次新密码。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Op&amp;erations…</source>
        <translation>专项行动(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 (%2 – %3, closed)</source>
        <translation>%1（%2 – %3，已结束）</translation>
    </message>
    <message>
        <source>Untraced</source>
        <translation>未查清人员</translation>
    </message>
    <message>
        <source>Help for this &amp;page</source>
        <translation>本页帮助(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>落户跟踪</translation>
    </message>
    <message>
        <source>Crimes</source>
        <translation>刑事案件</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>来电记录</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;PFIF…</source>
        <translation>导出 PFIF(&amp;P)…</translation>
    </message>
    <message>
        <source>Import P&amp;FIF…</source>
        <translation>导入 PFIF(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>hc::MarkVocabulary</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Mark %1: choose what kind of mark it is.</source>
        <translation>第%1项特征：请选择特征类型。</translation>
    </message>
    <message>
        <source>Mark %1: choose where on the body it is.</source>
        <translation>第%1项特征：请选择身体部位。</translation>
    </message>
    <message>
        <source>Mark %1: the description is longer than 500 characters.</source>
        <translation>第%1项特征：描述超过500个字符。</translation>
    </message>
</context>
<context>
    <name>hc::MarksEditor</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Identifying marks</source>
        <translation>体表特征</translation>
    </message>
    <message>
        <source>Add mark</source>
        <translation>添加特征</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>删除特征</translation>
    </message>
</context>
<context>
    <name>hc::MatchCandidatesDialog</name>
    <message>
        <source>Found people who may be this missing person</source>
        <translation>可能是该失踪人员的已发现人员</translation>
    </message>
    <message>
        <source>Missing people this person may be</source>
        <translation>此人可能是的失踪人员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>身高</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Why this candidate scored:</source>
        <translation>该候选的得分理由：</translation>
    </message>
    <message>
        <source>Ranking candidates…</source>
        <translation>正在排序候选…</translation>
    </message>
    <message>
        <source>No candidate; %1 ruled out by sex, age or time.</source>
        <translation>没有候选；%1 个因性别、年龄或时间被排除。</translation>
    </message>
    <message>
        <source>%1 candidates, best first; %2 ruled out by sex, age or time.</source>
        <translation>候选 %1 个，按得分从高到低；%2 个因性别、年龄或时间被排除。</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>&amp;Confirm match…</source>
        <translation>确认比中(&amp;C)…</translation>
    </message>
    <message>
        <source>The found person is the missing one: the case is closed (found alive, or found deceased for remains) and the record identified.</source>
        <translation>发现人员即失踪人员：案件结案（找回；遗体则为已死亡），并将该记录标记为已查明身份。</translation>
    </message>
    <message>
        <source>Why this is not the person (needed to rule out)</source>
        <translation>为何不是本人（排除时必填）</translation>
    </message>
    <message>
        <source>R&amp;ule out</source>
        <translation>排除(&amp;U)</translation>
    </message>
    <message>
        <source>Confirm that found person %1 is the missing person? The case is closed and the record marked identified.</source>
        <translation>确认发现人员 %1 即失踪人员？案件将结案，该记录将标记为已查明身份。</translation>
    </message>
    <message>
        <source>Confirm that this person is the subject of case %1? The case is closed and the record marked identified.</source>
        <translation>确认此人即案件 %1 的失踪人员？案件将结案，该记录将标记为已查明身份。</translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation>确认比中</translation>
    </message>
    <message>
        <source>Match confirmed: case %1 closed (%2), record %3 identified.</source>
        <translation>已确认比中：案件 %1 已结案（%2），记录 %3 已查明身份。</translation>
    </message>
    <message>
        <source>%1 ruled out; it is no longer ranked here.</source>
        <translation>已排除 %1；不再列入比对结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) ruled out by an investigator.</source>
        <translation>
            <numerusform>%n 对已由侦查员排除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unregistered person, household %1</source>
        <translation>无户口人员，户号%1</translation>
    </message>
    <message>
        <source>An unregistered person found in the sweep (registration stage: %1); open the household to follow up.</source>
        <translation>排查中发现的无户口人员（落户进度：%1）；请打开该户继续核查。</translation>
    </message>
    <message>
        <source>Unregistered person %1 (household %2)</source>
        <translation>无户口人员%1（户号%2）</translation>
    </message>
</context>
<context>
    <name>hc::MatchDecisionService</name>
    <message>
        <source>confirm matches</source>
        <translation>确认比中</translation>
    </message>
    <message>
        <source>Case %1 is already closed.</source>
        <translation>案件 %1 已结案。</translation>
    </message>
    <message>
        <source>Found-person record %1 is no longer open (%2).</source>
        <translation>发现人员记录 %1 已不在待查状态（%2）。</translation>
    </message>
    <message>
        <source>Identified as found person %1 (%2, %3).</source>
        <translation>经比对确认为发现人员 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>rule out matches</source>
        <translation>排除比对</translation>
    </message>
    <message>
        <source>Say why this person is not the one missing.</source>
        <translation>请说明此人为何不是失踪人员。</translation>
    </message>
    <message>
        <source>%1 and %2 are already ruled out.</source>
        <translation>%1 与 %2 已经排除。</translation>
    </message>
    <message>
        <source>There is no person %1 found living unregistered.</source>
        <translation>没有被发现无户口居住的人员%1。</translation>
    </message>
    <message>
        <source>%1 and person %2 are already ruled out.</source>
        <translation>%1与人员%2已被排除。</translation>
    </message>
</context>
<context>
    <name>hc::MatchPhotos</name>
    <message>
        <source>Missing person</source>
        <translation>失踪人员</translation>
    </message>
    <message>
        <source>Found person</source>
        <translation>身份不明人员</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>hc::MatchReasons</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>hc::MatchScore</name>
    <message>
        <source>Capped at %1.</source>
        <translation>封顶为%1分。</translation>
    </message>
    <message>
        <source>Raised to %1: a score is not lower.</source>
        <translation>提高到%1分：得分不低于此值。</translation>
    </message>
</context>
<context>
    <name>hc::MissingFoundMatcher</name>
    <message>
        <source>match missing and found people</source>
        <translation>比对失踪人员与已发现人员</translation>
    </message>
    <message>
        <source>There is no case number %1.</source>
        <translation>没有编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>There is no found-person record number %1.</source>
        <translation>没有编号为 %1 的发现人员记录。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>There is no found-person record %1.</source>
        <translation>没有发现人员记录 %1。</translation>
    </message>
    <message>
        <source>Sex not known on both sides.</source>
        <translation>一方性别不详。</translation>
    </message>
    <message>
        <source>Same sex (%1).</source>
        <translation>性别相同（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n day(s) after last seen.</source>
        <translation>
            <numerusform>最后出现后 %n 天被发现。</numerusform>
        </translation>
    </message>
    <message>
        <source>Age about %1 when found, within the estimated %2.</source>
        <translation>发现时约 %1 岁，在估计范围 %2 之内。</translation>
    </message>
    <message numerus="yes">
        <source>Age about %1 when found, %n year(s) outside the estimated %2.</source>
        <translation>
            <numerusform>发现时约 %1 岁，超出估计范围 %2 %n 岁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Height %1 cm against %2 cm.</source>
        <translation>身高 %1 厘米，对比 %2 厘米。</translation>
    </message>
    <message>
        <source>Same station (%1).</source>
        <translation>同一派出所（%1）。</translation>
    </message>
    <message>
        <source>Places share %1.</source>
        <translation>地点有共同部分：%1。</translation>
    </message>
    <message>
        <source>Same name (%1).</source>
        <translation>姓名相同（%1）。</translation>
    </message>
    <message>
        <source>Name %1 is part of %2.</source>
        <translation>姓名 %1 是 %2 的一部分。</translation>
    </message>
    <message>
        <source>Names sound alike (%1).</source>
        <translation>姓名读音相同（%1）。</translation>
    </message>
    <message>
        <source>Names sound similar (%1, %2).</source>
        <translation>姓名读音相近（%1，%2）。</translation>
    </message>
    <message>
        <source>Different name (%1).</source>
        <translation>姓名不同（%1）。</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>（姓名不详）</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>%1 年出生</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
    <message>
        <source>last seen %1 %2</source>
        <translation>最后出现 %1 %2</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>（未提供姓名）</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>年龄 %1</translation>
    </message>
    <message>
        <source>found %1 %2</source>
        <translation>发现于 %1 %2</translation>
    </message>
    <message>
        <source>Born about %1, as the subject (%2).</source>
        <translation>约%1年出生，与失踪人员（%2年）相符。</translation>
    </message>
    <message numerus="yes">
        <source>Born about %1, %n year(s) from the subject&apos;s %2.</source>
        <translation>
            <numerusform>约%1年出生，与失踪人员的%2年相差%n年。</numerusform>
        </translation>
    </message>
    <message>
        <source>Same mark: %1, %2.</source>
        <translation>相同特征：%1，%2。</translation>
    </message>
    <message>
        <source>Same mark: %1, %2 (%3).</source>
        <translation>相同特征：%1，%2（%3）。</translation>
    </message>
    <message>
        <source>Similar mark: %1, %2 against %3.</source>
        <translation>相近特征：%1，%2 与 %3。</translation>
    </message>
</context>
<context>
    <name>hc::MissingFoundPanel</name>
    <message>
        <source>Rank the unidentified people found (shelters, hospitals, remains) against a missing person&apos;s case, or the open cases against a person found. Each candidate shows why it scored: sex, age, height, place, time and name.</source>
        <translation>将身份不明的已发现人员（救助站、医院、遗体）与失踪人员案件比对排序，或将未结案件与某一已发现人员比对排序。每个候选都显示得分理由：性别、年龄、身高、地点、时间和姓名。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Found-person record number</source>
        <translation>发现人员记录编号</translation>
    </message>
    <message>
        <source>e.g. SZ2026-00012 or WM2026-00012</source>
        <translation>例如 SZ2026-00012 或 WM2026-00012</translation>
    </message>
    <message>
        <source>&amp;Show candidates</source>
        <translation>显示候选(&amp;S)</translation>
    </message>
    <message>
        <source>Type a case number.</source>
        <translation>请输入案件编号。</translation>
    </message>
    <message>
        <source>Type a found-person record number.</source>
        <translation>请输入发现人员记录编号。</translation>
    </message>
</context>
<context>
    <name>hc::NewAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation>警号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>派出所(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The user must choose a new password at the first sign-in</source>
        <translation>用户首次登录时须设置新密码</translation>
    </message>
    <message>
        <source>You know this password; the user replaces it with one only they know.</source>
        <translation>此密码您已知晓；用户须换成只有自己知道的密码。</translation>
    </message>
</context>
<context>
    <name>hc::OfficerChooser</name>
    <message>
        <source>Name or badge</source>
        <translation>姓名或警号</translation>
    </message>
</context>
<context>
    <name>hc::OfficerImporter</name>
    <message>
        <source>import officer accounts</source>
        <translation>导入民警账号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (officer, supervisor, investigator, admin or 民警, 督导, 侦查员, 管理员).</source>
        <translation>“%1”不是有效角色（请填 officer, supervisor, investigator, admin 或 民警、督导、侦查员、管理员）。</translation>
    </message>
    <message>
        <source>Badge %1 appears twice in this file.</source>
        <translation>警号 %1 在本文件中重复出现。</translation>
    </message>
    <message>
        <source>There is no station named %1 (import the registry first).</source>
        <translation>没有名为 %1 的派出所（请先导入户籍数据）。</translation>
    </message>
</context>
<context>
    <name>hc::OperationCharts</name>
    <message>
        <source>Households covered</source>
        <translation>已完成户数</translation>
    </message>
    <message>
        <source>Covered (cumulative)</source>
        <translation>已完成（累计）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>日均走访</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Covered (%)</source>
        <translation>完成率（%）</translation>
    </message>
    <message>
        <source>Latest status of the persons screened</source>
        <translation>已排查人员的最新状态</translation>
    </message>
    <message>
        <source>Cases over time</source>
        <translation>案件进展</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Found alive</source>
        <translation>找回</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>解救</translation>
    </message>
    <message>
        <source>Found deceased</source>
        <translation>已死亡</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln visit(s)</source>
        <translation>
            <numerusform>%1：%Ln 次走访</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::OperationDialog</name>
    <message>
        <source>Change the operation %1</source>
        <translation>修改专项行动 %1</translation>
    </message>
    <message>
        <source>New operation</source>
        <translation>新建专项行动</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Every station, including stations imported later</source>
        <translation>全部派出所（含以后导入的派出所）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Households to cover:</source>
        <translation>目标走访户数：</translation>
    </message>
    <message>
        <source>Stations:</source>
        <translation>派出所：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Tick the stations in scope, or choose every station.</source>
        <translation>请勾选参加的派出所，或选择全部派出所。</translation>
    </message>
</context>
<context>
    <name>hc::OperationService</name>
    <message>
        <source>create operations</source>
        <translation>创建专项行动</translation>
    </message>
    <message>
        <source>An operation needs a name.</source>
        <translation>专项行动必须有名称。</translation>
    </message>
    <message>
        <source>The start date is missing or not a date (YYYY-MM-DD).</source>
        <translation>开始日期缺失或格式有误（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The end date is missing or not a date (YYYY-MM-DD).</source>
        <translation>结束日期缺失或格式有误（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>结束日期 %1 早于开始日期 %2。</translation>
    </message>
    <message>
        <source>The household target cannot be negative.</source>
        <translation>目标户数不能为负数。</translation>
    </message>
    <message>
        <source>An operation named %1 already exists.</source>
        <translation>名为 %1 的专项行动已存在。</translation>
    </message>
    <message>
        <source>There is no station named %1.</source>
        <translation>没有名为 %1 的派出所。</translation>
    </message>
    <message>
        <source>There is no operation named %1.</source>
        <translation>没有名为 %1 的专项行动。</translation>
    </message>
    <message>
        <source>There is no operation number %1.</source>
        <translation>没有编号为 %1 的专项行动。</translation>
    </message>
    <message>
        <source>change operations</source>
        <translation>修改专项行动</translation>
    </message>
    <message>
        <source>close operations</source>
        <translation>结束专项行动</translation>
    </message>
    <message>
        <source>The operation %1 is already closed.</source>
        <translation>专项行动 %1 已经结束。</translation>
    </message>
    <message>
        <source>reopen closed operations</source>
        <translation>重新开启已结束的专项行动</translation>
    </message>
    <message>
        <source>The operation %1 is not closed.</source>
        <translation>专项行动 %1 尚未结束。</translation>
    </message>
    <message>
        <source>The operation %1 was closed on %2 and is read-only.</source>
        <translation>专项行动 %1 已于 %2 结束，只能查看，不能修改。</translation>
    </message>
</context>
<context>
    <name>hc::OperationsDialog</name>
    <message>
        <source>Operations</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Households to cover</source>
        <translation>目标户数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New operation…</source>
        <translation>新建专项行动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lose operation…</source>
        <translation>结束专项行动(&amp;L)…</translation>
    </message>
    <message>
        <source>A closed operation is read-only: no more visits, cases or follow-up in it.</source>
        <translation>已结束的专项行动只能查看：不能再登记走访、案件或跟进。</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新开启(&amp;R)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>every station</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>closed %1 by %2</source>
        <translation>%1 由 %2 结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Saved the operation %1.</source>
        <translation>已保存专项行动 %1。</translation>
    </message>
    <message>
        <source>Close the operation?</source>
        <translation>结束专项行动？</translation>
    </message>
    <message>
        <source>Close %1? It becomes read-only: no more visits, cases or follow-up can be recorded in it.</source>
        <translation>结束 %1？结束后只能查看：不能再登记走访、案件或跟进。</translation>
    </message>
    <message>
        <source>The operation %1 is closed and read-only.</source>
        <translation>专项行动 %1 已结束，只能查看。</translation>
    </message>
    <message>
        <source>The operation %1 is open again.</source>
        <translation>专项行动 %1 已重新开启。</translation>
    </message>
</context>
<context>
    <name>hc::OverviewPage</name>
    <message>
        <source>Operation figures</source>
        <translation>专项行动数据</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Search people and households</source>
        <translation>查询人员和户</translation>
    </message>
    <message>
        <source>Name, ID number, phone, household number or address</source>
        <translation>姓名、身份证号、电话、户号或住址</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name / household</source>
        <translation>姓名 / 户号</translation>
    </message>
    <message>
        <source>ID number / address</source>
        <translation>身份证号 / 住址</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>未找到与“%1”相关的结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>共 %n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
</context>
<context>
    <name>hc::PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>重复新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least 10 characters; several words that do not belong together are easy to remember and hard to guess.</source>
        <translation>至少 10 个字符；几个互不相关的词语既好记又难猜。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>hc::PasswordPolicy</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>it is built on a common word or password</source>
        <translation>它基于常见单词或常用密码</translation>
    </message>
    <message>
        <source>it contains the badge number or the name</source>
        <translation>它包含警号或姓名</translation>
    </message>
    <message>
        <source>it repeats characters or a pattern</source>
        <translation>它重复了字符或某种模式</translation>
    </message>
    <message>
        <source>it contains a sequence such as abc or 1234</source>
        <translation>它包含 abc 或 1234 这样的序列</translation>
    </message>
    <message>
        <source>it follows a keyboard pattern such as qwerty</source>
        <translation>它沿用了 qwerty 这样的键盘排列</translation>
    </message>
    <message>
        <source>it contains a date or a year</source>
        <translation>它包含日期或年份</translation>
    </message>
    <message>
        <source>it is short for the characters it uses</source>
        <translation>就所用字符而言它太短</translation>
    </message>
    <message>
        <source>This password is too easy to guess: %1. Make it longer with words or characters that do not belong together.</source>
        <translation>此密码太容易被猜到：%1。请用互不相关的词语或字符把它加长。</translation>
    </message>
</context>
<context>
    <name>hc::PersonFoundDialog</name>
    <message>
        <source>Person found at this address</source>
        <translation>在此地址发现的人员</translation>
    </message>
    <message>
        <source>Someone living here without household registration. They go on the list for the registration office.</source>
        <translation>居住在此但无户籍的人员，将列入户籍登记工作名单。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>Approximate &amp;birth year:</source>
        <translation>大约出生年份(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>无户籍</translation>
    </message>
    <message>
        <source>Someone registered at another address who lives or stays here: they are checked with this visit and keep their registration.</source>
        <translation>户籍在别处、现居住或暂住于此的人员：随本次走访一并排查，其户籍不变。</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Registered elsewhere</source>
        <translation>户籍在别处</translation>
    </message>
</context>
<context>
    <name>hc::PersonMergeService</name>
    <message>
        <source>There is no person number %1.</source>
        <translation>没有编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>merge people</source>
        <translation>合并人员</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation>不能将人员与其自身合并。</translation>
    </message>
    <message>
        <source>dismiss possible duplicates</source>
        <translation>排除疑似重复</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>请选择两个不同的人员。</translation>
    </message>
    <message>
        <source>The two records changed while they were merged.</source>
        <translation>合并过程中两条记录已被更改。</translation>
    </message>
    <message>
        <source>compare people&apos;s records</source>
        <translation>比对人员档案</translation>
    </message>
</context>
<context>
    <name>hc::PfifDialog</name>
    <message>
        <source>Export PFIF</source>
        <translation>导出 PFIF</translation>
    </message>
    <message>
        <source>Import PFIF</source>
        <translation>导入 PFIF</translation>
    </message>
    <message>
        <source>Missing and found people as PFIF 1.4 person and note records, for other agencies and Person Finder. Only the records you may read are written.</source>
        <translation>将失踪人员和已发现人员导出为 PFIF 1.4 人员记录和备注记录，供其他机构及 Person Finder 使用。只导出您有权查看的记录。</translation>
    </message>
    <message>
        <source>PFIF 1.4 records of another agency: new people become public-report cases or found-person records, their notes leads; records already here are not added again.</source>
        <translation>其他机构的 PFIF 1.4 记录：新人员成为群众报案案件或已发现人员记录，其备注成为线索；本库已有的记录不会重复添加。</translation>
    </message>
    <message>
        <source>(no file chosen)</source>
        <translation>（未选择文件）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>Open and investigating cases</source>
        <translation>待办和侦查中的案件</translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>不含案件</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>Found-person records</source>
        <translation>已发现人员记录</translation>
    </message>
    <message>
        <source>Station for new records:</source>
        <translation>新记录所属派出所：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>PFIF XML (*.xml);;All files (*)</source>
        <translation>PFIF XML (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>%1 cases, %2 found-person records and %3 notes written to %4.</source>
        <translation>已将 %1 个案件、%2 条已发现人员记录和 %3 条备注写入 %4。</translation>
    </message>
    <message>
        <source>Record ids of this database begin with %1/.</source>
        <translation>本数据库的记录编号以 %1/ 开头。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1 records: %2 imported, %3 already known, %4 rejected.</source>
        <translation>共 %1 条记录：导入 %2 条，已有 %3 条，拒绝 %4 条。</translation>
    </message>
    <message>
        <source>Record %1 (%2): %3</source>
        <translation>第 %1 条记录（%2）：%3</translation>
    </message>
    <message>
        <source>Cancelling; nothing of this import is saved…</source>
        <translation>正在取消，本次导入的内容都不会保存…</translation>
    </message>
</context>
<context>
    <name>hc::PfifService</name>
    <message>
        <source>There is no case number %1.</source>
        <translation>不存在编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The note belongs to the person record &quot;%1&quot;, which is not here.</source>
        <translation>该备注属于人员记录“%1”，但本库中没有该记录。</translation>
    </message>
    <message>
        <source>The person_record_id &quot;%1&quot; is not DOMAIN/ID.</source>
        <translation>person_record_id“%1”不是“域名/编号”格式。</translation>
    </message>
    <message>
        <source>The note_record_id &quot;%1&quot; is not DOMAIN/ID.</source>
        <translation>note_record_id“%1”不是“域名/编号”格式。</translation>
    </message>
    <message>
        <source>import PFIF records</source>
        <translation>导入 PFIF 记录</translation>
    </message>
    <message>
        <source>Choose the station that takes the received cases and records.</source>
        <translation>请选择接收这些案件和记录的派出所。</translation>
    </message>
    <message>
        <source>import records into another station</source>
        <translation>向其他派出所导入记录</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>hc::PgCopy</name>
    <message>
        <source>Copying rows into %1 failed: %2</source>
        <translation>向 %1 复制数据行失败：%2</translation>
    </message>
    <message>
        <source>COPY needs a PostgreSQL connection.</source>
        <translation>COPY 需要 PostgreSQL 连接。</translation>
    </message>
    <message>
        <source>the copy has ended</source>
        <translation>复制已结束</translation>
    </message>
</context>
<context>
    <name>hc::PublicReportDialog</name>
    <message>
        <source>New case from a public report</source>
        <translation>根据群众报案立档</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>When the caller knows the age but not the birth year.</source>
        <translation>报警人只知道年龄、不知道出生年份时填写。</translation>
    </message>
    <message>
        <source>Only if the person is in the registry</source>
        <translation>仅当此人在户籍中时填写</translation>
    </message>
    <message>
        <source>Or a&amp;ge:</source>
        <translation>或年龄(&amp;G)：</translation>
    </message>
    <message>
        <source>Registered &amp;ID number:</source>
        <translation>户籍身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>立档(&amp;O)</translation>
    </message>
    <message>
        <source>Write down what the caller says. The caller&apos;s name and phone number, the missing person&apos;s name, where they were last seen and what was reported are needed.</source>
        <translation>记录报警人所述内容。报警人姓名和电话、失踪人员姓名、最后出现地点和报警内容为必填项。</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s name.</source>
        <translation>请填写报警人姓名。</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation>请填写报警人电话。</translation>
    </message>
    <message>
        <source>Enter where the person was last seen.</source>
        <translation>请填写最后出现地点。</translation>
    </message>
    <message>
        <source>Write down what the caller reported.</source>
        <translation>请记录报警内容。</translation>
    </message>
    <message>
        <source>Required, unless the registered ID number is given.</source>
        <translation>必填，已填写户籍身份证号的除外。</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 为必填项</translation>
    </message>
    <message>
        <source>High by the rule: %1</source>
        <translation>按规则为高风险：%1</translation>
    </message>
</context>
<context>
    <name>hc::RegistrationDialog</name>
    <message>
        <source>Registration file</source>
        <translation>落户档案</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Proof of birth</source>
        <translation>出生证明</translation>
    </message>
    <message>
        <source>Parents&apos; registration</source>
        <translation>父母户籍证明</translation>
    </message>
    <message>
        <source>A DNA test is needed</source>
        <translation>需做DNA鉴定</translation>
    </message>
    <message>
        <source>DNA test result in hand</source>
        <translation>DNA鉴定结果已取得</translation>
    </message>
    <message>
        <source>Court or village certificate</source>
        <translation>法院或村（居）委会证明</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>Create a new household:</source>
        <translation>新立户：</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Take this step</source>
        <translation>办理此步</translation>
    </message>
    <message>
        <source>Next &amp;stage:</source>
        <translation>下一阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Officer responsible:</source>
        <translation>责任民警(&amp;O)：</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>材料：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>落户户号(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, found at %2 (%3, %4) on %5.&lt;br&gt;Stage: &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%5在%2（%3，%4）发现。&lt;br&gt;当前阶段：&lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>; officer responsible: %1</source>
        <translation>；责任民警：%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Registered in household %1 with ID number %2</source>
        <translation>&lt;br&gt;已落户至%1，身份证号%2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Closed: %1 %2</source>
        <translation>&lt;br&gt;已结案：%1 %2</translation>
    </message>
</context>
<context>
    <name>hc::RegistrationPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>发现地户号</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Latest step</source>
        <translation>最近办理</translation>
    </message>
    <message>
        <source>Officer responsible</source>
        <translation>责任民警</translation>
    </message>
    <message>
        <source>Days without progress</source>
        <translation>未推进天数</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开档案…</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>&amp;No progress for 30 days</source>
        <translation>30天无进展(&amp;N)</translation>
    </message>
    <message>
        <source>Stati&amp;on:</source>
        <translation>派出所(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>No registration file matches.</source>
        <translation>没有符合条件的落户档案。</translation>
    </message>
    <message numerus="yes">
        <source>%n registration file(s)</source>
        <translation>
            <numerusform>落户档案%n份</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>hc::RegistrationService</name>
    <message>
        <source>Found, not referred</source>
        <translation>已发现，未移交</translation>
    </message>
    <message>
        <source>Referred to the registration desk</source>
        <translation>已移交户籍窗口</translation>
    </message>
    <message>
        <source>Documents gathered</source>
        <translation>材料已收齐</translation>
    </message>
    <message>
        <source>Application filed</source>
        <translation>已提交申请</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记户口</translation>
    </message>
    <message>
        <source>ID card issued</source>
        <translation>已办理身份证</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合落户条件</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已迁离</translation>
    </message>
    <message>
        <source>Registered elsewhere</source>
        <translation>已在他处落户</translation>
    </message>
    <message>
        <source>Person %1 was not found living without registration.</source>
        <translation>人员%1不是排查中发现的无户口人员。</translation>
    </message>
    <message>
        <source>see the registration files of another station</source>
        <translation>查看其他派出所的落户档案</translation>
    </message>
    <message>
        <source>The stage is referred, documents, filed, registered, id_card or closed.</source>
        <translation>阶段应为 referred、documents、filed、registered、id_card 或 closed。</translation>
    </message>
    <message>
        <source>The file of %1 is at &quot;%2&quot;; it moves on to &quot;%3&quot; next.</source>
        <translation>%1的档案处于“%2”阶段，下一步应为“%3”。</translation>
    </message>
    <message>
        <source>The file of %1 is %2; it takes no further step.</source>
        <translation>%1的档案%2，不再办理后续步骤。</translation>
    </message>
    <message>
        <source>Enter the date of this step.</source>
        <translation>请填写本步骤的日期。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The date is before the previous step (%1).</source>
        <translation>日期早于上一步骤（%1）。</translation>
    </message>
    <message>
        <source>Tick the documents gathered.</source>
        <translation>请勾选已收齐的材料。</translation>
    </message>
    <message>
        <source>A DNA test is needed: tick it once the result is in.</source>
        <translation>需做DNA鉴定：取得结果后再勾选。</translation>
    </message>
    <message>
        <source>The reason is not_eligible, moved_away or registered_elsewhere.</source>
        <translation>原因应为 not_eligible、moved_away 或 registered_elsewhere。</translation>
    </message>
    <message>
        <source>Choose the officer responsible.</source>
        <translation>请选择责任民警。</translation>
    </message>
    <message>
        <source>There is no active account number %1.</source>
        <translation>没有编号为%1的在用账号。</translation>
    </message>
    <message>
        <source>%1 works at another station than %2&apos;s.</source>
        <translation>%1与%2不属于同一派出所。</translation>
    </message>
    <message>
        <source>This ID number is of a %1; %2 is recorded as a %3.</source>
        <translation>该身份证号为%1性；%2登记为%3性。</translation>
    </message>
    <message>
        <source>man</source>
        <translation>男</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>女</translation>
    </message>
    <message>
        <source>The ID number %1 is already held by another person.</source>
        <translation>身份证号%1已被他人使用。</translation>
    </message>
    <message>
        <source>Choose the household the person joins, or create one.</source>
        <translation>请选择落户的户，或新立户。</translation>
    </message>
    <message>
        <source>Household %1 exists already.</source>
        <translation>户号%1已存在。</translation>
    </message>
    <message>
        <source>%1 was found at no household: join an existing one.</source>
        <translation>%1不是在某户中发现的：请落户到现有的户。</translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation>没有户号为%1的户。</translation>
    </message>
    <message>
        <source>Household %1 belongs to another station.</source>
        <translation>户号%1属于其他派出所。</translation>
    </message>
    <message>
        <source>update registration files</source>
        <translation>办理落户档案</translation>
    </message>
    <message>
        <source>update the registration files of another station</source>
        <translation>办理其他派出所的落户档案</translation>
    </message>
    <message>
        <source>There is no active account with badge %1.</source>
        <translation>没有警号为%1的在用账号。</translation>
    </message>
</context>
<context>
    <name>hc::RegistryCopyStore</name>
    <message>
        <source>The server gave no new household numbers.</source>
        <translation>服务器没有分配新的户编号。</translation>
    </message>
    <message>
        <source>Household %1 is not part of this import.</source>
        <translation>户 %1 不属于本次导入。</translation>
    </message>
</context>
<context>
    <name>hc::RegistryImportStore</name>
    <message>
        <source>Household %1 vanished during the import.</source>
        <translation>户 %1 在导入过程中已不存在。</translation>
    </message>
    <message>
        <source>The SQLite driver handle is not available.</source>
        <translation>无法获取 SQLite 驱动句柄。</translation>
    </message>
</context>
<context>
    <name>hc::RegistryImporter</name>
    <message>
        <source>import the registry</source>
        <translation>导入户籍数据</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex (use 男/女, M/F or male/female).</source>
        <translation>“%1”不是有效性别（请填 男/女、M/F 或 male/female）。</translation>
    </message>
    <message>
        <source>Sex %1 contradicts the ID number, which is that of a %2.</source>
        <translation>性别“%1”与身份证号不符（按身份证号应为%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（请按 YYYY-MM-DD 填写）。</translation>
    </message>
    <message>
        <source>Birth date %1 contradicts the ID number, which gives %2.</source>
        <translation>出生日期 %1 与身份证号不符（按身份证号应为 %2）。</translation>
    </message>
    <message>
        <source>ID number %1 already appears in row %2 of this file.</source>
        <translation>身份证号 %1 已在本文件第 %2 行出现。</translation>
    </message>
    <message>
        <source>Person %1 vanished during the import.</source>
        <translation>人员 %1 在导入过程中已不存在。</translation>
    </message>
</context>
<context>
    <name>hc::ReportCharts</name>
    <message>
        <source>Coverage per station</source>
        <translation>各派出所覆盖率</translation>
    </message>
    <message>
        <source>Households covered against the target</source>
        <translation>累计覆盖户数与目标</translation>
    </message>
    <message>
        <source>Persons by latest screening status</source>
        <translation>人员最新排查状态</translation>
    </message>
</context>
<context>
    <name>hc::ReportCsv</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::ReportDialog</name>
    <message>
        <source>Operation report</source>
        <translation>专项行动报告</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Build again</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose an operation first (the Operation box above the screens).</source>
        <translation>请先选择专项行动（界面上方的“专项行动”框）。</translation>
    </message>
    <message>
        <source>Operation report: %1</source>
        <translation>专项行动报告：%1</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>正在汇总数据…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>%1 stations, %2 open high-risk cases. Print it, save it as PDF or export the tables.</source>
        <translation>%1 个派出所，%2 起未结高风险案件。可打印、另存为 PDF 或导出表格。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个 CSV 文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>%1报告.pdf</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the report&apos;s CSV files</source>
        <translation>报告 CSV 文件的文件夹</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>导出 E&amp;xcel…</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个工作表写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 report.xlsx</source>
        <translation>%1报告.xlsx</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables to Excel</source>
        <translation>将报告的表格导出为 Excel</translation>
    </message>
</context>
<context>
    <name>hc::ReportDocument</name>
    <message>
        <source>Operation report: %1</source>
        <translation>专项行动报告：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Missing-person sweep: operation report</source>
        <translation>失踪人口排查专项行动报告</translation>
    </message>
    <message>
        <source>All stations (%1)</source>
        <translation>全部派出所（%1个）</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s): %1</source>
        <translation>
            <numerusform>%n 个派出所：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stations in scope</source>
        <translation>范围内派出所</translation>
    </message>
    <message>
        <source>Households in scope</source>
        <translation>范围内户数</translation>
    </message>
    <message>
        <source>Target households</source>
        <translation>目标户数</translation>
    </message>
    <message>
        <source>Households covered</source>
        <translation>覆盖户数</translation>
    </message>
    <message>
        <source>%1 (%2 of those in scope)</source>
        <translation>%1（占范围内户数的%2）</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>主要成果</translation>
    </message>
    <message>
        <source>Per sub-bureau</source>
        <translation>各分局</translation>
    </message>
    <message>
        <source>Per station</source>
        <translation>各派出所</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>No high-risk case is open.</source>
        <translation>没有未结的高风险案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n open high-risk case(s), oldest first.</source>
        <translation>
            <numerusform>未结高风险案件 %n 起，按立案先后排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Narrowed to</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the headline sentence, then the calls&apos;</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Photos of case %1 (%2)</source>
        <translation>案件 %1（%2）的照片</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5, %6 (%7, %8).</source>
        <comment>the headline sentence: households visited, person-checks, found or rescued, crimes cracked, families reunited, unregistered people found (registered since, given ID cards)</comment>
        <translation>%1，%2，%3，%4，%5，%6（%7、%8）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s) visited</source>
        <translation>
            <numerusform>走访群众%Ln户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-check(s)</source>
        <translation>
            <numerusform>排查%Ln人次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing people found or rescued</source>
        <translation>
            <numerusform>找回、解救各类失踪人员%Ln名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln families reunited</source>
        <translation>
            <numerusform>%Ln个家庭重获团圆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unregistered people found</source>
        <translation>
            <numerusform>发现无户口人员%Ln名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered since</source>
        <translation>
            <numerusform>其中已登记户口%Ln名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln given ID card(s)</source>
        <translation>
            <numerusform>办理身份证%Ln名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReportService</name>
    <message>
        <source>produce the operation report</source>
        <translation>生成专项行动报告</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>(no sub-bureau)</source>
        <translation>（无分局）</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>片区 %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>hc::ReportTables</name>
    <message>
        <source>Sub-bureau</source>
        <translation>分局</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Whereabouts unknown</source>
        <translation>下落不明</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Found or rescued</source>
        <translation>找回或解救</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>主要成果</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Per sub-bureau</source>
        <translation>各分局</translation>
    </message>
    <message>
        <source>Per station</source>
        <translation>各派出所</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每日进度</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Households covered (cumulative)</source>
        <translation>累计覆盖户数</translation>
    </message>
    <message>
        <source>Persons by latest screening status</source>
        <translation>人员最新排查状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Open high-risk cases</source>
        <translation>未结高风险案件</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>失踪人员</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>已立案天数</translation>
    </message>
    <message>
        <source>Last lead</source>
        <translation>最新线索</translation>
    </message>
    <message>
        <source>Last lead on</source>
        <translation>线索日期</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n homicide(s)</source>
        <translation>
            <numerusform>命案%n起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kidnapping(s)</source>
        <translation>
            <numerusform>绑架案%n起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trafficking case(s)</source>
        <translation>
            <numerusform>拐卖案%n起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other crime(s)</source>
        <translation>
            <numerusform>其他刑事案件%n起</numerusform>
        </translation>
    </message>
    <message>
        <source>no crimes cracked</source>
        <translation>未破获刑事案件</translation>
    </message>
    <message>
        <source>cracked %1</source>
        <translation>破获%1</translation>
    </message>
    <message>
        <source>Station league of the whole operation (weights: %1)</source>
        <translation>整个行动的派出所排名（权重：%1）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>%1, last twice</source>
        <translation>%1，连续两周垫底</translation>
    </message>
    <message>
        <source>Top three</source>
        <translation>前三名</translation>
    </message>
    <message>
        <source>Bottom three</source>
        <translation>倒数三名</translation>
    </message>
    <message>
        <source>%1 calls taken on the hotline and officers&apos; published phones opened %2 cases.</source>
        <translation>接听热线及民警公开电话来电%1个，据此立案%2起。</translation>
    </message>
</context>
<context>
    <name>hc::ReportXlsx</name>
    <message>
        <source>Headline</source>
        <translation>主要成果</translation>
    </message>
    <message>
        <source>Sub-bureaus</source>
        <translation>各分局</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>各派出所</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>每日进度</translation>
    </message>
    <message>
        <source>Screening status</source>
        <translation>排查状态</translation>
    </message>
    <message>
        <source>High-risk cases</source>
        <translation>高风险案件</translation>
    </message>
    <message>
        <source>League</source>
        <translation>派出所排名</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>hc::ReunionBox</name>
    <message>
        <source>Family reunion</source>
        <translation>家庭团聚</translation>
    </message>
    <message>
        <source>Choose how</source>
        <translation>选择团聚方式</translation>
    </message>
    <message>
        <source>The subject&apos;s household, or a name for the kin group</source>
        <translation>当事人所在户，或填写亲属组名称</translation>
    </message>
    <message>
        <source>Two people returning to one family count as one family reunited: give their reunions the same kin group when they have no household in common.</source>
        <translation>两人回到同一个家庭只计一个家庭团圆：如不在同一户，请为他们的团聚填写相同的亲属组。</translation>
    </message>
    <message>
        <source>Record &amp;reunion</source>
        <translation>登记团聚(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Take back reunion</source>
        <translation>撤销团聚(&amp;T)</translation>
    </message>
    <message>
        <source>Reunited &amp;on:</source>
        <translation>团聚日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;How: *</source>
        <translation>团聚方式(&amp;H)：*</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>家庭(&amp;F)：</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>Reunited with the family on %1, %2. Family: %3.</source>
        <translation>已于 %1 与家人团聚（%2）。家庭：%3。</translation>
    </message>
    <message>
        <source>No reunion is recorded yet. Record it when the person is home.</source>
        <translation>尚未登记团聚。当事人回家后请在此登记。</translation>
    </message>
    <message>
        <source>No reunion is recorded.</source>
        <translation>未登记团聚。</translation>
    </message>
    <message>
        <source>A reunion is recorded once the case closed with the person found alive or rescued.</source>
        <translation>案件以找到（平安）或获救结案后，方可登记家庭团聚。</translation>
    </message>
    <message>
        <source>Choose how the family was reunited.</source>
        <translation>请选择家庭团聚的方式。</translation>
    </message>
    <message>
        <source>Family reunion recorded.</source>
        <translation>家庭团聚已登记。</translation>
    </message>
    <message>
        <source>The reunion was taken back.</source>
        <translation>家庭团聚已撤销。</translation>
    </message>
</context>
<context>
    <name>hc::ReunionService</name>
    <message>
        <source>In person</source>
        <translation>当面团聚</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>视频团聚</translation>
    </message>
    <message>
        <source>At the station</source>
        <translation>在派出所团聚</translation>
    </message>
    <message>
        <source>record reunions for the cases of another station</source>
        <translation>为其他派出所的案件登记家庭团圆</translation>
    </message>
    <message>
        <source>record family reunions</source>
        <translation>登记家庭团圆</translation>
    </message>
    <message>
        <source>There is no case number %1.</source>
        <translation>没有编号为%1的案件。</translation>
    </message>
    <message>
        <source>Case %1 did not close with the person found alive or rescued: there is no one to reunite.</source>
        <translation>案件%1未以找回或解救结案：无人可团聚。</translation>
    </message>
    <message>
        <source>Enter the date of the reunion.</source>
        <translation>请填写团聚日期。</translation>
    </message>
    <message>
        <source>The date of the reunion is in the future.</source>
        <translation>团聚日期晚于今天。</translation>
    </message>
    <message>
        <source>Choose how the family was reunited: in person, by video or at the station.</source>
        <translation>请选择团聚方式：当面、视频或在派出所。</translation>
    </message>
    <message>
        <source>The family of case %1 is already recorded as reunited.</source>
        <translation>案件%1的家庭已登记为团圆。</translation>
    </message>
    <message>
        <source>No reunion is recorded for case %1.</source>
        <translation>案件%1未登记家庭团圆。</translation>
    </message>
    <message>
        <source>open the cases of another station</source>
        <translation>查看其他派出所的案件</translation>
    </message>
    <message>
        <source>The reunion cannot be before the person was found (%1).</source>
        <translation>团聚日期不能早于找到当事人的日期（%1）。</translation>
    </message>
</context>
<context>
    <name>hc::RevisitsPage</name>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <source>Assigned officer</source>
        <translation>负责民警</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>已指派给您</translation>
    </message>
    <message>
        <source>Visit this household</source>
        <translation>走访此户</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>指派给…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose an operation to see its revisits.</source>
        <translation>请选择专项行动以查看待回访户。</translation>
    </message>
    <message>
        <source>No household waits for a revisit.</source>
        <translation>暂无待回访户。</translation>
    </message>
    <message>
        <source>Households waiting for a revisit: %1</source>
        <translation>待回访户：%1</translation>
    </message>
    <message>
        <source>Assign household %1 to:</source>
        <translation>将住户 %1 分派给：</translation>
    </message>
    <message>
        <source>The household&apos;s station has no active officer.</source>
        <translation>该住户所属派出所没有在岗民警。</translation>
    </message>
    <message>
        <source>Choose the officer who will go: type part of the name or the badge.</source>
        <translation>请选择前往的民警：输入姓名或警号的一部分。</translation>
    </message>
    <message>
        <source>Household %1 is assigned to %2.</source>
        <translation>住户 %1 已分派给 %2。</translation>
    </message>
</context>
<context>
    <name>hc::Roles</name>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>侦查员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
</context>
<context>
    <name>hc::Scope</name>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）无权%2。</translation>
    </message>
</context>
<context>
    <name>hc::SearchService</name>
    <message>
        <source>Type at least 2 characters to search.</source>
        <translation>请至少输入 2 个字符再查询。</translation>
    </message>
</context>
<context>
    <name>hc::ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>When all the city&apos;s stations work on one PostgreSQL server, enter the server and database your IT staff gave you. You sign in next, with your badge number and password.</source>
        <translation>全市各派出所共用一台 PostgreSQL 服务器时，请填写信息技术人员提供的服务器和数据库。下一步用警号和密码登录。</translation>
    </message>
    <message>
        <source>e.g. db.police.local</source>
        <translation>例如 db.police.local</translation>
    </message>
    <message>
        <source>The server&apos;s host name or address, or the folder of its Unix socket (beginning with /).</source>
        <translation>服务器的主机名或地址，或其 Unix 套接字所在的文件夹（以 / 开头）。</translation>
    </message>
    <message>
        <source>e.g. homecoming</source>
        <translation>例如 homecoming</translation>
    </message>
    <message>
        <source>&amp;Server: *</source>
        <translation>服务器(&amp;S)：*</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database: *</source>
        <translation>数据库(&amp;D)：*</translation>
    </message>
    <message>
        <source>Continue to sign-in</source>
        <translation>继续登录</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or socket folder.</source>
        <translation>请填写服务器的主机名或套接字文件夹。</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>请填写数据库名称。</translation>
    </message>
</context>
<context>
    <name>hc::ServerSecurity</name>
    <message>
        <source>The badge number %1 is too long for a server account.</source>
        <translation>警号 %1 太长，无法用作服务器账户。</translation>
    </message>
    <message>
        <source>The server security script is missing from this program.</source>
        <translation>本程序缺少服务器安全脚本。</translation>
    </message>
    <message>
        <source>Cannot set up the server&apos;s roles and policies: %1</source>
        <translation>无法在服务器上设置角色和安全策略：%1</translation>
    </message>
</context>
<context>
    <name>hc::SheetService</name>
    <message>
        <source>There is no area named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的社区。</translation>
    </message>
    <message>
        <source>%1 (station %2)</source>
        <translation>编号 %1（%2）</translation>
    </message>
    <message>
        <source>Several stations have an area named &quot;%1&quot;: give its number: %2.</source>
        <translation>多个派出所都有名为“%1”的社区，请给出其编号：%2。</translation>
    </message>
    <message>
        <source>print door-to-door sheets</source>
        <translation>打印入户核查表</translation>
    </message>
    <message>
        <source>There is no operation number %1.</source>
        <translation>没有编号为 %1 的行动。</translation>
    </message>
    <message>
        <source>There is no area number %1.</source>
        <translation>没有编号为 %1 的社区。</translation>
    </message>
    <message>
        <source>print the sheets of another station&apos;s area</source>
        <translation>打印其他派出所社区的核查表</translation>
    </message>
    <message>
        <source>Every household of %1 is covered: there is nothing to print.</source>
        <translation>%1的所有住户均已核查完毕，无需打印。</translation>
    </message>
    <message>
        <source>%1 has no households.</source>
        <translation>%1没有住户。</translation>
    </message>
</context>
<context>
    <name>hc::SheetsDialog</name>
    <message>
        <source>Print door-to-door sheets</source>
        <translation>打印入户核查表</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>Only households not yet covered</source>
        <translation>仅未完成核查的住户</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>One A4 page per household: the residents as registered (ID numbers masked), a box for each status and a QR code visit entry reads.</source>
        <translation>每户一页 A4：登记在册的人员（公民身份号码已隐去中间位）、每种状态一个勾选框，以及走访登记可扫描的二维码。</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>生成 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>Save the sheets as</source>
        <translation>核查表另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 页核查表写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing the sheets…</source>
        <translation>正在生成核查表…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>hc::SignInDialog</name>
    <message>
        <source>Sign in to Homecoming</source>
        <translation>登录 Homecoming</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation>警号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo database: sign in as &lt;b&gt;admin&lt;/b&gt; or any officer&apos;s badge; every password is &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>演示数据库：请用 &lt;b&gt;admin&lt;/b&gt; 或任一民警的警号登录，密码均为 &lt;b&gt;demo&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Server database: %1</source>
        <translation>服务器数据库：%1</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <source>This server database has no accounts yet: run homecoming-cli server init first.</source>
        <translation>此服务器数据库还没有账户：请先运行 homecoming-cli server init。</translation>
    </message>
    <message>
        <source>Your password is a temporary one: you sign in once you have set your own.</source>
        <translation>您的密码是临时密码：设置自己的密码后才能登录。</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>%1, your password was set by an administrator or brought over from another database. Choose your own now, twice; you sign in with it from now on.</source>
        <translation>%1，您的密码由管理员设置或从另一个数据库迁移而来。请现在设置您自己的密码（输入两次），此后用它登录。</translation>
    </message>
</context>
<context>
    <name>hc::StartDialog</name>
    <message>
        <source>Homecoming — choose a database</source>
        <translation>Homecoming — 选择数据库</translation>
    </message>
    <message>
        <source>Recent databases (double-click to open):</source>
        <translation>最近使用的数据库（双击打开）：</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>新建数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open a Homecoming database</source>
        <translation>打开 Homecoming 数据库</translation>
    </message>
    <message>
        <source>Homecoming databases (*.db *.homecoming);;All files (*)</source>
        <translation>Homecoming 数据库 (*.db *.homecoming);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Create a Homecoming database</source>
        <translation>新建 Homecoming 数据库</translation>
    </message>
    <message>
        <source>Homecoming databases (*.db *.homecoming)</source>
        <translation>Homecoming 数据库 (*.db *.homecoming)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Homecoming keeps a sweep&apos;s households, visits and cases in one database file, or on the city&apos;s server. Open the file your station uses, create a new one, or connect to the server.</source>
        <translation>Homecoming 将清查的住户、走访和案件保存在一个数据库文件中，或保存在全市的服务器上。请打开本所使用的文件、新建一个文件，或连接服务器。</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>hc::StatsService</name>
    <message>
        <source>There is no operation number %1.</source>
        <translation>没有编号为 %1 的专项行动。</translation>
    </message>
</context>
<context>
    <name>hc::TableExportDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>hc::UnregisteredPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose an operation to see the unregistered people it found.</source>
        <translation>请选择专项行动以查看发现的无户口人员。</translation>
    </message>
    <message>
        <source>No unregistered person found yet.</source>
        <translation>尚未发现无户口人员。</translation>
    </message>
    <message>
        <source>Unregistered people found: %1</source>
        <translation>已发现无户口人员：%1</translation>
    </message>
    <message>
        <source>Export unregistered people</source>
        <translation>导出无户口人员</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of unregistered people to %1.</source>
        <translation>
            <numerusform>已导出 %n 行未登记人员到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::UntracedPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Unknown since</source>
        <translation>去向不明起始</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Take off the list…</source>
        <translation>移出名单…</translation>
    </message>
    <message>
        <source>Supervisors: close a person who cannot be traced and needs no case, with the reason.</source>
        <translation>督导：对无法查清且无需立案的人员，说明原因后移出名单。</translation>
    </message>
    <message>
        <source>Choose an operation to see who is still untraced.</source>
        <translation>请选择专项行动以查看仍未查清的人员。</translation>
    </message>
    <message>
        <source>Nobody is untraced: every person whose whereabouts were unknown is traced or has a case.</source>
        <translation>没有未查清人员：去向不明的人员均已查清或已立案。</translation>
    </message>
    <message>
        <source>Whereabouts unknown and no case: %1. Each stays here until traced, a case is opened, or a supervisor closes it.</source>
        <translation>去向不明且未立案：%1 人。每人都保留在名单上，直到查清、立案或由督导关闭。</translation>
    </message>
    <message>
        <source>Take off the untraced list</source>
        <translation>移出未查清名单</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, household %2: whereabouts unknown since %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，户号 %2：自 %3 起去向不明。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>%1 is off the untraced list; the reason is kept.</source>
        <translation>%1 已移出未查清名单，原因已记录。</translation>
    </message>
</context>
<context>
    <name>hc::UserService</name>
    <message>
        <source>There is no account with badge %1.</source>
        <translation>没有警号为 %1 的账号。</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator creates further ones.</source>
        <translation>该数据库已有账号；其他账号须由管理员创建。</translation>
    </message>
    <message>
        <source>Enter a badge number.</source>
        <translation>请输入警号。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>请输入管理员姓名。</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>无法计算密码哈希（内存不足）。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>尝试失败次数过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation>警号或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>查看账户列表</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>There is already an account with badge %1.</source>
        <translation>警号 %1 的账户已存在。</translation>
    </message>
    <message>
        <source>There is no station %1.</source>
        <translation>没有名为 %1 的派出所。</translation>
    </message>
    <message>
        <source>An officer or a supervisor belongs to a station.</source>
        <translation>民警和督导必须属于某个派出所。</translation>
    </message>
    <message>
        <source>enable accounts</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator.</source>
        <translation>%1 是最后一个在用的管理员。</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Only a signed-in user can change their password.</source>
        <translation>只有已登录的用户才能修改自己的密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>hc::VerificationPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Away since</source>
        <translation>外出登记时间</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>标记为已核实…</translation>
    </message>
    <message>
        <source>Choose an operation to see whose whereabouts need verifying.</source>
        <translation>请选择专项行动以查看去向待核实的人员。</translation>
    </message>
    <message>
        <source>Nobody&apos;s whereabouts wait for verification.</source>
        <translation>暂无去向待核实的人员。</translation>
    </message>
    <message>
        <source>People whose whereabouts need verifying: %1</source>
        <translation>去向待核实人员：%1</translation>
    </message>
    <message>
        <source>Select a person to see the number to call.</source>
        <translation>选择一名人员以查看联系电话。</translation>
    </message>
    <message>
        <source>No phone on record for %1.</source>
        <translation>%1 无登记电话。</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>致电 %1：%2</translation>
    </message>
    <message>
        <source>The whereabouts of %1 are recorded as verified.</source>
        <translation>%1 的去向已登记为已核实。</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>未成功核实次数</translation>
    </message>
    <message>
        <source>%1 (last: %2, %3)</source>
        <translation>%1 次（最近：%2，%3）</translation>
    </message>
    <message>
        <source>Failed attempt…</source>
        <translation>核实未成功…</translation>
    </message>
    <message>
        <source>Unreachable, a wrong number or refused to say: the person stays on the list.</source>
        <translation>联系不上、号码错误或拒绝告知：此人仍保留在名单上。</translation>
    </message>
    <message>
        <source>Failed attempt at verifying</source>
        <translation>核实未成功</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, household %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，户号 %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Record the attempt</source>
        <translation>登记此次核实</translation>
    </message>
    <message>
        <source>The failed attempt for %1 is recorded; they stay on the list.</source>
        <translation>已登记 %1 的未成功核实，此人仍在名单上。</translation>
    </message>
</context>
<context>
    <name>hc::VerifyDialog</name>
    <message>
        <source>Mark whereabouts verified</source>
        <translation>标记去向已核实</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, household %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，户号 %2</translation>
    </message>
    <message>
        <source>No phone on record.</source>
        <translation>无登记电话。</translation>
    </message>
    <message>
        <source>Phone on record: %1</source>
        <translation>登记电话：%1</translation>
    </message>
    <message>
        <source>Where the person is, e.g. city and employer</source>
        <translation>人员现在何处，如所在城市及工作单位</translation>
    </message>
    <message>
        <source>Whereabouts:</source>
        <translation>去向：</translation>
    </message>
    <message>
        <source>How verified:</source>
        <translation>核实方式：</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>标记为已核实</translation>
    </message>
</context>
<context>
    <name>hc::VisitEntryPage</name>
    <message>
        <source>Household number, then Enter</source>
        <translation>输入户号后按回车</translation>
    </message>
    <message>
        <source>&amp;Next household</source>
        <translation>下一户(&amp;N)</translation>
    </message>
    <message>
        <source>The next household of your station not yet covered (F3)</source>
        <translation>本所下一个尚未覆盖的户（F3）</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>户：</translation>
    </message>
    <message>
        <source>Choose a household: type its number or press Next household.</source>
        <translation>请选择户：输入户号，或点击“下一户”。</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>走访结果：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Status (keys 1-7)</source>
        <translation>状态（按键 1-7）</translation>
    </message>
    <message>
        <source>A: all remaining present    Ctrl+Enter: save and next    Ctrl+Z: undo</source>
        <translation>A：其余全部在户    Ctrl+Enter：保存并进入下一户    Ctrl+Z：撤销</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>核实方式：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Add &amp;person found here…</source>
        <translation>登记在此发现的人员(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save and next (Ctrl+Enter)</source>
        <translation>保存并下一户(&amp;S)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>走访结果</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>found here</source>
        <translation>在此发现</translation>
    </message>
    <message>
        <source>No household after %1 is waiting for a visit.</source>
        <translation>%1 之后没有待走访的户。</translation>
    </message>
    <message>
        <source>— press 1-7 —</source>
        <translation>— 按 1-7 —</translation>
    </message>
    <message>
        <source>Details for %1</source>
        <translation>%1 的详细信息</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>迁往：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>去向：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>All remaining present</source>
        <translation>其余全部在户</translation>
    </message>
    <message>
        <source>%1 was added to the household.</source>
        <translation>已将 %1 登记到该户。</translation>
    </message>
    <message>
        <source>Choose a household first.</source>
        <translation>请先选择户。</translation>
    </message>
    <message>
        <source>Row %1 (%2): set a status (keys 1-7, or A for all remaining present).</source>
        <translation>第 %1 行（%2）：请设置状态（按 1-7，或按 A 将其余全部设为在户）。</translation>
    </message>
    <message>
        <source>Saved the visit to %1.</source>
        <translation>已保存 %1 的走访记录。</translation>
    </message>
    <message>
        <source>Open a missing-person case?</source>
        <translation>是否立失踪人员档案？</translation>
    </message>
    <message>
        <source>%1&apos;s whereabouts are unknown. Open a missing-person case now?</source>
        <translation>%1 下落不明。现在立失踪人员档案吗？</translation>
    </message>
    <message>
        <source>Correcting the visit of %1. Saving replaces it; the correction is kept in the household&apos;s history.</source>
        <translation>正在更正 %1 的走访记录。保存后将替换原记录，更正情况保留在该户的历史中。</translation>
    </message>
    <message>
        <source>Corrected the visit to %1.</source>
        <translation>已更正 %1 的走访记录。</translation>
    </message>
    <message>
        <source>%1 is already in this visit.</source>
        <translation>%1 已在本次走访中。</translation>
    </message>
    <message>
        <source>registered at %1</source>
        <translation>户籍在 %1</translation>
    </message>
    <message>
        <source>%1 (registered at %2) was added to this visit.</source>
        <translation>已将 %1（户籍在 %2）加入本次走访。</translation>
    </message>
    <message>
        <source>registered elsewhere</source>
        <translation>户籍在别处</translation>
    </message>
    <message>
        <source>The operation runs from %1 to %2: the visit date is set to %3; change it to the date on the form.</source>
        <translation>专项行动期间为 %1 至 %2：走访日期已设为 %3，请改为登记表上的日期。</translation>
    </message>
    <message>
        <source>F3: next household    Away, verified: type where, Enter, then 1-4 for how it was verified</source>
        <translation>F3：下一户    外出（已核实）：填写去向，按 Enter，再按 1-4 选择核实方式</translation>
    </message>
    <message>
        <source>Keys 1-%1 choose how the whereabouts were verified and return to the residents.</source>
        <translation>按 1-%1 选择去向核实方式并返回人员列表。</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>Your entries are kept in the form. Try again now, or later with Save.</source>
        <translation>您填写的内容仍保留在表单中。可以现在重试，或稍后点“保存”。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>The visit was corrected meanwhile</source>
        <translation>这次走访已被他人更正</translation>
    </message>
    <message>
        <source>&amp;Keep my entries</source>
        <translation>保留我的填写(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Show the current version</source>
        <translation>查看当前版本(&amp;S)</translation>
    </message>
    <message>
        <source>Your entries are kept. Save again to replace version %1 with them.</source>
        <translation>您的填写已保留。再次保存将用它替换第 %1 版。</translation>
    </message>
</context>
<context>
    <name>hc::VisitImporter</name>
    <message>
        <source>import field sheets</source>
        <translation>导入走访登记表</translation>
    </message>
    <message>
        <source>There is no household %1 in the registry.</source>
        <translation>户籍数据中没有户号为 %1 的户。</translation>
    </message>
    <message>
        <source>There is no officer with badge %1.</source>
        <translation>没有警号为 %1 的民警。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (use YYYY-MM-DD HH:MM or YYYY/M/D H:MM).</source>
        <translation>“%1”不是有效时间（请按 YYYY-MM-DD HH:MM 或 YYYY/M/D H:MM 填写）。</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 晚于当前时间。</translation>
    </message>
    <message>
        <source>%1 is outside the operation&apos;s dates (%2 to %3).</source>
        <translation>%1 不在专项行动期间（%2 至 %3）内。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a visit outcome (%2).</source>
        <translation>“%1”不是有效的走访结果（可填：%2）。</translation>
    </message>
    <message>
        <source>A person row needs a screening status.</source>
        <translation>人员行须填写排查状态。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a screening status (%2).</source>
        <translation>“%1”不是有效的排查状态（可填：%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way of verifying (%2).</source>
        <translation>“%1”不是有效的核实方式（可填：%2）。</translation>
    </message>
    <message>
        <source>A person without an ID number can only have the status unregistered_found.</source>
        <translation>无身份证号的人员，排查状态只能为 unregistered_found（无户口人员）。</translation>
    </message>
    <message>
        <source>People can only be screened on a completed visit, not %1.</source>
        <translation>只有走访结果为“已走访”时才能登记排查人员，本次为“%1”。</translation>
    </message>
    <message>
        <source>A status was given but no ID number or name of the person.</source>
        <translation>填写了排查状态，但未填写人员的身份证号或姓名。</translation>
    </message>
    <message>
        <source>Another row of this visit gives the outcome %1.</source>
        <translation>本次走访的另一行填写的走访结果为“%1”，两者不一致。</translation>
    </message>
</context>
<context>
    <name>hc::VisitService</name>
    <message>
        <source>There is no household number %1.</source>
        <translation>没有编号为 %1 的户。</translation>
    </message>
    <message>
        <source>record visits</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>Visits are recorded by a signed-in officer.</source>
        <translation>走访须由已登录的民警登记。</translation>
    </message>
    <message>
        <source>Choose the outcome of the visit.</source>
        <translation>请选择走访结果。</translation>
    </message>
    <message>
        <source>Enter the time of the visit.</source>
        <translation>请填写走访时间。</translation>
    </message>
    <message>
        <source>The time of the visit is in the future.</source>
        <translation>走访时间晚于当前时间。</translation>
    </message>
    <message>
        <source>The visit is outside the operation&apos;s dates (%1 to %2).</source>
        <translation>走访时间不在专项行动期间（%1 至 %2）内。</translation>
    </message>
    <message>
        <source>People are screened only on a completed visit, not on &quot;%1&quot;.</source>
        <translation>只有走访结果为“已走访”时才能登记排查人员，本次为“%1”。</translation>
    </message>
    <message>
        <source>Row %1: this person does not live in the household.</source>
        <translation>第 %1 行：此人不属于该户。</translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>%1 is screened twice in this visit.</source>
        <translation>%1 在本次走访中重复登记。</translation>
    </message>
    <message>
        <source>%1: choose a status.</source>
        <translation>%1：请选择排查状态。</translation>
    </message>
    <message>
        <source>%1 is registered; &quot;unregistered person found&quot; is for people without registration.</source>
        <translation>%1 已有户籍；“无户口人员”仅用于没有户籍的人员。</translation>
    </message>
    <message>
        <source>%1: say where the person is.</source>
        <translation>%1：请填写去向。</translation>
    </message>
    <message>
        <source>%1: say how the whereabouts were verified.</source>
        <translation>%1：请选择核实方式。</translation>
    </message>
    <message>
        <source>%1: how it was verified applies only to verified whereabouts.</source>
        <translation>%1：核实方式仅适用于“外出（去向已核实）”。</translation>
    </message>
    <message>
        <source>%1: a date applies only to a death or a move.</source>
        <translation>%1：日期仅适用于死亡或迁出。</translation>
    </message>
    <message>
        <source>%1: the date is after the visit.</source>
        <translation>%1：日期晚于走访时间。</translation>
    </message>
    <message>
        <source>You already recorded a visit to this household at this time.</source>
        <translation>您已在此时间登记过该户的走访。</translation>
    </message>
    <message>
        <source>There is no visit number %1.</source>
        <translation>没有编号为 %1 的走访记录。</translation>
    </message>
    <message>
        <source>A visit can be corrected by its officer on the day it was entered, and by a supervisor at any time.</source>
        <translation>走访记录可由登记民警在登记当天更正，督导可随时更正。</translation>
    </message>
    <message>
        <source>A correction cannot move a visit to another household or operation; record a new visit instead.</source>
        <translation>更正不能把走访记录改到其他户或其他专项行动；请另行登记新的走访。</translation>
    </message>
    <message>
        <source>add people found at an address</source>
        <translation>登记在该址发现的人员</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (as they give it).</source>
        <translation>请填写此人姓名（按本人自述）。</translation>
    </message>
    <message>
        <source>Choose male or female, or leave it open.</source>
        <translation>请选择男或女，也可暂不填写。</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation>出生年份须在 1900 至 %1 之间。</translation>
    </message>
    <message>
        <source>Nobody with ID number %1 is in the registry.</source>
        <translation>户籍数据中没有身份证号为 %1 的人员。</translation>
    </message>
    <message>
        <source>A case was opened from the screening of %1 in this visit; the correction must keep that person&apos;s screening.</source>
        <translation>本次走访中已根据%1的排查记录立档；更正时须保留此人的排查记录。</translation>
    </message>
    <message>
        <source>%1: a case is opened only for a person whose whereabouts are unknown.</source>
        <translation>%1：只有下落不明的人员才能立案。</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>已立案 %1。</translation>
    </message>
    <message>
        <source>record or open visits to households of another station</source>
        <translation>登记或打开其他派出所辖区户的走访</translation>
    </message>
    <message>
        <source>look up people by ID number</source>
        <translation>按身份证号查找人员</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>%1 corrected this visit at %2 while you were correcting it: it is now version %3, and you began from version %4. Nothing of your correction was saved; look at the current version, then enter your correction again.</source>
        <translation>在您更正期间，%1 已于 %2 更正了这次走访：现在是第 %3 版，而您是从第 %4 版开始更正的。您的更正没有保存；请查看当前版本后重新填写更正。</translation>
    </message>
</context>
<context>
    <name>hc::Vocabulary</name>
    <message>
        <source>Completed</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人在家</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝配合</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Demolished</source>
        <translation>已拆除</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>查无此址</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>在户</translation>
    </message>
    <message>
        <source>Away, whereabouts verified</source>
        <translation>外出（去向已核实）</translation>
    </message>
    <message>
        <source>Away, whereabouts unverified</source>
        <translation>外出（去向待核实）</translation>
    </message>
    <message>
        <source>Whereabouts unknown</source>
        <translation>下落不明</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Unregistered person found</source>
        <translation>无户口人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已立档</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>查找中</translation>
    </message>
    <message>
        <source>Found alive</source>
        <translation>已找回</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>已解救</translation>
    </message>
    <message>
        <source>Found deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <source>Closed (other)</source>
        <translation>其他结案</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复档案</translation>
    </message>
    <message>
        <source>Homicide</source>
        <translation>命案</translation>
    </message>
    <message>
        <source>Kidnapping</source>
        <translation>绑架</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>拐卖</translation>
    </message>
    <message>
        <source>Other crime</source>
        <translation>其他犯罪</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>排查发现</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>群众报案</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Sighting</source>
        <translation>目击</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>群众线索</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜寻</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>工作措施</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>救助站</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Remains</source>
        <translation>遗体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>待查明</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>已查明身份</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Kin</source>
        <translation>亲属</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>同一电话</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>同一地址</translation>
    </message>
    <message>
        <source>Co-traveller</source>
        <translation>同行人</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>嫌疑人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Related case</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>Case subject</source>
        <translation>案件当事人</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>户成员</translation>
    </message>
    <message>
        <source>Same ID number</source>
        <translation>同一身份证号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>夫</translation>
    </message>
    <message>
        <source>Wife</source>
        <translation>妻</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>儿子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女儿</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>祖父</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>祖母</translation>
    </message>
    <message>
        <source>Grandson</source>
        <translation>孙子</translation>
    </message>
    <message>
        <source>Granddaughter</source>
        <translation>孙女</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>儿媳</translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation>女婿</translation>
    </message>
    <message>
        <source>Elder brother</source>
        <translation>兄</translation>
    </message>
    <message>
        <source>Younger brother</source>
        <translation>弟</translation>
    </message>
    <message>
        <source>Elder sister</source>
        <translation>姐</translation>
    </message>
    <message>
        <source>Younger sister</source>
        <translation>妹</translation>
    </message>
    <message>
        <source>Father-in-law</source>
        <translation>岳父/公公</translation>
    </message>
    <message>
        <source>Mother-in-law</source>
        <translation>岳母/婆婆</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>非亲属</translation>
    </message>
    <message>
        <source>Scar</source>
        <translation>疤痕</translation>
    </message>
    <message>
        <source>Mole</source>
        <translation>痣</translation>
    </message>
    <message>
        <source>Tattoo</source>
        <translation>纹身</translation>
    </message>
    <message>
        <source>Birthmark</source>
        <translation>胎记</translation>
    </message>
    <message>
        <source>Missing teeth</source>
        <translation>缺齿</translation>
    </message>
    <message>
        <source>Missing limb</source>
        <translation>肢体残缺</translation>
    </message>
    <message>
        <source>Other mark</source>
        <translation>其他特征</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>面部</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>颈部</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>胸部</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>背部</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>腹部</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>左臂</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>右臂</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>左手</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>右手</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>左腿</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>右腿</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>左脚</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>右脚</translation>
    </message>
    <message>
        <source>Other location</source>
        <translation>其他部位</translation>
    </message>
</context>
<context>
    <name>hc::XlsxReader</name>
    <message>
        <source>%1 is not a workbook that can be read: %2</source>
        <translation>%1 不是可读取的工作簿：%2</translation>
    </message>
    <message>
        <source>the part %1 is missing.</source>
        <translation>缺少部件 %1。</translation>
    </message>
    <message>
        <source>the part %1 cannot be read.</source>
        <translation>部件 %1 无法读取。</translation>
    </message>
    <message>
        <source>the part %1 would inflate to %2 bytes, more than the %3 allowed.</source>
        <translation>部件 %1 解压后将达 %2 字节，超过允许的 %3 字节。</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened (error %2).</source>
        <translation>部件 %1 无法打开（错误 %2）。</translation>
    </message>
    <message>
        <source>the part %1 is damaged (error %2).</source>
        <translation>部件 %1 已损坏（错误 %2）。</translation>
    </message>
    <message>
        <source>the part %1 inflates past the %2 bytes allowed.</source>
        <translation>部件 %1 解压后超过允许的 %2 字节。</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (%2, line %3).</source>
        <translation>部件 %1 不是格式正确的 XML（%2，第 %3 行）。</translation>
    </message>
    <message>
        <source>the part %1 ends before its XML does.</source>
        <translation>部件 %1 在其 XML 结束之前就结束了。</translation>
    </message>
    <message>
        <source>it has no sheets.</source>
        <translation>其中没有工作表。</translation>
    </message>
    <message>
        <source>%1 has no sheet named %2; its sheets are %3.</source>
        <translation>%1 中没有名为 %2 的工作表；其工作表为 %3。</translation>
    </message>
    <message>
        <source>the sheet %1 has no part.</source>
        <translation>工作表 %1 没有对应的部件。</translation>
    </message>
    <message>
        <source>Cannot write a temporary file for %1.</source>
        <translation>无法为 %1 写入临时文件。</translation>
    </message>
    <message>
        <source>row %1 refers to shared string %2, but there are only %3.</source>
        <translation>第 %1 行引用了共享字符串 %2，但共享字符串只有 %3 个。</translation>
    </message>
    <message>
        <source>row %1 has a cell outside the sheet (%2).</source>
        <translation>第 %1 行有一个超出工作表范围的单元格（%2）。</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx): not a zip archive.</source>
        <translation>它不是 Excel 工作簿（.xlsx）：不是 zip 压缩包。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>文件不存在。</translation>
    </message>
</context>
<context>
    <name>hc::XlsxWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::cli::ActionsListCommand</name>
    <message>
        <source>actions raised on cases, due first</source>
        <translation>案件上下达的工作措施，按期限排列</translation>
    </message>
    <message>
        <source>Only the actions allocated to this officer.</source>
        <translation>仅列出分派给该人员的工作措施。</translation>
    </message>
    <message>
        <source>Only this station&apos;s actions.</source>
        <translation>仅列出该派出所的工作措施。</translation>
    </message>
    <message>
        <source>Only this case&apos;s actions.</source>
        <translation>仅列出该案件的工作措施。</translation>
    </message>
    <message>
        <source>allocated, returned, sent_back or signed_off (comma-separated).</source>
        <translation>allocated、returned、sent_back 或 signed_off（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Only allocated or sent-back actions past their due date.</source>
        <translation>仅列出已超期的已分派或已退回工作措施。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已超期</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项工作措施</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown action status: %1 (use %2).</source>
        <translation>未知的工作措施状态：%1（可用 %2）。</translation>
    </message>
</context>
<context>
    <name>hc::cli::ActionsRaiseCommand</name>
    <message>
        <source>raise an action on a case, allocated to an officer</source>
        <translation>在案件上下达工作措施并分派给承办人</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>案件编号。</translation>
    </message>
    <message>
        <source>The badge of the officer who does it.</source>
        <translation>承办人的警号。</translation>
    </message>
    <message>
        <source>The date it is due (YYYY-MM-DD).</source>
        <translation>期限（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>要做什么。</translation>
    </message>
    <message>
        <source>high, normal or low.</source>
        <translation>high、normal 或 low。</translation>
    </message>
    <message>
        <source>Give --case, --officer, --due and --what.</source>
        <translation>请给出 --case、--officer、--due 和 --what。</translation>
    </message>
    <message>
        <source>--due: a date as YYYY-MM-DD.</source>
        <translation>--due：日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--priority: high, normal or low.</source>
        <translation>--priority：high、normal 或 low。</translation>
    </message>
    <message>
        <source>Action %1 raised.</source>
        <translation>已下达工作措施 %1。</translation>
    </message>
</context>
<context>
    <name>hc::cli::ActionsReturnCommand</name>
    <message>
        <source>return an action with its result</source>
        <translation>反馈工作措施的结果</translation>
    </message>
    <message>
        <source>The action (A12 or 12).</source>
        <translation>工作措施（A12 或 12）。</translation>
    </message>
    <message>
        <source>What was done and found.</source>
        <translation>做了什么、查到什么。</translation>
    </message>
    <message>
        <source>Give --action ID and --result TEXT.</source>
        <translation>请给出 --action ID 和 --result TEXT。</translation>
    </message>
    <message>
        <source>Action %1 returned.</source>
        <translation>工作措施 %1 已反馈。</translation>
    </message>
</context>
<context>
    <name>hc::cli::ActionsSignOffCommand</name>
    <message>
        <source>sign off a returned action, or send it back with a reason</source>
        <translation>审结已反馈的工作措施，或说明理由退回</translation>
    </message>
    <message>
        <source>The action (A12 or 12).</source>
        <translation>工作措施（A12 或 12）。</translation>
    </message>
    <message>
        <source>Send it back to the officer instead, with this reason.</source>
        <translation>改为以此理由退回承办人。</translation>
    </message>
    <message>
        <source>Give --action ID.</source>
        <translation>请给出 --action ID。</translation>
    </message>
    <message>
        <source>Action %1 sent back.</source>
        <translation>工作措施 %1 已退回。</translation>
    </message>
    <message>
        <source>Action %1 signed off.</source>
        <translation>工作措施 %1 已审结。</translation>
    </message>
</context>
<context>
    <name>hc::cli::AddCommand</name>
    <message>
        <source>add a typed link (E: kind:key, e.g. person:42, phone:13900000001)</source>
        <translation>添加一条关联（E：类型:键，如 person:42、phone:13900000001）</translation>
    </message>
    <message>
        <source>Give two entities as kind:key, --kind and --confidence.</source>
        <translation>请以“类型:键”给出两个实体，并给出 --kind 和 --confidence。</translation>
    </message>
    <message>
        <source>Added link %1.</source>
        <translation>已添加关联 %1。</translation>
    </message>
</context>
<context>
    <name>hc::cli::AnalysisCommand</name>
    <message>
        <source>--%1: give an entity as kind:key (person, case, household, phone, address, vehicle).</source>
        <translation>--%1：请按 类型:键 指定实体（person、case、household、phone、address、vehicle）。</translation>
    </message>
    <message>
        <source>%1 has no links.</source>
        <translation>%1 没有任何关联。</translation>
    </message>
</context>
<context>
    <name>hc::cli::AroundCommand</name>
    <message>
        <source>the key connectors (betweenness) of the entity&apos;s cluster</source>
        <translation>该实体所在关联群的关键节点（介数）</translation>
    </message>
    <message>
        <source>the entities within N links of the entity</source>
        <translation>与该实体相隔 N 条关联以内的实体</translation>
    </message>
</context>
<context>
    <name>hc::cli::AttachCommand</name>
    <message>
        <source>The case, by number.</source>
        <translation>案件（按档案编号）。</translation>
    </message>
    <message>
        <source>The found-person record, by number.</source>
        <translation>身份不明人员登记（按编号）。</translation>
    </message>
    <message>
        <source>The person, by row id.</source>
        <translation>人员（按行号）。</translation>
    </message>
    <message>
        <source>Give one of --case, --found or --person.</source>
        <translation>请给出 --case、--found 或 --person 之一。</translation>
    </message>
    <message>
        <source>attach a photo (JPEG, PNG) or a PDF document, at most 20 MB</source>
        <translation>附加照片（JPEG、PNG）或 PDF 文档，最大 20 MB</translation>
    </message>
    <message>
        <source>A caption.</source>
        <translation>说明文字。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message numerus="yes">
        <source>Attached %1 (%2, %n bytes) as number %3.</source>
        <translation>
            <numerusform>已附加 %1（%2，%n 字节），编号 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::AttachmentsCommand</name>
    <message>
        <source>the photos and documents of a case, a found-person record or a person</source>
        <translation>案件、身份不明人员登记或人员的照片和文件</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>共 %n 个附件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::AuditVerifyCommand</name>
    <message>
        <source>check the audit log&apos;s hash chain (exit 0 intact, 1 broken)</source>
        <translation>检查审计日志的哈希链（完好退出 0，损坏退出 1）</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n record(s).</source>
        <translation>
            <numerusform>审计日志完好：共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from before the chain are sealed at the next change.</source>
        <translation>
            <numerusform>哈希链建立前的 %n 条记录将在下一次变更时封存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last hash (note it down to detect records cut from the end): %1</source>
        <translation>最新哈希值（请记下，用于发现末尾被删除的记录）：%1</translation>
    </message>
    <message>
        <source>The audit log is broken at record %1: %2</source>
        <translation>审计日志在记录 %1 处被破坏：%2</translation>
    </message>
</context>
<context>
    <name>hc::cli::BackupCommand</name>
    <message>
        <source>a consistent copy of the database, safe while others write</source>
        <translation>数据库的一致副本，他人写入时也可安全进行</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>已将 %1 复制到 %2。</translation>
    </message>
</context>
<context>
    <name>hc::cli::BenchCommand</name>
    <message>
        <source>Repetitions.</source>
        <translation>重复次数。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Write the link graph&apos;s edge list here.</source>
        <translation>将关联图的边列表写入此文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>search latency over a mix of queries</source>
        <translation>混合查询下的搜索耗时</translation>
    </message>
    <message>
        <source>time of the operation&apos;s figures</source>
        <translation>专项行动统计数据的计算耗时</translation>
    </message>
    <message>
        <source>household pages, detail and next to visit</source>
        <translation>住户分页、详情和下一户的耗时</translation>
    </message>
    <message>
        <source>link analysis times; writes the edge list</source>
        <translation>关联分析耗时；并写出边列表</translation>
    </message>
    <message>
        <source>duplicate detection, cold and warm</source>
        <translation>疑似重复人员检测耗时（冷、热两次）</translation>
    </message>
    <message>
        <source>dashboard refresh times for five filters</source>
        <translation>五种筛选条件下统计面板的刷新耗时</translation>
    </message>
</context>
<context>
    <name>hc::cli::CallsListCommand</name>
    <message>
        <source>calls logged on the hotline and officers&apos; phones, newest first</source>
        <translation>热线和民警电话的来电记录，最新的在前</translation>
    </message>
    <message>
        <source>Calls on or after this day (YYYY-MM-DD).</source>
        <translation>此日及以后的来电（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Calls on or before this day (YYYY-MM-DD).</source>
        <translation>此日及以前的来电（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only this station&apos;s calls.</source>
        <translation>只列出该派出所的来电。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个来电</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::CallsLogCommand</name>
    <message>
        <source>log a call and carry out its result (open a case, add a lead)</source>
        <translation>登记来电并执行处理结果（立案、补充线索）</translation>
    </message>
    <message>
        <source>Give --line, --time, --number, --report and --result.</source>
        <translation>请给出 --line、--time、--number、--report 和 --result。</translation>
    </message>
    <message>
        <source>--line: hotline or officer.</source>
        <translation>--line：hotline 或 officer。</translation>
    </message>
    <message>
        <source>--result: case, lead, info or none.</source>
        <translation>--result：case、lead、info 或 none。</translation>
    </message>
    <message>
        <source>--time: give the time as YYYY-MM-DD HH:MM.</source>
        <translation>--time：时间格式为 YYYY-MM-DD HH:MM。</translation>
    </message>
    <message>
        <source>--age: give the age in years.</source>
        <translation>--age：以岁为单位填写年龄。</translation>
    </message>
    <message>
        <source>Call %1 logged: %2</source>
        <translation>来电 %1 已登记：%2</translation>
    </message>
    <message>
        <source>hotline or officer.</source>
        <translation>hotline（热线）或 officer（民警电话）。</translation>
    </message>
    <message>
        <source>The officer whose published phone took the call (badge).</source>
        <translation>接听来电的民警（警号）。</translation>
    </message>
    <message>
        <source>When the call came in (YYYY-MM-DD HH:MM).</source>
        <translation>来电时间（YYYY-MM-DD HH:MM）。</translation>
    </message>
    <message>
        <source>The caller&apos;s name (leave out: anonymous).</source>
        <translation>来电人姓名（不填：匿名）。</translation>
    </message>
    <message>
        <source>The caller&apos;s number.</source>
        <translation>来电号码。</translation>
    </message>
    <message>
        <source>What the caller reported.</source>
        <translation>来电人反映的情况。</translation>
    </message>
    <message>
        <source>case, lead, info or none.</source>
        <translation>case、lead、info 或 none。</translation>
    </message>
    <message>
        <source>lead: the case the call adds a lead to.</source>
        <translation>lead：来电补充线索的案件。</translation>
    </message>
    <message>
        <source>none: why nothing was done.</source>
        <translation>none：未处理的原因。</translation>
    </message>
    <message>
        <source>The station that took the call (default: yours).</source>
        <translation>接听来电的派出所（默认：本人所在派出所）。</translation>
    </message>
    <message>
        <source>case: the missing person&apos;s name.</source>
        <translation>case：失踪人员姓名。</translation>
    </message>
    <message>
        <source>case: where the person was last seen.</source>
        <translation>case：最后出现地点。</translation>
    </message>
    <message>
        <source>case: the person&apos;s age, as the caller gives it.</source>
        <translation>case：来电人所说的年龄。</translation>
    </message>
</context>
<context>
    <name>hc::cli::CasesAssignCommand</name>
    <message>
        <source>put an officer in charge of a case (or reassign it)</source>
        <translation>指定（或更换）案件的主办侦查员</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>案件编号。</translation>
    </message>
    <message>
        <source>The badge of the officer in charge.</source>
        <translation>主办侦查员的警号。</translation>
    </message>
    <message>
        <source>Give --case CASE_NO and --officer BADGE.</source>
        <translation>请给出 --case CASE_NO 和 --officer BADGE。</translation>
    </message>
    <message>
        <source>%1 (%2) is in charge of case %3.</source>
        <translation>%1（%2）主办案件 %3。</translation>
    </message>
</context>
<context>
    <name>hc::cli::CasesListCommand</name>
    <message>
        <source>case files, with filters</source>
        <translation>案件列表（可筛选）</translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated).</source>
        <translation>仅这些状态（逗号分隔）。</translation>
    </message>
    <message>
        <source>Only this station&apos;s cases.</source>
        <translation>仅该派出所的案件。</translation>
    </message>
    <message>
        <source>screening or public_report.</source>
        <translation>screening（排查发现）或 public_report（群众报案）。</translation>
    </message>
    <message>
        <source>Case number, subject&apos;s name or caller&apos;s phone.</source>
        <translation>案件编号、失踪人员姓名或报警人电话。</translation>
    </message>
    <message>
        <source>Only open cases with no lead for 7 days.</source>
        <translation>仅 7 天没有新线索的在办案件。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown case status: %1 (use %2).</source>
        <translation>未知的案件状态：%1（可用：%2）。</translation>
    </message>
    <message>
        <source>--source: screening or public_report.</source>
        <translation>--source：screening 或 public_report。</translation>
    </message>
    <message>
        <source>Only the cases this officer is in charge of.</source>
        <translation>仅列出该人员主办的案件。</translation>
    </message>
</context>
<context>
    <name>hc::cli::CasesShowCommand</name>
    <message>
        <source>one case file with its timeline and links</source>
        <translation>单个案件及其时间线和关联</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>线索时间线：</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>关联：</translation>
    </message>
</context>
<context>
    <name>hc::cli::ClusterCommand</name>
    <message>
        <source>related cases: clusters of links that join two cases or more</source>
        <translation>关联案件：包含两个及以上案件的关联群</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n 个案件：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::Command</name>
    <message>
        <source>The operation&apos;s name.</source>
        <translation>专项行动名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Usage: homecoming-cli %1</source>
        <translation>用法：homecoming-cli %1</translation>
    </message>
    <message>
        <source>The Homecoming database file.</source>
        <translation>Homecoming 数据库文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>（默认：%1）</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n unnamed argument(s).</source>
        <translation>
            <numerusform>应给出 %n 个不带选项名的参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>必须指定 --db FILE。</translation>
    </message>
    <message>
        <source>Make up a random password and print it once.</source>
        <translation>生成一个随机密码并只显示一次。</translation>
    </message>
    <message>
        <source>Act as the account with this badge number (its password from HOMECOMING_PASSWORD, else asked on the terminal).</source>
        <translation>以该警号的账户身份执行（密码取自 HOMECOMING_PASSWORD，否则在终端上询问）。</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>%1 needs --user BADGE: it acts as that person, with their rights.</source>
        <translation>%1 需要 --user 警号：命令以该用户的身份和权限执行。</translation>
    </message>
</context>
<context>
    <name>hc::cli::CommandGroup</name>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Add --help after a command for its options.</source>
        <translation>在命令后加 --help 可查看其选项。</translation>
    </message>
    <message>
        <source>%1 needs one of these:</source>
        <translation>%1 需要以下命令之一：</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;.</source>
        <translation>%1：未知命令“%2”。</translation>
    </message>
</context>
<context>
    <name>hc::cli::CommandLine</name>
    <message>
        <source>Usage: homecoming-cli COMMAND [options]
       homecoming-cli COMMAND --help     the command&apos;s options
       homecoming-cli --version

Commands:
</source>
        <translation>用法：homecoming-cli COMMAND [options]
      homecoming-cli COMMAND --help     该命令的选项
      homecoming-cli --version

命令：
</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 failed (not found, conflict, storage or file error); 2 refused or bad arguments (nothing imported, for an import); 3 an import saved some rows and rejected others.</source>
        <translation>退出状态：0 完成；1 失败（未找到、冲突、存储或文件错误）；2 被拒绝或参数有误（导入时即未导入任何数据）；3 导入保存了部分行、拒绝了其余行。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
<context>
    <name>hc::cli::CopyCommand</name>
    <message>
        <source>copy a whole database file onto an empty PostgreSQL database</source>
        <translation>将整个数据库文件复制到空的 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>The Homecoming database file to copy.</source>
        <translation>要复制的 Homecoming 数据库文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The empty server database, as a libpq URI.</source>
        <translation>空的服务器数据库，以 libpq URI 表示。</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>An administrator of the file: their password on the server comes from HOMECOMING_PASSWORD or a prompt; the other accounts get theirs from them.</source>
        <translation>该文件中的一名管理员：其在服务器上的密码取自 HOMECOMING_PASSWORD 或提示输入；其他账户的密码由其设置。</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>--from must be a Homecoming database file.</source>
        <translation>--from 必须是 Homecoming 数据库文件。</translation>
    </message>
    <message>
        <source>--to must be a server database: postgresql://OWNER@HOST[:PORT]/DB.</source>
        <translation>--to 必须是服务器数据库：postgresql://OWNER@HOST[:PORT]/DB。</translation>
    </message>
    <message>
        <source>--admin-badge is required.</source>
        <translation>必须提供 --admin-badge。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 rows of %2 tables in %3 s. %n account(s) have no password on the server yet: an administrator sets each with homecoming-cli users reset-password BADGE --generate.</source>
        <translation>
            <numerusform>已在 %3 秒内复制 %2 个表的 %1 行。%n 个账户在服务器上还没有密码：由管理员用 homecoming-cli users reset-password BADGE --generate 逐个设置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the copied counters differ from a recount of the rows.</source>
        <translation>警告：复制的计数器与重新统计的结果不一致。</translation>
    </message>
</context>
<context>
    <name>hc::cli::CrimesAddCommand</name>
    <message>
        <source>record a crime with the case as its first victim</source>
        <translation>登记刑事案件，以该案件为第一名被害人</translation>
    </message>
    <message>
        <source>A victim&apos;s case.</source>
        <translation>被害人的失踪档案。</translation>
    </message>
    <message>
        <source>homicide, kidnapping, trafficking or other.</source>
        <translation>命案(homicide)、绑架(kidnapping)、拐卖(trafficking)或其他(other)。</translation>
    </message>
    <message>
        <source>When the crime was committed (YYYY-MM-DD).</source>
        <translation>案发日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The criminal case number.</source>
        <translation>刑事案件编号。</translation>
    </message>
    <message>
        <source>The crime is solved (cracked).</source>
        <translation>案件已破获。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Give --case and --kind.</source>
        <translation>请给出 --case 和 --kind。</translation>
    </message>
    <message>
        <source>Crime %1 recorded.</source>
        <translation>刑事案件%1已登记。</translation>
    </message>
</context>
<context>
    <name>hc::cli::CrimesLinkCommand</name>
    <message>
        <source>add another victim&apos;s case or a suspect to a crime</source>
        <translation>为刑事案件添加其他被害人档案或嫌疑对象</translation>
    </message>
    <message>
        <source>The crime&apos;s number.</source>
        <translation>刑事案件编号。</translation>
    </message>
    <message>
        <source>Another victim&apos;s case.</source>
        <translation>另一名被害人的失踪档案。</translation>
    </message>
    <message>
        <source>A suspect: person, phone, vehicle, address, household or case.</source>
        <translation>嫌疑对象：人员、电话、车辆、地址、户或案件。</translation>
    </message>
    <message>
        <source>A note on the suspect.</source>
        <translation>嫌疑对象备注。</translation>
    </message>
    <message>
        <source>--crime: give the crime&apos;s number.</source>
        <translation>--crime：请给出刑事案件编号。</translation>
    </message>
    <message>
        <source>Give --victim, --suspect or both.</source>
        <translation>请给出 --victim、--suspect 或两者。</translation>
    </message>
    <message>
        <source>--suspect: give an entity as kind:key (person, case, household, phone, address, vehicle).</source>
        <translation>--suspect：以 类别:键 的形式给出对象（person、case、household、phone、address、vehicle）。</translation>
    </message>
    <message>
        <source>Case %1 added to crime %2.</source>
        <translation>案件%1已添加到刑事案件%2。</translation>
    </message>
    <message>
        <source>Suspect %1 added to crime %2.</source>
        <translation>嫌疑对象%1已添加到刑事案件%2。</translation>
    </message>
</context>
<context>
    <name>hc::cli::CrimesListCommand</name>
    <message>
        <source>crimes with their victims&apos; cases, newest first</source>
        <translation>刑事案件及其被害人档案，最新的在前</translation>
    </message>
    <message>
        <source>homicide, kidnapping, trafficking or other.</source>
        <translation>命案(homicide)、绑架(kidnapping)、拐卖(trafficking)或其他(other)。</translation>
    </message>
    <message>
        <source>Only this station&apos;s crimes.</source>
        <translation>仅列出该派出所的刑事案件。</translation>
    </message>
    <message>
        <source>Only the crimes this case is a victim of.</source>
        <translation>仅列出该案件作为被害人的刑事案件。</translation>
    </message>
    <message>
        <source>--kind: homicide, kidnapping, trafficking or other.</source>
        <translation>--kind：homicide、kidnapping、trafficking 或 other。</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>已破获</translation>
    </message>
    <message>
        <source>unsolved</source>
        <translation>未破获</translation>
    </message>
    <message numerus="yes">
        <source>%n crime(s)</source>
        <translation>
            <numerusform>刑事案件%n起</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::DemoCommand</name>
    <message>
        <source>build the demo city (scale 1.0: 200,000 residents)</source>
        <translation>生成演示城市（规模 1.0：20 万居民）</translation>
    </message>
    <message>
        <source>1.0 = the seed operation (200,000 residents).</source>
        <translation>1.0 = 原型专项行动的规模（20 万居民）。</translation>
    </message>
    <message>
        <source>x</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机数种子。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>--scale must be a number above 0 (at most 100) and --seed a whole number.</source>
        <translation>--scale 须为大于 0 且不超过 100 的数，--seed 须为整数。</translation>
    </message>
    <message>
        <source>building the demo city: %1%</source>
        <translation>正在生成演示城市：%1%</translation>
    </message>
    <message>
        <source>Demo city: %1 stations, %2 households, %3 people, %4 officers, %5 visits, %6 screenings, %7 cases; operation &quot;%8&quot;. Every demo account&apos;s password is &quot;%9&quot;.</source>
        <translation>演示城市：%1 个派出所，%2 户，%3 人，%4 名民警，走访 %5 次，排查 %6 人次，档案 %7 份；专项行动“%8”。所有演示账号的密码均为“%9”。</translation>
    </message>
</context>
<context>
    <name>hc::cli::DismissCommand</name>
    <message>
        <source>two people are not the same: no longer propose them</source>
        <translation>两人并非同一人：不再提示为疑似重复</translation>
    </message>
    <message>
        <source>Give two person numbers.</source>
        <translation>请给出两个人员编号。</translation>
    </message>
    <message>
        <source>Persons %1 and %2 will no longer be proposed as duplicates.</source>
        <translation>人员 %1 和 %2 将不再作为疑似重复提示。</translation>
    </message>
</context>
<context>
    <name>hc::cli::DuplicatesCommand</name>
    <message>
        <source>possible duplicate people, best first</source>
        <translation>疑似重复人员，可能性大的在前</translation>
    </message>
    <message>
        <source>Show the best N pairs (0: all).</source>
        <translation>显示得分最高的 N 对（0：全部）。</translation>
    </message>
    <message>
        <source>Skip blocks of more people than this.</source>
        <translation>跳过人数超过此值的分组。</translation>
    </message>
    <message>
        <source>%1 people, %2 possible duplicate pairs (%3 comparisons in %4 blocks; %5 blocks too large were skipped; %6 dismissed pairs left out).</source>
        <translation>%1 人，疑似重复 %2 对（%4 个分组中比对 %3 次；跳过过大分组 %5 个；已排除 %6 对）。</translation>
    </message>
</context>
<context>
    <name>hc::cli::ExportCommand</name>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已写入 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>write the operation&apos;s field sheets as CSV, or as an Excel workbook when FILE ends in .xlsx (the import format)</source>
        <translation>以 CSV 格式写出该行动的入户登记表；FILE 以 .xlsx 结尾时写成 Excel 工作簿（即导入格式）</translation>
    </message>
    <message>
        <source>write the registry as CSV, or as an Excel workbook when FILE ends in .xlsx (the import format)</source>
        <translation>以 CSV 格式写出户籍登记；FILE 以 .xlsx 结尾时写成 Excel 工作簿（即导入格式）</translation>
    </message>
</context>
<context>
    <name>hc::cli::ExportPfifCommand</name>
    <message>
        <source>--cases takes open or all, not %1.</source>
        <translation>--cases 的取值为 open 或 all，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 cases, %2 found-person records and %3 notes written to %4 (PFIF 1.4, domain %5).</source>
        <translation>已将 %1 个案件、%2 条已发现人员记录和 %3 条备注写入 %4（PFIF 1.4，域名 %5）。</translation>
    </message>
    <message>
        <source>write cases and found-person records as PFIF 1.4 XML</source>
        <translation>将案件和已发现人员记录导出为 PFIF 1.4 XML</translation>
    </message>
    <message>
        <source>Cases: open (open and investigating) or all (default).</source>
        <translation>案件：open（待办和侦查中）或 all（默认）。</translation>
    </message>
    <message>
        <source>Found-person records.</source>
        <translation>已发现人员记录。</translation>
    </message>
</context>
<context>
    <name>hc::cli::FilterOptions</name>
    <message>
        <source>Only from this day (YYYY-MM-DD).</source>
        <translation>只统计自该日起（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only up to this day (YYYY-MM-DD).</source>
        <translation>只统计到该日为止（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only this sub-bureau&apos;s stations.</source>
        <translation>只统计该分局的派出所。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Only this station.</source>
        <translation>只统计该派出所。</translation>
    </message>
    <message>
        <source>Only this area.</source>
        <translation>只统计该片区。</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD.</source>
        <translation>--%1 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
</context>
<context>
    <name>hc::cli::FoundListCommand</name>
    <message>
        <source>people found without identification</source>
        <translation>身份不明人员</translation>
    </message>
    <message>
        <source>open, identified or closed.</source>
        <translation>open（待查明）、identified（已查明身份）或 closed（已结案）。</translation>
    </message>
    <message>
        <source>--status: open, identified or closed.</source>
        <translation>--status：open、identified 或 closed。</translation>
    </message>
</context>
<context>
    <name>hc::cli::ImportCommand</name>
    <message>
        <source>--operation NAME is required.</source>
        <translation>必须指定 --operation NAME。</translation>
    </message>
    <message>
        <source>%1 rows (%2): %3 imported, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>共 %1 行（编码 %2）：导入 %3 行，更新 %4 行，未变 %5 行，拒绝 %6 行。</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Generated passwords (shown only now; hand them out and have them changed):</source>
        <translation>已生成的密码（仅此一次显示；请分发给本人并要求其修改）：</translation>
    </message>
    <message>
        <source>--map takes FIELD=HEADER, not %1.</source>
        <translation>--map 的格式为 字段=列标题，而不是 %1。</translation>
    </message>
    <message>
        <source>--map: this import has no field %1; its fields are %2.</source>
        <translation>--map：此导入没有字段 %1；可用字段为 %2。</translation>
    </message>
    <message>
        <source>Read FIELD from the column headed HEADER (repeatable).</source>
        <translation>从标题为 HEADER 的列读取字段 FIELD（可重复）。</translation>
    </message>
    <message>
        <source>field=header</source>
        <translation>字段=列标题</translation>
    </message>
    <message>
        <source>The sheet of an Excel workbook to read (default: the first).</source>
        <translation>要读取的 Excel 工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>import the household registry (CSV or XLSX)</source>
        <translation>导入户籍数据（CSV 或 XLSX）</translation>
    </message>
    <message>
        <source>import officer accounts (CSV or XLSX)</source>
        <translation>导入民警账号（CSV 或 XLSX）</translation>
    </message>
    <message>
        <source>import field sheets (CSV or XLSX) into the operation</source>
        <translation>将走访登记表（CSV 或 XLSX）导入行动</translation>
    </message>
</context>
<context>
    <name>hc::cli::ImportPfifCommand</name>
    <message>
        <source>import PFIF 1.4 person and note records (new ones become cases or found-person records)</source>
        <translation>导入 PFIF 1.4 人员记录和备注记录（新记录成为案件或已发现人员记录）</translation>
    </message>
    <message>
        <source>The station that takes the new records (default: yours).</source>
        <translation>接收新记录的派出所（默认：您所在的派出所）。</translation>
    </message>
    <message>
        <source>%1 records: %2 imported, %3 already known, %4 rejected.</source>
        <translation>共 %1 条记录：导入 %2 条，已有 %3 条，拒绝 %4 条。</translation>
    </message>
    <message>
        <source>record %1 (%2): %3</source>
        <translation>第 %1 条记录（%2）：%3</translation>
    </message>
</context>
<context>
    <name>hc::cli::InitCommand</name>
    <message>
        <source>create a new database with its first administrator</source>
        <translation>新建数据库及其第一个管理员</translation>
    </message>
    <message>
        <source>The administrator&apos;s badge number.</source>
        <translation>管理员的警号。</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>The administrator&apos;s name.</source>
        <translation>管理员的姓名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>--admin-badge and --admin-name are required.</source>
        <translation>必须提供 --admin-badge 和 --admin-name。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 already has accounts: an administrator adds further ones with homecoming-cli users add.</source>
        <translation>%1 已有账户：其他账户由管理员用 homecoming-cli users add 添加。</translation>
    </message>
    <message>
        <source>Created %1 with the administrator %2 (%3).</source>
        <translation>已创建 %1，管理员为 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>hc::cli::Invocation</name>
    <message>
        <source>Upgrading the database from schema %1 to schema %2…</source>
        <translation>正在将数据库的数据结构从版本 %1 升级到版本 %2…</translation>
    </message>
    <message>
        <source>This database has no accounts yet: run homecoming-cli init --db %1 --admin-badge BADGE --admin-name NAME first.</source>
        <translation>此数据库还没有任何账户：请先运行 homecoming-cli init --db %1 --admin-badge 警号 --admin-name 姓名。</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>%1 must set a new password first: homecoming-cli passwd --db %2 --user %1</source>
        <translation>%1 须先设置新密码：homecoming-cli passwd --db %2 --user %1</translation>
    </message>
</context>
<context>
    <name>hc::cli::LeagueCommand</name>
    <message>
        <source>the stations of an operation ranked (league table)</source>
        <translation>行动中各派出所的排名（排名表）</translation>
    </message>
    <message>
        <source>Only week N: the Nth span of 7 days from the operation&apos;s first day.</source>
        <translation>仅第 N 周：自行动首日起的第 N 个 7 天。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>First set the weights of the measures named (administrators; 0-10 each), as coverage=2,on_time=1,backlog=1,verification=1,cases_closed=1,registrations=1.</source>
        <translation>先设置所列指标的权重（限管理员；每项0-10），格式如 coverage=2,on_time=1,backlog=1,verification=1,cases_closed=1,registrations=1。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Name the operation with --operation.</source>
        <translation>请用 --operation 指定行动。</translation>
    </message>
    <message>
        <source>--week: a week number from 1.</source>
        <translation>--week：周次从1开始。</translation>
    </message>
    <message>
        <source>--set-weights: MEASURE=WEIGHT pairs, the measures being coverage, on_time, backlog, verification, cases_closed and registrations.</source>
        <translation>--set-weights：指标=权重，以逗号分隔；指标为 coverage、on_time、backlog、verification、cases_closed 和 registrations。</translation>
    </message>
</context>
<context>
    <name>hc::cli::LinksCommand</name>
    <message>
        <source>Start entity.</source>
        <translation>起点实体。</translation>
    </message>
    <message>
        <source>End entity.</source>
        <translation>终点实体。</translation>
    </message>
    <message>
        <source>The entity.</source>
        <translation>实体。</translation>
    </message>
    <message>
        <source>How many.</source>
        <translation>数量。</translation>
    </message>
    <message>
        <source>Links away.</source>
        <translation>关联跳数。</translation>
    </message>
    <message>
        <source>Link kinds to use (default: all).</source>
        <translation>使用的关联类型（默认：全部）。</translation>
    </message>
    <message>
        <source>Leave out weaker links.</source>
        <translation>忽略置信度较低的关联。</translation>
    </message>
    <message>
        <source>Kind of the new link (%1).</source>
        <translation>新关联的类型（%1）。</translation>
    </message>
    <message>
        <source>Confidence of the new link, 0 to 1.</source>
        <translation>新关联的可信度，0 到 1。</translation>
    </message>
    <message>
        <source>A note on the new link.</source>
        <translation>新关联的备注。</translation>
    </message>
</context>
<context>
    <name>hc::cli::MarksCommand</name>
    <message numerus="yes">
        <source>%1: %n identifying mark(s).</source>
        <translation>
            <numerusform>%1：%n 个体表特征。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::MarksListCommand</name>
    <message>
        <source>the identifying marks of a case&apos;s missing person or of a found-person record</source>
        <translation>案件失踪人员或身份不明人员登记的体表特征</translation>
    </message>
</context>
<context>
    <name>hc::cli::MarksSetCommand</name>
    <message>
        <source>replace the identifying marks of a case&apos;s missing person or of a found-person record</source>
        <translation>替换案件失踪人员或身份不明人员登记的体表特征</translation>
    </message>
    <message>
        <source>A mark, KIND:LOCATION[:DESCRIPTION] (repeat for each; codes or Chinese names).</source>
        <translation>一个特征，种类:部位[:描述]（每个特征给一次；代码或中文名称均可）。</translation>
    </message>
    <message>
        <source>Remove every mark.</source>
        <translation>删除所有特征。</translation>
    </message>
    <message>
        <source>Give the marks with --mark KIND:LOCATION[:DESCRIPTION], or --none to remove them all.</source>
        <translation>请用 --mark 种类:部位[:描述] 给出特征，或用 --none 全部删除。</translation>
    </message>
    <message>
        <source>--mark &quot;%1&quot; is not KIND:LOCATION[:DESCRIPTION].</source>
        <translation>--mark “%1”不是 种类:部位[:描述] 的形式。</translation>
    </message>
    <message>
        <source>Unknown mark kind &quot;%1&quot;; the kinds are: %2.</source>
        <translation>未知的特征种类“%1”；可用的种类：%2。</translation>
    </message>
    <message>
        <source>Unknown body location &quot;%1&quot;; the locations are: %2.</source>
        <translation>未知的身体部位“%1”；可用的部位：%2。</translation>
    </message>
</context>
<context>
    <name>hc::cli::MatchCommand</name>
    <message>
        <source>rank found people for a case, or cases for a found person</source>
        <translation>为案件排列候选的身份不明人员，或为身份不明人员排列候选案件</translation>
    </message>
    <message>
        <source>Rank found people for this case number.</source>
        <translation>为此案件编号排序已发现人员。</translation>
    </message>
    <message>
        <source>Rank open cases for this found-person record.</source>
        <translation>为此发现人员记录排序未结案件。</translation>
    </message>
    <message>
        <source>Show the best N candidates.</source>
        <translation>显示得分最高的 N 个候选。</translation>
    </message>
    <message>
        <source>Give either --case CASE_NO or --found RECORD_NO.</source>
        <translation>请给出 --case CASE_NO 或 --found RECORD_NO 之一。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s); %1 ruled out by sex, age or time.</source>
        <translation>
            <numerusform>候选 %n 个；%1 个因性别、年龄或时间被排除。</numerusform>
        </translation>
    </message>
    <message>
        <source>unregistered person %1, household %2</source>
        <translation>无户口人员%1，户号%2</translation>
    </message>
</context>
<context>
    <name>hc::cli::MatchDecisionCommand</name>
    <message>
        <source>the found person is the missing one: close the case, identify the record</source>
        <translation>发现人员即失踪人员：案件结案，记录查明身份</translation>
    </message>
    <message>
        <source>the found person is not the missing one: no longer rank the pair</source>
        <translation>发现人员不是失踪人员：不再比对这一对</translation>
    </message>
    <message>
        <source>Why they are not the same person.</source>
        <translation>二者不是同一人的理由。</translation>
    </message>
    <message>
        <source>Give --case CASE_NO and --found RECORD_NO.</source>
        <translation>请给出 --case CASE_NO 和 --found RECORD_NO。</translation>
    </message>
    <message>
        <source>Give --reason TEXT.</source>
        <translation>请给出 --reason TEXT。</translation>
    </message>
    <message>
        <source>%1 and %2 are ruled out; the pair is no longer ranked.</source>
        <translation>已排除 %1 与 %2；不再比对这一对。</translation>
    </message>
    <message>
        <source>Case %1 closed (%2); found-person record %3 identified.</source>
        <translation>案件 %1 已结案（%2）；发现人员记录 %3 已查明身份。</translation>
    </message>
    <message>
        <source>The missing person&apos;s case number.</source>
        <translation>失踪人员的案件编号。</translation>
    </message>
    <message>
        <source>The found-person record number.</source>
        <translation>发现人员记录编号。</translation>
    </message>
    <message>
        <source>A person found living unregistered, by the id `match` lists.</source>
        <translation>被发现无户口居住的人员，用 `match` 列出的编号。</translation>
    </message>
    <message>
        <source>Give --case CASE_NO and either --found RECORD_NO or --person ID.</source>
        <translation>请给出 --case 案件编号，以及 --found 记录编号或 --person 编号之一。</translation>
    </message>
    <message>
        <source>--person takes a person&apos;s id (a number), not &quot;%1&quot;.</source>
        <translation>--person 需要人员编号（数字），而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 and person %2 are ruled out; the pair is no longer ranked.</source>
        <translation>%1与人员%2已排除；这一对不再参与排序。</translation>
    </message>
</context>
<context>
    <name>hc::cli::MergeCommand</name>
    <message>
        <source>merge one person into another</source>
        <translation>将一人合并到另一人</translation>
    </message>
    <message>
        <source>The person kept.</source>
        <translation>保留的人员。</translation>
    </message>
    <message>
        <source>The person merged into the kept one.</source>
        <translation>合并到保留人员的人员。</translation>
    </message>
    <message>
        <source>Give --keep ID and --drop ID (person numbers).</source>
        <translation>请给出 --keep ID 和 --drop ID（人员编号）。</translation>
    </message>
    <message>
        <source>Merged person %1 into %2: %3 screenings moved (%4 dropped: both screened in the same visit), %5 cases, %6 links moved, %7 links between the two removed; filled: %8.</source>
        <translation>已将人员 %1 合并到 %2：转移排查记录 %3 条（删除 %4 条：两人在同一次走访中均被排查），转移案件 %5 件、关联 %6 条，删除两人之间的关联 %7 条；补全：%8。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>hc::cli::OperationCloseCommand</name>
    <message>
        <source>close an operation: it becomes read-only</source>
        <translation>结束专项行动：结束后只能查看</translation>
    </message>
    <message>
        <source>Name of the operation.</source>
        <translation>专项行动名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Closed operation %1: it is read-only now.</source>
        <translation>已结束专项行动 %1：现在只能查看。</translation>
    </message>
</context>
<context>
    <name>hc::cli::OperationCreateCommand</name>
    <message>
        <source>create an operation</source>
        <translation>创建专项行动</translation>
    </message>
    <message>
        <source>Name of the operation.</source>
        <translation>专项行动名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>开始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>结束日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Stations in scope, comma-separated (default: all).</source>
        <translation>纳入范围的派出所，用英文逗号分隔（默认：全部）。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Households to cover.</source>
        <translation>目标覆盖户数。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>--target-households: &quot;%1&quot; is not a number.</source>
        <translation>--target-households：“%1”不是数字。</translation>
    </message>
    <message>
        <source>Created operation %1 (%2 to %3).</source>
        <translation>已创建专项行动 %1（%2 至 %3）。</translation>
    </message>
</context>
<context>
    <name>hc::cli::OperationListCommand</name>
    <message>
        <source>list the operations, newest first</source>
        <translation>列出专项行动，最新的在前</translation>
    </message>
</context>
<context>
    <name>hc::cli::OptionValues</name>
    <message>
        <source>Give the date as YYYY-MM-DD.</source>
        <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>There is no station named %1.</source>
        <translation>没有名为 %1 的派出所。</translation>
    </message>
</context>
<context>
    <name>hc::cli::PasswdCommand</name>
    <message>
        <source>change your own password</source>
        <translation>修改自己的密码</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>hc::cli::PasswordPrompt</name>
    <message>
        <source>No password: set %1 or run the command on a terminal, which asks for it.</source>
        <translation>没有密码：请设置 %1，或在终端上运行命令以输入密码。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>hc::cli::PathCommand</name>
    <message>
        <source>the strongest chain of links between two entities</source>
        <translation>两个实体之间最强的关联链</translation>
    </message>
    <message>
        <source>No chain of links joins them.</source>
        <translation>两者之间没有关联链。</translation>
    </message>
</context>
<context>
    <name>hc::cli::Registration</name>
    <message>
        <source>The person&apos;s number.</source>
        <translation>人员编号。</translation>
    </message>
</context>
<context>
    <name>hc::cli::RemoveCommand</name>
    <message>
        <source>remove a typed link</source>
        <translation>删除一条关联</translation>
    </message>
    <message>
        <source>ID: the link&apos;s number.</source>
        <translation>ID：关联的编号。</translation>
    </message>
    <message>
        <source>Removed link %1.</source>
        <translation>已删除关联 %1。</translation>
    </message>
</context>
<context>
    <name>hc::cli::ReportCommand</name>
    <message>
        <source>Write the report as PDF (A4) to this file.</source>
        <translation>将报告以 PDF（A4）写入此文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write one CSV file per table into this folder.</source>
        <translation>每个表格一个 CSV 文件，写入此文件夹。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Language of the report: en or zh_CN (default: the system&apos;s).</source>
        <translation>报告语言：en 或 zh_CN（默认：系统语言）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language of Homecoming (en, zh_CN).</source>
        <translation>--lang：“%1”不是 Homecoming 支持的语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个 CSV 文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>homecoming-cli: the report module (homecoming-cli-report.so) could not be loaded: %1</source>
        <translation>homecoming-cli：无法加载报告模块（homecoming-cli-report.so）：%1</translation>
    </message>
    <message>
        <source>The PDF report needs the report module (homecoming-cli-report.so), which could not be loaded.</source>
        <translation>PDF 报告需要报告模块（homecoming-cli-report.so），但无法加载。</translation>
    </message>
    <message>
        <source>the operation report as PDF, CSV and Excel</source>
        <translation>行动报告，PDF、CSV 和 Excel 格式</translation>
    </message>
    <message>
        <source>Write the tables as one Excel workbook, a sheet per table.</source>
        <translation>将各表写入一个 Excel 工作簿，每表一个工作表。</translation>
    </message>
    <message>
        <source>Give --operation and at least one of --pdf, --csv and --xlsx.</source>
        <translation>请给出 --operation，以及 --pdf、--csv、--xlsx 中至少一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个工作表写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::RestoreCommand</name>
    <message>
        <source>replace the database with a backup (checked first)</source>
        <translation>用备份替换数据库（先行检查）</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
</context>
<context>
    <name>hc::cli::ReuniteCommand</name>
    <message>
        <source>record a family reunited with a person found alive or rescued</source>
        <translation>登记找回或解救人员的家庭团圆</translation>
    </message>
    <message>
        <source>The case that closed found alive or rescued.</source>
        <translation>以找回或解救结案的案件。</translation>
    </message>
    <message>
        <source>The day of the reunion (YYYY-MM-DD).</source>
        <translation>团聚日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>in_person, video or station.</source>
        <translation>in_person（当面）、video（视频）或 station（在派出所）。</translation>
    </message>
    <message>
        <source>The family it counts for (default: the subject&apos;s household).</source>
        <translation>计入的家庭（默认：当事人所在户）。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Give --case, --date and --how.</source>
        <translation>请给出 --case、--date 和 --how。</translation>
    </message>
    <message>
        <source>Family of case %1 reunited.</source>
        <translation>案件%1的家庭已团圆。</translation>
    </message>
</context>
<context>
    <name>hc::cli::SearchCommand</name>
    <message>
        <source>find people and households</source>
        <translation>查找人员和住户</translation>
    </message>
    <message>
        <source>Most results.</source>
        <translation>最多显示的结果条数。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>household</source>
        <translation>户</translation>
    </message>
</context>
<context>
    <name>hc::cli::ServerInitCommand</name>
    <message>
        <source>create the schema and the first administrator in an empty PostgreSQL database</source>
        <translation>在空的 PostgreSQL 数据库中创建数据结构和第一位管理员</translation>
    </message>
    <message>
        <source>The server database, as a libpq URI.</source>
        <translation>服务器数据库，以 libpq URI 表示。</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The administrator&apos;s badge number.</source>
        <translation>管理员的警号。</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>The administrator&apos;s name.</source>
        <translation>管理员的姓名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>--db must be a server database: postgresql://OWNER@HOST[:PORT]/DB (homecoming-cli init creates a database file).</source>
        <translation>--db 必须是服务器数据库：postgresql://所有者@主机[:端口]/数据库（创建数据库文件请用 homecoming-cli init）。</translation>
    </message>
    <message>
        <source>--admin-badge and --admin-name are required.</source>
        <translation>必须提供 --admin-badge 和 --admin-name。</translation>
    </message>
    <message>
        <source>%1 already holds a Homecoming database: an administrator adds accounts with homecoming-cli users add.</source>
        <translation>%1 中已有 Homecoming 数据库：管理员可用 homecoming-cli users add 添加账户。</translation>
    </message>
    <message>
        <source>Created the Homecoming schema %1 in %2 with the administrator %3 (%4).</source>
        <translation>已在 %2 中创建 Homecoming 数据结构 %1，管理员为 %3（%4）。</translation>
    </message>
</context>
<context>
    <name>hc::cli::SheetsCommand</name>
    <message>
        <source>printed door-to-door sheets of an area (PDF, one page per household)</source>
        <translation>打印某社区的入户核查表（PDF，每户一页）</translation>
    </message>
    <message>
        <source>The area: its number, or its name when one station has it.</source>
        <translation>社区：编号，或仅一个派出所使用时的名称。</translation>
    </message>
    <message>
        <source>area</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Write the sheets as PDF (A4) to this file.</source>
        <translation>将核查表以 PDF（A4）写入此文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Only the households the operation has not covered yet.</source>
        <translation>仅本次行动尚未核查完毕的住户。</translation>
    </message>
    <message>
        <source>Give --operation, --area and --pdf.</source>
        <translation>请给出 --operation、--area 和 --pdf。</translation>
    </message>
    <message>
        <source>The sheets need the report module (homecoming-cli-report.so), which could not be loaded.</source>
        <translation>生成核查表需要报告模块（homecoming-cli-report.so），但无法加载。</translation>
    </message>
    <message numerus="yes">
        <source>%n household sheet(s) of %1 written to %2.</source>
        <translation>
            <numerusform>已将%1的 %n 户核查表写入 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::StationWorkerCommand</name>
    <message>
        <source>internal: one station&apos;s process of bench stations</source>
        <translation>内部使用：bench stations 中一个派出所的进程</translation>
    </message>
    <message>
        <source>The officer&apos;s station has no households.</source>
        <translation>该民警所在派出所没有户。</translation>
    </message>
    <message>
        <source>Wait this long before the first save.</source>
        <translation>第一次保存前先等待这么久。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Give --operation, --seconds from 1 to 3600, --interval-ms and --phase-ms from 0 to 60000.</source>
        <translation>请给出 --operation、1 到 3600 之间的 --seconds，以及 0 到 60000 之间的 --interval-ms 和 --phase-ms。</translation>
    </message>
</context>
<context>
    <name>hc::cli::StationsBench</name>
    <message>
        <source>How long to save visits.</source>
        <translation>保存走访记录的时长。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Time between a station&apos;s saves (0: as fast as it can).</source>
        <translation>每个派出所两次保存之间的间隔（0：尽快连续保存）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
</context>
<context>
    <name>hc::cli::StationsBenchCommand</name>
    <message>
        <source>many stations saving visits at once on a server</source>
        <translation>多个派出所同时在服务器上保存走访记录</translation>
    </message>
    <message>
        <source>How many stations save at once.</source>
        <translation>同时保存的派出所数量。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>bench stations runs on a server database (--db postgresql://…).</source>
        <translation>bench stations 需在服务器数据库上运行（--db postgresql://…）。</translation>
    </message>
    <message>
        <source>Give --stations from 1 to 150, --seconds from 1 to 3600 and --interval-ms from 0 to 60000.</source>
        <translation>请给出 1 至 150 的 --stations、1 至 3600 的 --seconds 和 0 至 60000 的 --interval-ms。</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n station(s) with an officer.</source>
        <translation>
            <numerusform>数据库中有 %n 个配有民警的派出所。</numerusform>
        </translation>
    </message>
    <message>
        <source>First error a station saw: %1</source>
        <translation>某派出所遇到的第一个错误：%1</translation>
    </message>
    <message>
        <source>The station of officer %1 stopped: %2</source>
        <translation>民警 %1 所在派出所的进程已停止：%2</translation>
    </message>
    <message>
        <source>Operation &quot;%1&quot;: %2 stations saved %3 visits (%4 found afterwards), %5 per second.</source>
        <translation>行动“%1”：%2 个派出所保存了 %3 条走访记录（事后查到 %4 条），每秒 %5 条。</translation>
    </message>
    <message>
        <source>Save time: median %1 ms, 95th percentile %2 ms, 99th percentile %3 ms.</source>
        <translation>保存耗时：中位数 %1 毫秒，第 95 百分位 %2 毫秒，第 99 百分位 %3 毫秒。</translation>
    </message>
    <message>
        <source>Errors: %1. Retries after a server conflict: %2.</source>
        <translation>错误：%1 次。服务器冲突后重试：%2 次。</translation>
    </message>
    <message>
        <source>The counters equal a recount.</source>
        <translation>计数与重新统计一致。</translation>
    </message>
    <message>
        <source>The counters differ from a recount.</source>
        <translation>计数与重新统计不一致。</translation>
    </message>
</context>
<context>
    <name>hc::cli::StatsCommand</name>
    <message>
        <source>the operation&apos;s figures</source>
        <translation>专项行动的统计数据</translation>
    </message>
    <message>
        <source>Recompute every figure from the visits (slow check).</source>
        <translation>根据走访记录重新计算全部数据（核对用，较慢）。</translation>
    </message>
</context>
<context>
    <name>hc::cli::UnregisteredListCommand</name>
    <message>
        <source>people found without registration and their registration files</source>
        <translation>排查发现的无户口人员及其落户档案</translation>
    </message>
    <message>
        <source>Only this station&apos;s files.</source>
        <translation>只列该派出所的档案。</translation>
    </message>
    <message>
        <source>found, referred, documents, filed, registered, id_card or closed (comma-separated).</source>
        <translation>found、referred、documents、filed、registered、id_card 或 closed（逗号分隔）。</translation>
    </message>
    <message>
        <source>Only open files with no progress for 30 days.</source>
        <translation>只列30天无进展的未办结档案。</translation>
    </message>
    <message>
        <source>Only the files this officer is responsible for.</source>
        <translation>只列该民警负责的档案。</translation>
    </message>
    <message>
        <source>Unknown stage: %1 (use %2).</source>
        <translation>未知阶段：%1（可用 %2）。</translation>
    </message>
    <message>
        <source>NO PROGRESS</source>
        <translation>无进展</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>档案%n份</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::UnregisteredShowCommand</name>
    <message>
        <source>one registration file with its timeline</source>
        <translation>一份落户档案及其办理经过</translation>
    </message>
    <message>
        <source>--person: the person&apos;s number.</source>
        <translation>--person：人员编号。</translation>
    </message>
    <message>
        <source>%1, found at %2 (%3) on %4</source>
        <translation>%1，%4在%2（%3）发现</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Officer responsible: %1 (%2)</source>
        <translation>责任民警：%1（%2）</translation>
    </message>
    <message>
        <source>Registered in household %1, ID number %2</source>
        <translation>已落户至%1，身份证号%2</translation>
    </message>
</context>
<context>
    <name>hc::cli::UnregisteredUpdateCommand</name>
    <message>
        <source>move a registration file to its next stage</source>
        <translation>将落户档案推进到下一阶段</translation>
    </message>
    <message>
        <source>referred, documents, filed, registered, id_card or closed.</source>
        <translation>referred、documents、filed、registered、id_card 或 closed。</translation>
    </message>
    <message>
        <source>The date of the step (YYYY-MM-DD).</source>
        <translation>本步骤日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>referred: the badge of the officer responsible (default: you).</source>
        <translation>referred：责任民警警号（默认为本人）。</translation>
    </message>
    <message>
        <source>documents: those gathered, of birth, parents, dna, certificate (comma-separated).</source>
        <translation>documents：已收齐的材料，birth、parents、dna、certificate（逗号分隔）。</translation>
    </message>
    <message>
        <source>documents: a DNA test is needed for this person.</source>
        <translation>documents：该人员需做DNA鉴定。</translation>
    </message>
    <message>
        <source>registered: the new ID number.</source>
        <translation>registered：新的身份证号。</translation>
    </message>
    <message>
        <source>registered: the household joined.</source>
        <translation>registered：落户的户号。</translation>
    </message>
    <message>
        <source>registered: create --household in the area found.</source>
        <translation>registered：在发现地所在片区新立 --household 户。</translation>
    </message>
    <message>
        <source>registered: the new household&apos;s address (default: where found).</source>
        <translation>registered：新立户的地址（默认为发现地）。</translation>
    </message>
    <message>
        <source>closed: not_eligible, moved_away or registered_elsewhere.</source>
        <translation>closed：not_eligible、moved_away 或 registered_elsewhere。</translation>
    </message>
    <message>
        <source>A remark for the timeline (closed: the reason in words).</source>
        <translation>办理经过中的备注（closed：原因说明）。</translation>
    </message>
    <message>
        <source>Give --person, --stage and --date.</source>
        <translation>请给出 --person、--stage 和 --date。</translation>
    </message>
    <message>
        <source>--date: a date as YYYY-MM-DD.</source>
        <translation>--date：日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Unknown document: %1 (use %2).</source>
        <translation>未知材料：%1（可用 %2）。</translation>
    </message>
    <message>
        <source>%1: %2 on %3.</source>
        <translation>%1：%3%2。</translation>
    </message>
</context>
<context>
    <name>hc::cli::UsersAddCommand</name>
    <message>
        <source>add an account (administrators)</source>
        <translation>添加账户（管理员）</translation>
    </message>
    <message>
        <source>The new account&apos;s badge number.</source>
        <translation>新账户的警号。</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>本人姓名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>officer, supervisor, investigator or admin.</source>
        <translation>officer（民警）、supervisor（督导）、investigator（侦查员）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The station (officers and supervisors).</source>
        <translation>所属派出所（民警和督导）。</translation>
    </message>
    <message>
        <source>--badge and --name are required.</source>
        <translation>必须提供 --badge 和 --name。</translation>
    </message>
    <message>
        <source>--role must be officer, supervisor, investigator or admin.</source>
        <translation>--role 必须是 officer、supervisor、investigator 或 admin。</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>已添加 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>Password (shown once): %1</source>
        <translation>密码（仅显示一次）：%1</translation>
    </message>
</context>
<context>
    <name>hc::cli::UsersChangeCommand</name>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>Password (shown once): %1</source>
        <translation>密码（仅显示一次）：%1</translation>
    </message>
    <message>
        <source>disable an account: it can no longer sign in (administrators)</source>
        <translation>停用账户：该账户不能再登录（管理员）</translation>
    </message>
    <message>
        <source>enable a disabled account again (administrators)</source>
        <translation>重新启用已停用的账户（管理员）</translation>
    </message>
    <message>
        <source>set a new password for an account (administrators)</source>
        <translation>为账户设置新密码（管理员）</translation>
    </message>
</context>
<context>
    <name>hc::cli::UsersListCommand</name>
    <message>
        <source>the accounts (administrators)</source>
        <translation>账户列表（管理员）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>hc::pfif::Convert</name>
    <message>
        <source>The sex is &quot;%1&quot;; PFIF has female, male or other.</source>
        <translation>性别为“%1”；PFIF 只有 female、male 或 other。</translation>
    </message>
    <message>
        <source>The date of birth &quot;%1&quot; is not YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>出生日期“%1”不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>The age &quot;%1&quot; is not a number or a range such as 35-45.</source>
        <translation>年龄“%1”不是数字，也不是 35-45 这样的范围。</translation>
    </message>
    <message>
        <source>The person record has no name.</source>
        <translation>人员记录没有姓名。</translation>
    </message>
    <message>
        <source>PFIF record %1 from %2.</source>
        <translation>来自 %2 的 PFIF 记录 %1。</translation>
    </message>
    <message>
        <source>The case status &quot;%1&quot; is not one Homecoming knows.</source>
        <translation>案件状态“%1”不是本系统已知的状态。</translation>
    </message>
    <message>
        <source>Not given in the PFIF record</source>
        <translation>PFIF 记录中未提供</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a PFIF date (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>日期“%1”不是 PFIF 日期格式（YYYY-MM-DDTHH:MM:SSZ）。</translation>
    </message>
    <message>
        <source>The note is dated in the future (%1).</source>
        <translation>该备注的日期在未来（%1）。</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not a PFIF 1.4 note status.</source>
        <translation>状态“%1”不是 PFIF 1.4 的备注状态。</translation>
    </message>
    <message>
        <source>Last known location: %1</source>
        <translation>最后已知位置：%1</translation>
    </message>
    <message>
        <source>A note without text.</source>
        <translation>无文字的备注。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>The identifying marks are not a list Homecoming wrote.</source>
        <translation>体表特征不是 Homecoming 写出的列表。</translation>
    </message>
</context>
<context>
    <name>hc::pfif::Reader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file is %1 MB; a PFIF file is read up to %2 MB. Split it into smaller files.</source>
        <translation>文件大小为 %1 MB；PFIF 文件最多读取 %2 MB。请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file declares a document type (DOCTYPE); PFIF files have none, and such a file is refused unread (entities could expand without bound or read other files).</source>
        <translation>该文件声明了文档类型（DOCTYPE）；PFIF 文件没有文档类型，此类文件不予读取（实体可能无限展开或读取其他文件）。</translation>
    </message>
    <message>
        <source>The file refers to the entity &amp;%1;, which PFIF does not use.</source>
        <translation>该文件引用了实体 &amp;%1;，PFIF 不使用实体。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1, column %2): %3</source>
        <translation>该文件不是格式正确的 XML（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>This is not a PFIF 1.4 document: its root is &lt;%1&gt; in the namespace &quot;%2&quot;, expected &lt;pfif&gt; in &quot;%3&quot;.</source>
        <translation>这不是 PFIF 1.4 文档：根元素为命名空间“%2”中的 &lt;%1&gt;，应为“%3”中的 &lt;pfif&gt;。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file ends inside a record.</source>
        <translation>文件在记录中途结束。</translation>
    </message>
    <message>
        <source>The field %1 is longer than %2 characters.</source>
        <translation>字段 %1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The field %1 is given twice.</source>
        <translation>字段 %1 出现了两次。</translation>
    </message>
</context>
<context>
    <name>hc::serverlink</name>
    <message>
        <source>The database server cannot be reached (%1). Nothing of this step was saved; try again when the connection is back.</source>
        <translation>无法连接数据库服务器（%1）。这一步没有保存任何内容；连接恢复后请重试。</translation>
    </message>
</context>
<context>
    <name>hc::sql</name>
    <message>
        <source>Another import or user is writing; try again in a moment.</source>
        <translation>另一个导入或用户正在写入数据库，请稍后再试。</translation>
    </message>
    <message>
        <source>Other users are changing the same records at this moment; try again in a moment.</source>
        <translation>其他用户正在修改相同的记录，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Case management for missing-person sweeps.</source>
        <translation>失踪人口排查专项行动案件管理系统。</translation>
    </message>
    <message>
        <source>Database file to open (default: the last one).</source>
        <translation>要打开的数据库文件（默认：上次使用的文件）。</translation>
    </message>
</context>
</TS>
