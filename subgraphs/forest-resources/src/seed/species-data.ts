export interface TreeSpeciesSeed {
  code: string;
  name: string;
  nameEn: string;
  scientificName: string;
  /** Upper ages of the young, middle-aged, near-mature and mature classes. */
  naturalAgeLimits: [number, number, number, number];
  plantedAgeLimits: [number, number, number, number];
}

/** The dominant species of north-east China's forests, with the inventory age-class limits. */
export const treeSpecies: readonly TreeSpeciesSeed[] = [
  { code: 'PIKO', name: '红松', nameEn: 'Korean pine', scientificName: 'Pinus koraiensis', naturalAgeLimits: [60, 100, 120, 160], plantedAgeLimits: [40, 60, 80, 120] },
  { code: 'PISY', name: '樟子松', nameEn: 'Mongolian Scots pine', scientificName: 'Pinus sylvestris var. mongolica', naturalAgeLimits: [40, 80, 100, 140], plantedAgeLimits: [20, 30, 40, 60] },
  { code: 'LAGM', name: '兴安落叶松', nameEn: 'Dahurian larch', scientificName: 'Larix gmelinii', naturalAgeLimits: [40, 80, 100, 140], plantedAgeLimits: [20, 30, 40, 60] },
  { code: 'LAOL', name: '长白落叶松', nameEn: 'Olga Bay larch', scientificName: 'Larix olgensis', naturalAgeLimits: [40, 80, 100, 140], plantedAgeLimits: [20, 30, 40, 60] },
  { code: 'PIKR', name: '云杉', nameEn: 'Korean spruce', scientificName: 'Picea koraiensis', naturalAgeLimits: [60, 100, 120, 160], plantedAgeLimits: [40, 60, 80, 120] },
  { code: 'ABNE', name: '臭冷杉', nameEn: 'Manchurian fir', scientificName: 'Abies nephrolepis', naturalAgeLimits: [60, 100, 120, 160], plantedAgeLimits: [40, 60, 80, 120] },
  { code: 'BEPL', name: '白桦', nameEn: 'Asian white birch', scientificName: 'Betula platyphylla', naturalAgeLimits: [30, 50, 60, 80], plantedAgeLimits: [20, 30, 40, 60] },
  { code: 'QUMO', name: '蒙古栎', nameEn: 'Mongolian oak', scientificName: 'Quercus mongolica', naturalAgeLimits: [40, 60, 80, 120], plantedAgeLimits: [20, 40, 50, 70] },
  { code: 'FRMA', name: '水曲柳', nameEn: 'Manchurian ash', scientificName: 'Fraxinus mandshurica', naturalAgeLimits: [40, 60, 80, 120], plantedAgeLimits: [20, 40, 50, 70] },
  { code: 'JUMA', name: '胡桃楸', nameEn: 'Manchurian walnut', scientificName: 'Juglans mandshurica', naturalAgeLimits: [40, 60, 80, 120], plantedAgeLimits: [20, 40, 50, 70] },
  { code: 'PHAM', name: '黄檗', nameEn: 'Amur cork tree', scientificName: 'Phellodendron amurense', naturalAgeLimits: [40, 60, 80, 120], plantedAgeLimits: [20, 40, 50, 70] },
  { code: 'TIAM', name: '紫椴', nameEn: 'Amur linden', scientificName: 'Tilia amurensis', naturalAgeLimits: [40, 60, 80, 120], plantedAgeLimits: [20, 30, 40, 60] },
  { code: 'ACMO', name: '色木槭', nameEn: 'Painted maple', scientificName: 'Acer pictum subsp. mono', naturalAgeLimits: [40, 60, 80, 120], plantedAgeLimits: [20, 30, 40, 60] },
  { code: 'ULPU', name: '榆树', nameEn: 'Siberian elm', scientificName: 'Ulmus pumila', naturalAgeLimits: [40, 60, 80, 120], plantedAgeLimits: [20, 30, 40, 60] },
  { code: 'POPU', name: '杨树', nameEn: 'Poplar', scientificName: 'Populus spp.', naturalAgeLimits: [10, 15, 20, 30], plantedAgeLimits: [10, 15, 20, 30] },
];
