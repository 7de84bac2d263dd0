#include "demo/DemoNames.h"

#include "registry/IdNumber.h"

#include <QStringView>
#include <algorithm>
#include <cmath>

namespace hc::demo {

namespace {
QStringList words(QStringView text)
{
    QStringList out;
    for (QStringView w : text.split(u' ', Qt::SkipEmptyParts))
        out << w.toString();
    return out;
}

// Fills a template from the lists below: each %C a city elsewhere, %R a road, %N a small count;
// %A the area given.
QString fill(Rng& rng, QString text, const QString& area = {});

// First four sub-bureaus are urban districts, the last two counties; codes follow the national
// pattern (districts 02.., counties 21..) under a prefix that no real city uses.
const char16_t* const kSubBureaus[] = {u"东湖区分局", u"西岭区分局", u"南江区分局",
                                       u"北塘区分局", u"青山县分局", u"云溪县分局"};
const char* const kLocalCodes[] = {"432902", "432903", "432904", "432905", "432921", "432922"};
} // namespace

int Rng::weighted(std::span<const double> weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double r = real() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
        if (r < weights[i])
            return int(i);
        r -= weights[i];
    }
    return int(weights.size()) - 1;
}

QUuid Rng::uuid()
{
    const quint64 a = m_engine();
    const quint64 b = m_engine();
    // Version 4 (random) and the RFC 4122 variant bits, as QUuid::createUuid() would set them.
    return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0FFF) | 0x4000),
                 uchar(((b >> 56) & 0x3F) | 0x80), uchar(b >> 48), uchar(b >> 40), uchar(b >> 32),
                 uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
}

namespace {
QString fill(Rng& rng, QString text, const QString& area)
{
    text.replace(QStringLiteral("%A"), area);
    for (qsizetype at; (at = text.indexOf(u'%')) >= 0 && at + 1 < text.size();) {
        const QChar what = text.at(at + 1);
        text.replace(at, 2,
                     what == u'C'   ? city(rng)
                     : what == u'R' ? roadName(rng)
                                    : QString::number(rng.range(2, 6)));
    }
    return text;
}
} // namespace

// ---- Places ------------------------------------------------------------------------------

const QStringList& subBureauNames()
{
    static const QStringList names = [] {
        QStringList l;
        for (const char16_t* n : kSubBureaus)
            l << QString::fromUtf16(n);
        return l;
    }();
    return names;
}

bool isCounty(int subBureau)
{
    return subBureau >= 4;
}

QString stationName(int index)
{
    // Forty urban patches, then ten towns for each county.
    static const QStringList names = words(
        u"解放路 人民路 中山路 建设路 新华路 和平里 文化路 青年路 胜利街 友谊路 红旗路 朝阳 向阳 东风 光明 "
        u"幸福 "
        u"滨江 江北 湖滨 桥东 桥西 车站 机场 高新区 金桥 银湖 翠屏 凤凰 龙潭 白沙 东湖 西岭 南江 北塘 五里牌 "
        u"七里坪 十字街 大学城 新城 老街 青山城关 石门 桃源 柳林 梅岭 竹园 松山 枫林 杏花 荷塘 云溪城关 长岭 "
        u"大坪 小河 马鞍 黄田 鹤山 燕子 龙泉 双溪");
    return names.at(index % names.size()) + QStringLiteral(u"派出所");
}

QString localAreaCode(int subBureau)
{
    return QLatin1String(kLocalCodes[subBureau % 6]);
}

const QStringList& otherAreaCodes()
{
    static const QStringList codes = words(
        u"110105 310115 440106 440304 510107 500103 420106 430102 360102 450103 520102 530102 410105 370102 "
        u"330106 320106 350203 610113 620102 130102 340104 431102 431002 430602");
    return codes;
}

