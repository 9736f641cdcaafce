import { useI18n } from '../../i18n/I18n';
import { Panel, PanelStatus } from '../../ui/Panel';
import { DANGER_COLOURS } from './danger';
import type { FireState } from './situation';

const INCIDENTS_LISTED = 6;

/** 森林防火: fires being fought now, and where the fire danger is highest. */
export function FirePanel({ state }: { state: FireState }) {
  const { t, fullName, number } = useI18n();
  const { situation } = state;
  return (
    <Panel title={t('fire.title')} note={situation ? t('fire.activeNote', { count: number(situation.activeIncidentCount) }) : undefined}>
      {!situation ? (
        <PanelStatus error={state.error} />
      ) : (
        <div className="fire">
          {situation.danger && (
            <p className="fire__danger">
              <span className="fire__level" style={{ background: DANGER_COLOURS[situation.danger.level] }}>
                {t(`fireDanger.${situation.danger.level}`)}
              </span>
              <span className="fire__counties">
                {situation.danger.ratings.map((rating) => fullName(rating.division)).join('、')}
              </span>
            </p>
          )}
          {situation.activeIncidents.length === 0 ? (
            <p className="fire__none">{t('fire.none')}</p>
          ) : (
            <ul className="incident-list">
              {situation.activeIncidents.slice(0, INCIDENTS_LISTED).map((incident) => (
                <li key={incident.id} className="incident-list__item">
                  <span className={`status status--${incident.status.toLowerCase()}`}>{t(`fireStatus.${incident.status}`)}</span>
                  <span className="incident-list__place" title={incident.place}>
                    {fullName(incident.division)} · {incident.place}
                  </span>
                  <span className="incident-list__area">
                    {number(incident.burnedArea, 1)} {t('unit.hectare')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Panel>
  );
}
