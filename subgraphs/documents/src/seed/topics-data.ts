/**
 * What the offices' documents are about: per topic, the unit that leads it, the units it is
 * routed to, titles, senders, body sentences and information-report items. Placeholders:
 * {year}, {province} (黑龙江省), {p} (黑), {department} (黑龙江省林业厅), {county} and
 * {countyShort}, its first character.
 */
export interface Sender {
  name: string;
  /** 文号 prefix, e.g. 林护发. */
  numberPrefix: string;
}

export interface DocumentTopic {
  leadOrgCode: string;
  /** What the topic's meetings and tasks are about, e.g. 森林防火工作. */
  subject: string;
  routedOrgCodes: readonly string[];
  outgoingTitles: readonly string[];
  incomingTitles: readonly string[];
  senders: readonly Sender[];
  sentences: readonly string[];
  /** What the documents name besides text: counties, and sub-compartments in them. */
  concerns: 'NOTHING' | 'COUNTIES' | 'SUB_COMPARTMENTS';
  /** Relative frequency in each month, January first. */
  monthlyWeights: readonly number[];
  /** Share of EXTRA_URGENT and URGENT documents. */
  urgentShare: number;
  reportItems: readonly string[];
}

const EVEN = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

/** Reports from county forestry bureaus, whose 文号 prefix is made from the county's name. */
export const COUNTY_BUREAU: Sender = { name: '{county}林业和草原局', numberPrefix: '{countyShort}林发' };

