import { usePolledQuery } from '../../api/usePolledQuery';
import { useI18n } from '../../i18n/I18n';
import { overlaps } from '../../navigation/divisionCodes';
import { Panel, PanelStatus } from '../../ui/Panel';
import { ForestryProjectsQuery } from './operations';

/**
 * Key forestry projects at work in the focused area, most advanced first. Projects are recorded
 * against prefectures: a province shows those of its prefectures, a county those of its prefecture.
 */
export function ForestProjects({ focus }: { focus: string | null }) {
  const { t, fullName, percent, compact } = useI18n();
  const [{ data, error }] = usePolledQuery({ query: ForestryProjectsQuery });
  const projects = data?.forestryProjects
    ?.filter((project) => focus === null || project.divisions.some((division) => overlaps(division.code, focus)))
    .sort((a, b) => b.completion - a.completion);
  return (
    <Panel title={t('forest.projects')} note={projects ? String(projects.length) : undefined}>
      {!projects || projects.length === 0 ? (
        <PanelStatus error={Boolean(error)} empty={projects?.length === 0} />
      ) : (
        <ul className="progress-list">
          {projects.map((project) => (
            <li key={project.code} className="progress-list__item">
              <div className="progress-list__head">
                <span className="progress-list__name" title={fullName(project)}>
                  {fullName(project)}
                </span>
                <span className="progress-list__figure">{t('forest.projectCompletion', { percent: percent(project.completion) })}</span>
              </div>
              <div className="bar" title={`${compact(project.completedArea)} / ${compact(project.plannedArea)} ${t('unit.hectare')}`}>
                <div className="bar__fill" style={{ width: `${Math.min(project.completion, 1) * 100}%` }} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
