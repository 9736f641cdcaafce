import { useI18n } from '../../i18n/I18n';
import { Panel, PanelStatus } from '../../ui/Panel';
import { DANGER_COLOURS } from './danger';
import { ALERT_COLOURS } from './live';
import type { FireState } from './situation';

const INCIDENTS_LISTED = 6;
const ALERTS_LISTED = 2;

/** 森林防火: fires being fought now, and where the fire danger is highest. */
export function FirePanel({ state }: { state: FireState }) {
  const { t, fullName, number, time } = useI18n();
  const { situation } = state;
  return (
    <Panel title={t('fire.title')} note={situation ? t('fire.activeNote', { count: number(situation.activeIncidentCount) }) : undefined}>
      {!situation ? (
        <PanelStatus error={state.error} />
      ) : (
        <div className="fire">
          {/* Pushed by the gateway as alerts are raised; read out by screen readers as they come. */}
          <ul className="live-alerts" data-testid="live-alerts" role="log" aria-live="polite" aria-label={t('fire.liveAlerts')}>
            {state.liveAlerts.slice(0, ALERTS_LISTED).map((alert) => (
              <li key={alert.id} className="live-alerts__item">
                <span className="live-alerts__level" style={{ background: ALERT_COLOURS[alert.level] }}>
                  {t('fire.newAlert')}
                </span>
                <span className="live-alerts__message" title={alert.message}>
                  {alert.message}
                </span>
                <time className="live-alerts__time" dateTime={alert.raisedAt}>
                  {time(alert.raisedAt)}
                </time>
              </li>
            ))}
          </ul>
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
