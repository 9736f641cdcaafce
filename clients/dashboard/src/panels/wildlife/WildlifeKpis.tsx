import { useI18n } from '../../i18n/I18n';
import { KpiTile } from '../../ui/KpiTile';
import type { WildlifeState } from './summary';

export function WildlifeKpis({ state: { summary } }: { state: WildlifeState }) {
  const { t, number } = useI18n();
  return (
    <KpiTile
      id="wildlife-protected-species"
      label={t('wildlife.protectedSpecies')}
      value={summary?.protectedSpecies.length ?? null}
      display={number(summary?.protectedSpecies.length ?? 0)}
      unit={t('unit.species')}
      detail={
        summary
          ? t('wildlife.observations', { count: number(summary.observationCount), reserves: number(summary.natureReserveCount) })
          : undefined
      }
    />
  );
}
