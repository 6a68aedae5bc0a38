// The concordance search as a screen of its own, opened from the project page. The last search is kept
// in the address (?q=…&lang=…), so reloading, going back or sharing the link shows the same hits.
import { useTranslation } from 'react-i18next';
import { navigate, useLocation } from '../router';
import { ProjectFrame } from '../ui/ProjectFrame';
import { ConcordanceSearch, type ConcordanceLanguage } from './ConcordanceSearch';

export function ConcordancePage({ projectId }: { projectId: string }) {
  const { t } = useTranslation('concordance');
  const { path, search } = useLocation();
  const lang: ConcordanceLanguage = search.get('lang') === 'pl' ? 'pl' : 'de';
  return (
    <ProjectFrame projectId={projectId} title={t('title')} className="concordance-page">
      {(project) => (
        <>
          <p className="muted">{t('intro')}</p>
          <ConcordanceSearch
            projectId={project.id}
            initialQuery={search.get('q') ?? ''}
            initialLang={lang}
            onSearch={({ query, lang: searched }) => navigate(`${path}?${new URLSearchParams({ q: query, lang: searched })}`, { replace: true })}
          />
        </>
      )}
    </ProjectFrame>
  );
}