QString areaName(Rng& rng, bool village)
{
    static const QStringList urban = words(u"东升 西苑 南湖 北园 春晖 秋实 金色 银杏 锦绣 翠竹 松柏 桂花 "
                                           u"兰亭 梅园 荷花 菊香 丰收 太平 永安 长乐 "
                                           u"福寿 吉祥 如意 和谐 康乐 新民 兴隆 振兴 富强 安居 宁静 清泉 "
                                           u"碧水 青松 绿洲 白鹭 红星 紫荆 玉泉 石桥 "
                                           u"木兰 水口 火炬 天池 日新 月湖 星光 云海 风华 雨花 雪峰 霞光 "
                                           u"山河 田园 花园 果园 茶园 竹林 柳岸 枫桥 "
                                           u"樟树 榕树 槐荫 杏林 桃花 建新 育才 民主 团结 工农");
    static const QStringList rural = words(u"李家 王家 张家 刘家 陈家 杨家 赵家 黄家 周家 吴家 徐家 孙家 "
                                           u"胡家 朱家 高家 林家 何家 郭家 马家 罗家 "
                                           u"梁家 宋家 郑家 谢家 韩家 唐家 冯家 董家 程家 曹家 袁家 邓家 "
                                           u"许家 彭家 苏家 卢家 蒋家 蔡家 丁家 魏家 "
                                           u"叶家 余家 潘家 杜家 夏家 钟家 汪家 田家 任家 姜家 方家 石家 "
                                           u"姚家 谭家 廖家 邹家 熊家 陆家 毛家 邱家 "
                                           u"龙家 段家 雷家 易家 贺家 龚家 大塘 小塘 枫树 杉木 楠竹 柏树 "
                                           u"长冲 大湾 新屋 老屋 上坪 下坪 高桥 石门 "
                                           u"白果 黄泥 青石 竹山 桃园 梅子 杨柳 荷叶 茶山 油坊");
    return village ? rng.pick(rng.chance(0.6) ? rural : urban) + QStringLiteral(u"村")
                   : rng.pick(urban) + QStringLiteral(u"社区");
}

QString roadName(Rng& rng)
{
    static const QStringList roads = words(u"建设 人民 解放 中山 新华 和平 文化 青年 胜利 友谊 红旗 朝阳 "
                                           u"滨江 湖滨 光明 幸福 长江 黄河 珠江 五一 "
                                           u"八一 劳动 工农 学院 体育 迎宾 府前 环城 东环 西环 南环 北环 "
                                           u"金星 银河 玉兰 桂花 芙蓉 枫林 天山 昆仑 "
                                           u"泰山 华山 衡山 庐山 龙泉 凤鸣 锦江 清河 杏坛 书院");
    static const double weights[] = {6, 2, 1, 1};
    static const char16_t* const suffixes[] = {u"路", u"街", u"大道", u"巷"};
    return rng.pick(roads) + QString::fromUtf16(suffixes[rng.weighted(weights)]);
}

QString city(Rng& rng)
{
    static const QStringList cities =
        words(u"广州 深圳 东莞 佛山 上海 杭州 宁波 苏州 北京 天津 武汉 长沙 成都 "
              u"重庆 厦门 南京 西安 郑州 昆明 海口 温州 义乌 中山 珠海");
    return rng.pick(cities);
}

// ---- People ------------------------------------------------------------------------------

QString surname(Rng& rng)
{
    static const QStringList names = words(u"王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 "
                                           u"梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 "
                                           u"董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 "
                                           u"谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 "
                                           u"邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 "
                                           u"邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳");
    // Shares of the most common surnames (per cent, rounded); the long tail tapers off.
    static const std::vector<double> weights = [] {
        const double top[] = {7.1, 7.0, 6.8, 5.4, 4.6, 3.1, 2.2, 2.0, 2.0, 1.9,
                              1.5, 1.5, 1.2, 1.2, 1.1, 1.1, 1.0, 1.0, 1.0, 0.9};
        std::vector<double> w(top, top + 20);
        for (qsizetype i = 20; i < names.size(); ++i)
            w.push_back(0.85 - 0.006 * double(i));
        return w;
    }();
    return names.at(rng.weighted(weights));
}

QString givenName(Rng& rng, bool male)
{
    static const QStringList m = words(u"伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 "
                                       u"俊 帆 帅 旭 宁 龙 林 阳 建 国 峰 亮 "
                                       u"成 东 文 志 海 忠 兵 晨 博 轩 睿 泽 然 宏 德 福 春 生 永 金 荣 庆 "
                                       u"新 胜 祥 家 振 立 学 民 江 山 松 柏");
    static const QStringList f =
        words(u"芳 娜 敏 静 丽 艳 娟 霞 秀 玲 桂 英 红 梅 兰 燕 萍 婷 雪 琳 慧 莹 颖 倩 洁 佳 欣 悦 怡 涵 诗 "
              u"雨 琪 晓 "
              u"蕾 璐 薇 丹 凤 玉 珍 翠 云 莉 娥 琴 素 淑 月 彩 春 美 婉 梦 思 晶 妍 华");
    const QStringList& chars = male ? m : f;
    QString name = rng.pick(chars);
    if (rng.chance(0.75))
        name += rng.pick(chars);
    return name;
}