export const TOPICS: readonly DocumentTopic[] = [
  {
    leadOrgCode: 'FHB',
    subject: '森林防火工作',
    routedOrgCodes: ['BGS', 'ZYC', 'LZC'],
    outgoingTitles: [
      '关于做好{year}年春季森林防火工作的通知',
      '关于进一步加强秋冬季森林防火工作的紧急通知',
      '关于开展森林防火隐患排查整治专项行动的通知',
      '关于印发《{province}森林火灾应急预案》的通知',
      '关于加强重点时段森林防火工作的通知',
    ],
    incomingTitles: [
      '关于切实做好{year}年森林草原防灭火工作的通知',
      '关于{county}森林火情处置情况的报告',
      '关于{county}森林防火工作检查情况的报告',
      '关于做好清明节期间森林防火工作的通知',
    ],
    senders: [
      { name: '国家森林草原防灭火指挥部办公室', numberPrefix: '防灭火办发' },
      { name: '{province}应急管理厅', numberPrefix: '{p}应急发' },
      COUNTY_BUREAU,
    ],
    sentences: [
      '当前正值森林防火紧要期，各地要压实森林防火工作责任，严格落实24小时值班和领导带班制度。',
      '要加强野外火源管控，严禁在林区野外吸烟、烧荒和上坟烧纸，对违规用火行为依法严肃查处。',
      '要充分发挥瞭望塔、视频监控和护林员巡护作用，做到火情早发现、早报告、早处置。',
      '要加强扑火队伍建设，储备足额的扑火机具和物资，确保一旦发生火情能够快速扑救。',
      '各级森林防火指挥部要加强会商研判，及时发布森林火险预警信息。',
      '经核查，此次火情过火面积较小，未造成人员伤亡，余火已全部清理完毕，现场有专人看守。',
    ],
    concerns: 'COUNTIES',
    monthlyWeights: [1, 2, 4, 5, 4, 2, 1, 1, 2, 4, 4, 2],
    urgentShare: 0.5,
    reportItems: [
      '{county}开展森林防火实战演练',
      '我省启动春季森林防火期工作部署',
      '{county}完成重点林区防火隔离带建设',
      '秋季森林防火形势分析会商情况',
    ],
  },
  {
    leadOrgCode: 'BFC',
    subject: '林业有害生物防治工作',
    routedOrgCodes: ['ZYC', 'KXY'],
    outgoingTitles: [
      '关于做好{year}年松材线虫病疫情防控工作的通知',
      '关于开展美国白蛾普查工作的通知',
      '关于加强林业有害生物监测预报工作的通知',
      '关于印发《{province}林业有害生物防治检疫工作方案》的通知',
    ],
    incomingTitles: [
      '关于{county}落叶松毛虫发生情况的报告',
      '关于开展全国松材线虫病疫情秋季普查的通知',
      '关于{county}林业有害生物防治情况的报告',
      '关于加强林业植物检疫执法工作的通知',
    ],
    senders: [
      { name: '国家林业和草原局生物灾害防控中心', numberPrefix: '林生发' },
      { name: '国家林业和草原局', numberPrefix: '林生发' },
      COUNTY_BUREAU,
    ],
    sentences: [
      '要严格落实松材线虫病疫情防控目标责任制，加强疫木源头管控，严防疫情传入扩散。',
      '要组织开展林业有害生物春季、秋季普查，做到监测全覆盖、不留死角。',
      '对发现的疑似疫情要及时取样送检，确认后按规定程序上报，不得瞒报、漏报。',
      '要加强产地检疫和调运检疫，严格核发植物检疫证书，依法查处违规调运行为。',
      '发生区要及时采取飞机防治和人工地面防治相结合的措施，控制虫口密度。',
      '经调查，发生面积较上年有所下降，防治成效明显。',
    ],
    concerns: 'SUB_COMPARTMENTS',
    monthlyWeights: [1, 1, 2, 3, 4, 4, 3, 3, 3, 2, 1, 1],
    urgentShare: 0.25,
    reportItems: [
      '{county}完成落叶松毛虫防治任务',
      '我站组织开展松材线虫病疫情秋季普查',
      '林业植物检疫执法检查情况',
      '{county}林业有害生物监测预报工作取得新进展',
    ],
  },
  {
    leadOrgCode: 'YBC',
    subject: '野生动物保护工作',
    routedOrgCodes: ['JHZX', 'ZYC'],
    outgoingTitles: [
      '关于加强东北虎豹等珍稀野生动物保护管理的通知',
      '关于开展打击破坏野生动物资源违法犯罪专项行动的通知',
      '关于做好候鸟迁徙季节野生动物保护工作的通知',
      '关于加强野生动物疫源疫病监测防控工作的通知',
    ],
    incomingTitles: [
      '关于{county}发现野生东北虎活动踪迹的报告',
      '关于进一步加强野生动物保护工作的通知',
      '关于{county}野生动物救护情况的报告',
      '关于做好自然保护地野生动植物资源调查的通知',
    ],
    senders: [
      { name: '国家林业和草原局', numberPrefix: '林护发' },
      { name: '{province}公安厅', numberPrefix: '{p}公发' },
      COUNTY_BUREAU,
    ],
    sentences: [
      '要加强对东北虎、东北豹等国家一级保护野生动物栖息地的巡护监测，及时掌握种群动态。',
      '要严厉打击乱捕滥猎和非法收购、运输、出售野生动物及其制品的违法行为。',
      '候鸟迁徙期间要加强重点区域巡查，及时清除猎套、猎夹等非法猎捕工具。',
      '发现野生动物异常死亡的，要及时采样送检并按规定报告。',
      '救护的野生动物经评估具备野外生存能力的，要及时放归自然。',
      '红外相机监测显示，该区域野生动物种群数量稳中有升。',
    ],
    concerns: 'COUNTIES',
    monthlyWeights: [1, 1, 2, 3, 2, 1, 1, 1, 2, 3, 2, 1],
    urgentShare: 0.2,
    reportItems: [
      '{county}红外相机再次拍到野生东北虎影像',
      '我省开展候鸟保护专项执法行动',
      '野生动物救护繁育中心成功放归一批救护动物',
      '{county}清理非法猎捕工具专项行动成效明显',
    ],
  },
  {
    leadOrgCode: 'LZC',
    subject: '林地林木管理工作',
    routedOrgCodes: ['ZYC', 'ZCFGC'],
    outgoingTitles: [
      '关于下达{year}年森林采伐限额的通知',
      '关于加强林地保护利用管理的通知',
      '关于做好木材运输证明办理工作的通知',
      '关于开展违法占用林地专项整治的通知',
    ],
    incomingTitles: [
      '关于{county}违法占用林地案件查处情况的报告',
      '关于{county}林木采伐限额执行情况的报告',
      '关于建设项目使用林地审核审批有关事项的通知',
    ],
    senders: [
      { name: '国家林业和草原局', numberPrefix: '林资发' },
      { name: '{province}自然资源厅', numberPrefix: '{p}自然资发' },
      COUNTY_BUREAU,
    ],
    sentences: [
      '要严格执行森林采伐限额制度，采伐林木必须申请采伐许可证，严禁超限额采伐。',
      '建设项目使用林地应当依法办理审核审批手续，未经批准不得擅自改变林地用途。',
      '要优化木材运输证明办理流程，推行网上申请、网上审批，方便群众办事。',
      '对违法占用林地案件要依法立案查处，做到案结事了。',
      '经现场核实，相关小班已按规定完成采伐作业并开展迹地更新。',
      '伐区设计应当符合森林经营方案，并经县级林业主管部门审核。',
    ],
    concerns: 'SUB_COMPARTMENTS',
    monthlyWeights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3],
    urgentShare: 0.1,
    reportItems: [
      '{county}完成年度林木采伐限额执行情况检查',
      '我处推行木材运输证明网上办理',
      '违法占用林地专项整治行动进展顺利',
    ],
  },
  {
    leadOrgCode: 'ZYC',
    subject: '森林资源监测工作',
    routedOrgCodes: ['DCY', 'LZC'],
    outgoingTitles: [
      '关于开展{year}年森林资源年度监测工作的通知',
      '关于做好森林督查图斑核实工作的通知',
      '关于加强天然林保护修复工作的通知',
      '关于开展国家级公益林区划落界工作的通知',
    ],
    incomingTitles: [
      '关于{county}天然林保护修复工作进展情况的报告',
      '关于开展{year}年全国森林督查工作的通知',
      '关于{county}森林督查疑似违法图斑核实情况的报告',
    ],
    senders: [
      { name: '国家林业和草原局', numberPrefix: '林资发' },
      { name: '国家林业和草原局东北调查规划院', numberPrefix: '东北院发' },
      COUNTY_BUREAU,
    ],
    sentences: [
      '要按照森林资源调查技术规程，认真开展小班区划和样地调查，确保数据真实准确。',
      '对森林督查发现的疑似违法图斑，要逐个现地核实，建立台账，限期整改。',
      '要全面停止天然林商业性采伐，加强天然林管护，落实管护责任。',
      '调查成果要及时更新到森林资源管理信息系统，实现一张图管理。',
      '经核实，相关小班林地现状与档案一致，未发现违法改变林地用途情况。',
    ],
    concerns: 'SUB_COMPARTMENTS',
    monthlyWeights: [1, 1, 2, 2, 3, 3, 3, 3, 2, 2, 1, 1],
    urgentShare: 0.1,
    reportItems: [
      '{county}完成森林督查图斑现地核实',
      '我院完成森林资源年度监测外业调查',
      '天然林保护修复工作稳步推进',
    ],
  },
  {
    leadOrgCode: 'ZLC',
    subject: '造林绿化工作',
    routedOrgCodes: ['ZMZ', 'GZZ', 'JCC'],
    outgoingTitles: [
      '关于下达{year}年造林绿化任务的通知',
      '关于做好春季造林工作的通知',
      '关于加强林木种苗质量监管的通知',
      '关于开展全民义务植树活动的通知',
    ],
    incomingTitles: [
      '关于{county}退耕还林检查验收情况的报告',
      '关于科学开展国土绿化的通知',
      '关于{county}春季造林进展情况的报告',
    ],
    senders: [
      { name: '国家林业和草原局', numberPrefix: '林生发' },
      { name: '{province}绿化委员会', numberPrefix: '{p}绿委发' },
      COUNTY_BUREAU,
    ],
    sentences: [
      '要坚持适地适树，科学确定造林树种和造林密度，提高造林成活率和保存率。',
      '要抓住春季有利时机，集中力量开展造林整地和苗木栽植。',
      '要加强林木种苗质量抽检，严禁使用无证、无签、劣质苗木造林。',
      '要组织开展造林质量检查验收，对不合格地块及时补植补造。',
      '全民义务植树活动要注重实效，做到栽一棵、活一棵、成林一片。',
    ],
    concerns: 'COUNTIES',
    monthlyWeights: [1, 2, 4, 5, 4, 2, 1, 1, 2, 2, 1, 1],
    urgentShare: 0.1,
    reportItems: [
      '{county}超额完成春季造林任务',
      '我站开展春季林木种苗质量抽检',
      '全省义务植树活动扎实开展',
    ],
  },
  {
    leadOrgCode: 'JCC',
    subject: '林业资金管理工作',
    routedOrgCodes: ['BGS', 'ZLC', 'ZYC'],
    outgoingTitles: [
      '关于下达{year}年中央财政林业改革发展资金的通知',
      '关于编报{year}年部门预算的通知',
      '关于加强林业重点工程资金监管的通知',
    ],
    incomingTitles: [
      '关于下达{year}年林业草原资金预算的通知',
      '关于林业重点工程资金审计发现问题整改情况的报告',
      '关于做好年度决算工作的通知',
    ],
    senders: [
      { name: '{province}财政厅', numberPrefix: '{p}财农' },
      { name: '财政部', numberPrefix: '财资环' },
      { name: '{province}审计厅', numberPrefix: '{p}审发' },
    ],
    sentences: [
      '各单位要严格按照资金管理办法使用资金，专款专用，不得截留、挤占、挪用。',
      '要加快预算执行进度，确保资金尽早发挥效益。',
      '要建立资金使用台账，主动接受财政、审计部门监督检查。',
      '对审计发现的问题要逐项制定整改措施，明确整改时限和责任人。',
    ],
    concerns: 'NOTHING',
    monthlyWeights: [3, 2, 2, 1, 1, 2, 1, 1, 2, 1, 2, 3],
    urgentShare: 0.15,
    reportItems: ['中央财政林业资金下达工作提前完成', '我处组织开展林业资金专项检查'],
  },
  {
    leadOrgCode: 'KJC',
    subject: '林业科技与信息化工作',
    routedOrgCodes: ['KXY', 'XXZX'],
    outgoingTitles: [
      '关于组织申报{year}年林业科技推广项目的通知',
      '关于推进林业信息化建设的通知',
      '关于开展林业标准化示范区建设的通知',
    ],
    incomingTitles: ['关于开展{year}年林业科技成果评价的通知', '关于推荐林业和草原科技创新人才的通知'],
    senders: [
      { name: '国家林业和草原局科技司', numberPrefix: '科技函' },
      { name: '{province}科学技术厅', numberPrefix: '{p}科发' },
    ],
    sentences: [
      '要围绕林业生产中的关键技术问题，组织开展科技攻关和成果推广。',
      '要加快林业数据库建设，推进各业务系统数据整合和信息共享。',
      '申报项目要突出实用性和可推广性，按要求提交申报材料。',
    ],
    concerns: 'NOTHING',
    monthlyWeights: EVEN,
    urgentShare: 0.05,
    reportItems: ['我院两项林业科技成果通过评价', '林业数据库整合工作取得阶段性进展'],
  },
  {
    leadOrgCode: 'RSC',
    subject: '干部教育培训工作',
    routedOrgCodes: ['BGS'],
    outgoingTitles: ['关于开展{year}年度干部教育培训工作的通知', '关于做好年度考核工作的通知'],
    incomingTitles: ['关于做好{year}年度公务员考核工作的通知'],
    senders: [{ name: '中共{province}委组织部', numberPrefix: '{p}组通字' }],
    sentences: [
      '要坚持按需施教，突出政治理论和业务能力培训，提高干部队伍整体素质。',
      '年度考核要坚持客观公正，注重工作实绩，考核结果作为评先评优的重要依据。',
    ],
    concerns: 'NOTHING',
    monthlyWeights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3],
    urgentShare: 0.05,
    reportItems: ['我处组织开展新任职干部培训班'],
  },
  {
    leadOrgCode: 'BGS',
    subject: '政务信息与督查督办工作',
    routedOrgCodes: ['XXZX'],
    outgoingTitles: [
      '关于做好政务信息报送工作的通知',
      '关于印发《督查督办工作制度》的通知',
      '关于做好节假日值班工作的通知',
      '关于召开全省林业工作会议的通知',
      '关于进一步推进政务公开工作的通知',
    ],
    incomingTitles: [
      '关于做好{year}年政务公开工作的通知',
      '关于加强政务信息报送工作的通知',
      '关于做好节假日期间值班和突发事件信息报送工作的通知',
    ],
    senders: [
      { name: '{province}人民政府办公厅', numberPrefix: '{p}政办发' },
      { name: '国家林业和草原局办公室', numberPrefix: '办发字' },
    ],
    sentences: [
      '各处室和直属单位要确定一名信息员，按月报送工作信息，无信息报送的注明“本月无信息”。',
      '要严格执行四级督办制度，保证各项重点工作按时限完成。',
      '节假日期间要严格执行值班制度，遇有重大突发事件要及时报告，不得迟报、漏报。',
      '要认真落实政务公开各项制度，及时公开群众关心的重要事项。',
      '办公室将按期对各单位信息报送和督查督办情况进行检查通报。',
    ],
    concerns: 'NOTHING',
    monthlyWeights: [2, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2],
    urgentShare: 0.15,
    reportItems: ['我厅召开政务信息工作会议', '节假日值班工作安排部署到位', '政务公开工作考核情况'],
  },
  {
    leadOrgCode: 'ZCFGC',
    subject: '依法行政工作',
    routedOrgCodes: ['LZC', 'BGS'],
    outgoingTitles: ['关于开展林业行政执法案卷评查的通知', '关于做好行政许可事项清单动态调整的通知'],
    incomingTitles: ['关于征求《{province}湿地保护条例（修订草案）》意见的函', '关于开展行政执法监督检查的通知'],
    senders: [
      { name: '{province}司法厅', numberPrefix: '{p}司发' },
      { name: '{province}人大常委会法制工作委员会', numberPrefix: '{p}法工函' },
    ],
    sentences: [
      '要规范行政执法行为，全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。',
      '要对照法律法规及时调整行政许可事项，向社会公开办事依据、办事程序和办理时限。',
      '对征求意见稿要认真研究，提出修改意见和建议。',
    ],
    concerns: 'NOTHING',
    monthlyWeights: EVEN,
    urgentShare: 0.05,
    reportItems: ['我处完成行政执法案卷评查', '行政许可事项清单完成动态调整'],
  },
];

/** Which topics a unit's information officer writes about. */
export const REPORT_TOPICS_OF_AFFILIATED_UNIT: Readonly<Record<string, string>> = {
  DCY: 'ZYC',
  KXY: 'KJC',
  ZMZ: 'ZLC',
  XXZX: 'BGS',
  GZZ: 'ZLC',
  JHZX: 'YBC',
};

export const ADDRESSEES = {
  outgoing: '各市（地）林业和草原主管部门，厅机关各处室、各直属单位：',
  incoming: '{department}：',
};

export const CLOSINGS = {
  outgoing: ['请认真贯彻落实。', '工作中遇到的重要情况和问题，请及时报告。', '特此通知。'],
  incoming: ['特此报告。', '请结合实际认真贯彻落实。', '专此函达。'],
};
