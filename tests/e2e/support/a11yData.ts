// The data the accessibility test shows on its screens, set up through the API: a project with a
// glossary (an approved term, a proposal), a memory from a confirmed alignment, a draft alignment with
// low-confidence pairs, an overdue document whose segments are in every state, from every origin, with
// a QA error, a glossary hit and a repetition, and an approved document. Plus an admin (the people page) and a translator who is
// in no project (an empty documents list).
import { PERSON_PASSWORD, allSegments, runMtThroughApi, submitDocument, type E2eEnv, type Person } from './e2eApp';

/** The workspace document, one sentence a segment (index: what it becomes). */
export const SENTENCES = [
  /* 0 draft, typed (human), a QA error (the number is gone), the glossary term, a fuzzy TM match */ 'Die Förderung beträgt höchstens 5.000 Euro.',
  /* 1 draft from MT */ 'Der Landkreis Görlitz fördert Begegnungen.',
  /* 2 translated, edited before (a diff to MT in review) */ 'Die Anträge sind bis zum 31. März einzureichen.',
  /* 3 rejected */ 'Die Auszahlung erfolgt nach Vorlage der Belege.',
  /* 4 approved */ 'Gefördert werden Begegnungen von Kindern.',
  /* 5 locked: Polish */ 'Euroregion Nysa wspiera małe projekty w ramach funduszu.',
  /* 6 new: locked while MT ran, unlocked after */ 'Die Sprache der Begegnung ist frei wählbar.',
  /* 7 translated from the memory (exact match) */ 'Das Büro in Zittau beantwortet Rückfragen.',
  /* 8 a repetition of 1 */ 'Der Landkreis Görlitz fördert Begegnungen.',
] as const;

export const MT_POLISH: Record<string, string> = {
  [SENTENCES[1]]: 'Powiat Görlitz wspiera spotkania.',
  [SENTENCES[2]]: 'Wnioski należy składać do 31 marca.',
  [SENTENCES[3]]: 'Wypłata następuje po przedłożeniu dokumentów.',
  [SENTENCES[4]]: 'Wspierane są spotkania dzieci.',
};

/** The memory: one exact match (segment 7) and one fuzzy match (segment 0). */
const MEMORY = {
  de: ['Das Büro in Zittau beantwortet Rückfragen.', 'Die Förderung beträgt höchstens 4.000 Euro.'],
  pl: ['Na pytania odpowiada biuro w Żytawie.', 'Dofinansowanie wynosi maksymalnie 4.000 euro.'],
};

/** A draft alignment the aligner is unsure of (two low-confidence pairs). */
const UNSURE_ALIGNMENT = {
  title: 'Förderaufruf 2026',
  de: 'Der Landkreis Görlitz fördert Begegnungen. Die Anträge sind bis zum 31. März einzureichen. Das Büro in Zittau beantwortet Rückfragen. Die Auszahlung erfolgt nach Vorlage der Belege.\n',
  pl: 'Powiat Görlitz wspiera spotkania stowarzyszeń z Saksonii i Dolnego Śląska, organizowane przez lokalne kluby sportowe. Wnioski do 31 marca. Na pytania odpowiada biuro w Żytawie. Wypłata następuje po przedłożeniu dokumentów.\n',
};

export interface A11yData {
  admin: Person;
  outsider: Person;
  documentId: string;
  segmentIds: string[];
  alignmentId: string;
}

async function person(env: E2eEnv, name: string, email: string, roles: ('admin' | 'translator')[]): Promise<Person> {
  const { user, token } = await env.app.createUser({ name, email, roles, password: PERSON_PASSWORD });
  return { id: user.id, name, email, password: PERSON_PASSWORD, token };
}

export async function setUpA11yData(env: E2eEnv): Promise<A11yData> {
  const { coordinator, translator, reviewer, editor } = env.people;
  const admin = await person(env, 'Anna Admin', 'anna.admin@nysa.test', ['admin']);
  const outsider = await person(env, 'Olga Obca', 'olga.obca@nysa.test', ['translator']);

  await env.api(coordinator, 'POST', `/api/projects/${env.projectId}/glossary`, { de: 'Förderung', pl: 'dofinansowanie', note: 'Nicht „wsparcie“.' }, 201);
  await env.api(translator, 'POST', `/api/projects/${env.projectId}/glossary`, { de: 'Antrag', pl: 'wniosek' }, 201);
  const memory = await env.api(editor, 'POST', `/api/projects/${env.projectId}/alignments`, { de: MEMORY.de.join('\n\n'), pl: MEMORY.pl.join('\n\n') }, 201);
  await env.api(editor, 'POST', `/api/alignments/${memory.body.id}/confirm`, { version: memory.body.version });
  const unsure = await env.api(translator, 'POST', `/api/projects/${env.projectId}/alignments`, UNSURE_ALIGNMENT, 201);

  // Overdue: the header, the list and the dashboard mark it.
  const documentId = await submitDocument(env, SENTENCES.join('\n\n') + '\n', { title: 'Grenzbrücke 2026', dueDate: '2025-01-31T22:00:00.000Z' });
  const ids = (await allSegments(env, documentId)).map((segment) => segment.id);
  const version = async (index: number) => (await allSegments(env, documentId))[index].version;
  await env.api(coordinator, 'POST', `/api/segments/${ids[6]}/lock`, { version: await version(6) });
  await runMtThroughApi(env, documentId);
  await env.api(coordinator, 'POST', `/api/segments/${ids[6]}/unlock`, { version: await version(6) });

  await env.api(translator, 'PATCH', `/api/segments/${ids[0]}`, { target: 'Dofinansowanie wynosi maksymalnie kilka tysięcy euro.', version: await version(0) });
  await env.api(translator, 'PATCH', `/api/segments/${ids[2]}`, { target: 'Wnioski można składać do 31 marca.', version: await version(2) });
  for (const index of [2, 3, 4]) await env.api(translator, 'POST', `/api/segments/${ids[index]}/confirm`, { version: await version(index) });
  await env.api(reviewer, 'POST', `/api/segments/${ids[3]}/reject`, { reason: 'Proszę użyć terminu „rozliczenie”.', version: await version(3) });
  await env.api(reviewer, 'POST', `/api/segments/${ids[4]}/approve`, { version: await version(4) });

  // A second document, approved: the list offers its Polish export. Its one sentence is segment 4's,
  // approved above: the memory translated it on submission.
  const approvedId = await submitDocument(env, `${SENTENCES[4]}\n`, { title: 'Kinderbegegnungen' });
  const [only] = await allSegments(env, approvedId);
  await env.api(reviewer, 'POST', `/api/segments/${only.id}/approve`, { version: only.version });

  const states = (await allSegments(env, documentId)).map((segment) => [segment.state, segment.origin]);
  const expected = [
    ['draft', 'human'],
    ['draft', 'mt'],
    ['translated', 'human'],
    ['rejected', 'mt'],
    ['approved', 'mt'],
    ['locked', 'source'],
    ['new', null],
    ['translated', 'tm'],
    ['draft', 'mt'],
  ];
  if (JSON.stringify(states) !== JSON.stringify(expected)) throw new Error(`The workspace document is not as planned: ${JSON.stringify(states)}`);
  return { admin, outsider, documentId, segmentIds: ids, alignmentId: unsure.body.id as string };
}