QString mobile(Rng& rng)
{
    static const int prefixes[] = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152,
                                   153, 155, 156, 157, 158, 159, 166, 173, 175, 176, 177, 180,
                                   181, 182, 183, 185, 186, 187, 188, 189, 191, 198, 199};
    return QString::number(prefixes[rng.range(0, int(std::size(prefixes)) - 1)]) +
           QStringLiteral("%1").arg(rng.range(0, 99999999), 8, 10, QLatin1Char('0'));
}

// ---- Field notes -------------------------------------------------------------------------

QString visitNote(Rng& rng, const QString& outcome)
{
    static const QStringList noAnswer = words(u"敲门无应答，已在门上留联系卡 白天家中无人，改晚间回访 "
                                              u"邻居称户主外出务工，春节才回 电话联系未接通");
    static const QStringList refused = words(u"住户不愿提供家庭成员信息，已报督导跟进 隔门答话，拒绝开门 "
                                             u"称已向社区登记过，不予配合");
    static const QStringList vacant = words(u"房屋空置，物业证实多年无人居住 门窗紧闭，水电表多月无读数 "
                                            u"房屋出租后空置，联系不上房东");
    static const QStringList demolished =
        words(u"房屋已于棚户区改造中拆除 原址现为在建工地 旧村改造，房屋已拆除");
    static const QStringList notFound = words(u"门牌号不存在，待与户籍底册核对 该地址已更名，原门牌无法对应");
    static const QStringList completed =
        words(u"户主在家，配合登记 与社区网格员一同走访 晚间走访，家庭成员均在");
    if (outcome == u"no_answer")
        return rng.chance(0.4) ? rng.pick(noAnswer) : QString();
    if (outcome == u"refused")
        return rng.pick(refused);
    if (outcome == u"vacant")
        return rng.pick(vacant);
    if (outcome == u"demolished")
        return rng.pick(demolished);
    if (outcome == u"address_not_found")
        return rng.pick(notFound);
    return rng.chance(0.1) ? rng.pick(completed) : QString();
}

QString followUpNote(Rng& rng)
{
    static const QStringList notes =
        words(u"回访核实外出人员去向 督导回访，抽查登记质量 回访补充外出人员联系方式");
    return rng.pick(notes);
}

QString awayWhereabouts(Rng& rng, int age, bool male)
{
    static const QStringList child = words(u"随父母在%C居住 在%C上学"), student = words(u"在%C上学"),
                             old = words(u"在%C随子女居住"),
                             work = words(u"在%C务工 在%C打工 在%C经商 在%C工作"),
                             trade = words(u"在%C跑运输 在%C做家政");
    if (age < 18)
        return fill(rng, rng.pick(child));
    if (age <= 24 && rng.chance(0.4))
        return fill(rng, rng.pick(student));
    if (age >= 60)
        return fill(rng, rng.pick(old));
    return fill(rng, rng.chance(0.1) ? trade.at(male ? 0 : 1) : rng.pick(work));
}

QString unverifiedWhereabouts(Rng& rng)
{
    static const QStringList said =
        words(u"家属称在外地务工，具体地址不详 据邻居称外出打工 家属称在%C，电话未接通");
    return rng.chance(0.25) ? QString() : fill(rng, rng.pick(said));
}

QString movedOutWhereabouts(Rng& rng, int age, bool male)
{
    if (rng.chance(0.2))
        return QStringLiteral(u"迁出，去向不详");
    if (!male && age >= 20 && age <= 35 && rng.chance(0.4))
        return QStringLiteral(u"嫁往") + city(rng);
    return QStringLiteral(u"迁往") + city(rng);
}

QString unknownNote(Rng& rng, QDate lastSeen)
{
    if (rng.chance(0.5))
        return QStringLiteral(u"%1年%2月离家后失联").arg(lastSeen.year()).arg(lastSeen.month());
    static const QStringList notes =
        words(u"家属称已多年未联系 离家出走，家属未报案 外出务工后失联，手机停机");
    return rng.pick(notes);
}

QString unregisteredNote(Rng& rng, int age)
{
    static const QStringList child = words(u"出生后未申报户口 非婚生育，未办理出生登记 超生未落户");
    static const QStringList adult = words(u"自幼无户口 户籍迁出后未落户 户口遗失，未补办");
    return rng.pick(age < 18 ? child : adult) + QStringLiteral(u"，列入登记落户名单");
}

