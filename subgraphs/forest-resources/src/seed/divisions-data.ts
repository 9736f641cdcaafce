export type DivisionLevel = 'PROVINCE' | 'PREFECTURE' | 'COUNTY';

export interface DivisionSeed {
  code: string;
  name: string;
  nameEn: string;
  level: DivisionLevel;
  parentCode: string | null;
  longitude: number;
  latitude: number;
}

export type ForestryUnitKind =
  | 'STATE_FOREST_BUREAU'
  | 'FORESTRY_BUREAU'
  | 'FOREST_FARM'
  | 'NATURE_RESERVE_BUREAU';

export interface ForestryUnitSeed {
  code: string;
  name: string;
  nameEn: string;
  kind: ForestryUnitKind;
  divisionCode: string;
}

/**
 * Administrative divisions of Heilongjiang and Jilin (GB/T 2260 codes).
 * Ordered as province, then each prefecture followed by its county-level divisions.
 * Coordinates are approximate centroids.
 *
 * The four Greater Khingan districts (加格达奇区, 松岭区, 新林区, 呼中区) are
 * administrative zones without GB/T 2260 entries; they carry the statistical
 * division codes 232761–232764.
 */
export const divisions: readonly DivisionSeed[] = [
  // 黑龙江省
  { code: '230000', name: '黑龙江省', nameEn: 'Heilongjiang', level: 'PROVINCE', parentCode: null, longitude: 127.76, latitude: 47.87 },

  // 哈尔滨市
  { code: '230100', name: '哈尔滨市', nameEn: 'Harbin', level: 'PREFECTURE', parentCode: '230000', longitude: 127.96, latitude: 45.64 },
  { code: '230102', name: '道里区', nameEn: 'Daoli District', level: 'COUNTY', parentCode: '230100', longitude: 126.37, latitude: 45.67 },
  { code: '230103', name: '南岗区', nameEn: 'Nangang District', level: 'COUNTY', parentCode: '230100', longitude: 126.57, latitude: 45.65 },
  { code: '230104', name: '道外区', nameEn: 'Daowai District', level: 'COUNTY', parentCode: '230100', longitude: 126.89, latitude: 45.85 },
  { code: '230108', name: '平房区', nameEn: 'Pingfang District', level: 'COUNTY', parentCode: '230100', longitude: 126.67, latitude: 45.58 },
  { code: '230109', name: '松北区', nameEn: 'Songbei District', level: 'COUNTY', parentCode: '230100', longitude: 126.44, latitude: 45.92 },
  { code: '230110', name: '香坊区', nameEn: 'Xiangfang District', level: 'COUNTY', parentCode: '230100', longitude: 126.78, latitude: 45.70 },
  { code: '230111', name: '呼兰区', nameEn: 'Hulan District', level: 'COUNTY', parentCode: '230100', longitude: 126.81, latitude: 46.14 },
  { code: '230112', name: '阿城区', nameEn: 'Acheng District', level: 'COUNTY', parentCode: '230100', longitude: 127.16, latitude: 45.48 },
  { code: '230113', name: '双城区', nameEn: 'Shuangcheng District', level: 'COUNTY', parentCode: '230100', longitude: 126.18, latitude: 45.40 },
  { code: '230123', name: '依兰县', nameEn: 'Yilan County', level: 'COUNTY', parentCode: '230100', longitude: 129.72, latitude: 46.27 },
  { code: '230124', name: '方正县', nameEn: 'Fangzheng County', level: 'COUNTY', parentCode: '230100', longitude: 128.94, latitude: 45.81 },
  { code: '230125', name: '宾县', nameEn: 'Bin County', level: 'COUNTY', parentCode: '230100', longitude: 127.65, latitude: 45.78 },
  { code: '230126', name: '巴彦县', nameEn: 'Bayan County', level: 'COUNTY', parentCode: '230100', longitude: 127.32, latitude: 46.33 },
  { code: '230127', name: '木兰县', nameEn: 'Mulan County', level: 'COUNTY', parentCode: '230100', longitude: 127.93, latitude: 46.24 },
  { code: '230128', name: '通河县', nameEn: 'Tonghe County', level: 'COUNTY', parentCode: '230100', longitude: 128.76, latitude: 46.24 },
  { code: '230129', name: '延寿县', nameEn: 'Yanshou County', level: 'COUNTY', parentCode: '230100', longitude: 128.45, latitude: 45.49 },
  { code: '230183', name: '尚志市', nameEn: 'Shangzhi', level: 'COUNTY', parentCode: '230100', longitude: 128.32, latitude: 45.08 },
  { code: '230184', name: '五常市', nameEn: 'Wuchang', level: 'COUNTY', parentCode: '230100', longitude: 127.49, latitude: 44.76 },

  // 齐齐哈尔市
  { code: '230200', name: '齐齐哈尔市', nameEn: 'Qiqihar', level: 'PREFECTURE', parentCode: '230000', longitude: 124.54, latitude: 47.69 },
  { code: '230202', name: '龙沙区', nameEn: 'Longsha District', level: 'COUNTY', parentCode: '230200', longitude: 123.92, latitude: 47.27 },
  { code: '230203', name: '建华区', nameEn: 'Jianhua District', level: 'COUNTY', parentCode: '230200', longitude: 124.01, latitude: 47.40 },
  { code: '230204', name: '铁锋区', nameEn: 'Tiefeng District', level: 'COUNTY', parentCode: '230200', longitude: 124.24, latitude: 47.29 },
  { code: '230205', name: '昂昂溪区', nameEn: "Ang'angxi District", level: 'COUNTY', parentCode: '230200', longitude: 123.96, latitude: 47.14 },
  { code: '230206', name: '富拉尔基区', nameEn: 'Fularji District', level: 'COUNTY', parentCode: '230200', longitude: 123.59, latitude: 47.22 },
  { code: '230207', name: '碾子山区', nameEn: 'Nianzishan District', level: 'COUNTY', parentCode: '230200', longitude: 122.93, latitude: 47.58 },
  { code: '230208', name: '梅里斯达斡尔族区', nameEn: 'Meilisi Daur District', level: 'COUNTY', parentCode: '230200', longitude: 123.82, latitude: 47.56 },
  { code: '230221', name: '龙江县', nameEn: 'Longjiang County', level: 'COUNTY', parentCode: '230200', longitude: 123.07, latitude: 47.23 },
  { code: '230223', name: '依安县', nameEn: "Yi'an County", level: 'COUNTY', parentCode: '230200', longitude: 125.29, latitude: 47.70 },
  { code: '230224', name: '泰来县', nameEn: 'Tailai County', level: 'COUNTY', parentCode: '230200', longitude: 123.55, latitude: 46.60 },
  { code: '230225', name: '甘南县', nameEn: 'Gannan County', level: 'COUNTY', parentCode: '230200', longitude: 123.84, latitude: 48.00 },
  { code: '230227', name: '富裕县', nameEn: 'Fuyu County', level: 'COUNTY', parentCode: '230200', longitude: 124.57, latitude: 47.66 },
  { code: '230229', name: '克山县', nameEn: 'Keshan County', level: 'COUNTY', parentCode: '230200', longitude: 125.68, latitude: 48.17 },
  { code: '230230', name: '克东县', nameEn: 'Kedong County', level: 'COUNTY', parentCode: '230200', longitude: 126.34, latitude: 48.00 },
  { code: '230231', name: '拜泉县', nameEn: 'Baiquan County', level: 'COUNTY', parentCode: '230200', longitude: 126.02, latitude: 47.59 },
  { code: '230281', name: '讷河市', nameEn: 'Nehe', level: 'COUNTY', parentCode: '230200', longitude: 125.04, latitude: 48.47 },

  // 鸡西市
  { code: '230300', name: '鸡西市', nameEn: 'Jixi', level: 'PREFECTURE', parentCode: '230000', longitude: 132.31, latitude: 45.65 },
  { code: '230302', name: '鸡冠区', nameEn: 'Jiguan District', level: 'COUNTY', parentCode: '230300', longitude: 130.95, latitude: 45.29 },
  { code: '230303', name: '恒山区', nameEn: 'Hengshan District', level: 'COUNTY', parentCode: '230300', longitude: 130.91, latitude: 45.16 },
  { code: '230304', name: '滴道区', nameEn: 'Didao District', level: 'COUNTY', parentCode: '230300', longitude: 130.74, latitude: 45.36 },
  { code: '230305', name: '梨树区', nameEn: 'Lishu District', level: 'COUNTY', parentCode: '230300', longitude: 130.74, latitude: 45.08 },
  { code: '230306', name: '城子河区', nameEn: 'Chengzihe District', level: 'COUNTY', parentCode: '230300', longitude: 131.02, latitude: 45.38 },
  { code: '230307', name: '麻山区', nameEn: 'Mashan District', level: 'COUNTY', parentCode: '230300', longitude: 130.54, latitude: 45.20 },
  { code: '230321', name: '鸡东县', nameEn: 'Jidong County', level: 'COUNTY', parentCode: '230300', longitude: 131.24, latitude: 45.27 },
  { code: '230381', name: '虎林市', nameEn: 'Hulin', level: 'COUNTY', parentCode: '230300', longitude: 133.10, latitude: 46.00 },
  { code: '230382', name: '密山市', nameEn: 'Mishan', level: 'COUNTY', parentCode: '230300', longitude: 132.14, latitude: 45.47 },

  // 鹤岗市
  { code: '230400', name: '鹤岗市', nameEn: 'Hegang', level: 'PREFECTURE', parentCode: '230000', longitude: 130.80, latitude: 47.64 },
  { code: '230402', name: '向阳区', nameEn: 'Xiangyang District', level: 'COUNTY', parentCode: '230400', longitude: 130.30, latitude: 47.34 },
  { code: '230403', name: '工农区', nameEn: 'Gongnong District', level: 'COUNTY', parentCode: '230400', longitude: 130.27, latitude: 47.32 },
  { code: '230404', name: '南山区', nameEn: 'Nanshan District', level: 'COUNTY', parentCode: '230400', longitude: 130.29, latitude: 47.28 },
  { code: '230405', name: '兴安区', nameEn: "Xing'an District", level: 'COUNTY', parentCode: '230400', longitude: 130.15, latitude: 47.25 },
  { code: '230406', name: '东山区', nameEn: 'Dongshan District', level: 'COUNTY', parentCode: '230400', longitude: 130.24, latitude: 47.35 },
  { code: '230407', name: '兴山区', nameEn: 'Xingshan District', level: 'COUNTY', parentCode: '230400', longitude: 130.32, latitude: 47.39 },
  { code: '230421', name: '萝北县', nameEn: 'Luobei County', level: 'COUNTY', parentCode: '230400', longitude: 130.57, latitude: 47.79 },
  { code: '230422', name: '绥滨县', nameEn: 'Suibin County', level: 'COUNTY', parentCode: '230400', longitude: 131.82, latitude: 47.47 },

  // 双鸭山市
  { code: '230500', name: '双鸭山市', nameEn: 'Shuangyashan', level: 'PREFECTURE', parentCode: '230000', longitude: 132.61, latitude: 46.74 },
  { code: '230502', name: '尖山区', nameEn: 'Jianshan District', level: 'COUNTY', parentCode: '230500', longitude: 131.17, latitude: 46.65 },
  { code: '230503', name: '岭东区', nameEn: 'Lingdong District', level: 'COUNTY', parentCode: '230500', longitude: 131.19, latitude: 46.49 },
  { code: '230505', name: '四方台区', nameEn: 'Sifangtai District', level: 'COUNTY', parentCode: '230500', longitude: 131.28, latitude: 46.67 },
  { code: '230506', name: '宝山区', nameEn: 'Baoshan District', level: 'COUNTY', parentCode: '230500', longitude: 131.48, latitude: 46.50 },
  { code: '230521', name: '集贤县', nameEn: 'Jixian County', level: 'COUNTY', parentCode: '230500', longitude: 131.19, latitude: 46.84 },
  { code: '230522', name: '友谊县', nameEn: 'Youyi County', level: 'COUNTY', parentCode: '230500', longitude: 131.84, latitude: 46.77 },
  { code: '230523', name: '宝清县', nameEn: 'Baoqing County', level: 'COUNTY', parentCode: '230500', longitude: 132.34, latitude: 46.40 },
  { code: '230524', name: '饶河县', nameEn: 'Raohe County', level: 'COUNTY', parentCode: '230500', longitude: 133.76, latitude: 47.12 },

  // 大庆市
  { code: '230600', name: '大庆市', nameEn: 'Daqing', level: 'PREFECTURE', parentCode: '230000', longitude: 124.71, latitude: 46.35 },
  { code: '230602', name: '萨尔图区', nameEn: 'Sartu District', level: 'COUNTY', parentCode: '230600', longitude: 125.06, latitude: 46.71 },
  { code: '230603', name: '龙凤区', nameEn: 'Longfeng District', level: 'COUNTY', parentCode: '230600', longitude: 125.13, latitude: 46.53 },
  { code: '230604', name: '让胡路区', nameEn: 'Ranghulu District', level: 'COUNTY', parentCode: '230600', longitude: 124.78, latitude: 46.70 },
  { code: '230605', name: '红岗区', nameEn: 'Honggang District', level: 'COUNTY', parentCode: '230600', longitude: 124.88, latitude: 46.35 },
  { code: '230606', name: '大同区', nameEn: 'Datong District', level: 'COUNTY', parentCode: '230600', longitude: 124.68, latitude: 46.08 },
  { code: '230621', name: '肇州县', nameEn: 'Zhaozhou County', level: 'COUNTY', parentCode: '230600', longitude: 125.30, latitude: 45.83 },
  { code: '230622', name: '肇源县', nameEn: 'Zhaoyuan County', level: 'COUNTY', parentCode: '230600', longitude: 124.76, latitude: 45.64 },
  { code: '230623', name: '林甸县', nameEn: 'Lindian County', level: 'COUNTY', parentCode: '230600', longitude: 124.90, latitude: 47.15 },
  { code: '230624', name: '杜尔伯特蒙古族自治县', nameEn: 'Dorbod Mongol Autonomous County', level: 'COUNTY', parentCode: '230600', longitude: 124.24, latitude: 46.56 },

  // 伊春市
  { code: '230700', name: '伊春市', nameEn: 'Yichun', level: 'PREFECTURE', parentCode: '230000', longitude: 129.22, latitude: 47.82 },
  { code: '230717', name: '伊美区', nameEn: 'Yimei District', level: 'COUNTY', parentCode: '230700', longitude: 129.30, latitude: 47.75 },
  { code: '230718', name: '乌翠区', nameEn: 'Wucui District', level: 'COUNTY', parentCode: '230700', longitude: 128.64, latitude: 47.66 },
  { code: '230719', name: '友好区', nameEn: 'Youhao District', level: 'COUNTY', parentCode: '230700', longitude: 128.67, latitude: 48.08 },
  { code: '230722', name: '嘉荫县', nameEn: 'Jiayin County', level: 'COUNTY', parentCode: '230700', longitude: 130.00, latitude: 48.76 },
  { code: '230723', name: '汤旺县', nameEn: 'Tangwang County', level: 'COUNTY', parentCode: '230700', longitude: 129.47, latitude: 48.61 },
  { code: '230724', name: '丰林县', nameEn: 'Fenglin County', level: 'COUNTY', parentCode: '230700', longitude: 129.38, latitude: 48.24 },
  { code: '230725', name: '大箐山县', nameEn: 'Daqingshan County', level: 'COUNTY', parentCode: '230700', longitude: 128.95, latitude: 47.02 },
  { code: '230726', name: '南岔县', nameEn: 'Nancha County', level: 'COUNTY', parentCode: '230700', longitude: 129.38, latitude: 47.08 },
  { code: '230751', name: '金林区', nameEn: 'Jinlin District', level: 'COUNTY', parentCode: '230700', longitude: 129.54, latitude: 47.50 },
  { code: '230781', name: '铁力市', nameEn: 'Tieli', level: 'COUNTY', parentCode: '230700', longitude: 128.55, latitude: 46.86 },

  // 佳木斯市
  { code: '230800', name: '佳木斯市', nameEn: 'Jiamusi', level: 'PREFECTURE', parentCode: '230000', longitude: 132.20, latitude: 47.24 },
  { code: '230803', name: '向阳区', nameEn: 'Xiangyang District', level: 'COUNTY', parentCode: '230800', longitude: 130.36, latitude: 46.82 },
  { code: '230804', name: '前进区', nameEn: 'Qianjin District', level: 'COUNTY', parentCode: '230800', longitude: 130.41, latitude: 46.78 },
  { code: '230805', name: '东风区', nameEn: 'Dongfeng District', level: 'COUNTY', parentCode: '230800', longitude: 130.51, latitude: 46.86 },
  { code: '230811', name: '郊区', nameEn: 'Jiao District', level: 'COUNTY', parentCode: '230800', longitude: 130.25, latitude: 46.77 },
  { code: '230822', name: '桦南县', nameEn: 'Huanan County', level: 'COUNTY', parentCode: '230800', longitude: 130.72, latitude: 46.28 },
  { code: '230826', name: '桦川县', nameEn: 'Huachuan County', level: 'COUNTY', parentCode: '230800', longitude: 130.95, latitude: 46.98 },
  { code: '230828', name: '汤原县', nameEn: 'Tangyuan County', level: 'COUNTY', parentCode: '230800', longitude: 130.04, latitude: 46.97 },
  { code: '230881', name: '同江市', nameEn: 'Tongjiang', level: 'COUNTY', parentCode: '230800', longitude: 133.27, latitude: 47.81 },
  { code: '230882', name: '富锦市', nameEn: 'Fujin', level: 'COUNTY', parentCode: '230800', longitude: 132.52, latitude: 47.14 },
  { code: '230883', name: '抚远市', nameEn: 'Fuyuan', level: 'COUNTY', parentCode: '230800', longitude: 134.30, latitude: 47.97 },

  // 七台河市
  { code: '230900', name: '七台河市', nameEn: 'Qitaihe', level: 'PREFECTURE', parentCode: '230000', longitude: 130.94, latitude: 45.88 },
  { code: '230902', name: '新兴区', nameEn: 'Xinxing District', level: 'COUNTY', parentCode: '230900', longitude: 131.16, latitude: 45.96 },
  { code: '230903', name: '桃山区', nameEn: 'Taoshan District', level: 'COUNTY', parentCode: '230900', longitude: 130.99, latitude: 45.76 },
  { code: '230904', name: '茄子河区', nameEn: 'Qiezihe District', level: 'COUNTY', parentCode: '230900', longitude: 131.46, latitude: 45.89 },
  { code: '230921', name: '勃利县', nameEn: 'Boli County', level: 'COUNTY', parentCode: '230900', longitude: 130.49, latitude: 45.83 },

  // 牡丹江市
  { code: '231000', name: '牡丹江市', nameEn: 'Mudanjiang', level: 'PREFECTURE', parentCode: '230000', longitude: 129.90, latitude: 44.60 },
  { code: '231002', name: '东安区', nameEn: "Dong'an District", level: 'COUNTY', parentCode: '231000', longitude: 129.84, latitude: 44.39 },
  { code: '231003', name: '阳明区', nameEn: 'Yangming District', level: 'COUNTY', parentCode: '231000', longitude: 129.87, latitude: 44.66 },
  { code: '231004', name: '爱民区', nameEn: 'Aimin District', level: 'COUNTY', parentCode: '231000', longitude: 129.51, latitude: 44.71 },
  { code: '231005', name: '西安区', nameEn: "Xi'an District", level: 'COUNTY', parentCode: '231000', longitude: 129.53, latitude: 44.49 },
  { code: '231025', name: '林口县', nameEn: 'Linkou County', level: 'COUNTY', parentCode: '231000', longitude: 130.03, latitude: 45.44 },
  { code: '231081', name: '绥芬河市', nameEn: 'Suifenhe', level: 'COUNTY', parentCode: '231000', longitude: 131.10, latitude: 44.40 },
  { code: '231083', name: '海林市', nameEn: 'Hailin', level: 'COUNTY', parentCode: '231000', longitude: 129.22, latitude: 44.91 },
  { code: '231084', name: '宁安市', nameEn: "Ning'an", level: 'COUNTY', parentCode: '231000', longitude: 129.21, latitude: 44.05 },
  { code: '231085', name: '穆棱市', nameEn: 'Muling', level: 'COUNTY', parentCode: '231000', longitude: 130.42, latitude: 44.57 },
  { code: '231086', name: '东宁市', nameEn: 'Dongning', level: 'COUNTY', parentCode: '231000', longitude: 130.84, latitude: 44.02 },

  // 黑河市
  { code: '231100', name: '黑河市', nameEn: 'Heihe', level: 'PREFECTURE', parentCode: '230000', longitude: 126.99, latitude: 49.26 },
  { code: '231102', name: '爱辉区', nameEn: 'Aihui District', level: 'COUNTY', parentCode: '231100', longitude: 126.73, latitude: 50.22 },
  { code: '231123', name: '逊克县', nameEn: 'Xunke County', level: 'COUNTY', parentCode: '231100', longitude: 128.61, latitude: 49.03 },
  { code: '231124', name: '孙吴县', nameEn: 'Sunwu County', level: 'COUNTY', parentCode: '231100', longitude: 127.33, latitude: 49.40 },
  { code: '231181', name: '北安市', nameEn: "Bei'an", level: 'COUNTY', parentCode: '231100', longitude: 127.11, latitude: 48.10 },
  { code: '231182', name: '五大连池市', nameEn: 'Wudalianchi', level: 'COUNTY', parentCode: '231100', longitude: 127.18, latitude: 48.68 },
  { code: '231183', name: '嫩江市', nameEn: 'Nenjiang', level: 'COUNTY', parentCode: '231100', longitude: 125.76, latitude: 49.58 },

  // 绥化市
  { code: '231200', name: '绥化市', nameEn: 'Suihua', level: 'PREFECTURE', parentCode: '230000', longitude: 126.65, latitude: 46.90 },
  { code: '231202', name: '北林区', nameEn: 'Beilin District', level: 'COUNTY', parentCode: '231200', longitude: 126.95, latitude: 46.74 },
  { code: '231221', name: '望奎县', nameEn: 'Wangkui County', level: 'COUNTY', parentCode: '231200', longitude: 126.59, latitude: 46.86 },
  { code: '231222', name: '兰西县', nameEn: 'Lanxi County', level: 'COUNTY', parentCode: '231200', longitude: 126.21, latitude: 46.35 },
  { code: '231223', name: '青冈县', nameEn: 'Qinggang County', level: 'COUNTY', parentCode: '231200', longitude: 125.95, latitude: 46.84 },
  { code: '231224', name: '庆安县', nameEn: "Qing'an County", level: 'COUNTY', parentCode: '231200', longitude: 127.84, latitude: 47.06 },
  { code: '231225', name: '明水县', nameEn: 'Mingshui County', level: 'COUNTY', parentCode: '231200', longitude: 125.83, latitude: 47.20 },
  { code: '231226', name: '绥棱县', nameEn: 'Suiling County', level: 'COUNTY', parentCode: '231200', longitude: 127.72, latitude: 47.58 },
  { code: '231281', name: '安达市', nameEn: 'Anda', level: 'COUNTY', parentCode: '231200', longitude: 125.38, latitude: 46.53 },
  { code: '231282', name: '肇东市', nameEn: 'Zhaodong', level: 'COUNTY', parentCode: '231200', longitude: 125.84, latitude: 46.00 },
  { code: '231283', name: '海伦市', nameEn: 'Hailun', level: 'COUNTY', parentCode: '231200', longitude: 126.88, latitude: 47.44 },

  // 大兴安岭地区
  { code: '232700', name: '大兴安岭地区', nameEn: "Daxing'anling Prefecture", level: 'PREFECTURE', parentCode: '230000', longitude: 124.21, latitude: 52.29 },
  { code: '232701', name: '漠河市', nameEn: 'Mohe', level: 'COUNTY', parentCode: '232700', longitude: 122.71, latitude: 52.94 },
  { code: '232721', name: '呼玛县', nameEn: 'Huma County', level: 'COUNTY', parentCode: '232700', longitude: 125.95, latitude: 51.60 },
  { code: '232722', name: '塔河县', nameEn: 'Tahe County', level: 'COUNTY', parentCode: '232700', longitude: 124.70, latitude: 52.55 },
  { code: '232761', name: '加格达奇区', nameEn: 'Jiagedaqi District', level: 'COUNTY', parentCode: '232700', longitude: 124.14, latitude: 50.38 },
  { code: '232762', name: '松岭区', nameEn: 'Songling District', level: 'COUNTY', parentCode: '232700', longitude: 124.55, latitude: 51.15 },
  { code: '232763', name: '新林区', nameEn: 'Xinlin District', level: 'COUNTY', parentCode: '232700', longitude: 124.25, latitude: 51.75 },
  { code: '232764', name: '呼中区', nameEn: 'Huzhong District', level: 'COUNTY', parentCode: '232700', longitude: 123.40, latitude: 51.90 },

  // 吉林省
  { code: '220000', name: '吉林省', nameEn: 'Jilin', level: 'PROVINCE', parentCode: null, longitude: 126.20, latitude: 43.67 },

  // 长春市
  { code: '220100', name: '长春市', nameEn: 'Changchun', level: 'PREFECTURE', parentCode: '220000', longitude: 125.59, latitude: 44.29 },
  { code: '220102', name: '南关区', nameEn: 'Nanguan District', level: 'COUNTY', parentCode: '220100', longitude: 125.41, latitude: 43.73 },
  { code: '220103', name: '宽城区', nameEn: 'Kuancheng District', level: 'COUNTY', parentCode: '220100', longitude: 125.34, latitude: 44.08 },
  { code: '220104', name: '朝阳区', nameEn: 'Chaoyang District', level: 'COUNTY', parentCode: '220100', longitude: 125.28, latitude: 43.68 },
  { code: '220105', name: '二道区', nameEn: 'Erdao District', level: 'COUNTY', parentCode: '220100', longitude: 125.62, latitude: 43.95 },
  { code: '220106', name: '绿园区', nameEn: 'Lüyuan District', level: 'COUNTY', parentCode: '220100', longitude: 125.18, latitude: 43.89 },
  { code: '220112', name: '双阳区', nameEn: 'Shuangyang District', level: 'COUNTY', parentCode: '220100', longitude: 125.71, latitude: 43.53 },
  { code: '220113', name: '九台区', nameEn: 'Jiutai District', level: 'COUNTY', parentCode: '220100', longitude: 126.04, latitude: 44.23 },
  { code: '220122', name: '农安县', nameEn: "Nong'an County", level: 'COUNTY', parentCode: '220100', longitude: 125.08, latitude: 44.47 },
  { code: '220182', name: '榆树市', nameEn: 'Yushu', level: 'COUNTY', parentCode: '220100', longitude: 126.59, latitude: 44.87 },
  { code: '220183', name: '德惠市', nameEn: 'Dehui', level: 'COUNTY', parentCode: '220100', longitude: 125.81, latitude: 44.55 },
  { code: '220184', name: '公主岭市', nameEn: 'Gongzhuling', level: 'COUNTY', parentCode: '220100', longitude: 124.67, latitude: 43.79 },

  // 吉林市
  { code: '220200', name: '吉林市', nameEn: 'Jilin City', level: 'PREFECTURE', parentCode: '220000', longitude: 126.85, latitude: 43.58 },
  { code: '220202', name: '昌邑区', nameEn: 'Changyi District', level: 'COUNTY', parentCode: '220200', longitude: 126.28, latitude: 44.04 },
  { code: '220203', name: '龙潭区', nameEn: 'Longtan District', level: 'COUNTY', parentCode: '220200', longitude: 126.65, latitude: 44.05 },
  { code: '220204', name: '船营区', nameEn: 'Chuanying District', level: 'COUNTY', parentCode: '220200', longitude: 126.28, latitude: 43.85 },
  { code: '220211', name: '丰满区', nameEn: 'Fengman District', level: 'COUNTY', parentCode: '220200', longitude: 126.67, latitude: 43.68 },
  { code: '220221', name: '永吉县', nameEn: 'Yongji County', level: 'COUNTY', parentCode: '220200', longitude: 126.22, latitude: 43.60 },
  { code: '220281', name: '蛟河市', nameEn: 'Jiaohe', level: 'COUNTY', parentCode: '220200', longitude: 127.33, latitude: 43.71 },
  { code: '220282', name: '桦甸市', nameEn: 'Huadian', level: 'COUNTY', parentCode: '220200', longitude: 127.04, latitude: 43.05 },
  { code: '220283', name: '舒兰市', nameEn: 'Shulan', level: 'COUNTY', parentCode: '220200', longitude: 127.11, latitude: 44.33 },
  { code: '220284', name: '磐石市', nameEn: 'Panshi', level: 'COUNTY', parentCode: '220200', longitude: 126.17, latitude: 43.05 },

  // 四平市
  { code: '220300', name: '四平市', nameEn: 'Siping', level: 'PREFECTURE', parentCode: '220000', longitude: 124.39, latitude: 43.49 },
  { code: '220302', name: '铁西区', nameEn: 'Tiexi District', level: 'COUNTY', parentCode: '220300', longitude: 124.36, latitude: 43.22 },
  { code: '220303', name: '铁东区', nameEn: 'Tiedong District', level: 'COUNTY', parentCode: '220300', longitude: 124.56, latitude: 43.06 },
  { code: '220322', name: '梨树县', nameEn: 'Lishu County', level: 'COUNTY', parentCode: '220300', longitude: 124.33, latitude: 43.47 },
  { code: '220323', name: '伊通满族自治县', nameEn: 'Yitong Manchu Autonomous County', level: 'COUNTY', parentCode: '220300', longitude: 125.26, latitude: 43.34 },
  { code: '220382', name: '双辽市', nameEn: 'Shuangliao', level: 'COUNTY', parentCode: '220300', longitude: 123.70, latitude: 43.76 },

  // 辽源市
  { code: '220400', name: '辽源市', nameEn: 'Liaoyuan', level: 'PREFECTURE', parentCode: '220000', longitude: 125.31, latitude: 42.81 },
  { code: '220402', name: '龙山区', nameEn: 'Longshan District', level: 'COUNTY', parentCode: '220400', longitude: 125.21, latitude: 42.92 },
  { code: '220403', name: '西安区', nameEn: "Xi'an District", level: 'COUNTY', parentCode: '220400', longitude: 125.12, latitude: 42.99 },
  { code: '220421', name: '东丰县', nameEn: 'Dongfeng County', level: 'COUNTY', parentCode: '220400', longitude: 125.45, latitude: 42.68 },
  { code: '220422', name: '东辽县', nameEn: 'Dongliao County', level: 'COUNTY', parentCode: '220400', longitude: 125.18, latitude: 42.94 },

  // 通化市
  { code: '220500', name: '通化市', nameEn: 'Tonghua', level: 'PREFECTURE', parentCode: '220000', longitude: 125.96, latitude: 41.96 },
  { code: '220502', name: '东昌区', nameEn: 'Dongchang District', level: 'COUNTY', parentCode: '220500', longitude: 125.97, latitude: 41.67 },
  { code: '220503', name: '二道江区', nameEn: 'Erdaojiang District', level: 'COUNTY', parentCode: '220500', longitude: 126.16, latitude: 41.76 },
  { code: '220521', name: '通化县', nameEn: 'Tonghua County', level: 'COUNTY', parentCode: '220500', longitude: 125.85, latitude: 41.72 },
  { code: '220523', name: '辉南县', nameEn: 'Huinan County', level: 'COUNTY', parentCode: '220500', longitude: 126.34, latitude: 42.55 },
  { code: '220524', name: '柳河县', nameEn: 'Liuhe County', level: 'COUNTY', parentCode: '220500', longitude: 125.91, latitude: 42.18 },
  { code: '220581', name: '梅河口市', nameEn: 'Meihekou', level: 'COUNTY', parentCode: '220500', longitude: 125.72, latitude: 42.53 },
  { code: '220582', name: '集安市', nameEn: "Ji'an", level: 'COUNTY', parentCode: '220500', longitude: 125.99, latitude: 41.25 },

  // 白山市
  { code: '220600', name: '白山市', nameEn: 'Baishan', level: 'PREFECTURE', parentCode: '220000', longitude: 127.29, latitude: 42.07 },
  { code: '220602', name: '浑江区', nameEn: 'Hunjiang District', level: 'COUNTY', parentCode: '220600', longitude: 126.42, latitude: 41.81 },
  { code: '220605', name: '江源区', nameEn: 'Jiangyuan District', level: 'COUNTY', parentCode: '220600', longitude: 126.77, latitude: 42.05 },
  { code: '220621', name: '抚松县', nameEn: 'Fusong County', level: 'COUNTY', parentCode: '220600', longitude: 127.62, latitude: 42.27 },
  { code: '220622', name: '靖宇县', nameEn: 'Jingyu County', level: 'COUNTY', parentCode: '220600', longitude: 126.90, latitude: 42.44 },
  { code: '220623', name: '长白朝鲜族自治县', nameEn: 'Changbai Korean Autonomous County', level: 'COUNTY', parentCode: '220600', longitude: 127.86, latitude: 41.58 },
  { code: '220681', name: '临江市', nameEn: 'Linjiang', level: 'COUNTY', parentCode: '220600', longitude: 127.19, latitude: 41.81 },

  // 松原市
  { code: '220700', name: '松原市', nameEn: 'Songyuan', level: 'PREFECTURE', parentCode: '220000', longitude: 124.48, latitude: 44.80 },
  { code: '220702', name: '宁江区', nameEn: 'Ningjiang District', level: 'COUNTY', parentCode: '220700', longitude: 124.91, latitude: 45.24 },
  { code: '220721', name: '前郭尔罗斯蒙古族自治县', nameEn: 'Qian Gorlos Mongol Autonomous County', level: 'COUNTY', parentCode: '220700', longitude: 124.47, latitude: 44.86 },
  { code: '220722', name: '长岭县', nameEn: 'Changling County', level: 'COUNTY', parentCode: '220700', longitude: 123.86, latitude: 44.30 },
  { code: '220723', name: '乾安县', nameEn: "Qian'an County", level: 'COUNTY', parentCode: '220700', longitude: 123.95, latitude: 44.92 },
  { code: '220781', name: '扶余市', nameEn: 'Fuyu', level: 'COUNTY', parentCode: '220700', longitude: 125.59, latitude: 45.13 },

  // 白城市
  { code: '220800', name: '白城市', nameEn: 'Baicheng', level: 'PREFECTURE', parentCode: '220000', longitude: 123.02, latitude: 45.35 },
  { code: '220802', name: '洮北区', nameEn: 'Taobei District', level: 'COUNTY', parentCode: '220800', longitude: 122.84, latitude: 45.64 },
  { code: '220821', name: '镇赉县', nameEn: 'Zhenlai County', level: 'COUNTY', parentCode: '220800', longitude: 123.50, latitude: 45.98 },
  { code: '220822', name: '通榆县', nameEn: 'Tongyu County', level: 'COUNTY', parentCode: '220800', longitude: 122.74, latitude: 44.78 },
  { code: '220881', name: '洮南市', nameEn: 'Taonan', level: 'COUNTY', parentCode: '220800', longitude: 122.45, latitude: 45.47 },
  { code: '220882', name: '大安市', nameEn: "Da'an", level: 'COUNTY', parentCode: '220800', longitude: 123.72, latitude: 45.43 },

  // 延边朝鲜族自治州
  { code: '222400', name: '延边朝鲜族自治州', nameEn: 'Yanbian Korean Autonomous Prefecture', level: 'PREFECTURE', parentCode: '220000', longitude: 129.13, latitude: 43.14 },
  { code: '222401', name: '延吉市', nameEn: 'Yanji', level: 'COUNTY', parentCode: '222400', longitude: 129.33, latitude: 43.10 },
  { code: '222402', name: '图们市', nameEn: 'Tumen', level: 'COUNTY', parentCode: '222400', longitude: 129.81, latitude: 43.02 },
  { code: '222403', name: '敦化市', nameEn: 'Dunhua', level: 'COUNTY', parentCode: '222400', longitude: 128.23, latitude: 43.55 },
  { code: '222404', name: '珲春市', nameEn: 'Hunchun', level: 'COUNTY', parentCode: '222400', longitude: 130.69, latitude: 43.07 },
  { code: '222405', name: '龙井市', nameEn: 'Longjing', level: 'COUNTY', parentCode: '222400', longitude: 129.44, latitude: 42.70 },
  { code: '222406', name: '和龙市', nameEn: 'Helong', level: 'COUNTY', parentCode: '222400', longitude: 128.89, latitude: 42.46 },
  { code: '222424', name: '汪清县', nameEn: 'Wangqing County', level: 'COUNTY', parentCode: '222400', longitude: 129.94, latitude: 43.53 },
  { code: '222426', name: '安图县', nameEn: 'Antu County', level: 'COUNTY', parentCode: '222400', longitude: 128.43, latitude: 42.69 },
];

