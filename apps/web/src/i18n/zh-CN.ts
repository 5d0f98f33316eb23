/**
 * Simplified Chinese core strings (the default language): what the login page and the shell
 * show at first paint, plus the areas not split out yet. `en.ts` must have exactly the same keys;
 * the type `Messages` enforces it at compile time and `locales.test.ts` at test time.
 *
 * A feature area's strings do NOT go here: they live in `features/<area>/locale.ts`, which
 * adds them to i18next when the area's lazy chunk loads (`i18n/add-strings.ts`), so they stay
 * out of the login page's entry chunk. Their keys are typed in `i18next.d.ts`. Only menu
 * labels the shell draws before an area loads belong here (`nav.*`).
 */
export const zhCN = {
  app: {
    name: '云局',
    fullName: '科技创新服务“云局”',
    tagline: '一个平台汇聚全县各部门创新服务，服务企业、专家和高校',
    titleSuffix: '云局',
    skipToContent: '跳到正文',
  },
  common: {
    loading: '正在加载…',
    search: '查询',
    reset: '重置',
    view: '查看',
    back: '返回',
    backToWorkbench: '返回工作台',
    retry: '重新加载',
    reloadPage: '刷新页面',
    total: '共 {{total}} 条',
    empty: '—',
    yes: '是',
    no: '否',
    requestId: '请求编号：{{id}}',
    listSeparator: '，',
    all: '全部',
  },
  lang: {
    switchLabel: '切换语言 / Switch language',
    switchTo: 'English',
  },
  nav: {
    label: '主导航',
    workbench: '工作台',
    enterprises: '企业档案',
    myEnterprise: '我的企业',
    audit: '审计日志',
    // Menu labels of the lazily loaded areas: the shell draws them before those areas' strings arrive.
    hall: '服务大厅',
    catalogue: '事项与资源管理',
    myCases: '我的办件',
    caseManage: '办件管理',
    caseQuery: '办件查询',
    walkIn: '窗口受理',
    supervision: '督办',
    caseStats: '办件统计',
    calendar: '节假日设置',
    inbox: '消息中心',
    matching: '供需对接',
    myMatching: '技术难题与人才',
    expertMatching: '难题对接',
    matchingOutcomes: '对接成效',
    expertProfile: '我的专家档案',
    talentProfile: '我的人才档案',
    talentEngagements: '我的岗位对接',
    safebox: '商业秘密保险箱',
    notaryReview: '公证审核',
    notaryKeys: '公证员密钥',
    cultivation: '梯队培育',
    coverage: '五个全覆盖',
    coverageTasks: '年度任务',
    assessment: '考核评价',
    openMenu: '打开导航菜单',
    collapseSider: '收起侧边导航',
    expandSider: '展开侧边导航',
    navigating: '正在打开页面…',
  },
  user: {
    menu: '用户菜单',
    changePassword: '修改密码',
    logout: '退出登录',
    loggedOut: '您已安全退出',
  },
  role: {
    enterprise: '企业用户',
    expert: '专家',
    officer: '部门经办人',
    bureau_admin: '科技局管理员',
    desk: '窗口受理员',
    notary: '公证员',
    leader: '领导（只读）',
    talent: '人才',
  },
  login: {
    pageTitle: '登录',
    heading: '用户登录',
    username: '用户名',
    password: '密码',
    usernamePlaceholder: '请输入用户名',
    passwordPlaceholder: '请输入密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
    retryAfter: '请于 {{time}}后重试。',
    sessionExpired: '登录已失效，请重新登录。',
    notice: '本系统为政务服务平台，请妥善保管账号密码，操作将记入审计日志。',
  },
  duration: {
    seconds: '{{seconds}} 秒',
    minutes: '{{minutes}} 分 {{seconds}} 秒',
  },
  qualification: {
    tech_sme: '科技型中小企业',
    high_tech: '高新技术企业',
    tech_little_giant: '科技小巨人',
    tech_leader: '科技领军企业',
    srdi_sme: '专精特新中小企业',
    srdi_little_giant: '专精特新“小巨人”',
    hidden_champion: '隐形冠军',
    single_champion: '单项冠军',
    eagle: '雄鹰企业',
    listed: '上市公司',
    ip_pilot: '知识产权先导型企业',
  },
  size: {
    large: '大型',
    medium: '中型',
    small: '小型',
    micro: '微型',
  },
  notFound: {
    title: '页面不存在',
    description: '您访问的页面不存在或已调整，请通过导航菜单进入。',
  },
  forbidden: {
    title: '无权访问',
    description: '您的账号没有访问此页面的权限。如需开通，请联系县科技局管理员。',
  },
  error: {
    title: '页面出错了',
    loadFailed: '数据加载失败',
    network: '网络连接异常，请检查网络后重试。',
    unknown: '系统繁忙，请稍后再试。',
    chunkTitle: '页面加载失败',
    chunkDescription: '系统可能刚刚完成升级，请刷新页面后重试。',
  },
};

/** The shape every language must provide for the core strings: the same keys, any string values. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
