import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import type { Project } from '../../../domain/projects/types';
import type { ProjectRepository } from '../../../ports/repositories';
import { guard } from '../errors';
import { fromProjectDoc, toProjectDoc, type ProjectDoc } from '../schemas/projects';

const OLDEST_FIRST = { createdAt: 1, _id: 1 } as const;

export class MongoProjectRepository implements ProjectRepository {
  constructor(private readonly projects: Model<ProjectDoc>) {}

  async create(project: Project): Promise<void> {
    const doc = toProjectDoc(project);
    await guard('project', () => this.projects.create(doc));
  }

  async findById(id: string): Promise<Project | null> {
    const doc = await this.projects.findById(id).lean<ProjectDoc>().exec();
    return doc ? fromProjectDoc(doc) : null;
  }

  async list(): Promise<Project[]> {
    const docs = await this.projects.find({}).sort(OLDEST_FIRST).lean<ProjectDoc[]>().exec();
    return docs.map(fromProjectDoc);
  }

  async listForMember(userId: string): Promise<Project[]> {
    const docs = await this.projects.find({ 'members.userId': userId }).sort(OLDEST_FIRST).lean<ProjectDoc[]>().exec();
    return docs.map(fromProjectDoc);
  }

  async update(project: Project): Promise<void> {
    const { name, settings, members } = toProjectDoc(project);
    const result = await guard('project', () =>
      this.projects
        .updateOne({ _id: project.id }, { $set: { name, settings, members } }, { runValidators: true })
        .exec(),
    );
    if (result.matchedCount === 0) throw new NotFound('project', project.id);
  }
}
