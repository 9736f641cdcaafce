import type { DisclosureDepartment } from '../generated/prisma/enums.js';

export interface CategorySeed {
  code: string;
  name: string;
  nameEn: string;
  description: string | null;
  parentCode: string | null;
  position: number;
}

/**
 * What is published under a leaf heading: the department, how many items the demo holds and
 * title and opening templates, whose `{placeholders}` the generator fills in.
 */
export interface LeafTemplate {
  department: DisclosureDepartment;
  count: number;
  titles: readonly string[];
  openings: readonly string[];
  /** Reports on the year before publication (final accounts, annual reports). */
  previousYear?: boolean;
}

interface HeadingSeed {
  name: string;
  nameEn: string;
  description?: string;
  /** Sub-headings, or the templates of a heading without any. */
  children?: readonly (readonly [string, string, LeafTemplate])[];
  leaf?: LeafTemplate;
}

const HEADINGS: readonly HeadingSeed[] = [
  {
    name: '机构职能',
    nameEn: 'Organisation and functions',
    children: [
      ['机构概况', 'Overview', { department: 'OFFICE', count: 6, titles: ['{province}林业厅主要职责', '{province}林业厅机构设置及联系方式（{year}年更新）'], openings: ['根据省委、省政府关于机构改革的部署，现将本厅主要职责和机构设置情况公开如下。'] }],
      ['领导信息', 'Leadership', { department: 'PERSONNEL', count: 6, titles: ['厅领导分工调整情况（{year}年）', '厅领导简历及分工'], openings: ['经厅党组研究，现将厅领导分工公布如下。'] }],
      ['内设机构', 'Internal divisions', { department: 'PERSONNEL', count: 8, titles: ['{province}林业厅内设机构职责', '森林资源管理处（林政处）职责', '野生动植物保护处职责', '森林防火办公室职责'], openings: ['现将厅机关内设处室的职责、负责人和办公电话公开如下。'] }],
      ['直属单位', 'Affiliated units', { department: 'PERSONNEL', count: 8, titles: ['直属单位名录（{year}年）', '{province}林木种苗站职责', '{province}森林病虫害防治检疫站职责'], openings: ['现将厅直属事业单位的名称、职责和联系方式公开如下。'] }],
    ],
  },
  {
    name: '政策法规',
    nameEn: 'Policies and regulations',
    children: [
      ['法律法规', 'Laws and regulations', { department: 'POLICY_AND_LEGAL', count: 24, titles: ['《中华人民共和国森林法》', '《中华人民共和国野生动物保护法》', '《森林防火条例》', '《植物检疫条例》', '《{province}森林管理条例》', '《{province}野生动物保护条例》'], openings: ['现将该法律法规全文公布，供社会公众查阅。'] }],
      ['规范性文件', 'Normative documents', { department: 'POLICY_AND_LEGAL', count: 36, titles: ['关于印发《{province}林木采伐管理办法》的通知', '关于进一步加强木材运输监督管理的通知', '关于印发《{province}林业行政许可实施办法》的通知', '关于加强野生动物人工繁育管理的通知', '关于规范林木种苗生产经营许可工作的通知', '关于做好{year}年森林植物检疫工作的通知'], openings: ['为规范全省林业行政管理工作，根据有关法律法规，结合我省实际，制定本规定，现予印发，请认真贯彻执行。', '各市（州）、县（市、区）林业主管部门：现将有关事项通知如下。'] }],
      ['政策解读', 'Policy interpretation', { department: 'POLICY_AND_LEGAL', count: 24, titles: ['《{province}林木采伐管理办法》解读', '一图读懂{year}年林业惠民政策', '天然林保护修复政策问答', '新修订《野生动物保护法》十问十答'], openings: ['为便于社会公众准确理解政策内容，现就有关问题解读如下。'] }],
    ],
  },
  {
    name: '规划计划',
    nameEn: 'Plans',
    children: [
      ['发展规划', 'Development plans', { department: 'PLANNING_AND_FINANCE', count: 8, titles: ['{province}林业发展“十五五”规划', '{province}林地保护利用规划（2021—2035年）', '{province}森林防火规划'], openings: ['为科学指导全省林业发展，依据国家有关规划，编制本规划。'] }],
      ['年度计划', 'Annual plans', { department: 'PLANNING_AND_FINANCE', count: 12, titles: ['{year}年全省造林绿化计划', '{year}年林业重点工作安排', '{year}年森林抚育计划'], openings: ['现将{year}年度计划下达，请各地结合实际抓好落实。'] }],
      ['采伐限额', 'Harvest quotas', { department: 'FOREST_RESOURCES', count: 14, titles: ['{year}年度森林采伐限额分解情况', '{prefecture}{year}年度森林采伐限额执行情况', '“十四五”期间年森林采伐限额'], openings: ['根据国务院批准的年森林采伐限额，现将分解情况公布如下。'] }],
    ],
  },
  {
    name: '行政许可',
    nameEn: 'Administrative licensing',
    children: [
      ['许可事项目录', 'Licensing catalogue', { department: 'POLICY_AND_LEGAL', count: 6, titles: ['{province}林业厅行政许可事项目录（{year}年版）', '面向社会的审批、审核事项目录'], openings: ['依照《中华人民共和国行政许可法》，现将本厅实施的行政许可事项目录向社会公开。'] }],
      ['办事指南', 'Service guides', { department: 'FOREST_RESOURCES', count: 30, titles: ['木材运输证核发办事指南', '林木采伐许可证核发办事指南', '林木种子生产经营许可证核发办事指南', '建设项目使用林地审核办事指南', '野生动物人工繁育许可证核发办事指南', '森林植物检疫证书核发办事指南'], openings: ['现将该事项的设定依据、申请条件、申请材料、办理流程、办理时限和收费标准公开如下。'] }],
      ['许可结果', 'Licensing results', { department: 'FOREST_RESOURCES', count: 48, titles: ['{year}年第{batch}批林木采伐许可证核发结果', '{year}年第{batch}批建设项目使用林地审核结果', '{year}年{month}月野生动物人工繁育许可决定', '{year}年{month}月林木种子生产经营许可证核发情况'], openings: ['根据《中华人民共和国行政许可法》第四十条，现将准予行政许可的决定公开如下。'] }],
    ],
  },
  {
    name: '财政资金',
    nameEn: 'Public finance',
    children: [
      ['部门预算', 'Budgets', { department: 'PLANNING_AND_FINANCE', count: 6, titles: ['{province}林业厅{year}年部门预算', '{year}年厅本级“三公”经费预算'], openings: ['按照预算公开的有关要求，现将本厅{year}年部门预算公开如下。'] }],
      ['部门决算', 'Final accounts', { department: 'PLANNING_AND_FINANCE', count: 6, previousYear: true, titles: ['{province}林业厅{year}年部门决算', '{year}年厅本级“三公”经费决算'], openings: ['按照决算公开的有关要求，现将本厅决算情况公开如下。'] }],
      ['专项资金', 'Special funds', { department: 'PLANNING_AND_FINANCE', count: 24, titles: ['{year}年中央财政林业改革发展资金分配结果', '{year}年森林生态效益补偿资金分配情况', '{year}年林业草原生态保护恢复资金{prefecture}分配明细'], openings: ['现将资金分配结果公开如下，接受社会监督。'] }],
    ],
  },
  {
    name: '重点工程',
    nameEn: 'Key forestry projects',
    children: [
      ['天然林资源保护工程', 'Natural Forest Protection', { department: 'FOREST_RESOURCES', count: 14, titles: ['{year}年天然林保护修复任务完成情况', '{prefecture}天然林管护责任落实情况'], openings: ['天然林资源保护工程实施以来，全省天然林得到有效保护。'] }],
      ['三北防护林体系建设工程', 'Three-North Shelterbelt', { department: 'AFFORESTATION', count: 10, titles: ['三北防护林体系建设六期工程{year}年度进展', '{county}三北工程退化林修复项目验收结果'], openings: ['按照三北工程总体部署，现将工程建设进展情况公开如下。'] }],
      ['退耕还林工程', 'Grain for Green', { department: 'AFFORESTATION', count: 8, titles: ['{year}年退耕还林补助资金兑现情况', '{county}退耕还林检查验收结果'], openings: ['现将退耕还林政策兑现情况公开如下。'] }],
      ['野生动植物保护及自然保护区建设工程', 'Wildlife and Nature Reserves', { department: 'WILDLIFE', count: 10, titles: ['{year}年自然保护区基础设施建设项目', '东北虎豹栖息地保护项目进展'], openings: ['为加强珍稀野生动植物及其栖息地保护，现将工程建设情况公开如下。'] }],
    ],
  },
  {
    name: '资源管理',
    nameEn: 'Resource management',
    children: [
      ['森林资源', 'Forest resources', { department: 'FOREST_RESOURCES', count: 16, titles: ['{year}年{province}森林资源管理“一张图”年度更新成果', '{prefecture}森林资源状况公报（{year}年）', '{year}年森林督查发现问题整改情况'], openings: ['根据森林资源年度监测成果，现将有关情况公布如下。'] }],
      ['林地管理', 'Forest land', { department: 'FOREST_RESOURCES', count: 12, titles: ['{year}年建设项目使用林地定额分配情况', '{county}林地保护利用规划调整公告'], openings: ['为严格保护林地资源，现将有关情况公布如下。'] }],
    ],
  },
  {
    name: '自然保护',
    nameEn: 'Nature conservation',
    children: [
      ['野生动植物保护', 'Wildlife', { department: 'WILDLIFE', count: 22, titles: ['关于禁止非法猎捕、交易野生动物的通告', '{year}年“爱鸟周”活动安排', '{county}发现东北虎活动痕迹的安全提示', '{year}年野生动物疫源疫病监测情况'], openings: ['为切实保护野生动物资源，维护生态平衡，现将有关事项通告如下。'] }],
      ['自然保护区', 'Nature reserves', { department: 'WILDLIFE', count: 12, titles: ['{province}自然保护区名录（{year}年）', '{county}自然保护区功能区调整公示'], openings: ['现将全省林业部门管理的自然保护区情况公开如下。'] }],
    ],
  },
  {
    name: '森林保护',
    nameEn: 'Forest protection',
    children: [
      ['森林防火', 'Fire prevention', { department: 'FIRE_PREVENTION', count: 30, titles: ['关于{year}年春季森林防火期的通告', '关于{year}年秋季森林防火期的通告', '{prefecture}森林火险预警信号（{month}月）', '森林防火戒严期禁止野外用火的命令'], openings: ['为切实做好森林防火工作，保护森林资源和人民生命财产安全，现将有关事项通告如下。'] }],
      ['林业有害生物防治', 'Pest control', { department: 'PEST_CONTROL', count: 24, titles: ['{year}年林业有害生物发生趋势预测', '关于加强松材线虫病疫情防控的通知', '{county}美国白蛾疫情监测通报', '{year}年林业植物检疫执法检查结果'], openings: ['根据全省林业有害生物监测情况，现将有关事项通报如下。'] }],
    ],
  },
  {
    name: '应急管理',
    nameEn: 'Emergency management',
    children: [
      ['应急预案', 'Contingency plans', { department: 'FIRE_PREVENTION', count: 8, titles: ['{province}森林火灾应急预案', '{province}重大林业有害生物灾害应急预案', '{province}陆生野生动物疫情应急预案'], openings: ['为有效应对突发事件，最大限度减少损失，制定本预案。'] }],
      ['预警信息', 'Warnings', { department: 'FIRE_PREVENTION', count: 26, titles: ['{prefecture}发布森林火险{level}预警', '{month}月{n}日森林火险天气预报', '大风降温天气森林防火提示'], openings: ['据气象部门预报，近期我省部分地区气温偏高、降水偏少，森林火险等级较高。'] }],
      ['突发事件处置', 'Incident response', { department: 'OFFICE', count: 10, titles: ['{county}森林火情处置情况通报', '{year}年林业安全生产事故处置情况'], openings: ['现将突发事件处置情况通报如下。'] }],
    ],
  },
  {
    name: '人事信息',
    nameEn: 'Personnel',
    children: [
      ['人事任免', 'Appointments', { department: 'PERSONNEL', count: 12, titles: ['{year}年厅管干部任免通知', '关于{name}同志任职的通知'], openings: ['经厅党组研究决定，现将有关人事任免事项公布如下。'] }],
      ['招考录用', 'Recruitment', { department: 'PERSONNEL', count: 12, titles: ['{year}年直属事业单位公开招聘工作人员公告', '{year}年公开招聘拟聘用人员名单'], openings: ['根据事业单位公开招聘有关规定，现将有关事项公告如下。'] }],
    ],
  },
  {
    name: '政务公开年报',
    nameEn: 'Annual disclosure reports',
    description: '政府信息公开工作年度报告 (政府信息公开条例 第四十九条)',
    leaf: { department: 'OFFICE', count: 2, previousYear: true, titles: ['{province}林业厅{year}年政府信息公开工作年度报告'], openings: ['本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开、依申请公开、行政复议和诉讼等情况。'] },
  },
  {
    name: '工作动态',
    nameEn: 'News',
    leaf: {
      department: 'OFFICE',
      count: 230,
      titles: ['{prefecture}全面启动{year}年春季造林', '全省林业系统召开{year}年森林防火工作会议', '{county}开展野生动物保护宣传月活动', '厅领导到{prefecture}调研天然林保护工作', '{county}完成{tree}良种基地建设', '全省林业有害生物防治现场会在{county}召开', '{prefecture}推进国有林场改革取得新进展', '{province}林业厅开展政务公开专项检查', '{county}林草部门开展“清风行动”打击破坏野生动物资源违法犯罪'],
      openings: ['近日，{place}组织开展相关工作，取得积极成效。', '{month}月{n}日，{place}召开专题会议，研究部署有关工作。'],
    },
  },
];

export const categories: readonly CategorySeed[] = HEADINGS.flatMap((heading, index) => {
  const code = String(index + 1).padStart(2, '0');
  const top: CategorySeed = { code, name: heading.name, nameEn: heading.nameEn, description: heading.description ?? null, parentCode: null, position: index + 1 };
  const children = (heading.children ?? []).map(([name, nameEn], childIndex) => ({
    code: `${code}${String(childIndex + 1).padStart(2, '0')}`,
    name,
    nameEn,
    description: null,
    parentCode: code,
    position: childIndex + 1,
  }));
  return [top, ...children];
});

/** The templates of every heading items are filed under, by heading code. */
export const leafTemplates: ReadonlyMap<string, LeafTemplate> = new Map(
  HEADINGS.flatMap((heading, index) => {
    const code = String(index + 1).padStart(2, '0');
    if (heading.leaf) return [[code, heading.leaf] as const];
    return (heading.children ?? []).map(([, , template], childIndex) => [`${code}${String(childIndex + 1).padStart(2, '0')}`, template] as const);
  }),
);