// ---- Cases -------------------------------------------------------------------------------

Circumstances circumstances(Rng& rng, int age, bool fromScreening)
{
    static const QStringList child =
        words(u"放学后未回家 在小区楼下玩耍时走失 随家人赶集时走失 在商场与家人走散");
    static const QStringList teen =
        words(u"与家人发生争执后离家出走 网聊结识网友后离家未归 辍学后外出，与家人失去联系");
    static const QStringList old =
        words(u"患阿尔茨海默病，晨练后未归 外出散步后走失，未带手机 去医院看病后未回家");
    if (age < 14)
        return {rng.pick(child), 1};
    if (age < 18)
        return {rng.pick(teen), 1};
    if (age >= 65)
        return {rng.pick(old), 1};
    static const Circumstances adult[] = {
        {QStringLiteral(u"外出务工后与家人失去联系"), -1},
        {QStringLiteral(u"称去外地找工作，此后失联"), 0},
        {QStringLiteral(u"因家庭矛盾离家出走"), -1},
        {QStringLiteral(u"患有精神疾病，独自外出后走失"), 1},
        {QStringLiteral(u"欠债后离家，手机关机"), 0},
        {QStringLiteral(u"与陌生人外出后失联"), 1},
        {QStringLiteral(u"经人介绍去外地工作后失联"), 1},
    };
    Circumstances c = adult[rng.range(0, int(std::size(adult)) - 1)];
    if (fromScreening)
        c.text += u"，本次排查中发现";
    return c;
}

QString description(Rng& rng, int age, bool male)
{
    static const QStringList builds = words(u"体型偏瘦 中等身材 中等身材 体型偏胖 体型健壮");
    static const QStringList marks = words(u"无明显特征 无明显特征 左眉有疤痕 右手背有胎记 戴眼镜 左耳垂有痣 "
                                           u"门牙缺损 说本地方言");
    static const QStringList clothes = words(u"蓝色外套、黑色裤子 灰色夹克、牛仔裤 红色羽绒服 校服 "
                                             u"白色T恤、运动鞋 黑色棉袄 迷彩服、解放鞋");
    const int adult = male ? rng.range(160, 182) : rng.range(150, 168);
    const int height = age >= 16 ? adult : std::min(adult, 55 + age * 7 + rng.range(-5, 5));
    return QStringLiteral(u"%1，%2岁，身高约%3厘米，%4，%5，离家时穿%6")
        .arg(male ? u"男" : u"女")
        .arg(age)
        .arg(height)
        .arg(rng.pick(builds), rng.pick(marks), rng.pick(clothes));
}

QString lastSeenPlace(Rng& rng, const QString& areaName)
{
    static const QStringList places = words(u"%A附近 %C火车站 %A菜市场 家中 %R与%R交叉口 汽车客运站");
    return fill(rng, rng.pick(places), areaName);
}

QString leadText(Rng& rng, const QString& kind, const QString& areaName)
{
    static const QStringList sighting = words(u"群众反映在%A附近见过疑似本人 监控显示疑似本人在汽车站出现 "
                                              u"环卫工人称在%C见过体貌相似人员");
    static const QStringList tip = words(u"群众来电称在%C见到体貌相似人员 网友提供线索，称在%C某工地见过本人 "
                                         u"匿名来电称本人曾在%C打工");
    static const QStringList call =
        words(u"联系%C警方协查，暂无结果 电话回访家属，暂无新消息 与%C救助站联系核查");
    static const QStringList search = words(u"组织民警和志愿者在%A周边搜寻 比对全国失踪人口DNA数据库，未比中 "
                                            u"在江边、山林等重点区域搜寻");
    static const QStringList action = words(u"发布协查通报 调取%A周边监控录像 采集家属DNA血样入库 "
                                            u"将本人信息录入全国打拐DNA数据库");
    const QStringList& list = kind == u"sighting" ? sighting
                              : kind == u"tip"    ? tip
                              : kind == u"call"   ? call
                              : kind == u"search" ? search
                                                  : action;
    return fill(rng, rng.pick(list), areaName);
}

