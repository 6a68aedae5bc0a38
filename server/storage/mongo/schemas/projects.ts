// projects: settings and members are embedded; members are found through 'members.userId'.
import { Schema } from 'mongoose';
import {
  FORMALITIES,
  ROLES,
  type Formality,
  type LanguageCode,
  type Project,
  type Role,
} from '../../../domain/types';
import { collectionOptions, embeddedOptions, fromDate, toDate } from './common';

export const LANGUAGE_CODES = ['de', 'pl'] as const satisfies readonly LanguageCode[];

export interface ProjectDoc {
  _id: string;
  name: string;
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
  settings: { formality: Formality; allowSelfApproval: boolean };
  members: { userId: string; roles: Role[] }[];
  createdBy: string;
  createdAt: Date;
}

const settingsSchema = new Schema<ProjectDoc['settings']>(
  {
    formality: { type: String, required: true, enum: FORMALITIES },
    allowSelfApproval: { type: Boolean, required: true },
  },
  embeddedOptions,
);

const memberSchema = new Schema<ProjectDoc['members'][number]>(
  {
    userId: { type: String, required: true },
    roles: { type: [{ type: String, enum: ROLES }], required: true },
  },
  embeddedOptions,
);

export const projectSchema = new Schema<ProjectDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    sourceLang: { type: String, required: true, enum: LANGUAGE_CODES },
    targetLang: { type: String, required: true, enum: LANGUAGE_CODES },
    settings: { type: settingsSchema, required: true },
    members: { type: [memberSchema], required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  collectionOptions('projects'),
);
projectSchema.index({ 'members.userId': 1 });

export const toProjectDoc = (project: Project): ProjectDoc => ({
  _id: project.id,
  name: project.name,
  sourceLang: project.sourceLang,
  targetLang: project.targetLang,
  settings: { formality: project.settings.formality, allowSelfApproval: project.settings.allowSelfApproval },
  members: project.members.map((member) => ({ userId: member.userId, roles: [...member.roles] })),
  createdBy: project.createdBy,
  createdAt: toDate(project.createdAt),
});

export const fromProjectDoc = (doc: ProjectDoc): Project => ({
  id: doc._id,
  name: doc.name,
  sourceLang: doc.sourceLang,
  targetLang: doc.targetLang,
  settings: { formality: doc.settings.formality, allowSelfApproval: doc.settings.allowSelfApproval },
  members: doc.members.map((member) => ({ userId: member.userId, roles: [...member.roles] })),
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
});
