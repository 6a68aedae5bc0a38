// The MongoDB schemas and mappers of LQA annotations and post-edit distances, checked without a server:
// models compiled on a connection that never opens.
import { fromLqaAnnotationDoc, fromPostEditDoc, toLqaAnnotationDoc, toPostEditDoc, type MongoModels } from '../../server/storage/mongo';
import { buildSegment, FIXED_NOW } from '../support/builders';
import { buildAnnotation, buildPostEdit } from './qualityContract';
import { withOfflineModels, validationErrorsOf as errorsOf } from '../support/offlineMongo';

let models: MongoModels;
withOfflineModels((defined) => (models = defined));

describe('mongo quality schemas', () => {
  test('an annotation maps to its document and back unchanged, span and nulls included', () => {
    const segment = buildSegment({ target: 'Spotkanie' });
    for (const annotation of [buildAnnotation(segment), buildAnnotation(segment, { span: { start: 0, end: 4 }, comment: 'Ort' })]) {
      const doc = toLqaAnnotationDoc(annotation);
      expect(doc).toMatchObject({ _id: annotation.id, createdAt: new Date(FIXED_NOW) });
      expect(fromLqaAnnotationDoc(doc)).toEqual(annotation);
      expect(errorsOf(new models.LqaAnnotation(doc))).toBeNull();
    }
  });

  test('the annotation schema refuses an unknown severity and a negative span', () => {
    const doc = { ...toLqaAnnotationDoc(buildAnnotation(buildSegment())), severity: 'fatal', span: { start: -1, end: 2 } };
    expect(errorsOf(new models.LqaAnnotation(doc))).toEqual(['severity', 'span.start']);
  });

  test('a post-edit record is keyed by segment and stage and maps back unchanged', () => {
    const record = buildPostEdit(buildSegment({ id: 'seg-9' }), { stage: 'approve', origin: 'tm', band: '95-99' });
    const doc = toPostEditDoc(record);
    expect(doc._id).toBe('seg-9:approve');
    expect(fromPostEditDoc(doc)).toEqual(record);
    expect(errorsOf(new models.PostEdit(doc))).toBeNull();
  });

  test('the post-edit schema refuses an unknown origin or band and a ratio above 1', () => {
    const doc = { ...toPostEditDoc(buildPostEdit(buildSegment())), origin: 'human', band: '42', ratio: 1.5 };
    expect(errorsOf(new models.PostEdit(doc))).toEqual(['band', 'origin', 'ratio']);
  });

  test('collections and indexes', () => {
    expect(models.LqaAnnotation.collection.collectionName).toBe('lqaAnnotations');
    expect(models.PostEdit.collection.collectionName).toBe('postEdits');
    expect(models.LqaAnnotation.schema.indexes().map(([fields]) => Object.keys(fields))).toEqual([
      ['segmentId', 'createdAt', '_id'],
      ['documentId', 'createdAt', '_id'],
    ]);
    expect(models.PostEdit.schema.indexes().map(([fields]) => Object.keys(fields))).toEqual([['documentId', 'at']]);
  });
});
