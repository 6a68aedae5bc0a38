// The quality report's two forms, in the interface language: the HTML page (opens in a new tab) and
// the PDF (downloaded). Both are what a coordinator sends to the agency.
import { useTranslation } from 'react-i18next';

export function QualityReportLinks({ documentId }: { documentId: string }) {
  const { t, i18n } = useTranslation('quality');
  const base = `/api/documents/${encodeURIComponent(documentId)}/quality/report`;
  const lang = encodeURIComponent(i18n.resolvedLanguage ?? i18n.language);
  return (
    <>
      <li>
        <a href={`${base}.html?lang=${lang}`} target="_blank" rel="noopener" className="button-link" data-testid="quality-report-html">
          {t('report.html')}
        </a>
      </li>
      <li>
        <a href={`${base}.pdf?lang=${lang}`} download className="button-link" data-testid="quality-report-pdf">
          {t('report.pdf')}
        </a>
      </li>
    </>
  );
}
