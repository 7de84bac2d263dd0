#include "core/demo/DemoNames.h"

#include <QStringView>
#include <algorithm>
#include <vector>

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
const char* const kLocalCodes[] = {"432902", "432921", "432923", "432924", "432925", "432926"};
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

QString description(Rng& rng, int age, bool male, int* heightOut)
{
    static const QStringList builds = words(u"体型偏瘦 中等身材 中等身材 体型偏胖 体型健壮");
    static const QStringList marks = words(u"无明显特征 无明显特征 左眉有疤痕 右手背有胎记 戴眼镜 左耳垂有痣 "
                                           u"门牙缺损 说本地方言");
    static const QStringList clothes = words(u"蓝色外套、黑色裤子 灰色夹克、牛仔裤 红色羽绒服 校服 "
                                             u"白色T恤、运动鞋 黑色棉袄 迷彩服、解放鞋");
    const int adult = male ? rng.range(160, 182) : rng.range(150, 168);
    const int height = age >= 16 ? adult : std::min(adult, 55 + age * 7 + rng.range(-5, 5));
    if (heightOut)
        *heightOut = height;
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

} // namespace hc::demo
