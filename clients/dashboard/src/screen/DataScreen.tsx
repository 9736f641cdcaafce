import { useCallback, useMemo } from 'react';
import { useI18n } from '../i18n/I18n';
import { DivisionMap, type MapMarker } from '../map/DivisionMap';
import { useScope } from '../navigation/scope';
import { useFocus } from '../navigation/useFocus';
import {
  AgeClassChart,
  CompositionChart,
  DivisionRanking,
  ForestKpis,
  ForestProjects,
  SpeciesChart,
  TopSubCompartments,
  useForestResources,
} from '../panels/forest-resources';
import { OfficePanel } from '../panels/documents';
import { FireKpis, FirePanel, useFireSituation } from '../panels/fire-prevention';
import { PestKpis, PestPanel, usePestInfestation } from '../panels/pest-control';
import { ApprovalPanel } from '../panels/public-disclosure';
import { ProtectedSpeciesPanel, useWildlife, WildlifeKpis } from '../panels/wildlife';
import { Panel, PanelStatus } from '../ui/Panel';
import { Breadcrumb } from './Breadcrumb';
import { Header } from './Header';

/**
 * The data screen: each department's figures for the focused area around a map of it. Every
 * department's panels run their own query, so one department being down blanks only its panels.
 */
export function DataScreen({ token }: { token: string }) {
  const { t, compact, fullName } = useI18n();
  const [focus, setFocus] = useFocus();
  const { scope, error: scopeError } = useScope(focus);
  const forest = useForestResources(focus);
  const pests = usePestInfestation(focus);
  const wildlife = useWildlife(focus);
  const fire = useFireSituation(focus);

  const areaByCode = useMemo(
    () => (forest.summary ? new Map(forest.summary.byDivision.map((row) => [row.division.code, row.area])) : null),
    [forest.summary],
  );
  const formatArea = useCallback((value: number) => `${compact(value)} ${t('unit.hectare')}`, [compact, t]);
  const county = scope?.selected ?? null;
  const fires = useMemo<MapMarker[]>(
    () =>
      (fire.situation?.activeIncidents ?? []).map((incident) => ({
        id: incident.id,
        longitude: incident.longitude,
        latitude: incident.latitude,
        description: [`${t('fire.incident')} · ${t(`fireStatus.${incident.status}`)}`, `${fullName(incident.division)} ${incident.place}`],
      })),
    [fire.situation, t, fullName],
  );

  return (
    <div className="screen">
      <Header scope={scope} token={token} onFocus={setFocus} />
      <main className="screen-body">
        <div className="screen-column">
          <SpeciesChart state={forest} />
          <AgeClassChart state={forest} />
          <CompositionChart state={forest} />
          <ForestProjects focus={focus} />
        </div>

        <div className="screen-column screen-column--center">
          {scope ? <Breadcrumb scope={scope} onFocus={setFocus} /> : <div className="breadcrumb" />}
          <div className="kpi-row">
            <ForestKpis state={forest} />
            <FireKpis state={fire} />
            <PestKpis state={pests} />
            <WildlifeKpis state={wildlife} />
          </div>
          <Panel title={t('forest.map')} className="panel--map">
            {scope ? (
              <DivisionMap
                boundaryCodes={scope.boundaryCodes}
                regions={scope.regions}
                values={county ? null : areaByCode}
                valueName={t('forest.area')}
                formatValue={formatArea}
                selected={county}
                onSelect={setFocus}
                markers={fires}
                markerName={t('fire.active')}
              />
            ) : (
              <PanelStatus error={scopeError} />
            )}
          </Panel>
          <div className="screen-row">
            <ProtectedSpeciesPanel state={wildlife} />
            <OfficePanel focus={focus} />
            <ApprovalPanel />
          </div>
        </div>

        <div className="screen-column">
          {county ? (
            <TopSubCompartments code={county} />
          ) : (
            <DivisionRanking state={forest} regions={scope?.regions ?? []} onSelect={setFocus} />
          )}
          <FirePanel state={fire} />
          <PestPanel state={pests} />
        </div>
      </main>
    </div>
  );
}