/**
 * Forestry units, each placed in the county-level division where it is seated.
 * Codes: 'FU' + division code + 2-digit sequence within that division.
 */
export const forestryUnits: readonly ForestryUnitSeed[] = [
  // 龙江森工集团
  { code: 'FU23108301', name: '大海林林业局', nameEn: 'Dahailin Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231083' },
  { code: 'FU23108302', name: '柴河林业局', nameEn: 'Chaihe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231083' },
  { code: 'FU23108401', name: '东京城林业局', nameEn: 'Dongjingcheng Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231084' },
  { code: 'FU23108501', name: '穆棱林业局', nameEn: 'Muling Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231085' },
  { code: 'FU23108601', name: '绥阳林业局', nameEn: 'Suiyang Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231086' },
  { code: 'FU23108303', name: '海林林业局', nameEn: 'Hailin Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231083' },
  { code: 'FU23102501', name: '林口林业局', nameEn: 'Linkou Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231025' },
  { code: 'FU23108502', name: '八面通林业局', nameEn: 'Bamiantong Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231085' },
  { code: 'FU23082201', name: '桦南林业局', nameEn: 'Huanan Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230822' },
  { code: 'FU23050601', name: '双鸭山林业局', nameEn: 'Shuangyashan Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230506' },
  { code: 'FU23082801', name: '鹤立林业局', nameEn: 'Heli Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230828' },
  { code: 'FU23042101', name: '鹤北林业局', nameEn: 'Hebei Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230421' },
  { code: 'FU23038101', name: '东方红林业局', nameEn: 'Dongfanghong Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230381' },
  { code: 'FU23038102', name: '迎春林业局', nameEn: 'Yingchun Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230381' },
  { code: 'FU23012801', name: '清河林业局', nameEn: 'Qinghe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230128' },
  { code: 'FU23018401', name: '山河屯林业局', nameEn: 'Shanhetun Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230184' },
  { code: 'FU23018301', name: '苇河林业局', nameEn: 'Weihe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230183' },
  { code: 'FU23018302', name: '亚布力林业局', nameEn: 'Yabuli Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230183' },
  { code: 'FU23012401', name: '方正林业局', nameEn: 'Fangzheng Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230124' },
  { code: 'FU23012601', name: '兴隆林业局', nameEn: 'Xinglong Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230126' },
  { code: 'FU23122601', name: '绥棱林业局', nameEn: 'Suiling Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231226' },
  { code: 'FU23118101', name: '通北林业局', nameEn: 'Tongbei Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231181' },
  { code: 'FU23118201', name: '沾河林业局', nameEn: 'Zhanhe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '231182' },

  // 伊春森工集团
  { code: 'FU23078101', name: '双丰林业局', nameEn: 'Shuangfeng Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230781' },
  { code: 'FU23078102', name: '铁力林业局', nameEn: 'Tieli Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230781' },
  { code: 'FU23078103', name: '桃山林业局', nameEn: 'Taoshan Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230781' },
  { code: 'FU23072501', name: '朗乡林业局', nameEn: 'Langxiang Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230725' },
  { code: 'FU23072601', name: '南岔林业局', nameEn: 'Nancha Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230726' },
  { code: 'FU23075101', name: '金山屯林业局', nameEn: 'Jinshantun Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230751' },
  { code: 'FU23071701', name: '美溪林业局', nameEn: 'Meixi Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230717' },
  { code: 'FU23071801', name: '乌马河林业局', nameEn: 'Wumahe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230718' },
  { code: 'FU23071802', name: '翠峦林业局', nameEn: 'Cuiluan Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230718' },
  { code: 'FU23071901', name: '友好林业局', nameEn: 'Youhao Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230719' },
  { code: 'FU23071902', name: '上甘岭林业局', nameEn: 'Shangganling Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230719' },
  { code: 'FU23072401', name: '五营林业局', nameEn: 'Wuying Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230724' },
  { code: 'FU23072402', name: '红星林业局', nameEn: 'Hongxing Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230724' },
  { code: 'FU23072403', name: '新青林业局', nameEn: 'Xinqing Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230724' },
  { code: 'FU23072301', name: '汤旺河林业局', nameEn: 'Tangwanghe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230723' },
  { code: 'FU23072302', name: '乌伊岭林业局', nameEn: 'Wuyiling Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230723' },
  { code: 'FU23072502', name: '带岭林业局', nameEn: 'Dailing Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '230725' },

  // 大兴安岭林业集团
  { code: 'FU23276101', name: '加格达奇林业局', nameEn: 'Jiagedaqi Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '232761' },
  { code: 'FU23276201', name: '松岭林业局', nameEn: 'Songling Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '232762' },
  { code: 'FU23276301', name: '新林林业局', nameEn: 'Xinlin Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '232763' },
  { code: 'FU23272201', name: '塔河林业局', nameEn: 'Tahe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '232722' },
  { code: 'FU23276401', name: '呼中林业局', nameEn: 'Huzhong Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '232764' },
  { code: 'FU23270101', name: '阿木尔林业局', nameEn: 'Amur Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '232701' },
  { code: 'FU23270102', name: '图强林业局', nameEn: 'Tuqiang Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '232701' },
  { code: 'FU23270103', name: '西林吉林业局', nameEn: 'Xilinji Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '232701' },
  { code: 'FU23272202', name: '十八站林业局', nameEn: 'Shibazhan Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '232722' },
  { code: 'FU23272101', name: '韩家园林业局', nameEn: 'Hanjiayuan Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '232721' },

  // 吉林森工集团
  { code: 'FU22068101', name: '临江林业局', nameEn: 'Linjiang Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '220681' },
  { code: 'FU22060501', name: '三岔子林业局', nameEn: 'Sanchazi Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '220605' },
  { code: 'FU22060502', name: '湾沟林业局', nameEn: 'Wangou Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '220605' },
  { code: 'FU22062101', name: '松江河林业局', nameEn: 'Songjianghe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '220621' },
  { code: 'FU22062102', name: '泉阳林业局', nameEn: 'Quanyang Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '220621' },
  { code: 'FU22062103', name: '露水河林业局', nameEn: 'Lushuihe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '220621' },
  { code: 'FU22028101', name: '白石山林业局', nameEn: 'Baishishan Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '220281' },
  { code: 'FU22028201', name: '红石林业局', nameEn: 'Hongshi Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '220282' },

  // 长白山森工集团
  { code: 'FU22240301', name: '黄泥河林业局', nameEn: 'Huangnihe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '222403' },
  { code: 'FU22240302', name: '敦化林业局', nameEn: 'Dunhua Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '222403' },
  { code: 'FU22240303', name: '大石头林业局', nameEn: 'Dashitou Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '222403' },
  { code: 'FU22240601', name: '八家子林业局', nameEn: 'Bajiazi Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '222406' },
  { code: 'FU22240602', name: '和龙林业局', nameEn: 'Helong Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '222406' },
  { code: 'FU22242401', name: '汪清林业局', nameEn: 'Wangqing Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '222424' },
  { code: 'FU22242402', name: '大兴沟林业局', nameEn: 'Daxinggou Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '222424' },
  { code: 'FU22242403', name: '天桥岭林业局', nameEn: 'Tianqiaoling Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '222424' },
  { code: 'FU22242601', name: '白河林业局', nameEn: 'Baihe Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '222426' },
  { code: 'FU22240401', name: '珲春林业局', nameEn: 'Hunchun Forestry Bureau', kind: 'STATE_FOREST_BUREAU', divisionCode: '222404' },

  // 县级林业主管部门 — 黑龙江省
  { code: 'FU23018303', name: '尚志市林业和草原局', nameEn: 'Shangzhi City Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230183' },
  { code: 'FU23018402', name: '五常市林业和草原局', nameEn: 'Wuchang City Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230184' },
  { code: 'FU23012901', name: '延寿县林业和草原局', nameEn: 'Yanshou County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230129' },
  { code: 'FU23012402', name: '方正县林业和草原局', nameEn: 'Fangzheng County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230124' },
  { code: 'FU23012802', name: '通河县林业和草原局', nameEn: 'Tonghe County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230128' },
  { code: 'FU23012701', name: '木兰县林业和草原局', nameEn: 'Mulan County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230127' },
  { code: 'FU23012301', name: '依兰县林业和草原局', nameEn: 'Yilan County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230123' },
  { code: 'FU23012501', name: '宾县林业和草原局', nameEn: 'Bin County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230125' },
  { code: 'FU23108304', name: '海林市林业和草原局', nameEn: 'Hailin City Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '231083' },
  { code: 'FU23108402', name: '宁安市林业和草原局', nameEn: "Ning'an City Forestry and Grassland Bureau", kind: 'FORESTRY_BUREAU', divisionCode: '231084' },
  { code: 'FU23108503', name: '穆棱市林业和草原局', nameEn: 'Muling City Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '231085' },
  { code: 'FU23108602', name: '东宁市林业和草原局', nameEn: 'Dongning City Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '231086' },
  { code: 'FU23102502', name: '林口县林业和草原局', nameEn: 'Linkou County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '231025' },
  { code: 'FU23038103', name: '虎林市林业和草原局', nameEn: 'Hulin City Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230381' },
  { code: 'FU23038201', name: '密山市林业和草原局', nameEn: 'Mishan City Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230382' },
  { code: 'FU23032101', name: '鸡东县林业和草原局', nameEn: 'Jidong County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230321' },
  { code: 'FU23042102', name: '萝北县林业和草原局', nameEn: 'Luobei County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230421' },
  { code: 'FU23052301', name: '宝清县林业和草原局', nameEn: 'Baoqing County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230523' },
  { code: 'FU23052401', name: '饶河县林业和草原局', nameEn: 'Raohe County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230524' },
  { code: 'FU23082202', name: '桦南县林业和草原局', nameEn: 'Huanan County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230822' },
  { code: 'FU23092101', name: '勃利县林业和草原局', nameEn: 'Boli County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230921' },
  { code: 'FU23072201', name: '嘉荫县林业和草原局', nameEn: 'Jiayin County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '230722' },
  { code: 'FU23110201', name: '爱辉区林业和草原局', nameEn: 'Aihui District Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '231102' },
  { code: 'FU23112301', name: '逊克县林业和草原局', nameEn: 'Xunke County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '231123' },
  { code: 'FU23112401', name: '孙吴县林业和草原局', nameEn: 'Sunwu County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '231124' },
  { code: 'FU23118202', name: '五大连池市林业和草原局', nameEn: 'Wudalianchi City Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '231182' },
  { code: 'FU23118301', name: '嫩江市林业和草原局', nameEn: 'Nenjiang City Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '231183' },
  { code: 'FU23122401', name: '庆安县林业和草原局', nameEn: "Qing'an County Forestry and Grassland Bureau", kind: 'FORESTRY_BUREAU', divisionCode: '231224' },
  { code: 'FU23122602', name: '绥棱县林业和草原局', nameEn: 'Suiling County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '231226' },
  { code: 'FU23272102', name: '呼玛县林业和草原局', nameEn: 'Huma County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '232721' },
  { code: 'FU23272203', name: '塔河县林业和草原局', nameEn: 'Tahe County Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '232722' },
  { code: 'FU23270104', name: '漠河市林业和草原局', nameEn: 'Mohe City Forestry and Grassland Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '232701' },

  // 县级林业主管部门 — 吉林省
  { code: 'FU22028102', name: '蛟河市林业局', nameEn: 'Jiaohe City Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220281' },
  { code: 'FU22028202', name: '桦甸市林业局', nameEn: 'Huadian City Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220282' },
  { code: 'FU22028301', name: '舒兰市林业局', nameEn: 'Shulan City Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220283' },
  { code: 'FU22028401', name: '磐石市林业局', nameEn: 'Panshi City Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220284' },
  { code: 'FU22022101', name: '永吉县林业局', nameEn: 'Yongji County Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220221' },
  { code: 'FU22052101', name: '通化县林业局', nameEn: 'Tonghua County Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220521' },
  { code: 'FU22058201', name: '集安市林业局', nameEn: "Ji'an City Forestry Bureau", kind: 'FORESTRY_BUREAU', divisionCode: '220582' },
  { code: 'FU22052401', name: '柳河县林业局', nameEn: 'Liuhe County Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220524' },
  { code: 'FU22052301', name: '辉南县林业局', nameEn: 'Huinan County Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220523' },
  { code: 'FU22062104', name: '抚松县林业局', nameEn: 'Fusong County Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220621' },
  { code: 'FU22062201', name: '靖宇县林业局', nameEn: 'Jingyu County Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220622' },
  { code: 'FU22062301', name: '长白朝鲜族自治县林业局', nameEn: 'Changbai Korean Autonomous County Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220623' },
  { code: 'FU22068102', name: '临江市林业局', nameEn: 'Linjiang City Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220681' },
  { code: 'FU22240304', name: '敦化市林业局', nameEn: 'Dunhua City Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '222403' },
  { code: 'FU22242602', name: '安图县林业局', nameEn: 'Antu County Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '222426' },
  { code: 'FU22242404', name: '汪清县林业局', nameEn: 'Wangqing County Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '222424' },
  { code: 'FU22240402', name: '珲春市林业局', nameEn: 'Hunchun City Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '222404' },
  { code: 'FU22240603', name: '和龙市林业局', nameEn: 'Helong City Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '222406' },
  { code: 'FU22240501', name: '龙井市林业局', nameEn: 'Longjing City Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '222405' },
  { code: 'FU22042101', name: '东丰县林业局', nameEn: 'Dongfeng County Forestry Bureau', kind: 'FORESTRY_BUREAU', divisionCode: '220421' },

  // 国有林场
  { code: 'FU23018304', name: '帽儿山实验林场', nameEn: 'Maoershan Experimental Forest Farm', kind: 'FOREST_FARM', divisionCode: '230183' },
  { code: 'FU23082203', name: '孟家岗林场', nameEn: 'Mengjiagang Forest Farm', kind: 'FOREST_FARM', divisionCode: '230822' },
  { code: 'FU23022401', name: '泰来县东方红机械林场', nameEn: 'Tailai Dongfanghong Mechanized Forest Farm', kind: 'FOREST_FARM', divisionCode: '230224' },
  { code: 'FU23022901', name: '克山县河北林场', nameEn: 'Keshan Hebei Forest Farm', kind: 'FOREST_FARM', divisionCode: '230229' },
  { code: 'FU23023001', name: '克东县爱华林场', nameEn: 'Kedong Aihua Forest Farm', kind: 'FOREST_FARM', divisionCode: '230230' },
  { code: 'FU23028101', name: '讷河市新江林场', nameEn: 'Nehe Xinjiang Forest Farm', kind: 'FOREST_FARM', divisionCode: '230281' },
  { code: 'FU23062301', name: '林甸县长青林场', nameEn: 'Lindian Changqing Forest Farm', kind: 'FOREST_FARM', divisionCode: '230623' },
  { code: 'FU23052101', name: '集贤县七星林场', nameEn: 'Jixian Qixing Forest Farm', kind: 'FOREST_FARM', divisionCode: '230521' },
  { code: 'FU23052402', name: '饶河县大岱林场', nameEn: 'Raohe Dadai Forest Farm', kind: 'FOREST_FARM', divisionCode: '230524' },
  { code: 'FU23072202', name: '嘉荫县太平林场', nameEn: 'Jiayin Taiping Forest Farm', kind: 'FOREST_FARM', divisionCode: '230722' },
  { code: 'FU23088101', name: '同江市街津口林场', nameEn: 'Tongjiang Jiejinkou Forest Farm', kind: 'FOREST_FARM', divisionCode: '230881' },
  { code: 'FU23088201', name: '富锦市石砬山林场', nameEn: 'Fujin Shilashan Forest Farm', kind: 'FOREST_FARM', divisionCode: '230882' },
  { code: 'FU23110202', name: '黑河市西岗子试验林场', nameEn: 'Heihe Xigangzi Experimental Forest Farm', kind: 'FOREST_FARM', divisionCode: '231102' },
  { code: 'FU23112302', name: '逊克县道干林场', nameEn: 'Xunke Daogan Forest Farm', kind: 'FOREST_FARM', divisionCode: '231123' },
  { code: 'FU23112402', name: '孙吴县正阳林场', nameEn: 'Sunwu Zhengyang Forest Farm', kind: 'FOREST_FARM', divisionCode: '231124' },
  { code: 'FU23118203', name: '五大连池市药泉林场', nameEn: 'Wudalianchi Yaoquan Forest Farm', kind: 'FOREST_FARM', divisionCode: '231182' },
  { code: 'FU23122101', name: '望奎县白四林场', nameEn: 'Wangkui Baisi Forest Farm', kind: 'FOREST_FARM', divisionCode: '231221' },
  { code: 'FU23122402', name: '庆安县国有林场管理局', nameEn: "Qing'an State Forest Farm Administration", kind: 'FOREST_FARM', divisionCode: '231224' },
  { code: 'FU23122603', name: '绥棱县阁山林场', nameEn: 'Suiling Geshan Forest Farm', kind: 'FOREST_FARM', divisionCode: '231226' },
  { code: 'FU22070201', name: '松原市哈达山林场', nameEn: 'Songyuan Hadashan Forest Farm', kind: 'FOREST_FARM', divisionCode: '220702' },
  { code: 'FU22072201', name: '长岭县太平川机械林场', nameEn: 'Changling Taipingchuan Mechanized Forest Farm', kind: 'FOREST_FARM', divisionCode: '220722' },
  { code: 'FU22242405', name: '金沟岭林场', nameEn: 'Jingouling Forest Farm', kind: 'FOREST_FARM', divisionCode: '222424' },

  // 自然保护区管理机构
  { code: 'FU22242603', name: '长白山国家级自然保护区管理局', nameEn: 'Changbaishan National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '222426' },
  { code: 'FU23072404', name: '丰林国家级自然保护区管理局', nameEn: 'Fenglin National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '230724' },
  { code: 'FU23020401', name: '扎龙国家级自然保护区管理局', nameEn: 'Zhalong National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '230204' },
  { code: 'FU23072503', name: '凉水国家级自然保护区管理局', nameEn: 'Liangshui National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '230725' },
  { code: 'FU23276402', name: '呼中国家级自然保护区管理局', nameEn: 'Huzhong National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '232764' },
  { code: 'FU23276202', name: '南瓮河国家级自然保护区管理局', nameEn: 'Nanwenghe National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '232762' },
  { code: 'FU23110203', name: '胜山国家级自然保护区管理局', nameEn: 'Shengshan National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '231102' },
  { code: 'FU23038202', name: '兴凯湖国家级自然保护区管理局', nameEn: 'Xingkai Lake National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '230382' },
  { code: 'FU23088301', name: '三江国家级自然保护区管理局', nameEn: 'Sanjiang National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '230883' },
  { code: 'FU22082201', name: '向海国家级自然保护区管理局', nameEn: 'Xianghai National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '220822' },
  { code: 'FU22082101', name: '莫莫格国家级自然保护区管理局', nameEn: 'Momoge National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '220821' },
  { code: 'FU22240403', name: '珲春东北虎国家级自然保护区管理局', nameEn: 'Hunchun Amur Tiger National Nature Reserve Administration', kind: 'NATURE_RESERVE_BUREAU', divisionCode: '222404' },
];
