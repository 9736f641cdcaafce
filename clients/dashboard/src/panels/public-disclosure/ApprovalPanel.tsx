import { usePolledQuery } from '../../api/usePolledQuery';
import { useI18n } from '../../i18n/I18n';
import { Panel, PanelStatus } from '../../ui/Panel';
import { OnlineApprovalQuery } from './operations';

const LISTED = 5;

/**
 * 网上审批监督: online licence applications past their statutory time limit, and how often
 * decisions keep it. Applications are handled by the provinces' departments, not by division.
 */
export function ApprovalPanel() {
  const { t, fullName, number, percent } = useI18n();
  const [{ data, error }] = usePolledQuery({ query: OnlineApprovalQuery, variables: { first: LISTED } });
  const statistics = data?.licensingStatistics;
  const overdue = data?.overdueLicenceApplications;
  return (
    <Panel title={t('approval.title')} note={t('approval.scope')}>
      {!statistics || !overdue ? (
        <PanelStatus error={Boolean(error)} />
      ) : (
        <div className="office">
          <div className="office__figures">
            <div className="office__figure office__figure--alert" data-testid="approval-overdue" data-value={overdue.totalCount}>
              <strong>{number(overdue.totalCount)}</strong>
              <span>{t('approval.overdue')}</span>
            </div>
            <div className="office__figure">
              <strong>{statistics.onTimeRate === null || statistics.onTimeRate === undefined ? '—' : percent(statistics.onTimeRate)}</strong>
              <span>{t('approval.onTime')}</span>
            </div>
          </div>
          <ul className="incident-list">
            {overdue.edges.map(({ node }) => (
              <li key={node.id} className="incident-list__item">
                <span className="status status--responding">
                  {t('approval.daysOverdue', { days: number(node.deadline?.workingDaysOverdue ?? 0) })}
                </span>
                <span className="incident-list__place" title={fullName(node.item)}>
                  {fullName(node.item)}
                </span>
                <span className="incident-list__area incident-list__extra">{node.receiptNumber}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Panel>
  );
}