QString closingLeadText(Rng& rng, const QString& status, const QString& crime)
{
    static const QStringList alive = words(u"在%C找到本人，已通知家属接回 经DNA比对在%C救助站找到本人 "
                                           u"本人主动与家属联系，现在%C务工，已当面核实");
    static const QStringList kidnapping = words(u"会同特警成功解救人质，抓获犯罪嫌疑人%N名");
    static const QStringList trafficking = words(u"会同%C警方解救被拐人员，打掉拐卖团伙，抓获犯罪嫌疑人%N名");
    static const QStringList pyramid = words(u"在%C传销窝点解救本人，抓获传销组织者%N名");
    static const QStringList homicide =
        words(u"发现遗体，经DNA比对确认为本人，系他杀；已立为刑事案件，抓获犯罪嫌疑人%N名");
    static const QStringList died =
        words(u"在江中发现遗体，经DNA比对确认为本人，排除他杀 本人已于%C因病去世，已通知家属");
    static const QStringList other = words(u"经核实本人已在外地落户，撤销档案 家属撤回报案，本人已主动联系");
    const QStringList& list = status == u"found_alive"      ? alive
                              : status == u"rescued"        ? (crime == u"kidnapping"    ? kidnapping
                                                               : crime == u"trafficking" ? trafficking
                                                                                         : pyramid)
                              : status == u"found_deceased" ? (crime == u"homicide" ? homicide : died)
                                                            : other;
    return fill(rng, rng.pick(list));
}

// ---- Residents ----------------------------------------------------------------------------

QString code(Check check)
{
    static const char* const codes[] = {
        "present",  "away_verified", "away_unverified",   "whereabouts_unknown",
        "deceased", "moved_out",     "unregistered_found"};
    return QLatin1String(codes[int(check)]);
}

void makeFamily(Rng& rng, int size, QDate reference, std::vector<Member>& out)
{
    out.clear();
    auto add = [&](bool male, int age, const QString& relation, const QString& family) {
        Member m;
        m.male = male;
        m.age = std::clamp(age, 0, 95);
        m.birth = reference.addYears(-m.age).addDays(-rng.range(1, 364));
        m.relation = relation;
        m.name = family + givenName(rng, male);
        if (m.age >= 18 && rng.chance(m.age >= 75 ? 0.5 : 0.92))
            m.phone = mobile(rng);
        out.push_back(std::move(m));
    };
    const QString family = surname(rng);
    const bool headMale = rng.chance(0.72);
    const int headAge =
        size == 1 ? (rng.chance(0.4) ? rng.range(60, 92) : rng.range(20, 59)) : rng.range(24, 78);
    add(headMale, headAge, QStringLiteral(u"户主"), family);
    QString childSurname = family; // children usually carry the father's surname
    if (size >= 2 && rng.chance(size == 2 ? 0.75 : 0.9)) {
        const QString own = surname(rng);
        add(!headMale, headAge + (headMale ? -rng.range(0, 5) : rng.range(0, 5)), QStringLiteral(u"配偶"),
            own);
        if (!headMale)
            childSurname = own;
    }
    const bool threeGenerations = headAge >= 56 && rng.chance(0.6);
    int children = 0, parents = 0, adultChildAge = -1;
    QString grandSurname;
    while (int(out.size()) < size) {
        const bool male = rng.chance(0.52);
        if (threeGenerations && adultChildAge < 0) {
            adultChildAge = std::max(18, headAge - rng.range(24, 34));
            add(male, adultChildAge, male ? QStringLiteral(u"子") : QStringLiteral(u"女"), childSurname);
            grandSurname = male ? childSurname : surname(rng);
            if (int(out.size()) < size && rng.chance(0.8))
                add(!male, adultChildAge + rng.range(-3, 3),
                    male ? QStringLiteral(u"儿媳") : QStringLiteral(u"女婿"),
                    male ? surname(rng) : grandSurname);
        } else if (threeGenerations) {
            const int age = adultChildAge - rng.range(22, 34);
            add(male, age < 0 ? rng.range(0, 6) : age,
                male ? QStringLiteral(u"孙子") : QStringLiteral(u"孙女"), grandSurname);
        } else if (children < 3) {
            const int age = headAge - rng.range(22, 38);
            add(male, age < 0 ? rng.range(0, std::max(0, headAge - 20)) : age,
                male ? QStringLiteral(u"子") : QStringLiteral(u"女"), childSurname);
            ++children;
        } else if (parents < 2 && headAge <= 65) {
            const bool father = parents++ == 0;
            add(father, headAge + rng.range(22, 32),
                father ? QStringLiteral(u"父亲") : QStringLiteral(u"母亲"), father ? family : surname(rng));
        } else {
            add(male, headAge + rng.range(-8, 8), male ? QStringLiteral(u"兄弟") : QStringLiteral(u"姐妹"),
                family);
        }
    }
}

