import { usePolledQuery } from '../../api/usePolledQuery';
import { useI18n } from '../../i18n/I18n';
import { Panel, PanelStatus } from '../../ui/Panel';
import { TopSubCompartmentsQuery } from './operations';

const SHOWN = 12;

/** A county's largest stands by growing stock: what the screen lists once there is nothing left to drill into. */
export function TopSubCompartments({ code }: { code: string }) {
  const { t, shortName, number } = useI18n();
  const [{ data, error }] = usePolledQuery({ query: TopSubCompartmentsQuery, variables: { code, first: SHOWN } });
  const connection = data?.subCompartments;
  return (
    <Panel title={t('forest.topSubCompartments')} note={connection ? number(connection.totalCount) : undefined} className="panel--ranking">
      {!connection || connection.edges.length === 0 ? (
        <PanelStatus error={Boolean(error)} empty={connection?.edges.length === 0} />
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('forest.subCompartmentCode')}</th>
              <th>{t('forest.species')}</th>
              <th className="table__number">{t('forest.areaColumn')}</th>
              <th className="table__number">{t('forest.stockColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <td className="table__code">{node.code}</td>
                <td title={t(`ageClass.${node.ageClass}`)}>{shortName(node.dominantSpecies)}</td>
                <td className="table__number">{number(node.area, 1)}</td>
                <td className="table__number">{number(node.stockVolume)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
