<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hc::AppFlow</name>
    <message>
        <source>Homecoming</source>
        <translation>Homecoming 失踪人口排查</translation>
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
</context>
<context>
    <name>hc::Cli</name>
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
        <source>The operation&apos;s name.</source>
        <translation>专项行动名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n file or query argument(s).</source>
        <translation>
            <numerusform>应提供 %n 个文件或查询参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>必须指定 --db FILE。</translation>
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
        <source>--operation NAME is required.</source>
        <translation>必须指定 --operation NAME。</translation>
    </message>
    <message>
        <source>Use: operation create|list --db F ...</source>
        <translation>用法：operation create|list --db F ...</translation>
    </message>
    <message>
        <source>Name of the operation.</source>
        <translation>专项行动名称。</translation>
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
    <message>
        <source>Recompute every figure from the visits (slow check).</source>
        <translation>根据走访记录重新计算全部数据（核对用，较慢）。</translation>
    </message>
    <message>
        <source>Most results.</source>
        <translation>最多显示的结果条数。</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>household</source>
        <translation>户</translation>
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
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>Repetitions.</source>
        <translation>重复次数。</translation>
    </message>
    <message>
        <source>Usage: homecoming-cli COMMAND [options]

Commands:
  import-registry --db F FILE              import the household registry CSV
  import-officers --db F FILE              import officer accounts CSV
  import-visits --db F --operation N FILE  import field sheets CSV
  operation create --db F --name N --start DATE --end DATE [--stations A,B]
                   [--target-households N]
  operation list --db F                    list operations
  stats --db F --operation N [--json]      the operation&apos;s figures
  search --db F QUERY [--json]             find people and households
  demo --db F [--scale 1.0] [--seed 42]    build the demo city
  export-registry --db F FILE              write the registry as CSV
  export-visits --db F --operation N FILE  write the field sheets as CSV
  links cluster|path|central|near --db F [...] --json   link analysis
  bench search|stats|households --db F [...]  timings for bench/run

Imports add --json for a machine-readable summary. Exit status: 0 success, 1 failed,
2 bad arguments or nothing imported, 3 some rows rejected and the rest saved.
</source>
        <translation>用法：homecoming-cli COMMAND [options]

命令：
  import-registry --db F FILE              导入户籍数据 CSV
  import-officers --db F FILE              导入民警账号 CSV
  import-visits --db F --operation N FILE  导入走访登记表 CSV
  operation create --db F --name N --start DATE --end DATE [--stations A,B]
                   [--target-households N]
  operation list --db F                    列出专项行动
  stats --db F --operation N [--json]      专项行动统计数据
  search --db F QUERY [--json]             查询人员和户
  demo --db F [--scale 1.0] [--seed 42]    生成演示城市
  export-registry --db F FILE              将户籍数据导出为 CSV
  export-visits --db F --operation N FILE  将走访登记表导出为 CSV
  links cluster|path|central|near --db F [...] --json   关联分析
  bench search|stats|households --db F [...]  性能计时（供 bench/run 使用）

导入命令加 --json 可输出机器可读的汇总。退出码：0 成功；1 失败；
2 参数错误或未导入任何数据；3 部分行被拒绝，其余行已保存。
</translation>
    </message>
    <message>
        <source>Use: bench search|stats|households|links --db F [--operation N] [--runs N] [--edges FILE]</source>
        <translation>用法：bench search|stats|households|links --db F [--operation N] [--runs N] [--edges FILE]</translation>
    </message>
    <message>
        <source>Write the link graph&apos;s edge list here.</source>
        <translation>将关联图的边列表写入此文件。</translation>
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
    <name>hc::ExportText</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <source>This person lives in another station&apos;s area.</source>
        <translation>此人属于其他派出所辖区。</translation>
    </message>
