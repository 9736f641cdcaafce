import { useI18n } from '../../i18n/I18n';
import { KpiTile } from '../../ui/KpiTile';
import type { PestState } from './summary';

export function PestKpis({ state: { summary } }: { state: PestState }) {
  const { t, compact, number } = useI18n();
  return (
    <KpiTile
      id="pest-area"
      label={t('pest.area')}
      value={summary?.area ?? null}
      display={compact(summary?.area ?? 0)}
      unit={t('unit.hectare')}
      detail={
        summary
          ? t('pest.occurrences', { count: number(summary.occurrenceCount), active: number(summary.activeOccurrenceCount) })
          : undefined
      }
    />
  );
}
