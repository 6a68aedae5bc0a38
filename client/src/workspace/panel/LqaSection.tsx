// Review mode: the segment's LQA annotations (MQM category, severity, comment) and, for reviewers and
// coordinators, a form to add one. Everything works from the keyboard: Alt+E (lib/shortcuts.ts) puts the
// focus on the category list, the arrow keys pick a category, Tab goes to the severity and the comment,
// and Enter adds the annotation.
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Segment } from '../../api/types';
import { LQA_SEVERITIES, type LqaAnnotation, type LqaSeverity, type ProjectLqa } from '../../quality/types';
import { useToasts } from '../../ui/Toasts';
import { PanelLoad, PanelSection } from './PanelSection';

const CATEGORY_ID = 'lqa-category';
const ANNOTATABLE = new Set(['translated', 'approved', 'rejected']);

/** Alt+E: focus the category list of the annotation form, when there is one. */
export function focusAnnotation(): void {
  document.getElementById(CATEGORY_ID)?.focus();
}

/** The typology of each project, fetched once per page. */
const typologies = new Map<string, Promise<ProjectLqa>>();
function projectLqa(projectId: string): Promise<ProjectLqa> {
  let pending = typologies.get(projectId);
  if (!pending) {
    pending = api.get<ProjectLqa>(`/api/projects/${encodeURIComponent(projectId)}/lqa`);
    pending.catch(() => typologies.delete(projectId));
    typologies.set(projectId, pending);
  }
  return pending;
}

export function LqaSection({ segment, projectId, canAnnotate }: { segment: Segment; projectId: string; canAnnotate: boolean }) {
  const { t } = useTranslation('quality');
  const toasts = useToasts();
  const [items, setItems] = useState<LqaAnnotation[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [reload, setReload] = useState(0);
  const [lqa, setLqa] = useState<ProjectLqa | null>(null);
  const [category, setCategory] = useState('');
  const [severity, setSeverity] = useState<LqaSeverity>('minor');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const severityId = useId();
  const commentId = useId();

  useEffect(() => {
    const controller = new AbortController();
    setFailed(false);
    api.get<{ items: LqaAnnotation[] }>(`/api/segments/${encodeURIComponent(segment.id)}/lqa`, controller.signal).then(
      (page) => setItems(page.items),
      () => {
        if (!controller.signal.aborted) setFailed(true);
      },
    );
    return () => controller.abort();
  }, [segment.id, reload]);

  useEffect(() => {
    if (!canAnnotate) return;
    let live = true;
    projectLqa(projectId).then((value) => live && setLqa(value), toasts.showError);
    return () => {
      live = false;
    };
  }, [projectId, canAnnotate, toasts]);

  const groups = useMemo(() => {
    const dimensions = (lqa?.categories ?? []).filter((c) => c.parent === null);
    return dimensions.map((dimension) => ({ dimension, subcategories: (lqa?.categories ?? []).filter((c) => c.parent === dimension.id) }));
  }, [lqa]);
  const chosen = category || groups[0]?.dimension.id || '';

  const add = useCallback(
    async (event: FormEvent) => {
      event.preventDefault();
      if (!chosen || busy) return;
      setBusy(true);
      try {
        await api.post(`/api/segments/${encodeURIComponent(segment.id)}/lqa`, { category: chosen, severity, comment: comment.trim() || null });
        setComment('');
        setReload((n) => n + 1);
        toasts.show('success', t('panel.added'));
      } catch (error) {
        toasts.showError(error);
      } finally {
        setBusy(false);
      }
    },
    [chosen, severity, comment, busy, segment.id, toasts, t],
  );

  const remove = async (id: string) => {
    try {
      await api.delete(`/api/lqa/${encodeURIComponent(id)}`);
      setReload((n) => n + 1);
    } catch (error) {
      toasts.showError(error);
    }
  };

  const list = items ?? [];
  return (
    <PanelSection id="lqa" testId="panel-lqa" title={t('panel.heading')} busy={items === null && !failed} badge={list.length > 0 ? String(list.length) : undefined}>
      <PanelLoad status={failed ? 'error' : items === null ? 'loading' : 'ready'} onRetry={() => setReload((n) => n + 1)} empty={false} emptyText="">
        {list.length === 0 ? (
          <p className="panel-empty">{t('panel.none')}</p>
        ) : (
          <ul className="lqa-list" data-testid="lqa-list">
            {list.map((annotation) => (
              <li key={annotation.id} className={`lqa-item lqa-${annotation.severity}`} data-testid="lqa-item" data-severity={annotation.severity}>
                <span className="lqa-category">{annotation.categoryName}</span> <span className="lqa-severity">{t(`severity.${annotation.severity}`)}</span>
                {annotation.comment && <span className="lqa-comment"> — {annotation.comment}</span>}
                {canAnnotate && (
                  <button type="button" className="link-button" onClick={() => void remove(annotation.id)} aria-label={t('panel.remove', { category: annotation.categoryName })}>
                    {t('panel.removeShort')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {canAnnotate && ANNOTATABLE.has(segment.state) && lqa && (
          <form className="lqa-form" onSubmit={(event) => void add(event)} data-testid="lqa-form">
            <label htmlFor={CATEGORY_ID}>{t('panel.category')}</label>
            <select id={CATEGORY_ID} value={chosen} onChange={(e) => setCategory(e.target.value)} data-testid="lqa-category" aria-keyshortcuts="Alt+E">
              {groups.map(({ dimension, subcategories }) => (
                <optgroup key={dimension.id} label={dimension.name}>
                  <option value={dimension.id}>{dimension.name}</option>
                  {subcategories.map((sub) => (
                    <option key={sub.id} value={sub.id}>
                      {`${dimension.name} / ${sub.name}`}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <label htmlFor={severityId}>{t('panel.severity')}</label>
            <select id={severityId} value={severity} onChange={(e) => setSeverity(e.target.value as LqaSeverity)} data-testid="lqa-severity">
              {LQA_SEVERITIES.map((value) => (
                <option key={value} value={value}>
                  {t('panel.severityOption', { name: t(`severity.${value}`), weight: lqa.settings.weights[value] })}
                </option>
              ))}
            </select>
            <label htmlFor={commentId}>{t('panel.comment')}</label>
            <input id={commentId} type="text" value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} data-testid="lqa-comment" />
            <button type="submit" disabled={busy} data-testid="lqa-add">
              {t('panel.add')}
            </button>
          </form>
        )}
      </PanelLoad>
    </PanelSection>
  );
}
