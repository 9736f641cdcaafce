import { useI18n } from '../../i18n/I18n';
import type { Region } from '../../navigation/scope';
import { Panel, PanelStatus } from '../../ui/Panel';
import type { ForestState } from './summary';

interface DivisionRankingProps {
  state: ForestState;
  regions: Region[];
  onSelect(code: string): void;
}

/** The child divisions by forest area, largest first; each one drills down. */
export function DivisionRanking({ state, regions, onSelect }: DivisionRankingProps) {
  const { t, fullName, compact } = useI18n();
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const rows = state.summary?.byDivision.flatMap((row) => {
    const region = byCode.get(row.division.code);
    return region ? [{ region, area: row.area }] : [];
  });
  const largest = rows?.[0]?.area ?? 0;
  return (
    <Panel title={t('forest.byDivision')} note={t('unit.hectare')} className="panel--ranking">
      {!rows || rows.length === 0 ? (
        <PanelStatus error={state.error} empty={rows?.length === 0} />
      ) : (
        <ol className="ranking">
          {rows.map(({ region, area }, index) => (
            <li key={region.code}>
              <button type="button" className="ranking__row" onClick={() => onSelect(region.code)}>
                <span className={index < 3 ? 'ranking__rank ranking__rank--top' : 'ranking__rank'}>{index + 1}</span>
                <span className="ranking__name">{fullName(region)}</span>
                <span className="ranking__bar">
                  <span className="ranking__fill" style={{ width: `${largest > 0 ? (area / largest) * 100 : 0}%` }} />
                </span>
                <span className="ranking__value">{compact(area)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
