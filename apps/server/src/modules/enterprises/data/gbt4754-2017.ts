/**
 * GB/T 4754-2017《国民经济行业分类》(Industrial classification for national economic activities),
 * issued by the National Bureau of Statistics and SAC on 2017-06-30, in force 2017-10-01
 * (http://www.stats.gov.cn/sj/tjbz/gjtjbz/ — the standard's published text).
 *
 * Completeness: all 20 sections (门类 A–T) and all 97 divisions (大类 01–97); groups (中类) for
 * section C (制造业, divisions 13–43) only. Classes (小类, 4 digits) are not listed here: the
 * `industries` table holds the classes in use (demo data, enterprises' files).
 * Transcribed by hand from the published standard (not machine-imported); the 2019 amendment No. 1
 * changed classes only, not these levels. Format: `code name`, one per line, section codes a letter,
 * division codes two digits, group codes three digits.
 */
export const GBT4754_SOURCE = 'GB/T 4754-2017《国民经济行业分类》（国家统计局、国家标准化管理委员会，2017-06-30 发布，2017-10-01 实施）；门类、大类完整，制造业（C）含中类';

const TEXT = `
A 农、林、牧、渔业
01 农业
02 林业
03 畜牧业
04 渔业
05 农、林、牧、渔专业及辅助性活动
B 采矿业
06 煤炭开采和洗选业
07 石油和天然气开采业
08 黑色金属矿采选业
09 有色金属矿采选业
10 非金属矿采选业
11 开采专业及辅助性活动
12 其他采矿业
C 制造业
13 农副食品加工业
131 谷物磨制
132 饲料加工
133 植物油加工
134 制糖业
135 屠宰及肉类加工
136 水产品加工
137 蔬菜、菌类、水果和坚果加工
139 其他农副食品加工
14 食品制造业
141 焙烤食品制造
142 糖果、巧克力及蜜饯制造
143 方便食品制造
144 乳制品制造
145 罐头食品制造
146 调味品、发酵制品制造
149 其他食品制造
15 酒、饮料和精制茶制造业
151 酒的制造
152 饮料制造
153 精制茶加工
16 烟草制品业
161 烟叶复烤
162 卷烟制造
169 其他烟草制品制造
17 纺织业
171 棉纺织及印染精加工
172 毛纺织及染整精加工
173 麻纺织及染整精加工
174 丝绢纺织及印染精加工
175 化纤织造及印染精加工
176 针织或钩针编织物及其制品制造
177 家用纺织制成品制造
178 产业用纺织制成品制造
18 纺织服装、服饰业
181 机织服装制造
182 针织或钩针编织服装制造
183 服饰制造
19 皮革、毛皮、羽毛及其制品和制鞋业
191 皮革鞣制加工
192 皮革制品制造
193 毛皮鞣制及制品加工
194 羽毛(绒)加工及制品制造
195 制鞋业
20 木材加工和木、竹、藤、棕、草制品业
201 木材加工
202 人造板制造
203 木质制品制造
204 竹、藤、棕、草等制品制造
21 家具制造业
211 木质家具制造
212 竹、藤家具制造
213 金属家具制造
214 塑料家具制造
219 其他家具制造
22 造纸和纸制品业
221 纸浆制造
222 造纸
223 纸制品制造
23 印刷和记录媒介复制业
231 印刷
232 装订及印刷相关服务
233 记录媒介复制
24 文教、工美、体育和娱乐用品制造业
241 文教办公用品制造
242 乐器制造
243 工艺美术及礼仪用品制造
244 体育用品制造
245 玩具制造
246 游艺器材及娱乐用品制造
25 石油、煤炭及其他燃料加工业
251 精炼石油产品制造
252 煤炭加工
253 核燃料加工
254 生物质燃料加工
26 化学原料和化学制品制造业
261 基础化学原料制造
262 肥料制造
263 农药制造
264 涂料、油墨、颜料及类似产品制造
265 合成材料制造
266 专用化学产品制造
267 炸药、火工及焰火产品制造
268 日用化学产品制造
27 医药制造业
271 化学药品原料药制造
272 化学药品制剂制造
273 中药饮片加工
274 中成药生产
275 兽用药品制造
276 生物药品制品制造
277 卫生材料及医药用品制造
278 药用辅料及包装材料
28 化学纤维制造业
281 纤维素纤维原料及纤维制造
282 合成纤维制造
283 生物基材料制造
29 橡胶和塑料制品业
291 橡胶制品业
292 塑料制品业
30 非金属矿物制品业
301 水泥、石灰和石膏制造
302 石膏、水泥制品及类似制品制造
303 砖瓦、石材等建筑材料制造
304 玻璃制造
305 玻璃制品制造
306 玻璃纤维和玻璃纤维增强塑料制品制造
307 陶瓷制品制造
308 耐火材料制品制造
309 石墨及其他非金属矿物制品制造
31 黑色金属冶炼和压延加工业
311 炼铁
312 炼钢
313 钢压延加工
314 铁合金冶炼
32 有色金属冶炼和压延加工业
321 常用有色金属冶炼
322 贵金属冶炼
323 稀有稀土金属冶炼
324 有色金属合金制造
325 有色金属压延加工
33 金属制品业
331 结构性金属制品制造
332 金属工具制造
333 集装箱及金属包装容器制造
334 金属丝绳及其制品制造
335 建筑、安全用金属制品制造
336 金属表面处理及热处理加工
337 搪瓷制品制造
338 金属制日用品制造
339 铸造及其他金属制品制造
34 通用设备制造业
341 锅炉及原动设备制造
342 金属加工机械制造
343 物料搬运设备制造
344 泵、阀门、压缩机及类似机械制造
345 轴承、齿轮和传动部件制造
346 烘炉、风机、包装等设备制造
347 文化、办公用机械制造
348 通用零部件制造
349 其他通用设备制造业
35 专用设备制造业
351 采矿、冶金、建筑专用设备制造
352 化工、木材、非金属加工专用设备制造
353 食品、饮料、烟草及饲料生产专用设备制造
354 印刷、制药、日化及日用品生产专用设备制造
355 纺织、服装和皮革加工专用设备制造
356 电子和电工机械专用设备制造
357 农、林、牧、渔专用机械制造
358 医疗仪器设备及器械制造
359 环保、邮政、社会公共服务及其他专用设备制造
36 汽车制造业
361 汽车整车制造
362 汽车用发动机制造
363 改装汽车制造
364 低速汽车制造
365 电车制造
366 汽车车身、挂车制造
367 汽车零部件及配件制造
37 铁路、船舶、航空航天和其他运输设备制造业
371 铁路运输设备制造
372 城市轨道交通设备制造
373 船舶及相关装置制造
374 航空、航天器及设备制造
375 摩托车制造
376 自行车和残疾人座车制造
377 助动车制造
378 非公路休闲车及零配件制造
379 潜水救捞及其他未列明运输设备制造
38 电气机械和器材制造业
381 电机制造
382 输配电及控制设备制造
383 电线、电缆、光缆及电工器材制造
384 电池制造
385 家用电力器具制造
386 非电力家用器具制造
387 照明器具制造
389 其他电气机械及器材制造
39 计算机、通信和其他电子设备制造业
391 计算机制造
392 通信设备制造
393 广播电视设备制造
394 雷达及配套设备制造
395 非专业视听设备制造
396 智能消费设备制造
397 电子器件制造
398 电子元件及电子专用材料制造
399 其他电子设备制造
40 仪器仪表制造业
401 通用仪器仪表制造
402 专用仪器仪表制造
403 钟表与计时仪器制造
404 光学仪器制造
405 衡器制造
409 其他仪器仪表制造业
41 其他制造业
411 日用杂品制造
419 其他未列明制造业
42 废弃资源综合利用业
421 金属废料和碎屑加工处理
422 非金属废料和碎屑加工处理
43 金属制品、机械和设备修理业
431 金属制品修理
432 通用设备修理
433 专用设备修理
434 铁路、船舶、航空航天等运输设备修理
435 电气设备修理
436 仪器仪表修理
439 其他机械和设备修理业
D 电力、热力、燃气及水生产和供应业
44 电力、热力生产和供应业
45 燃气生产和供应业
46 水的生产和供应业
E 建筑业
47 房屋建筑业
48 土木工程建筑业
49 建筑安装业
50 建筑装饰、装修和其他建筑业
F 批发和零售业
51 批发业
52 零售业
G 交通运输、仓储和邮政业
53 铁路运输业
54 道路运输业
55 水上运输业
56 航空运输业
57 管道运输业
58 多式联运和运输代理业
59 装卸搬运和仓储业
60 邮政业
H 住宿和餐饮业
61 住宿业
62 餐饮业
I 信息传输、软件和信息技术服务业
63 电信、广播电视和卫星传输服务
64 互联网和相关服务
65 软件和信息技术服务业
J 金融业
66 货币金融服务
67 资本市场服务
68 保险业
69 其他金融业
K 房地产业
70 房地产业
L 租赁和商务服务业
71 租赁业
72 商务服务业
M 科学研究和技术服务业
73 研究和试验发展
74 专业技术服务业
75 科技推广和应用服务业
N 水利、环境和公共设施管理业
76 水利管理业
77 生态保护和环境治理业
78 公共设施管理业
79 土地管理业
O 居民服务、修理和其他服务业
80 居民服务业
81 机动车、电子产品和日用产品修理业
82 其他服务业
P 教育
83 教育
Q 卫生和社会工作
84 卫生
85 社会工作
R 文化、体育和娱乐业
86 新闻和出版业
87 广播、电视、电影和录音制作业
88 文化艺术业
89 体育
90 娱乐业
S 公共管理、社会保障和社会组织
91 中国共产党机关
92 国家机构
93 人民政协、民主党派
94 社会保障
95 群众团体、社会团体和其他成员组织
96 基层群众自治组织及其他组织
T 国际组织
97 国际组织
`;

