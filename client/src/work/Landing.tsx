// What the app opens on: "My work" for people with work assigned (translators and reviewers), the
// documents list for everyone else. Decided once per visit, on the first screen: the "Documents" link
// leads to the documents list afterwards.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { WorkItem } from '../api/collaborationTypes';
import { DocumentsPage } from '../pages/DocumentsPage';
import { navigate } from '../router';

let decided = false;

export function Landing() {
  const { t } = useTranslation();
  const [ready, setReady] = useState(decided);

  useEffect(() => {
    if (decided) return;
    const abort = new AbortController();
    api.get<{ items: WorkItem[] }>('/api/me/work', abort.signal).then(
      (page) => {
        decided = true;
        if (page.items.some((item) => !item.progress.complete)) navigate('/work', { replace: true });
        else setReady(true);
      },
      () => {
        if (abort.signal.aborted) return;
        decided = true;
        setReady(true);
      },
    );
    return () => abort.abort();
  }, []);

  if (!ready) return <p className="loading" role="status">{t('status.loading')}</p>;
  return <DocumentsPage />;
}

/** Any other screen shown first settles the question: the app opened where the person asked to go. */
export function markLanded(): void {
  decided = true;
}