namespace {
QDate idBase()
{
    return QDate(1929, 1, 1);
}
} // namespace

IdAllocator::IdAllocator()
{
    for (int i = 0; i < 6; ++i)
        m_codes << localAreaCode(i);
    m_codes += otherAreaCodes();
    m_days = int(idBase().daysTo(QDate(2027, 1, 1)));
    m_used.assign(size_t(m_codes.size()) * size_t(m_days) * 2, 0);
}

QString IdAllocator::make(int code, QDate birth, bool male)
{
    const int day = std::clamp(int(idBase().daysTo(birth)), 0, m_days - 1);
    for (int attempt = 0; attempt < codes(); ++attempt) {
        const int c = (code + attempt) % codes();
        quint16& k = m_used[(size_t(c) * size_t(m_days) + size_t(day)) * 2 + (male ? 1 : 0)];
        if (k < 500) {
            // 137 is prime to 500: k = 0..499 visits every sequence of that sex exactly once.
            const int slot = int((quint64(c) * 7919 + quint64(day) * 104729) % 500);
            const int seq = ((slot + k * 137) % 500) * 2 + (male ? 1 : 0);
            ++k;
            return IdNumber::make(m_codes.at(c), birth, seq);
        }
    }
    return {};
}

bool Quota::draw(Rng& rng, double weight, qint64 done, qint64 total)
{
    seen += weight;
    if (weight <= 0 || taken >= target)
        return false;
    const double perHousehold = done >= 50 ? seen / double(done + 1) : prior;
    const double remaining = std::max(weight, perHousehold * double(total - done));
    if (!rng.chance(weight * double(target - taken) / remaining))
        return false;
    ++taken;
    return true;
}

void drawCheck(Rng& rng, Member& m, Quota& unknown, qint64 done, qint64 total, QDate at)
{
    const int a = m.age;
    // Whereabouts unknown: mostly working-age adults and the elderly, rarely children.
    const double w = a < 12 ? 0 : a < 16 ? 0.4 : a < 46 ? 1.3 : a < 70 ? 0.8 : 1.4;
    if (unknown.draw(rng, w, done, total)) {
        m.check = Check::Unknown;
        return;
    }
    const double deceased = a >= 80 ? 0.04 : a >= 70 ? 0.016 : a >= 50 ? 0.003 : 0.0004;
    const double moved = (a >= 18 && a <= 40) ? 0.03 : 0.01;
    const double away = a < 18 ? 0.04 : a <= 55 ? 0.145 : a <= 70 ? 0.065 : 0.03;
    const double unverified = (a >= 18 && a <= 55) ? 0.04 : 0.01;
    const double r = rng.real();
    if (r < deceased) {
        m.check = Check::Deceased;
        m.eventDate = at.addDays(-rng.range(20, 1500)).toString(Qt::ISODate);
        if (rng.chance(0.6))
            m.notes = QStringLiteral(u"已死亡，未办理户口注销");
    } else if (r < deceased + moved) {
        m.check = Check::MovedOut;
        m.whereabouts = movedOutWhereabouts(rng, a, m.male);
        if (rng.chance(0.7))
            m.eventDate = at.addDays(-rng.range(60, 3000)).toString(Qt::ISODate);
    } else if (r < deceased + moved + away) {
        static const double byWeights[] = {55, 25, 15, 5};
        static const char* const by[] = {"phone", "video", "third_party", "in_person"};
        m.check = Check::AwayVerified;
        m.whereabouts = awayWhereabouts(rng, a, m.male);
        m.verifiedBy = QLatin1String(by[rng.weighted(byWeights)]);
    } else if (r < deceased + moved + away + unverified) {
        m.check = Check::AwayUnverified;
        m.whereabouts = unverifiedWhereabouts(rng);
        m.notes = QStringLiteral(u"列入待核实名单");
    }
}