export type IndustryLevelName = 'section' | 'division' | 'group' | 'class';
export interface IndustryEntry {
  /** Normalised code: section letter + digits (C, C34, C345, C3451), as the `industries` table keys them. */
  code: string;
  name: string;
  level: IndustryLevelName;
  parent: string | null;
}

function parse(): IndustryEntry[] {
  const out: IndustryEntry[] = [];
  let section = '';
  for (const line of TEXT.split('\n')) {
    const m = /^([A-T]|\d{2,3}) (.+)$/.exec(line.trim());
    if (!m) continue;
    const [, raw = '', name = ''] = m;
    if (/^[A-T]$/.test(raw)) {
      section = raw;
      out.push({ code: raw, name, level: 'section', parent: null });
    } else if (raw.length === 2) {
      out.push({ code: section + raw, name, level: 'division', parent: section });
    } else {
      out.push({ code: section + raw, name, level: 'group', parent: section + raw.slice(0, 2) });
    }
  }
  return out;
}

export const GBT4754_ENTRIES: readonly IndustryEntry[] = parse();
export const GBT4754_BY_CODE: ReadonlyMap<string, IndustryEntry> = new Map(GBT4754_ENTRIES.map((e) => [e.code, e]));

/** Sections B (mining), C (manufacturing), D (utilities): "industrial" in 规模以上工业. */
export const INDUSTRIAL_SECTIONS = ['B', 'C', 'D'] as const;
export function isIndustrialCode(code: string): boolean {
  return (INDUSTRIAL_SECTIONS as readonly string[]).includes(code.charAt(0));
}

/** The level of a normalised code (C → section, C34 → division, C345 → group, C3451 → class). */
export function levelOfCode(code: string): IndustryLevelName {
  const digits = code.length - 1;
  return digits === 0 ? 'section' : digits === 2 ? 'division' : digits === 3 ? 'group' : 'class';
}
