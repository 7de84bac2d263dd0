#!/usr/bin/env python3
"""Writes the small CSV fixtures under tests/data (run once; the files are committed).
ID numbers get their check character by ISO 7064 MOD 11-2, computed here independently of
the C++ code under test."""
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

def check(d17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(d17, W)) % 11]

def idn(area, birth, seq):
    d17 = f"{area}{birth}{seq:03d}"
    return d17 + check(d17)

ZW = idn("620102", "19800512", 11)     # 张伟, male
WF = idn("620102", "19820301", 22)     # 王芳, female
ZXM = idn("620102", "20100704", 33)    # 张小明, male
LN = idn("620103", "19900115", 44)     # 李娜, female
LQ = idn("620103", "19881120", 55)     # 李强, male
AM = idn("620104", "19750630", 66)     # Anna Müller, female
ZL = idn("620105", "19700101", 77)     # 赵六, male, not in the registry
OLD15 = "620102650203031"              # first generation: 1965-02-03, seq 031 (male)
BADCHK = ZW[:17] + ("0" if ZW[17] != "0" else "1")

registry_header = ["station", "area", "household_no", "address", "id_number", "name", "sex", "birth_date",
                   "phone", "relation"]
registry_rows = [
    ["东岗派出所", "东岗社区", "H001", "东岗路1号", ZW, "张伟", "男", "1980-05-12", "13900000001", "户主"],
    ["东岗派出所", "东岗社区", "H001", "东岗路1号", WF, "王芳", "女", "1982/3/1", "13900000002", "配偶"],
    ["东岗派出所", "东岗社区", "H001", "东岗路1号", ZXM, "张小明", "M", "", "", "子"],
    ["东岗派出所", "雁滩村", "H002", "雁滩村\n3组8号", LN, "李娜", "female", "19900115", "13900000004", "户主"],
    ["东岗派出所", "雁滩村", "H002", "雁滩村\n3组8号", LQ, "李强", "", "", "", "配偶"],
    ["西湖派出所", "西湖社区", "H003", "西湖路5号, 2单元 \"北楼\"", AM, "Anna Müller", "F", "1975-06-30", "", "户主"],
    ["东岗派出所", "东岗社区", "H001", "东岗路1号", "620102198005120119", "", "男", "", "", ""],      # 7 empty name
    ["东岗派出所", "东岗社区", "H001", "东岗路1号", BADCHK, "张错", "", "", "", ""],                 # 8 check char
    ["西湖派出所", "西湖社区", "H003", "西湖路5号, 2单元 \"北楼\"", idn("620104", "19800101", 12), "刘一", "男", "", "", ""],  # 9 sex
    ["西湖派出所", "西湖社区", "H003", "西湖路5号, 2单元 \"北楼\"", idn("620104", "19800101", 14), "刘二", "", "1980-01-02", "", ""],  # 10 birth
    ["东岗派出所", "东岗社区", "H001", "东岗路1号", ZW.lower(), "张伟", "男", "", "", ""],          # 11 duplicate
    ["西湖派出所", "西湖社区", "H004", "西湖路7号", OLD15, "陈老", "男", "1965-02-03", "", "户主"],  # 12 15 digits
    ["西湖派出所", "西湖社区", "H004", "西湖路7号", "62010219650203", "陈短", "", "", "", ""],      # 13 length
    ["西湖派出所", "西湖社区", "H004", "西湖路7号", idn("620104", "19810230", 16)[:17] + "0", "陈日", "", "", "", ""],  # 14 date
    ["西湖派出所", "西湖社区", "H004", "西湖路7号", idn("620104", "19790101", 18), "陈性", "X", "", "", ""],  # 15 sex
]

def csv_line(fields):
    out = []
    for f in fields:
        if any(c in f for c in ',"\r\n'):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out) + "\r\n"

def write(name, header, rows, encoding="utf-8"):
    with open(name, "w", encoding=encoding, newline="") as fh:
        fh.write(csv_line(header))
        for r in rows:
            fh.write(csv_line(r))

