import { useI18n } from '../../i18n/I18n';
import { KpiTile } from '../../ui/KpiTile';
import type { FireState } from './situation';

export function FireKpis({ state: { situation } }: { state: FireState }) {
  const { t, number } = useI18n();
  const danger = situation?.danger;
  return (
    <>
      <KpiTile
        id="fire-active"
        label={t('fire.active')}
        value={situation?.activeIncidentCount ?? null}
        display={number(situation?.activeIncidentCount ?? 0)}
        unit={t('unit.incident')}
        tone={situation && situation.activeIncidentCount > 0 ? 'alert' : undefined}
      />
      <KpiTile
        id="fire-danger"
        label={t('fire.danger')}
        value={situation ? (danger?.level ?? '') : null}
        display={danger ? t(`fireDanger.${danger.level}`) : t('fire.noRating')}
        unit=""
        detail={danger ? t('fire.ratedOn', { date: danger.date }) : undefined}
        tone={danger && (danger.level === 'HIGH' || danger.level === 'EXTREME') ? 'alert' : undefined}
      />
    </>
  );
}
