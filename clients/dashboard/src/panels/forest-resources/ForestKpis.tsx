import { useI18n } from '../../i18n/I18n';
import { KpiTile } from '../../ui/KpiTile';
import type { ForestState } from './summary';

export function ForestKpis({ state: { summary } }: { state: ForestState }) {
  const { t, compact, number } = useI18n();
  return (
    <>
      <KpiTile
        id="forest-area"
        label={t('forest.area')}
        value={summary?.area ?? null}
        display={compact(summary?.area ?? 0)}
        unit={t('unit.hectare')}
        detail={summary ? t('forest.subCompartmentCount', { count: number(summary.subCompartmentCount) }) : undefined}
      />
      <KpiTile
        id="forest-stock"
        label={t('forest.stockVolume')}
        value={summary?.stockVolume ?? null}
        display={compact(summary?.stockVolume ?? 0)}
        unit={t('unit.cubicMetre')}
        detail={
          summary
            ? t('forest.stockPerHectare', { value: number(summary.stockVolumePerHectare, 1) })
            : undefined
        }
      />
    </>
  );
}
