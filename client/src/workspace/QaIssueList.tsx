// A segment's QA issues as a list (inline under the active segment, and in the QA-override dialog):
// each message after its severity's icon, which screen readers read as the severity's name.
import { useTranslation } from 'react-i18next';
import type { QaIssue } from '../api/types';

export const QA_ICONS = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

export function QaIssueList({ issues, className, label, testId }: { issues: readonly QaIssue[]; className: string; label?: string; testId?: string }) {
  const { t } = useTranslation('qa');
  return (
    <ul className={className} aria-label={label} data-testid={testId}>
      {issues.map((issue, i) => (
        <li key={i} className={`qa-${issue.severity}`}>
          <span className="qa-icon" role="img" aria-label={`${t(`severity.${issue.severity}`)}:`}>
            {QA_ICONS[issue.severity]}
          </span>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}
