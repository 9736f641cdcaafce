/** The screen's colours, shared by the style sheet's custom properties and the charts. */
export const palette = {
  fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
  text: '#d8ecff',
  textMuted: '#8fb3d9',
  accent: '#35d0ff',
  line: 'rgba(80, 170, 255, 0.35)',
  grid: 'rgba(80, 170, 255, 0.12)',
  series: ['#35d0ff', '#3ee8a0', '#ffc53d', '#ff7a45', '#9b8cff', '#5b8ff9', '#f759ab', '#73d13d', '#36cfc9', '#ffa940'],
  /** Low to high forest area on the map. */
  choropleth: ['#0c3a5a', '#0f6b78', '#17a673', '#7ee36b'],
  mapArea: '#0b2f50',
  mapBorder: 'rgba(120, 200, 255, 0.55)',
  selected: '#ffc53d',
  alert: '#ff4d4f',
} as const;
