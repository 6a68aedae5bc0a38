// Web and e-mail addresses are not translated: each one of the source must be in the target as it is.
import { findEmails, findUrls } from '../../text/urlsEmailsNumbers';
import type { QaCheck, QaFinding } from '../types';

export const urlsEmails: QaCheck = {
  id: 'urls_emails',
  defaultSeverity: 'warning',
  codes: { 'qa.urls_emails.url_missing': ['url'], 'qa.urls_emails.email_missing': ['email'] },
  run(source, target) {
    const issues: QaFinding[] = [];
    const targetUrls = findUrls(target).map((url) => url.text);
    const targetEmails = findEmails(target).map((email) => email.text.toLowerCase());
    for (const url of new Set(findUrls(source).map((found) => found.text))) {
      if (!targetUrls.includes(url)) issues.push({ code: 'qa.urls_emails.url_missing', params: { url } });
    }
    for (const email of new Set(findEmails(source).map((found) => found.text))) {
      // the domain and, in practice, the local part are case-insensitive
      if (!targetEmails.includes(email.toLowerCase())) issues.push({ code: 'qa.urls_emails.email_missing', params: { email } });
    }
    return issues;
  },
};
