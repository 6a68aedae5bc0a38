// Which screen a path shows. Signed-out users see the sign-in page whatever the path, except the page
// a password reset link opens, which works signed out (and signed in).
import { useTranslation } from 'react-i18next';
import { AccountPage } from './account/AccountPage';
import { ResetPasswordPage } from './account/ResetPasswordPage';
import { AuditPage } from './admin/AuditPage';
import { ProjectPage } from './admin/ProjectPage';
import { ProjectsPage } from './admin/ProjectsPage';
import { UsersPage } from './admin/UsersPage';
import { useAuth } from './auth';
import { AlignmentEditorPage } from './alignment/AlignmentEditorPage';
import { AlignmentsPage } from './alignment/AlignmentsPage';
import { GlossaryPage } from './glossary/GlossaryPage';
import { QaSettingsPage } from './qa/QaSettingsPage';
import { WebhooksPage } from './webhooks/WebhooksPage';
import { SegmentationPage } from './segmentation/SegmentationPage';
import { ConcordancePage } from './tm/ConcordancePage';
import { DashboardPage } from './pages/DashboardPage';
import { DocumentStatsPage } from './pages/DocumentStatsPage';
import { LoginPage } from './pages/LoginPage';
import { SubmitPage } from './pages/SubmitPage';
import { matchPath, useLocation } from './router';
import { Layout } from './ui/Layout';
import { WorkspacePage } from './workspace/WorkspacePage';
import { AssignmentsPage } from './assignments/AssignmentsPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { Landing, markLanded } from './work/Landing';
import { MyWorkPage } from './work/MyWorkPage';

export function App() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { path } = useLocation();

  if (matchPath('/reset-password', path)) return <ResetPasswordPage />;
  if (user === undefined) return <p className="loading" role="status">{t('status.loading')}</p>;
  if (user === null) return <LoginPage />;

  let screen;
  let params: Record<string, string> | null;
  if (path !== '/') markLanded();
  if ((params = matchPath('/documents/:id/assignments', path))) screen = <AssignmentsPage key={params.id} documentId={params.id} />;
  else if (matchPath('/work', path)) screen = <MyWorkPage />;
  else if (matchPath('/notifications', path)) screen = <NotificationsPage />;
  else if ((params = matchPath('/documents/:id/review', path))) screen = <WorkspacePage key={`r${params.id}`} documentId={params.id} mode="review" />;
  else if ((params = matchPath('/documents/:id/stats', path))) screen = <DocumentStatsPage documentId={params.id} />;
  else if ((params = matchPath('/documents/:id', path))) screen = <WorkspacePage key={`t${params.id}`} documentId={params.id} mode="translate" />;
  else if ((params = matchPath('/projects/:id/glossary', path))) screen = <GlossaryPage key={params.id} projectId={params.id} />;
  else if ((params = matchPath('/projects/:id/concordance', path))) screen = <ConcordancePage key={params.id} projectId={params.id} />;
  else if ((params = matchPath('/projects/:id/alignments/:alignmentId', path)))
    screen = <AlignmentEditorPage key={params.alignmentId} projectId={params.id} alignmentId={params.alignmentId} />;
  else if ((params = matchPath('/projects/:id/alignments', path))) screen = <AlignmentsPage key={params.id} projectId={params.id} />;
  else if ((params = matchPath('/projects/:id/segmentation', path))) screen = <SegmentationPage key={params.id} projectId={params.id} />;
  else if ((params = matchPath('/projects/:id/qa', path))) screen = <QaSettingsPage key={params.id} projectId={params.id} />;
  else if ((params = matchPath('/projects/:id/webhooks', path))) screen = <WebhooksPage key={params.id} projectId={params.id} />;
  else if ((params = matchPath('/projects/:id', path))) screen = <ProjectPage key={params.id} projectId={params.id} />;
  else if (matchPath('/projects', path)) screen = <ProjectsPage />;
  else if (matchPath('/users', path)) screen = <UsersPage />;
  else if (matchPath('/account', path)) screen = <AccountPage />;
  else if (matchPath('/audit', path)) screen = <AuditPage />;
  else if (matchPath('/submit', path)) screen = <SubmitPage />;
  else if (matchPath('/dashboard', path)) screen = <DashboardPage />;
  else if (matchPath('/', path)) screen = <Landing />;
  else
    screen = (
      <section className="not-found">
        <h1>{t('status.notFoundTitle')}</h1>
        <p className="empty">{t('status.notFound')}</p>
      </section>
    );
  return <Layout>{screen}</Layout>;
}