</context>
<context>
    <name>hc::HeaderMap</name>
    <message>
        <source>The file lacks the required column(s) %1; nothing was imported.</source>
        <translation>文件缺少必填列 %1，未导入任何数据。</translation>
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
    <message numerus="yes">
        <source>%n shown, more as you scroll</source>
        <translation>
            <numerusform>已显示 %n 户，滚动加载更多</numerusform>
        </translation>
    </message>
    <message>
        <source>No household matches</source>
        <translation>没有符合条件的户</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>已显示 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>Stati&amp;on:</source>
        <translation>派出所(&amp;O)：</translation>
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
        <source>Path of a CSV file</source>
        <translation>CSV 文件路径</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>CSV file:</source>
        <translation>CSV 文件：</translation>
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
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
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
</context>
<context>
    <name>hc::ImportWorker</name>
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
    <name>hc::LinksText</name>
    <message>
        <source>Use: links cluster|path|central|near --db F [--from E --to E] [--entity E] [--top N] [--hops N] [--kinds k1,k2] [--min-confidence C] --json (E: kind:key, e.g. person:42)</source>
        <translation>用法：links cluster|path|central|near --db F [--from E --to E] [--entity E] [--top N] [--hops N] [--kinds k1,k2] [--min-confidence C] --json（E 为 类型:键，如 person:42）</translation>
    </message>
    <message>
        <source>The Homecoming database file.</source>
        <translation>Homecoming 数据库文件。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
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
        <source>--db FILE is required.</source>
        <translation>必须指定 --db FILE。</translation>
    </message>
    <message>
        <source>--%1: give an entity as kind:key (person, case, household, phone, address, vehicle).</source>
        <translation>--%1：请按 类型:键 指定实体（person、case、household、phone、address、vehicle）。</translation>
    </message>
    <message>
        <source>%1 has no links.</source>
        <translation>%1 没有任何关联。</translation>
    </message>
    <message>
        <source>No chain of links joins them.</source>
        <translation>两者之间没有关联链。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n 个档案：</numerusform>
        </translation>
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
        <translation>户</translation>
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
        <source>Households in scope</source>
        <translation>范围内户数</translation>
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
        <source>Found alive</source>
        <translation>找回</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>解救</translation>
    </message>
    <message>
        <source>Found deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Families reunited</source>
        <translation>家庭团圆</translation>
    </message>
    <message>
        <source>Crimes uncovered: %1</source>
        <translation>破获案件：%1</translation>
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
        <source>Officer&apos;s badge</source>
        <translation>民警警号</translation>
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
        <source>Assign household %1 to the officer with badge:</source>
        <translation>将户 %1 指派给警号为以下的民警：</translation>
    </message>
    <message>
        <source>Type the badge of the officer who will go.</source>
        <translation>请输入负责回访民警的警号。</translation>
    </message>
    <message>
        <source>Household %1 is assigned to %2 (%3).</source>
        <translation>户 %1 已指派给 %2（%3）。</translation>
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
    <name>hc::SearchService</name>
    <message>
        <source>Type at least 2 characters to search.</source>
        <translation>请至少输入 2 个字符再查询。</translation>
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
</context>
<context>
    <name>hc::StartDialog</name>
    <message>
        <source>Homecoming — choose a database</source>
        <translation>Homecoming — 选择数据库</translation>
    </message>
    <message>
        <source>Homecoming keeps a sweep&apos;s households, visits and cases in one database file. Open the file your station uses, or create a new one.</source>
        <translation>Homecoming 将一次排查行动的户、走访和档案保存在一个数据库文件中。请打开本所使用的文件，或新建一个。</translation>
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
</context>
<context>
    <name>hc::StatsService</name>
    <message>
        <source>There is no operation number %1.</source>
        <translation>没有编号为 %1 的专项行动。</translation>
    </message>
    <message>
        <source>Households in scope</source>
        <translation>范围内户数</translation>
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
        <source>Checks: %1</source>
        <translation>排查：%1</translation>
    </message>
    <message>
        <source>Persons now: %1</source>
        <translation>当前状态：%1</translation>
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
        <source>Cases: %1</source>
        <translation>档案：%1</translation>
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
        <translation>死亡</translation>
    </message>
    <message>
        <source>Families reunited</source>
        <translation>家庭团圆</translation>
    </message>
    <message>
        <source>Crimes uncovered: %1</source>
        <translation>破获案件：%1</translation>
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
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
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
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 people to %2.</source>
        <translation>已导出 %1 人至 %2。</translation>
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
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
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
        <source>Case %1 opened for %2.</source>
        <translation>已为 %2 立档，档案号 %1。</translation>
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
</context>
<context>
    <name>hc::VisitImporter</name>
    <message>
        <source>import field sheets</source>
        <translation>导入走访登记表</translation>
    </message>
    <message>
        <source>Preparing the import failed: %1</source>
        <translation>导入准备失败：%1</translation>
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
        <source>This household belongs to another station; its officers record its visits.</source>
        <translation>该户属于其他派出所，应由该所民警登记走访。</translation>
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