Member unregisteredMember(Rng& rng, const std::vector<Member>& family, QDate reference)
{
    Member u;
    const bool child = rng.chance(0.55);
    u.male = rng.chance(0.5);
    u.age = child ? rng.range(0, 17) : rng.range(18, 70);
    u.birth = reference.addYears(-u.age).addDays(-rng.range(1, 364));
    u.name = (child ? family.front().name.left(1) : surname(rng)) + givenName(rng, u.male);
    if (!child)
        u.relation = QStringLiteral(u"其他");
    else if (family.front().age >= 50)
        u.relation = u.male ? QStringLiteral(u"孙子") : QStringLiteral(u"孙女");
    else
        u.relation = u.male ? QStringLiteral(u"子") : QStringLiteral(u"女");
    u.check = Check::Unregistered;
    u.notes = unregisteredNote(rng, u.age);
    return u;
}

Member outsider(Rng& rng, QDate reference)
{
    static const double bands[] = {30, 40, 30}; // children, adults, the elderly
    const int band = rng.weighted(bands);
    Member m;
    m.male = rng.chance(0.55);
    m.age = band == 0 ? rng.range(3, 16) : band == 1 ? rng.range(17, 59) : rng.range(60, 90);
    m.birth = reference.addYears(-m.age).addDays(-rng.range(1, 364));
    m.name = surname(rng) + givenName(rng, m.male);
    return m;
}

QDate lastSeenBefore(Rng& rng, Member& m, QDate at)
{
    static const double bands[] = {35, 40, 25}; // under a year, one to five years, longer
    const int band = rng.weighted(bands);
    QDate seen = at.addDays(band == 0   ? -rng.range(30, 365)
                            : band == 1 ? -rng.range(366, 1825)
                                        : -rng.range(1826, 7300));
    if (seen < m.birth.addYears(std::min(m.age, 12)))
        seen = at.addDays(-rng.range(7, 60));
    m.notes = unknownNote(rng, seen);
    return seen;
}

// ---- The sweep ---------------------------------------------------------------------------

QString code(Outcome outcome)
{
    static const char* const codes[] = {"completed", "no_answer",  "refused",
                                        "vacant",    "demolished", "address_not_found"};
    return QLatin1String(codes[int(outcome)]);
}

std::vector<PlannedVisit> planVisits(Rng& rng, int day, int days)
{
    enum Fate
    {
        Direct,
        Revisit,
        NotFound,
        Vacant,
        Demolished,
        Pending
    };
    static const double fates[] = {86.7, 8.0, 0.3, 1.5, 0.5, 3.0};
    const int fate = rng.weighted(fates);
    const Outcome failed = rng.chance(0.85) ? Outcome::NoAnswer : Outcome::Refused;
    std::vector<PlannedVisit> plan;
    if (fate == Revisit)
        plan.assign(rng.chance(0.8) ? 1 : 2, {0, failed});
    else if (fate == NotFound)
        plan.push_back({0, Outcome::NotFound});
    else if (fate == Vacant && rng.chance(0.35))
        plan.push_back({0, Outcome::NoAnswer});
    static const Outcome last[] = {Outcome::Completed, Outcome::Completed,  Outcome::Completed,
                                   Outcome::Vacant,    Outcome::Demolished, Outcome::NoAnswer};
    plan.push_back({day, fate == Pending ? failed : last[fate]});
    if (fate == Pending) { // further failed attempts, as long as the operation lasts
        for (int k = rng.range(0, 2), d = day + rng.range(2, 10); k > 0 && d < days;
             --k, d += rng.range(2, 10))
            plan.push_back({d, failed});
        return plan;
    }
    // Failed attempts came a few days before the covering visit; early ones shift it later.
    for (int i = int(plan.size()) - 2; i >= 0; --i)
        plan[size_t(i)].day = plan[size_t(i) + 1].day - rng.range(1, 6);
    const int shift = std::max(0, -plan.front().day);
    for (PlannedVisit& p : plan)
        p.day += shift;
    return plan;
}

Area makeArea(Rng& rng, bool village)
{
    Area a;
    a.village = village;
    a.name = areaName(rng, village);
    for (int r = rng.range(2, 3); r > 0; --r)
        a.roads << roadName(rng);
    a.firstNumber = rng.range(0, 60) * 2 + 1;
    a.units = rng.range(2, 4);
    a.weight = rng.real(0.4, 1.6);
    return a;
}

QString nextAddress(Rng& rng, Area& a)
{
    const int j = a.next;
    a.next += rng.range(1, 3); // not every flat holds a registered household
    if (a.village)
        return a.name + QStringLiteral(u"%1组%2号").arg(j / 40 + 1).arg(j % 40 + 1);
    const int perBuilding = a.units * 12; // six floors, two flats a landing
    const int building = j / perBuilding, flat = j % perBuilding;
    return a.roads.at(building % a.roads.size()) +
           QStringLiteral(u"%1号%2单元%3室")
               .arg(a.firstNumber + int(building / a.roads.size()) * 2)
               .arg(flat / 12 + 1)
               .arg((flat % 12) / 2 * 100 + 101 + flat % 2);
}

