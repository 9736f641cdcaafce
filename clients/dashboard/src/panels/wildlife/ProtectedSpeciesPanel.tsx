import { useI18n } from '../../i18n/I18n';
import { Panel, PanelStatus } from '../../ui/Panel';
import type { WildlifeState } from './summary';

const SHOWN = 10;

/** 重点保护物种监测: the class I and II species recorded in the focused area, most-recorded first. */
export function ProtectedSpeciesPanel({ state }: { state: WildlifeState }) {
  const { t, shortName, fullName, number } = useI18n();
  const rows = state.summary?.protectedSpecies.slice(0, SHOWN);
  return (
    <Panel title={t('wildlife.title')} note={t('wildlife.recordsNote')}>
      {!rows || rows.length === 0 ? (
        <PanelStatus error={state.error} empty={rows?.length === 0} />
      ) : (
        <ul className="species-list">
          {rows.map(({ species, observationCount, individualCount }) => (
            <li key={species.code} className="species-list__item">
              <span className={`badge badge--${species.protectionClass === 'NATIONAL_CLASS_I' ? 'first' : 'second'}`}>
                {t(`protectionClass.${species.protectionClass}`)}
              </span>
              <span className="species-list__name" title={fullName(species)}>
                {shortName(species)}
              </span>
              <span className="species-list__figure">{number(observationCount)}</span>
              <span className="species-list__detail">{t('wildlife.individuals', { count: number(individualCount) })}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