write("registry.csv", registry_header, registry_rows)
zh_header = ["派出所", "社区", "户号", "住址", "公民身份号码", "姓名", "性别", "出生日期", "联系电话", "与户主关系"]
# Chinese headers in another order, GB18030; same rows.
order = [5, 4, 0, 1, 2, 3, 6, 7, 8, 9]
write("registry_zh_gb18030.csv", [zh_header[i] for i in order], [[r[i] for i in order] for r in registry_rows],
      "gb18030")
write("registry_bom.csv", registry_header, registry_rows, "utf-8-sig")
write("registry_missing_column.csv", [h for h in registry_header if h != "address"],
      [[v for i, v in enumerate(r) if registry_header[i] != "address"] for r in registry_rows[:3]])

officers_header = ["badge", "name", "station", "role", "password"]
officers_rows = [
    ["100001", "马警官", "东岗派出所", "officer", "Harbour-Kite-100001"],
    ["100002", "牛督导", "西湖派出所", "督导", "Harbour-Kite-100002"],
    ["100003", "杨侦查", "东岗派出所", "investigator", ""],       # random password
    ["100004", "某人", "不存在派出所", "officer", "x"],           # 4 unknown station
    ["100005", "某人", "东岗派出所", "chief", "x"],               # 5 unknown role
    ["100001", "重复", "东岗派出所", "officer", "x"],             # 6 badge twice
]
write("officers.csv", officers_header, officers_rows)

visits_header = ["household_no", "visited_at", "badge", "outcome", "id_number", "name", "status", "whereabouts",
                 "verified_by", "notes"]
visits_rows = [
    ["H001", "2026-03-02 10:00", "100001", "completed", ZW, "张伟", "present", "", "", ""],
    ["H001", "2026-03-02 10:00", "100001", "completed", WF, "王芳", "away_verified", "在广州务工", "电话", ""],
    ["H001", "2026-03-02 10:00", "100001", "completed", ZXM, "张小明", "whereabouts_unknown", "", "", "三天未归"],
    ["H002", "2026-03-03 09:00", "100001", "no_answer", "", "", "", "", "", ""],
    ["H002", "2026/3/10 9:30", "100001", "已走访", LN, "李娜", "在户", "", "", ""],
    ["H002", "2026-03-10T09:30", "100001", "completed", "", "小红", "unregistered_found", "", "", "约8岁"],
    ["H002", "2026-03-10 09:30", "100001", "completed", LQ, "李强", "外出（去向待核实）", "", "", ""],
    ["H003", "2026-03-04 11:00", "100002", "refused", "", "", "", "", "", ""],
    ["H999", "2026-03-04 11:00", "100002", "completed", "", "", "", "", "", ""],           # 9 household
    ["H003", "2026-03-04 12:00", "999999", "completed", "", "", "", "", "", ""],           # 10 badge
    ["H003", "2026-03-04 13:00", "100002", "maybe", "", "", "", "", "", ""],               # 11 outcome
    ["H003", "2026-03-04 14:00", "100002", "completed", AM, "Anna Müller", "lost", "", "", ""],  # 12 status
    ["H003", "2026-03-04 14:00", "100002", "completed", BADCHK, "张错", "present", "", "", ""],  # 13 id
    ["H003", "yesterday", "100002", "completed", "", "", "", "", "", ""],                  # 14 time
    ["H003", "2026-07-01 10:00", "100002", "completed", "", "", "", "", "", ""],           # 15 future
    ["H003", "2026-02-01 10:00", "100002", "completed", "", "", "", "", "", ""],           # 16 outside
    ["H001", "2026-03-02 10:00", "100001", "completed", "", "张三", "present", "", "", ""],  # 17 no id
    ["H001", "2026-03-20 10:00", "100001", "completed", ZL, "赵六", "present", "", "", "借住"],
    ["H001", "2026-03-25 10:00", "100001", "completed", ZXM, "张小明", "present", "", "", "已回家"],
]
write("visits.csv", visits_header, visits_rows)
print("ids:", ZW, WF, ZXM, LN, LQ, AM, ZL, OLD15, BADCHK)
