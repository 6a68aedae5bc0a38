// The dashboard's quality section for one project: how much DeepL's proposals were changed and how much
// the translation memory saved (post-edit distance per origin, as a chart and a table), the share of
// segments accepted unedited, and the MQM score per month.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Project } from '../api/types';
import { BarChart } from '../charts/BarChart';
import { formatNumber, formatPercent } from '../format';
import { useToasts } from '../ui/Toasts';
import type { PostEditAggregate, ProjectQuality } from './types';

/** `mt` → DeepL, `tm:95-99` → Memory 95–99 %, `empty` → No proposal. */
export function originName(key: string, t: ReturnType<typeof useTranslation>['t']): string {
  if (key === 'mt') return t('quality:origin.mt');
  if (key === 'empty') return t('quality:origin.empty');
  return t('quality:origin.tm', { band: key.slice(3).replace('-', '–') });
}

const percentOf = (share: number) => formatPercent(Math.round(share * 100));

export function QualityDashboard({ projects }: { projects: Project[] }) {
  const { t } = useTranslation('quality');
  const toasts = useToasts();
  const [projectId, setProjectId] = useState<string>('');
  const [quality, setQuality] = useState<ProjectQuality | null>(null);
  const selected = projectId || projects[0]?.id || '';

  useEffect(() => {
    if (!selected) return;
    setQuality(null);
    const controller = new AbortController();
    api.get<ProjectQuality>(`/api/projects/${encodeURIComponent(selected)}/quality`, controller.signal).then(setQuality, (error: unknown) => {
      if (!controller.signal.aborted) toasts.showError(error);
    });
    return () => controller.abort();
  }, [selected, toasts]);

  if (projects.length === 0) return null;
  const origins: PostEditAggregate[] = quality?.postEdit.byOrigin ?? [];
  const mt = origins.find((group) => group.key === 'mt');
  const memoryKept = origins.filter((group) => group.key.startsWith('tm:')).reduce((n, group) => n + group.keptWords, 0);
  return (
    <section aria-labelledby="dashboard-quality" className="dashboard-quality" data-testid="quality-dashboard">
      <div className="section-head">
        <h2 id="dashboard-quality">{t('dashboard.title')}</h2>
        <label>
          {t('dashboard.project')}{' '}
          <select value={selected} onChange={(e) => setProjectId(e.target.value)} data-testid="quality-project">
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {quality === null ? (
        <p className="loading" role="status">
          {t('common:status.loading')}
        </p>
      ) : quality.postEdit.overall.segments === 0 ? (
        <p className="muted" data-testid="quality-empty">{t('dashboard.empty')}</p>
      ) : (
        <>
          <p className="muted chart-note" data-testid="quality-summary">
            {t('dashboard.summary', {
              mt: mt ? percentOf(mt.averageRatio) : '—',
              unedited: percentOf(quality.postEdit.overall.uneditedShare),
              kept: formatNumber(Math.round(memoryKept)),
            })}
          </p>
          <BarChart
            testId="post-edit-chart"
            summary={`${t('dashboard.chart')}. ${origins.map((group) => `${originName(group.key, t)}: ${percentOf(group.averageRatio)}`).join(', ')}`}
            bars={origins.map((group) => ({
              key: group.key,
              label: originName(group.key, t),
              value: Math.round(group.averageRatio * 100),
              cells: [originName(group.key, t), formatNumber(group.segments), percentOf(group.averageRatio), percentOf(group.uneditedShare), formatNumber(Math.round(group.keptWords))],
            }))}
            formatValue={(value) => formatPercent(value)}
            caption={t('dashboard.chart')}
            headers={[t('dashboard.origin'), t('dashboard.segments'), t('dashboard.change'), t('dashboard.unedited'), t('dashboard.kept')]}
          />
          {quality.byMonth.length > 0 && (
            <table className="quality-months" data-testid="quality-months">
              <caption>{t('dashboard.months')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.month')}</th>
                  <th scope="col">{t('dashboard.words')}</th>
                  <th scope="col">{t('dashboard.penalty')}</th>
                  <th scope="col">{t('dashboard.result')}</th>
                </tr>
              </thead>
              <tbody>
                {quality.byMonth.map(({ month, score }) => (
                  <tr key={month}>
                    <th scope="row">{month}</th>
                    <td>{formatNumber(score.evaluatedWords)}</td>
                    <td>{score.penaltyPer1000 === null ? '—' : formatNumber(score.penaltyPer1000)}</td>
                    <td>{score.passed === null ? '—' : t(score.passed ? 'passed' : 'failed')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
