import { usePolledQuery } from '../../api/usePolledQuery';
import { useI18n } from '../../i18n/I18n';
import { provinceOf } from '../../navigation/divisionCodes';
import { Panel, PanelStatus } from '../../ui/Panel';
import { OfficeOversightQuery } from './operations';

const MONTHS_SHOWN = 6;
const LEVELS = ['CLERK', 'PARTY_SECRETARY', 'OFFICE_DIRECTOR', 'DEPUTY_DIRECTOR_GENERAL'] as const;

/** YYYY-MM of the month `offset` months before this one. */
function monthBefore(offset: number): string {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - offset);
  return date.toISOString().slice(0, 7);
}

/**
 * 办公室: supervision tasks past their deadline (督查督办) and monthly information reporting (信息报送).
 * The office is the provinces' forestry department: a prefecture or county shows its province.
 */
export function OfficePanel({ focus }: { focus: string | null }) {
  const { t, number, percent } = useI18n();
  const [{ data, error }] = usePolledQuery({
    query: OfficeOversightQuery,
    // The months that have closed: the current one is still being reported.
    variables: { provinceCode: focus && provinceOf(focus), range: { fromMonth: monthBefore(MONTHS_SHOWN), toMonth: monthBefore(1) } },
  });
  const overview = data?.supervisionOverview;
  const months = data?.informationReportCompliance;
  const counts = new Map(overview?.byLevel.map((row) => [row.level, row.count]));
  return (
    <Panel title={t('office.title')}>
      {!overview || !months ? (
        <PanelStatus error={Boolean(error)} />
      ) : (
        <div className="office">
          <div className="office__figures">
            <div className="office__figure office__figure--alert" data-testid="office-overdue" data-value={overview.overdueCount}>
              <strong>{number(overview.overdueCount)}</strong>
              <span>{t('office.overdue')}</span>
            </div>
            <div className="office__figure">
              <strong>{number(overview.openCount)}</strong>
              <span>{t('office.open')}</span>
            </div>
          </div>
          <ul className="office__levels" aria-label={t('office.byLevel')}>
            {LEVELS.map((level) => (
              <li key={level}>
                <span>{t(`supervisionLevel.${level}`)}</span>
                <b>{number(counts.get(level) ?? 0)}</b>
              </li>
            ))}
          </ul>
          <div className="office__reports" aria-label={t('office.reports')}>
            <span className="office__caption">{t('office.reports')}</span>
            <ol className="compliance">
              {months.map((month) => (
                <li
                  key={month.month}
                  title={t('office.reported', { reported: month.reportedUnitCount, expected: month.expectedUnitCount })}
                >
                  <span className="compliance__bar">
                    <span
                      className={month.complianceRate < 1 ? 'compliance__fill compliance__fill--short' : 'compliance__fill'}
                      style={{ height: `${month.complianceRate * 100}%` }}
                    />
                  </span>
                  <span className="compliance__rate">{percent(month.complianceRate)}</span>
                  <span className="compliance__month">{month.month.slice(5)}</span>
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </Panel>
  );
}
