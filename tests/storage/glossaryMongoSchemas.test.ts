// The MongoDB glossary schemas and mappers, checked without a server: models compiled on a connection
// that never opens.
import { fromDeeplGlossaryDoc, fromGlossaryTermDoc, toDeeplGlossaryDoc, toGlossaryTermDoc, type MongoModels } from '../../server/storage/mongo';
import { FIXED_NOW } from '../support/builders';
import { buildGlossaryTerm } from './glossaryContract';
import { withOfflineModels, validationErrorsOf as errorsOf } from '../support/offlineMongo';

let models: MongoModels;
withOfflineModels((defined) => (models = defined));

describe('mongo glossary schemas', () => {
  test('a term maps to its document and back unchanged, nulls included', () => {
    const term = buildGlossaryTerm({ id: 'term-1', forbidden: ['strefa graniczna'], partOfSpeech: null, note: null });
    const doc = toGlossaryTermDoc(term, 7);

    expect(doc).toMatchObject({ _id: 'term-1', seq: 7, createdAt: new Date(FIXED_NOW) });
    expect(fromGlossaryTermDoc(doc)).toEqual(term);
    expect(errorsOf(new models.GlossaryTerm(doc))).toBeNull();
  });

  test('the schema refuses an unknown status or part of speech and a missing term', () => {
    const doc = { ...toGlossaryTermDoc(buildGlossaryTerm(), 1), status: 'maybe', partOfSpeech: 'pronoun', de: '' };
    expect(errorsOf(new models.GlossaryTerm(doc))).toEqual(['de', 'partOfSpeech', 'status']);
  });

  test('terms are listed by project, creation and write order through one index', () => {
    expect(models.GlossaryTerm.schema.indexes().map(([fields]) => Object.keys(fields))).toEqual([['projectId', 'createdAt', 'seq']]);
    expect(models.GlossaryTerm.collection.collectionName).toBe('glossaryTerms');
  });

  test('the DeepL glossary state is keyed by project and maps back unchanged', () => {
    const state = { projectId: 'project-1', deeplGlossaryId: null, syncedHash: 'abc', syncedAt: FIXED_NOW };
    const doc = toDeeplGlossaryDoc(state);
    expect(doc).toEqual({ _id: 'project-1', deeplGlossaryId: null, syncedHash: 'abc', syncedAt: new Date(FIXED_NOW) });
    expect(fromDeeplGlossaryDoc(doc)).toEqual(state);
    expect(errorsOf(new models.DeeplGlossary(doc))).toBeNull();
    expect(models.DeeplGlossary.collection.collectionName).toBe('deeplGlossaries');
  });
});
