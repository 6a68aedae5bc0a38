import type { Connection } from 'mongoose';
import { InvalidInput, NotFound, VersionConflict } from '../../../domain/errors';
import type { DeeplGlossaryState, GlossaryTerm } from '../../../domain/glossary/types';
import type { GlossaryRepository } from '../../../ports/glossaryRepository';
import { guard } from '../errors';
import type { MongoModels } from '../models';
import { fromDeeplGlossaryDoc, toDeeplGlossaryDoc, type DeeplGlossaryDoc } from '../schemas/deeplGlossaries';
import { fromGlossaryTermDoc, toGlossaryTermDoc, type GlossaryTermDoc } from '../schemas/glossaryTerms';
import { reserveSequence } from './shared';

export const GLOSSARY_TERM_SEQUENCE = 'glossaryTerms';
/** The counter raised after every write of a project's terms (GlossaryRepository.revision). */
const revisionCounter = (projectId: string) => `glossaryRevision:${projectId}`;

/** What an update may change: everything but the key, the project, the creation and the sequence number. */
function changesOf(term: GlossaryTerm) {
  const { _id, projectId: _p, createdBy: _b, createdAt: _a, seq: _s, ...fields } = toGlossaryTermDoc(term, 1);
  return { _id, fields };
}

export class MongoGlossaryRepository implements GlossaryRepository {
  constructor(
    private readonly connection: Connection,
    private readonly models: Pick<MongoModels, 'Project' | 'GlossaryTerm' | 'DeeplGlossary' | 'Counter'>,
  ) {}

  private async requireProject(projectId: string): Promise<void> {
    if (!(await this.models.Project.exists({ _id: projectId }).exec())) throw new NotFound('project', projectId);
  }

  async create(term: GlossaryTerm): Promise<void> {
    await guard('glossary_term', async () => {
      await this.requireProject(term.projectId);
      const seq = await reserveSequence(this.models.Counter, GLOSSARY_TERM_SEQUENCE, 1);
      await this.models.GlossaryTerm.create(toGlossaryTermDoc(term, seq));
      await this.raiseRevision(term.projectId);
    });
  }

  /** After the write: a cache that reads the old revision meanwhile reads the terms again next time. */
  private async raiseRevision(projectId: string): Promise<void> {
    await reserveSequence(this.models.Counter, revisionCounter(projectId), 1);
  }

  async revision(projectId: string): Promise<number> {
    const counter = await this.models.Counter.findById(revisionCounter(projectId)).lean<{ seq: number }>().exec();
    return counter?.seq ?? 0;
  }

  async update(term: GlossaryTerm, expectedVersion?: number): Promise<void> {
    const { _id, fields } = changesOf(term);
    await guard('glossary_term', async () => {
      const filter = expectedVersion === undefined ? { _id } : { _id, version: expectedVersion };
      const result = await this.models.GlossaryTerm.updateOne(filter, { $set: fields }, { runValidators: true }).exec();
      if (result.matchedCount > 0) return this.raiseRevision(term.projectId);
      const stored = await this.models.GlossaryTerm.findById(_id, { version: 1 }).lean<Pick<GlossaryTermDoc, '_id' | 'version'>>().exec();
      if (!stored) throw new NotFound('glossary_term', _id);
      throw new VersionConflict(_id, expectedVersion ?? stored.version, stored.version);
    });
  }

  async delete(id: string): Promise<boolean> {
    const deleted = await this.models.GlossaryTerm.findOneAndDelete({ _id: id }, { projection: { projectId: 1 } }).lean<Pick<GlossaryTermDoc, 'projectId'>>().exec();
    if (deleted) await this.raiseRevision(deleted.projectId);
    return deleted !== null;
  }

  async findById(id: string): Promise<GlossaryTerm | null> {
    const doc = await this.models.GlossaryTerm.findById(id).lean<GlossaryTermDoc>().exec();
    return doc ? fromGlossaryTermDoc(doc) : null;
  }

  async listByProject(projectId: string): Promise<GlossaryTerm[]> {
    const docs = await this.models.GlossaryTerm.find({ projectId }).sort({ createdAt: 1, seq: 1 }).lean<GlossaryTermDoc[]>().exec();
    return docs.map(fromGlossaryTermDoc);
  }

  async writeBatch(projectId: string, { put, remove }: { put: readonly GlossaryTerm[]; remove: readonly string[] }): Promise<void> {
    const stranger = put.find((term) => term.projectId !== projectId);
    if (stranger) throw new InvalidInput(`glossary term ${stranger.id} belongs to project ${stranger.projectId}, not ${projectId}`);
    const { GlossaryTerm: glossaryTerms, Counter } = this.models;
    await guard('glossary_term', async () => {
      await this.requireProject(projectId);
      const stored = new Set(
        (await glossaryTerms.find({ _id: { $in: put.map((term) => term.id) }, projectId }, { _id: 1 }).lean<Pick<GlossaryTermDoc, '_id'>[]>().exec()).map((doc) => doc._id),
      );
      const added = put.filter((term) => !stored.has(term.id));
      const firstSeq = added.length > 0 ? await reserveSequence(Counter, GLOSSARY_TERM_SEQUENCE, added.length) : 0;
      await this.connection.transaction(async (session) => {
        for (const term of put.filter((t) => stored.has(t.id))) {
          const { _id, fields } = changesOf(term);
          await glossaryTerms.updateOne({ _id, projectId }, { $set: fields }, { session, runValidators: true }).exec();
        }
        if (added.length > 0) await glossaryTerms.insertMany(added.map((term, i) => toGlossaryTermDoc(term, firstSeq + i)), { session });
        if (remove.length > 0) await glossaryTerms.deleteMany({ _id: { $in: [...remove] }, projectId }, { session }).exec();
      });
      await this.raiseRevision(projectId);
    });
  }

  async findDeeplGlossary(projectId: string): Promise<DeeplGlossaryState | null> {
    const doc = await this.models.DeeplGlossary.findById(projectId).lean<DeeplGlossaryDoc>().exec();
    return doc ? fromDeeplGlossaryDoc(doc) : null;
  }

  async saveDeeplGlossary(state: DeeplGlossaryState): Promise<void> {
    await guard('deepl_glossary', async () => {
      await this.requireProject(state.projectId);
      const { _id, ...fields } = toDeeplGlossaryDoc(state);
      await this.models.DeeplGlossary.updateOne({ _id }, { $set: fields }, { upsert: true, runValidators: true }).exec();
    });
  }
}