// ---- Cases -------------------------------------------------------------------------------

QString caseNumber(int number)
{
    return QStringLiteral("SZ2026-%1").arg(number, 5, 10, QLatin1Char('0'));
}

void assignOutcomes(Rng& rng, std::vector<CaseSeed>& cases, double scale, QDate start, QDate latest)
{
    auto scaled = [&](double n) { return qint64(std::llround(n * scale)); };
    // From scale 0.01 up a small demo still shows a homicide and a kidnapping.
    const qint64 atLeast = scale >= 0.01 ? 1 : 0;
    const qint64 kidnapping = std::max(atLeast, scaled(5)), homicide = std::max(atLeast, scaled(2));
    const qint64 trafficking = scaled(36);
    const qint64 rescued = std::max(scaled(52), kidnapping + trafficking + scaled(11));

    std::vector<int> pool;
    for (int i = 0; i < int(cases.size()); ++i)
        if (cases[size_t(i)].duplicateOf < 0)
            pool.push_back(i);
    rng.shuffle(pool);
    std::vector<int> found; // found alive or rescued; rescues first
    // Takes `count` cases from the pool, preferring those that `fits` (e.g. children for kidnapping).
    auto assign = [&](qint64 count, const char* status, const char* crime, auto fits, int minDays,
                      int maxDays) {
        for (qint64 n = 0; n < count && !pool.empty(); ++n) {
            auto it = std::find_if(pool.begin(), pool.end(), [&](int i) { return fits(cases[size_t(i)]); });
            if (it == pool.end())
                it = pool.begin();
            const int i = *it;
            pool.erase(it);
            CaseSeed& c = cases[size_t(i)];
            c.status = QLatin1String(status);
            c.crime = QLatin1String(crime);
            c.outcome = std::min(latest, start.addDays(c.opened / 86400 + rng.range(minDays, maxDays)));
            if (c.status == u"found_alive" || c.status == u"rescued")
                found.push_back(i);
        }
    };
    assign(
        kidnapping, "rescued", "kidnapping", [](const CaseSeed& c) { return c.age < 16; }, 2, 40);
    assign(
        trafficking, "rescued", "trafficking",
        [](const CaseSeed& c) { return c.age < 14 || (!c.male && c.age >= 15 && c.age <= 35); }, 10, 150);
    // The rest of the rescues: people held in pyramid-selling rings.
    assign(
        rescued - kidnapping - trafficking, "rescued", "other",
        [](const CaseSeed& c) { return c.age >= 18 && c.age <= 45; }, 10, 120);
    assign(
        homicide, "found_deceased", "homicide", [](const CaseSeed& c) { return c.age >= 18 && c.age <= 65; },
        5, 150);
    assign(
        std::max(scaled(25), homicide) - homicide, "found_deceased", nullptr,
        [](const CaseSeed& c) { return c.age >= 60; }, 3, 150);
    assign(
        std::max<qint64>(0, scaled(603) - rescued), "found_alive", nullptr,
        [](const CaseSeed&) { return true; }, 1, 60);
    assign(
        scaled(12), "closed_other", nullptr, [](const CaseSeed& c) { return c.age >= 18; }, 20, 160);
    for (int i : pool)
        cases[size_t(i)].status = rng.chance(0.65) ? QStringLiteral("investigating") : QStringLiteral("open");
    for (size_t k = 0; k < found.size() && qint64(k) < scaled(512); ++k)
        cases[size_t(found[k])].reunited = true;
}

std::vector<std::vector<int>> rings(Rng& rng, const std::vector<int>& ids, int lo, int hi)
{
    std::vector<std::vector<int>> out;
    for (size_t i = 0; i < ids.size();) {
        const size_t n = std::min(ids.size() - i, size_t(rng.range(lo, hi)));
        std::vector<int> ring(ids.begin() + qsizetype(i), ids.begin() + qsizetype(i + n));
        i += n;
        if (int(ring.size()) < lo && !out.empty())
            out.back().insert(out.back().end(), ring.begin(), ring.end());
        else
            out.push_back(std::move(ring));
    }
    return out;
}

} // namespace hc::demo
