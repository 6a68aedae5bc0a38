import { urlsEmails } from '../../../server/domain/qa/checks/urlsEmails';
import { checkTable, issue } from './table';

checkTable(urlsEmails, {
  good: [
    ['no addresses', 'Die Sprechstunde fällt aus.', 'Dyżur zostaje odwołany.'],
    [
      'a URL at the end of a sentence',
      'Weitere Informationen finden Sie unter https://www.goerlitz.de/foerderung.',
      'Więcej informacji można znaleźć na stronie https://www.goerlitz.de/foerderung.',
    ],
    ['a www address in parentheses', 'Die Anmeldung (www.kulturraum-oberlausitz.de) ist offen.', 'Rejestracja (www.kulturraum-oberlausitz.de) jest otwarta.'],
    ['an e-mail address', 'Fragen an foerderung@goerlitz.de richten.', 'Pytania prosimy kierować na adres foerderung@goerlitz.de.'],
    ['an e-mail address in other letter case', 'Kontakt: Info@Zittau.de', 'Kontakt: info@zittau.de'],
  ],
  bad: [
    [
      'a URL localized',
      'Weitere Informationen unter https://www.goerlitz.de/de/foerderung.',
      'Więcej informacji na stronie https://www.goerlitz.de/pl/foerderung.',
      [issue('qa.urls_emails.url_missing', { url: 'https://www.goerlitz.de/de/foerderung' })],
    ],
    [
      'a URL dropped',
      'Das Formular steht auf www.loebau.de bereit.',
      'Formularz jest dostępny na stronie internetowej miasta.',
      [issue('qa.urls_emails.url_missing', { url: 'www.loebau.de' })],
    ],
    [
      'an e-mail address mistyped',
      'Anträge bitte an anna.mueller@landkreis-gr.de senden.',
      'Wnioski prosimy wysyłać na adres anna.muller@landkreis-gr.de.',
      [issue('qa.urls_emails.email_missing', { email: 'anna.mueller@landkreis-gr.de' })],
    ],
  ],
});
