// Quality figures: a document's LQA report (JSON, or as an HTML page or PDF to download) and a project's
// scores and post-edit distances over time (the dashboard's chart). Any member of the project reads them.
import { Router, type Request } from 'express';
import { documentQualityReport } from '../../../commands/quality/documentReport';
import { projectQuality } from '../../../commands/quality/projectQuality';
import { qualityReportHtml } from '../../../domain/quality/reportHtml';
import { REPORT_LABELS } from '../../../domain/quality/reportLabels';
import type { Language } from '../../../i18n';
import { inlineReportPdf } from '../../../integrations/pdf/qualityReportPdf';
import type { AppDeps } from '../../deps';
import { requestLanguage } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentProjectQuality, presentQualityReport } from '../../presenters/quality';
import { idParams, reportParams, reportQuery } from './schemas';

/** The report page may show its own inline style and nothing else: no script, no requests. */
const REPORT_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const reportLanguage = (req: Request, lang: Language | undefined): Language => lang ?? requestLanguage(req);

/** `Qualitätsbericht – Pressemitteilung.pdf`, encoded for Content-Disposition. */
const attachment = (title: string, lang: Language, extension: string): string =>
  `attachment; filename*=UTF-8''${encodeURIComponent(`${REPORT_LABELS[lang].title} – ${title}.${extension}`.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_'))}`;

export function qualityRoutes(deps: AppDeps): Router {
  const router = Router();
  const jsonRequest = validate({ params: idParams, query: reportQuery });
  const downloadRequest = validate({ params: reportParams, query: reportQuery });
  const projectRequest = validate({ params: idParams });

  router.get('/documents/:id/quality', jsonRequest, async (req, res) => {
    const { params, query } = jsonRequest.parsed(res);
    res.json(presentQualityReport(await documentQualityReport(deps, currentUser(res), params.id, reportLanguage(req, query.lang))));
  });

  router.get('/documents/:id/quality/report.:format', downloadRequest, async (req, res) => {
    const { params, query } = downloadRequest.parsed(res);
    const lang = reportLanguage(req, query.lang);
    const report = await documentQualityReport(deps, currentUser(res), params.id, lang);
    if (params.format === 'html') {
      res.set('Content-Security-Policy', REPORT_PAGE_POLICY).type('html').send(qualityReportHtml(report, lang));
      return;
    }
    const pdf = await (deps.reportPdf ?? inlineReportPdf).write(report, lang, deps.clock.now());
    res.set('Content-Disposition', attachment(report.title, lang, 'pdf')).type('application/pdf').send(pdf);
  });

  router.get('/projects/:id/quality', projectRequest, async (_req, res) => {
    res.json(presentProjectQuality(await projectQuality(deps, currentUser(res), projectRequest.parsed(res).params.id)));
  });

  return router;
}
